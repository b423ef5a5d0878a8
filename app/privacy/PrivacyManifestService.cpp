#include "privacy/PrivacyManifestService.h"

#include "audit/AuditLog.h"
#include "privacy/PrivacyManifestBuilder.h"
#include "privacy/PrivacyManifestPdfWriter.h"
#include "security/AdminSession.h"

#include <QFileInfo>

namespace {
QString details(const PrivacyManifest &m)
{
    return QStringLiteral("ownership=%1 policy=%2 version=%3 items=%4/%5/%6/%7")
        .arg(DeviceTypes::toDb(m.ownership), m.policyName.isEmpty() ? QStringLiteral("-") : m.policyName)
        .arg(m.policyVersion)
        .arg(m.canSee.size())
        .arg(m.cannotSee.size())
        .arg(m.canDo.size())
        .arg(m.cannotDo.size());
}
} // namespace

Status PrivacyManifestService::view(const AdminSession &session, qint64 deviceId, PrivacyManifest &out)
{
    if (Status s = session.require(Permission::ViewFleet); !s)
        return s;
    if (Status s = PrivacyManifestBuilder(m_db).build(deviceId, out); !s)
        return s;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("privacy.manifest.view"), QStringLiteral("success"), details(out),
                                 deviceId);
}

Status PrivacyManifestService::exportPdf(const AdminSession &session, qint64 deviceId, const QString &path, PrivacyManifest *out)
{
    if (Status s = session.require(Permission::ViewFleet); !s)
        return s;
    PrivacyManifest m;
    if (Status s = PrivacyManifestBuilder(m_db).build(deviceId, m); !s)
        return s;
    if (Status s = PrivacyManifestPdfWriter::write(m, path); !s) {
        AuditLog(m_db).record(session.actor(), QStringLiteral("privacy.manifest.export"), QStringLiteral("failure"), details(m), deviceId);
        return s;
    }
    if (out)
        *out = m;
    return AuditLog(m_db).record(session.actor(), QStringLiteral("privacy.manifest.export"), QStringLiteral("success"),
                                 details(m) + QStringLiteral(" file=%1").arg(QFileInfo(path).fileName()), deviceId);
}
