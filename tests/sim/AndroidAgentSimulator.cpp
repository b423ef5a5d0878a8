#include "AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "endpoint/EndpointPaths.h"
#include "endpoint/RequestHandler.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace {
// A P-256 key and a PKCS#10 request for it, DER: what the agent makes in the Android keystore.
QByteArray makeCsr(const QString &serial)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509_REQ *req = X509_REQ_new();
    X509_NAME *name = X509_REQ_get_subject_name(req);
    const QByteArray cn = QStringLiteral("android-%1").arg(serial).toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_REQ_set_pubkey(req, key);
    X509_REQ_sign(req, key, EVP_sha256());
    const int len = i2d_X509_REQ(req, nullptr);
    QByteArray der(len, Qt::Uninitialized);
    unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509_REQ(req, &p);
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    return der;
}
} // namespace

AndroidAgentSimulator::AndroidAgentSimulator(RequestHandler &router, EndpointContext &context, const QString &serial,
                                             const QString &managementMode)
    : m_router(router), m_context(context), m_serial(serial), m_mode(managementMode)
{
}

void AndroidAgentSimulator::keep(const QString &schema, const QByteArray &json, bool sent)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject())
        m_messages.append({schema, doc.object(), sent});
}

HttpResponse AndroidAgentSimulator::call(HttpRequest request)
{
    request.peer = QHostAddress::LocalHost;
    request.peerCertificateDer = m_certificate;
    return m_router.handle(request, m_context);
}

HttpResponse AndroidAgentSimulator::raw(const QByteArray &method, const QByteArray &route, const QByteArray &body)
{
    HttpRequest r;
    r.method = method;
    r.path = QByteArray(EndpointPaths::AndroidAgent) + route;
    r.headers = {{"content-type", "application/json"}};
    r.body = body;
    return call(r);
}

HttpResponse AndroidAgentSimulator::post(const QByteArray &route, const QString &schema, const QJsonObject &body,
                                         const QString &replySchema)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    keep(schema, json, true);
    const HttpResponse response = raw("POST", route, json);
    keep(response.status == 200 ? replySchema : QStringLiteral("Error"), response.body, false);
    return response;
}

HttpResponse AndroidAgentSimulator::enroll(const QString &token)
{
    const QJsonObject body{
        {QStringLiteral("protocolVersion"), AgentProtocol::Version},
        {QStringLiteral("token"), token},
        {QStringLiteral("csr"), QString::fromLatin1(makeCsr(m_serial).toBase64())},
        {QStringLiteral("managementMode"), m_mode},
        {QStringLiteral("device"), QJsonObject{{QStringLiteral("serial"), m_serial},
                                               {QStringLiteral("model"), QStringLiteral("Lenovo Tab M10")},
                                               {QStringLiteral("manufacturer"), QStringLiteral("Lenovo")},
                                               {QStringLiteral("androidVersion"), QStringLiteral("13")}}}};
    const HttpResponse r = post(AgentProtocol::EnrollPath, QStringLiteral("EnrollRequest"), body, QStringLiteral("EnrollResponse"));
    if (r.status == 200) {
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        m_certificate = QByteArray::fromBase64(answer.value(QLatin1String("certificate")).toString().toLatin1());
        m_deviceId = answer.value(QLatin1String("deviceId")).toString().toLongLong();
    }
    return r;
}

