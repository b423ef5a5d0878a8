#pragma once

#include "apple/AppleEnrollment.h"
#include "core/Status.h"

#include <QList>

class AdminSession;
class AppleMdmRuntime;
class Database;

// Apple enrollment links: one one-time token per device (a batch is N links made at once), stored
// only as its SHA-256, tagged with the ownership model and an expiry. Fetching the link's profile
// mints the enrollment's one-time SCEP challenge (again only its hash is stored; a second fetch
// replaces the first challenge). The link stays usable until the device authenticates or the link
// expires, so an interrupted installation can simply be retried.
class EnrollmentService
{
public:
    static constexpr int MaxBatch = 500;
    static constexpr qint64 DefaultValiditySeconds = 7 * 24 * 3600;

    struct Link {
        AppleEnrollment enrollment;
        QString token; // shown once, never stored
        QString url;
    };

    explicit EnrollmentService(Database &db);

    // RBAC EnrollDevices; audited (enrollment.create) with the ids, never the tokens.
    Status create(const AdminSession &session, Ownership ownership, int count, const QString &department,
                  const QString &publicBaseUrl, qint64 now, QList<Link> &out, qint64 validitySeconds = DefaultValiditySeconds);
    // The signed .mobileconfig for an open link, with a fresh challenge. NotFound for an unknown,
    // used or expired token (the caller answers 404 and learns nothing about which).
    Status profileForToken(AppleMdmRuntime &runtime, const QString &token, QByteArray &signedProfile,
                           qint64 *enrollmentId = nullptr);

    static QString hashToken(const QString &token);

private:
    Database &m_db;
};
