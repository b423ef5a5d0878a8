#include "catalog/AppInstallStateRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace AppInstallStateRules {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("AppInstallStateRules", text); }

// InstallApplication answers Acknowledged with the app's State; these mean it did not get there.
bool isFailedAppleState(const QString &state)
{
    static const QStringList failed{QStringLiteral("Failed"), QStringLiteral("UserRejected"),
                                    QStringLiteral("ManagementRejected"), QStringLiteral("UpdateRejected"),
                                    QStringLiteral("UserInstalledApp")};
    return failed.contains(state);
}

} // namespace

QString readableError(const QString &errorChain, const QByteArray &resultPayload)
{
    QStringList parts;
    const QJsonDocument chain = QJsonDocument::fromJson(errorChain.toUtf8());
    if (chain.isArray()) {
        for (const QJsonValue &v : chain.array()) {
            const QJsonObject e = v.toObject();
            QString text = e.value(QLatin1String("USEnglishDescription")).toString();
            if (text.isEmpty())
                text = e.value(QLatin1String("LocalizedDescription")).toString();
            const QString code = QStringLiteral("%1 %2").arg(e.value(QLatin1String("ErrorDomain")).toString())
                                     .arg(e.value(QLatin1String("ErrorCode")).toVariant().toString()).trimmed();
            parts << (text.isEmpty() ? code : code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, code));
        }
    } else if (!errorChain.trimmed().isEmpty()) {
        parts << errorChain.trimmed();
    }
    const QJsonObject answer = QJsonDocument::fromJson(resultPayload).object();
    const QString message = answer.value(QLatin1String("errorMessage")).toString();
    if (!message.isEmpty())
        parts << message;
    const QString rejection = answer.value(QLatin1String("RejectionReason")).toString();
    if (!rejection.isEmpty())
        parts << rejection;
    parts.removeAll(QString());
    return parts.isEmpty() ? tr("The device reported an error without a reason.") : parts.join(QStringLiteral(": "));
}

void resolve(AppInstallState &s, const std::optional<CommandFact> &command, const std::optional<ReportFact> &report,
             bool policyTarget)
{
    s.installedVersion = report ? report->version : QString();
    s.reportedAt = report ? report->reportedAt : command ? command->completedAt : 0;
    s.detail.clear();
    const auto installedOr = [&](const QString &otherwise) { s.state = report ? QStringLiteral("installed") : otherwise; };
    if (!command) {
        installedOr(policyTarget ? QStringLiteral("pending") : QStringLiteral("not_installed"));
        if (!report && policyTarget)
            s.detail = tr("Comes with the device's policy at its next check-in.");
        return;
    }
    const QString &status = command->status;
    if (status == QLatin1String("cancelled") || status == QLatin1String("expired")) {
        installedOr(QStringLiteral("not_installed"));
        return;
    }
    if (status == QLatin1String("error")) {
        s.state = QStringLiteral("failed");
        s.detail = command->install ? readableError(command->errorChain, command->resultPayload)
                                    : tr("Removal failed: %1").arg(readableError(command->errorChain, command->resultPayload));
        if (command->install && report) // an older version stays installed
            s.detail = tr("Update failed: %1").arg(s.detail);
        return;
    }
    if (status != QLatin1String("acknowledged")) {
        if (command->install) {
            installedOr(QStringLiteral("pending"));
        } else {
            s.state = QStringLiteral("removing");
        }
        return;
    }
    if (command->install) {
        const QJsonObject answer = QJsonDocument::fromJson(command->resultPayload).object();
        const QString appState = answer.value(QLatin1String("State")).toString();
        if (!report && isFailedAppleState(appState)) {
            s.state = QStringLiteral("failed");
            const QString reason = answer.value(QLatin1String("RejectionReason")).toString();
            s.detail = reason.isEmpty() ? appState : QStringLiteral("%1: %2").arg(appState, reason);
            return;
        }
        installedOr(QStringLiteral("pending"));
        return;
    }
    // An acknowledged removal: removed, unless the device has listed the app again since.
    if (report && report->reportedAt > command->completedAt) {
        s.state = QStringLiteral("installed");
        return;
    }
    s.state = QStringLiteral("removed");
    s.installedVersion.clear();
    s.reportedAt = command->completedAt;
}

} // namespace AppInstallStateRules
