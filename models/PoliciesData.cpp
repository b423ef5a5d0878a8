#include "PoliciesData.h"
#include "RelativeTime.h"

#include "TextRowsModel.h"
#include "catalog/CatalogRepository.h"
#include "fleet/DeviceGroupService.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"

#include <QDateTime>

PoliciesData::PoliciesData(Database &db, const AdminSession &session, QObject *parent)
    : QObject(parent), m_db(db), m_session(session), m_policies(new TextRowsModel(this)), m_versions(new TextRowsModel(this)),
      m_differences(new TextRowsModel(this)), m_assignments(new TextRowsModel(this))
{
    reload();
}

QList<Baseline> PoliciesData::baselines() const { return BaselineCatalog::all(); }
QList<DeviceGroup> PoliciesData::groups() const { return DeviceGroupService(m_db).list(m_session); }

QList<std::pair<QString, QString>> PoliciesData::catalogApps(bool apple) const
{
    QList<std::pair<QString, QString>> out;
    for (const CatalogApp &a : CatalogRepository(m_db).all())
        if ((a.platform == CatalogApp::Platform::Apple) == apple)
            out.append({a.name, a.identifier});
    return out;
}

void PoliciesData::reload()
{
    PolicyRepository repo(m_db);
    QHash<qint64, int> devices;
    for (qint64 policyId : repo.effectivePolicies())
        ++devices[policyId];
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const PolicyRecord &p : repo.list()) {
        rows << QStringList{p.name, DeviceTypes::displayName(p.ownership), QString::number(p.version), QString::number(devices.value(p.id))};
        ids << p.id;
    }
    m_policies->setRows({tr("Policy"), tr("Ownership"), tr("Version"), tr("Devices")}, rows, ids);
    select(m_current ? m_current->id : 0);
    emit changed();
}

void PoliciesData::select(qint64 policyId)
{
    PolicyRepository repo(m_db);
    m_current = policyId ? repo.findById(policyId) : std::nullopt;
    QList<QStringList> versions, diffs, targets;
    QList<qint64> versionIds;
    if (m_current) {
        for (const PolicyVersionRecord &v : repo.versions(policyId)) {
            versions << QStringList{QString::number(v.version), RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(v.createdAt, Qt::UTC)),
                                    v.createdBy};
            versionIds << v.version;
        }
        const std::optional<Baseline> b = BaselineCatalog::byId(m_current->baseline);
        for (const PolicyDifference &d : PolicyService(m_db).differencesFromBaseline(*m_current))
            diffs << QStringList{d.path, PolicyDiff::display(d.baseline), PolicyDiff::display(d.policy), b ? b->referenceFor(d.path) : QString()};
        for (const PolicyAssignmentRecord &a : repo.assignments(policyId))
            targets << QStringList{a.groupId ? tr("Group") : tr("Device"), a.targetName};
    }
    m_versions->setRows({tr("Version"), tr("Saved"), tr("By")}, versions, versionIds);
    m_differences->setRows({tr("Setting"), tr("Baseline"), tr("This policy"), tr("HIPAA reference")}, diffs);
    m_assignments->setRows({tr("Type"), tr("Assigned to")}, targets);
}

Status PoliciesData::create(const QString &baselineId, const QString &name)
{
    PolicyRecord p;
    const Status s = PolicyService(m_db).createFromBaseline(m_session, baselineId, name, &p);
    if (s) {
        m_current = p;
        reload();
    }
    return s;
}

Status PoliciesData::save(const PolicySettings &settings, int *queued)
{
    if (!m_current)
        return Status::failure(ErrorCode::Usage, tr("Choose a policy first."));
    const Status s = PolicyService(m_db).update(m_session, m_current->id, settings, queued);
    reload();
    return s;
}

Status PoliciesData::assignToGroup(qint64 groupId, int *queued, int *devices)
{
    if (!m_current)
        return Status::failure(ErrorCode::Usage, tr("Choose a policy first."));
    const Status s = PolicyService(m_db).assignToGroup(m_session, m_current->id, groupId, queued, devices);
    reload();
    return s;
}

Status PoliciesData::rollback(int version, int *queued)
{
    if (!m_current)
        return Status::failure(ErrorCode::Usage, tr("Choose a policy first."));
    const Status s = PolicyService(m_db).rollback(m_session, m_current->id, version, queued);
    reload();
    return s;
}
