#pragma once

#include "core/Status.h"
#include "fleet/DeviceGroup.h"
#include "policy/Baseline.h"
#include "policy/PolicyDiff.h"
#include "policy/PolicyRecord.h"
#include "security/AdminSession.h"

#include <QObject>

class Database;
class TextRowsModel;

// The Policies page's data and actions over the engine: the policy list, one policy's versions,
// differences from its baseline and assignments (as TextRowsModels), and create / save / assign /
// roll back through PolicyService (which checks the role and audits).
class PoliciesData : public QObject
{
    Q_OBJECT
public:
    PoliciesData(Database &db, const AdminSession &session, QObject *parent = nullptr);

    TextRowsModel *policies() const { return m_policies; }
    TextRowsModel *versions() const { return m_versions; }
    TextRowsModel *differences() const { return m_differences; }
    TextRowsModel *assignments() const { return m_assignments; }

    QList<Baseline> baselines() const;
    QList<DeviceGroup> groups() const;
    // The catalog's apps of one platform as (name, bundle id or package), for the kiosk's single app.
    QList<std::pair<QString, QString>> catalogApps(bool apple) const;
    std::optional<PolicyRecord> current() const { return m_current; }

    void reload();
    void select(qint64 policyId); // fills versions, differences, assignments

    Status create(const QString &baselineId, const QString &name);
    Status save(const PolicySettings &settings, int *queued = nullptr);
    Status assignToGroup(qint64 groupId, int *queued = nullptr, int *devices = nullptr);
    Status rollback(int version, int *queued = nullptr);

signals:
    void changed();

private:
    Database &m_db;
    AdminSession m_session;
    TextRowsModel *m_policies, *m_versions, *m_differences, *m_assignments;
    std::optional<PolicyRecord> m_current;
};
