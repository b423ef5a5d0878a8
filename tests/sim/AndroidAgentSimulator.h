#pragma once

#include "endpoint/HttpRequest.h"
#include "endpoint/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QString>

class EndpointContext;
class RequestHandler;

// A device-owner (or work-profile) agent that speaks the agent protocol (docs/agent-protocol.md)
// in-process: it calls the router's handle() as the endpoint server would, with the client
// certificate it got at enrollment as the TLS peer certificate. Every message it sends and every
// JSON answer it gets is kept with its schema id, so tests can check them against the protocol.
class AndroidAgentSimulator
{
public:
    struct Message {
        QString schema; // the agent protocol schema id, or "Policy" (androidmanagement.v1.json)
        QJsonObject body;
        bool sent = false; // true: agent -> console
    };

    AndroidAgentSimulator(RequestHandler &router, EndpointContext &context, const QString &serial,
                          const QString &managementMode = QStringLiteral("device_owner"));

    HttpResponse enroll(const QString &token);
    HttpResponse checkIn(const QJsonObject &extraFields = {});
    HttpResponse fetchPolicy();
    // `nonCompliance`: NonComplianceDetail objects, as the agent reports settings it could not apply.
    HttpResponse acknowledgePolicy(const QString &state = QStringLiteral("APPLIED"), const QJsonArray &nonCompliance = {});
    HttpResponse nextCommand();
    HttpResponse sendResult(const QString &uuid, const QString &status = QStringLiteral("ACKNOWLEDGED"));
    // Reports a failed command with the agent's error code and message.
    HttpResponse sendError(const QString &uuid, const QString &errorCode, const QString &errorMessage);

    // Apps the agent manages: it installs what its policy's applications[] ask for (at the version
    // set here, default 1.0), carries out INSTALL_APP / REMOVE_APP / REMOVE_WORK_PROFILE, and
    // reports the result in managedApps at each check-in (after the built-in agent and Haiku).
    // Fetches the next command, carries it out when `status` is ACKNOWLEDGED, answers. 204: none.
    HttpResponse runNextCommand(const QString &status = QStringLiteral("ACKNOWLEDGED"));
    void applyPolicyApplications();
    void setAppVersion(const QString &packageName, const QString &version) { m_appVersions.insert(packageName, version); }
    QStringList installedApps() const { return m_apps.keys(); }
    QJsonObject managedConfiguration(const QString &packageName) const { return m_appConfigurations.value(packageName); }
    bool workProfileRemoved() const { return m_workProfileRemoved; }

    // Shared tablets: one sign-in / sign-out now, or a batch of session events (kept while offline).
    HttpResponse signIn(const QString &user, qint64 at);
    HttpResponse signOut(const QString &user, qint64 at, const QString &reason = QStringLiteral("signout"));
    HttpResponse sendSessions(const QJsonArray &events);
    static QJsonObject sessionEvent(const QString &event, const QString &user, qint64 at, const QString &reason = {});
    // Sends any bytes to a route (for malformed-input tests), with this agent's certificate.
    HttpResponse raw(const QByteArray &method, const QByteArray &route, const QByteArray &body);

    QString serial() const { return m_serial; }
    QString fcmToken() const { return QStringLiteral("fcm-%1").arg(m_serial); }
    QByteArray certificateDer() const { return m_certificate; }
    void setCertificateDer(const QByteArray &der) { m_certificate = der; }
    QJsonObject policy() const { return m_policy; }
    QJsonObject lastCommand() const { return m_lastCommand; }
    const QList<Message> &messages() const { return m_messages; }
    qint64 deviceId() const { return m_deviceId; }

private:
    HttpResponse post(const QByteArray &route, const QString &schema, const QJsonObject &body, const QString &replySchema);
    HttpResponse call(HttpRequest request);
    void keep(const QString &schema, const QByteArray &json, bool sent);

    RequestHandler &m_router;
    EndpointContext &m_context;
    QString m_serial;
    QString m_mode;
    QByteArray m_certificate;
    QJsonObject m_policy;
    QJsonObject m_lastCommand;
    QList<Message> m_messages;
    qint64 m_deviceId = 0;
    QMap<QString, QJsonObject> m_apps; // packageName -> ManagedApp
    QSet<QString> m_removedApps;
    QHash<QString, QString> m_appVersions;
    QHash<QString, QJsonObject> m_appConfigurations;
    bool m_workProfileRemoved = false;
};
