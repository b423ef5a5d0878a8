#pragma once

#include "core/Status.h"
#include "privacy/PrivacyManifest.h"

class AdminSession;
class Database;

// The privacy manifest as the console hands it out: the admin needs ViewFleet, and every manifest
// shown or exported is audited with the device id (privacy.manifest.view / privacy.manifest.export),
// so the clinic can show which version of the promise a clinician was given.
class PrivacyManifestService
{
public:
    explicit PrivacyManifestService(Database &db) : m_db(db) {}

    Status view(const AdminSession &session, qint64 deviceId, PrivacyManifest &out);
    // Builds the manifest and writes the PDF to `path` (needs a QGuiApplication, for fonts).
    Status exportPdf(const AdminSession &session, qint64 deviceId, const QString &path, PrivacyManifest *out = nullptr);

private:
    Database &m_db;
};
