#pragma once

#include "privacy/PrivacyManifest.h"

#include <QPair>

// The manifest as plain text (the command line's `devices privacy` without --pdf).
namespace PrivacyManifestText {
QString render(const PrivacyManifest &manifest);
// Header facts in print order, as (label, value): device, serial, platform, ownership, policy...
QList<QPair<QString, QString>> facts(const PrivacyManifest &manifest);
QString introduction(const PrivacyManifest &manifest);
}
