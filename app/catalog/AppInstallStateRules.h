#pragma once

#include "catalog/AppInstallState.h"

#include <QByteArray>
#include <optional>

// How one device's state for one catalog app follows from what is known: the newest install or
// removal command for it (and the device's answer) and the device's own app list. What the device
// reports wins over what was asked of it, except that a removal it acknowledged stands until the
// device lists the app again.
namespace AppInstallStateRules {

struct CommandFact {
    bool install = true;
    QString status;          // the commands row: queued, sent, acknowledged, error, notnow, cancelled, expired
    qint64 completedAt = 0;
    QByteArray resultPayload; // the answer (JSON), without its envelope
    QString errorChain;      // Apple's ErrorChain as JSON, the agent's error code, or a refusal reason
};

struct ReportFact {
    QString version;
    qint64 reportedAt = 0;
};

// `policyTarget`: the app comes with the device's policy (Android Play app, device in an assigned
// group), so an app not yet reported is on its way rather than absent.
void resolve(AppInstallState &state, const std::optional<CommandFact> &command, const std::optional<ReportFact> &report,
             bool policyTarget);

// A device's error as an admin can read it: "Invalid request (MCMDMErrorDomain 12021)".
QString readableError(const QString &errorChain, const QByteArray &resultPayload);

} // namespace AppInstallStateRules
