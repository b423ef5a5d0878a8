#pragma once

#include "core/Status.h"
#include "policy/PolicyRecord.h"
#include "policy/PolicyRepository.h"

class Database;

// The one hook where a policy change becomes queued commands (commands table, CommandRepository):
//  - Apple: InstallProfile carrying the compiled Configuration profile, one for the supervised-only
//    settings when the policy has any, one for the kiosk's App Lock profile (RemoveProfile of it when a new version drops the kiosk), then a
//    Settings command for managed app configuration and Shared iPad sessions when the policy has any;
//  - Android: POLICY_SYNC carrying the compiled AMAPI Policy and its version, which the agent applies
//    and acknowledges (it reports policy_version back as a device fact).
// Request names are constants here so they can be aligned with the Apple/Android endpoints in one place.
class PolicyDelivery
{
public:
    static constexpr const char *AppleInstallProfile = "InstallProfile";
    static constexpr const char *AppleSettings = "Settings";
    static constexpr const char *AppleRemoveProfile = "RemoveProfile";
    static constexpr const char *AndroidPolicySync = "POLICY_SYNC";

    PolicyDelivery(Database &db, const QString &queuedBy, const QString &organization);
    // Queues the commands for every target; `queued` counts commands. Runs in the caller's transaction.
    // Apple targets the policy cannot apply to (AppleProfileCompiler::supports) get nothing and are
    // listed in refused(), with the reason in refusal().
    Status deliver(const PolicyRecord &policy, const QList<PolicyRepository::Target> &targets, qint64 nowSeconds, int *queued);
    const QList<qint64> &refused() const { return m_refused; }
    const QString &refusal() const { return m_refusal; }

    // An InstallProfile command's payload (JSON through AppleCommandCodec: Payload is plist data).
    static QByteArray installProfilePayload(const QByteArray &profileXml, const PolicyRecord &policy);

private:
    Database &m_db;
    QString m_queuedBy;
    QString m_organization;
    QList<qint64> m_refused;
    QString m_refusal;
};
