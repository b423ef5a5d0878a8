#include "fleet/ReenrollmentService.h"

#include "audit/AuditLog.h"
#include "db/WriteTransaction.h"
#include "fleet/DeviceIdentityRepository.h"
#include "fleet/DeviceRepository.h"
#include "fleet/ReenrollmentExpectationRepository.h"
#include "security/AdminSession.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReenrollmentService", text); }

QString iso(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate); }

} // namespace

ReenrollmentService::ReenrollmentService(Database &db) : m_db(db), m_clock([] { return QDateTime::currentSecsSinceEpoch(); }) {}

Status ReenrollmentService::applies(const Device &device) const
{
    if (!DeviceIdentityRepository(m_db).everBound(device.id))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("This console never issued %1 a device identity (it was imported or is demo data): the first device of its "
                                  "platform and ownership that enrolls with its serial number becomes it without an expectation.")
                                   .arg(device.name));
    return Status::success();
}

std::optional<ReenrollmentExpectation> ReenrollmentService::openExpectation(qint64 deviceId) const
{
    return ReenrollmentExpectationRepository(m_db).open(deviceId, m_clock());
}

Status ReenrollmentService::refuse(const AdminSession &session, qint64 deviceId, const QString &why, const Status &status)
{
    AuditLog(m_db).record(session.actor(), QStringLiteral("device.expect_reenrollment"), QStringLiteral("refused"),
                          QStringLiteral("refused=%1").arg(why), deviceId > 0 ? std::optional<qint64>(deviceId) : std::nullopt);
    return status;
}

Status ReenrollmentService::expect(const AdminSession &session, qint64 deviceId, int hours, ReenrollmentExpectation *opened)
{
    const qint64 now = m_clock();
    if (Status s = session.require(Permission::ExpectReenrollment, now); !s)
        return refuse(session, deviceId, QStringLiteral("permission"), s);
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound, tr("No device with id %1.").arg(deviceId));
    if (hours < 1 || hours > MaxHours)
        return refuse(session, deviceId, QStringLiteral("bad-duration"),
                      Status::failure(ErrorCode::InvalidInput, tr("A re-enrollment is expected for 1 to %1 hours, not %2.").arg(MaxHours).arg(hours)));
    if (Status s = applies(*device); !s)
        return refuse(session, deviceId, QStringLiteral("never-enrolled"), s);

    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.status();
    ReenrollmentExpectationRepository expectations(m_db);
    // A second expectation replaces the first rather than stacking beside it.
    const std::optional<ReenrollmentExpectation> previous = expectations.open(deviceId, now);
    if (previous)
        if (Status s = expectations.endOpen(deviceId, now); !s)
            return s;
    ReenrollmentExpectation e;
    e.deviceId = deviceId;
    e.createdBy = session.username();
    e.createdAt = now;
    e.expiresAt = now + qint64(hours) * 3600;
    if (Status s = expectations.create(e); !s)
        return s;
    if (Status s = AuditLog(m_db).record(session.actor(), QStringLiteral("device.expect_reenrollment"), QStringLiteral("success"),
                                         QStringLiteral("expectation=%1 by=%2 at=%3 until=%4 hours=%5%6")
                                             .arg(QString::number(e.id), e.createdBy, iso(now), iso(e.expiresAt), QString::number(hours),
                                                  previous ? QStringLiteral(" replaces=%1").arg(previous->id) : QString()),
                                         deviceId);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (opened)
        *opened = e;
    return Status::success();
}
