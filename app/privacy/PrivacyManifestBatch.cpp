#include "privacy/PrivacyManifestBatch.h"

#include "fleet/DeviceQuery.h"
#include "fleet/DeviceRepository.h"
#include "privacy/PrivacyManifestService.h"

#include <QDir>
#include <QRegularExpression>

PrivacyManifestBatch::PrivacyManifestBatch(Database &db, const AdminSession &session, QObject *parent)
    : QObject(parent), m_db(db), m_session(session)
{
}

QString PrivacyManifestBatch::fileName(const QString &deviceName, qint64 deviceId)
{
    QString name = deviceName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return QStringLiteral("privacy-manifest-%1-%2.pdf").arg(name).arg(deviceId);
}

void PrivacyManifestBatch::start(const QString &folder)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_folder = folder;
    m_done = 0;
    m_devices.clear();
    if (Status s = m_session.require(Permission::ViewFleet); !s) {
        QMetaObject::invokeMethod(this, [this, s] { m_running = false; emit finished(s, 0); }, Qt::QueuedConnection);
        return;
    }
    DeviceQuery q;
    q.ownership = Ownership::BYOD;
    for (const Device &d : DeviceRepository(m_db).page(q, 0, 1'000'000))
        m_devices << std::make_pair(d.id, d.name);
    QMetaObject::invokeMethod(this, &PrivacyManifestBatch::next, Qt::QueuedConnection);
}

void PrivacyManifestBatch::next()
{
    if (m_cancelled || m_done >= m_devices.size()) {
        m_running = false;
        emit finished(m_cancelled ? Status::failure(ErrorCode::Failure, tr("Cancelled after %1 of %2 manifests.").arg(m_done).arg(m_devices.size()))
                                  : Status::success(),
                      m_done);
        return;
    }
    const auto &[id, name] = m_devices.at(m_done);
    if (Status s = PrivacyManifestService(m_db).exportPdf(m_session, id, QDir(m_folder).filePath(fileName(name, id))); !s) {
        m_running = false;
        emit finished(Status::failure(s.code(), tr("%1: %2").arg(name, s.message())), m_done);
        return;
    }
    ++m_done;
    emit progress(m_done, int(m_devices.size()));
    QMetaObject::invokeMethod(this, &PrivacyManifestBatch::next, Qt::QueuedConnection);
}