HttpResponse AndroidAgentSimulator::checkIn(const QJsonObject &extraFields)
{
    QJsonObject body{
        {QStringLiteral("protocolVersion"), AgentProtocol::Version},
        {QStringLiteral("serial"), m_serial},
        {QStringLiteral("model"), QStringLiteral("Lenovo Tab M10")},
        {QStringLiteral("androidVersion"), QStringLiteral("13")},
        {QStringLiteral("securityPatch"), QStringLiteral("2026-10-05")},
        {QStringLiteral("encrypted"), true},
        {QStringLiteral("passcodePresent"), true},
        {QStringLiteral("passcodeCompliant"), true},
        {QStringLiteral("managementMode"), m_mode},
        {QStringLiteral("managedApps"),
         QJsonArray{QJsonObject{{QStringLiteral("packageName"), QStringLiteral("org.clinicmdm.agent")},
                                {QStringLiteral("versionName"), QStringLiteral("1.0.0")},
                                {QStringLiteral("versionCode"), 1}},
                    QJsonObject{{QStringLiteral("packageName"), QStringLiteral("com.epic.haiku")},
                                {QStringLiteral("versionName"), QStringLiteral("9.8")},
                                {QStringLiteral("label"), QStringLiteral("Haiku")}}}},
        {QStringLiteral("fcmToken"), fcmToken()},
    };
    if (!m_apps.isEmpty() || !m_removedApps.isEmpty()) {
        QJsonArray apps;
        for (const QJsonValue &v : body.value(QLatin1String("managedApps")).toArray())
            if (!m_removedApps.contains(v.toObject().value(QLatin1String("packageName")).toString())
                && !m_apps.contains(v.toObject().value(QLatin1String("packageName")).toString()))
                apps.append(v);
        for (const QJsonObject &app : m_apps)
            apps.append(app);
        body.insert(QStringLiteral("managedApps"), apps);
    }
    if (m_policy.contains(QLatin1String("version")))
        body.insert(QStringLiteral("policyVersion"), m_policy.value(QLatin1String("version")));
    for (auto it = extraFields.begin(); it != extraFields.end(); ++it)
        body.insert(it.key(), it.value());
    return post(AgentProtocol::CheckInPath, QStringLiteral("CheckInRequest"), body, QStringLiteral("CheckInResponse"));
}

HttpResponse AndroidAgentSimulator::fetchPolicy()
{
    HttpRequest r;
    r.method = "GET";
    r.path = QByteArray(EndpointPaths::AndroidAgent) + AgentProtocol::PolicyPath;
    const HttpResponse response = call(r);
    keep(response.status == 200 ? QStringLiteral("Policy") : QStringLiteral("Error"), response.body, false);
    if (response.status == 200)
        m_policy = QJsonDocument::fromJson(response.body).object();
    return response;
}

