#include "setup/GettingStartedStatus.h"

#include "endpoint/EndpointAddress.h"
#include "endpoint/SelfCheckResult.h"
#include "push/PushCertificateService.h"
#include "setup/GettingStartedRepository.h"

GettingStartedStatus::GettingStartedStatus(Database &db) : m_db(db) {}

QList<GettingStartedStatus::Step> GettingStartedStatus::steps()
{
    return {Step::EndpointReachable, Step::PushCertificate, Step::FirstDevice, Step::BaselineAssigned, Step::ReportExported};
}

QString GettingStartedStatus::key(Step step)
{
    switch (step) {
    case Step::EndpointReachable: return QStringLiteral("endpoint");
    case Step::PushCertificate: return QStringLiteral("push");
    case Step::FirstDevice: return QStringLiteral("device");
    case Step::BaselineAssigned: return QStringLiteral("baseline");
    case Step::ReportExported: return QStringLiteral("report");
    }
    return {};
}

bool GettingStartedStatus::isDone(Step step, qint64 now) const
{
    switch (step) {
    case Step::EndpointReachable: {
        // A check of another address says nothing about the one devices are told now.
        const SelfCheckResult last = SelfCheckResult::load(m_db);
        return last.ok && last.url == EndpointAddress::publicUrl(m_db);
    }
    case Step::PushCertificate: {
        const std::optional<PushCertificate> c = PushCertificateService(m_db).current();
        return c && c->alarm.isEmpty() && c->notAfter.toSecsSinceEpoch() > now;
    }
    case Step::FirstDevice: return GettingStartedRepository(m_db).hasEnrolledDevice();
    case Step::BaselineAssigned: return GettingStartedRepository(m_db).hasPolicyAssignment();
    case Step::ReportExported: return GettingStartedRepository(m_db).hasExportedReport();
    }
    return false;
}

QList<GettingStartedStatus::Item> GettingStartedStatus::items(qint64 now) const
{
    QList<Item> out;
    for (Step s : steps())
        out.append({s, isDone(s, now)});
    return out;
}

bool GettingStartedStatus::allDone(qint64 now) const
{
    for (Step s : steps())
        if (!isDone(s, now))
            return false;
    return true;
}
