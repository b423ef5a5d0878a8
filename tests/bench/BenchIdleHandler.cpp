#include "BenchIdleHandler.h"

#include "apple/Plist.h"
#include "db/Database.h"
#include "endpoint/EndpointContext.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantMap>

namespace {

// Prepared statements per worker thread (each thread has its own connection): preparing costs
// more than running these indexed lookups.
struct Statements {
    QString connection;
    std::unique_ptr<QSqlQuery> device;
    std::unique_ptr<QSqlQuery> next;
};

Statements &statementsFor(Database &db)
{
    thread_local Statements s;
    if (s.connection != db.connectionName()) {
        s.connection = db.connectionName();
        s.device = std::make_unique<QSqlQuery>(db.connection());
        s.device->prepare(QStringLiteral(
            "SELECT d.id, e.identity_cert_sha256 FROM devices d JOIN enrollments e ON e.device_id = d.id "
            "WHERE d.udid = ? AND e.state = 'used'"));
        s.next = std::make_unique<QSqlQuery>(db.connection());
        s.next->prepare(QStringLiteral(
            "SELECT uuid, payload FROM commands WHERE device_id = ? AND status = 'queued' "
            "ORDER BY priority DESC, queued_at, id LIMIT 1"));
    }
    return s;
}

} // namespace

HttpResponse BenchIdleHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    if (request.method != "PUT")
        return HttpResponse::error(405, "Method not allowed");
    VerifiedSigner signer;
    if (!m_verifier->verifyDetached(request.header("mdm-signature"), request.body, signer))
        return HttpResponse::error(400, "Bad signature"); // 400, never 401 (a 401 can unenroll a device)
    QVariant plist;
    if (!Plist::parse(request.body, plist, 64 * 1024))
        return HttpResponse::error(400, "Malformed plist");
    const QVariantMap message = plist.toMap();
    const QString udid = message.value(QStringLiteral("UDID")).toString();
    if (message.value(QStringLiteral("Status")).toString() != QLatin1String("Idle") || udid.isEmpty())
        return HttpResponse::error(400, "Unexpected message");

    Statements &s = statementsFor(context.database());
    s.device->addBindValue(udid);
    if (!s.device->exec() || !s.device->next())
        return HttpResponse::error(400, "Unknown device");
    const qint64 deviceId = s.device->value(0).toLongLong();
    const bool bound = s.device->value(1).toString() == QString::fromLatin1(signer.sha256.toHex());
    s.device->finish();
    if (!bound)
        return HttpResponse::error(400, "Certificate not bound to this device");

    context.recordDeviceSeen(deviceId, QDateTime::currentSecsSinceEpoch());
    s.next->addBindValue(deviceId);
    if (s.next->exec() && s.next->next()) {
        const QByteArray payload = s.next->value(1).toByteArray();
        s.next->finish();
        return HttpResponse::ok("application/xml", payload);
    }
    s.next->finish();
    return HttpResponse::empty(200);
}