HttpResponse AndroidAgentSimulator::acknowledgePolicy(const QString &state, const QJsonArray &nonCompliance)
{
    QJsonObject body{{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                     {QStringLiteral("version"), m_policy.value(QLatin1String("version")).toString()},
                     {QStringLiteral("state"), state}};
    if (!nonCompliance.isEmpty())
        body.insert(QStringLiteral("nonCompliance"), nonCompliance);
    return post(AgentProtocol::PolicyAckPath, QStringLiteral("PolicyAck"), body, QStringLiteral("Ack"));
}

HttpResponse AndroidAgentSimulator::nextCommand()
{
    const HttpResponse r = raw("POST", AgentProtocol::CommandNextPath, {});
    if (r.status == 200) {
        keep(QStringLiteral("CommandEnvelope"), r.body, false);
        m_lastCommand = QJsonDocument::fromJson(r.body).object().value(QLatin1String("command")).toObject();
    } else if (r.status != 204) {
        keep(QStringLiteral("Error"), r.body, false);
    }
    return r;
}

HttpResponse AndroidAgentSimulator::sendResult(const QString &uuid, const QString &status)
{
    QJsonObject body{{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                     {QStringLiteral("uuid"), uuid},
                     {QStringLiteral("status"), status}};
    if (status == QLatin1String("ERROR")) {
        body.insert(QStringLiteral("errorCode"), QStringLiteral("DPM_REFUSED"));
        body.insert(QStringLiteral("errorMessage"), QStringLiteral("DevicePolicyManager refused the request"));
    }
    return post(AgentProtocol::CommandResultPath, QStringLiteral("CommandResult"), body, QStringLiteral("Ack"));
}

HttpResponse AndroidAgentSimulator::sendError(const QString &uuid, const QString &errorCode, const QString &errorMessage)
{
    return post(AgentProtocol::CommandResultPath, QStringLiteral("CommandResult"),
                {{QStringLiteral("protocolVersion"), AgentProtocol::Version},
                 {QStringLiteral("uuid"), uuid},
                 {QStringLiteral("status"), QStringLiteral("ERROR")},
                 {QStringLiteral("errorCode"), errorCode},
                 {QStringLiteral("errorMessage"), errorMessage}},
                QStringLiteral("Ack"));
}

HttpResponse AndroidAgentSimulator::runNextCommand(const QString &status)
{
    const HttpResponse next = nextCommand();
    if (next.status != 200)
        return next;
    const QString uuid = m_lastCommand.value(QLatin1String("uuid")).toString();
    const QString type = m_lastCommand.value(QLatin1String("type")).toString();
    const QJsonObject payload = m_lastCommand.value(QLatin1String("payload")).toObject();
    const QString package = payload.value(QLatin1String("packageName")).toString();
    if (status == QLatin1String("ACKNOWLEDGED")) {
        if (type == QLatin1String("INSTALL_APP")) {
            m_removedApps.remove(package);
            m_apps.insert(package, {{QStringLiteral("packageName"), package},
                                    {QStringLiteral("versionName"), m_appVersions.value(package, QStringLiteral("1.0"))}});
        } else if (type == QLatin1String("REMOVE_APP")) {
            m_apps.remove(package);
            m_removedApps.insert(package);
            m_appConfigurations.remove(package);
        } else if (type == QLatin1String("REMOVE_WORK_PROFILE")) {
            m_apps.clear();
            m_appConfigurations.clear();
            m_workProfileRemoved = true;
        }
    }
    return sendResult(uuid, status);
}

void AndroidAgentSimulator::applyPolicyApplications()
{
    static const QStringList installs{QStringLiteral("FORCE_INSTALLED"), QStringLiteral("KIOSK"), QStringLiteral("REQUIRED_FOR_SETUP"),
                                      QStringLiteral("PREINSTALLED")};
    for (const QJsonValue &v : m_policy.value(QLatin1String("applications")).toArray()) {
        const QJsonObject app = v.toObject();
        const QString package = app.value(QLatin1String("packageName")).toString();
        if (!installs.contains(app.value(QLatin1String("installType")).toString()) || package.isEmpty())
            continue;
        m_removedApps.remove(package);
        m_apps.insert(package, {{QStringLiteral("packageName"), package},
                                {QStringLiteral("versionName"), m_appVersions.value(package, QStringLiteral("1.0"))}});
        m_appConfigurations.insert(package, app.value(QLatin1String("managedConfiguration")).toObject());
    }
}

QJsonObject AndroidAgentSimulator::sessionEvent(const QString &event, const QString &user, qint64 at, const QString &reason)
{
    QJsonObject e{{QStringLiteral("event"), event}, {QStringLiteral("user"), user}, {QStringLiteral("at"), at}};
    if (!reason.isEmpty())
        e.insert(QStringLiteral("reason"), reason);
    return e;
}

HttpResponse AndroidAgentSimulator::sendSessions(const QJsonArray &events)
{
    return post(AgentProtocol::SessionsPath, QStringLiteral("SessionBatch"),
                {{QStringLiteral("protocolVersion"), AgentProtocol::Version}, {QStringLiteral("events"), events}},
                QStringLiteral("SessionBatchResponse"));
}

HttpResponse AndroidAgentSimulator::signIn(const QString &user, qint64 at)
{
    return sendSessions({sessionEvent(QStringLiteral("signin"), user, at)});
}

HttpResponse AndroidAgentSimulator::signOut(const QString &user, qint64 at, const QString &reason)
{
    return sendSessions({sessionEvent(QStringLiteral("signout"), user, at, reason)});
}
