#pragma once

#include "core/Status.h"
#include "privacy/PrivacyManifest.h"

// The manifest as the hand-out a clinician keeps: A4 in the compliance report's house style
// (ReportPageLayout: header, "Page X of Y"), the device and policy facts, the four sections as
// readable bullet lists, and an acknowledgement with signature lines. Needs a QGuiApplication
// (fonts); the command line starts one on the offscreen platform.
namespace PrivacyManifestPdfWriter {
Status write(const PrivacyManifest &manifest, const QString &path);
}
