#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "audit/AuditLog.h"
#include "fleet/DeviceRepository.h"
#include "push/FcmAccountImport.h"
#include "push/FcmServiceAccount.h"
#include "push/PushCertificate.h"
#include "push/PushCertificateExpiry.h"
#include "push/PushCertificateImport.h"
#include "push/PushCertificateRequest.h"
#include "push/PushCertificateService.h"
#include "push/PushCredentialLoader.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "push/PushDeliveryRepository.h"
#include "push/PushDispatcher.h"
#include "push/PushOutboxRepository.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

// `push send|drain`, `push cert show|import|csr|owner`, `push fcm import`: the engine's push classes
// decide (roles, the topic rule, the outbox); this file parses, reads files and prints.
namespace {
QString tr(const char *text) { return QCoreApplication::translate("PushVerb", text); }
qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

bool readFile(CliContext &ctx, const QString &path, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.fail(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    *out = f.readAll();
    return true;
}

bool parse(CliContext &ctx, QCommandLineParser &p, int skip, const QString &usage, int positional)
{
    if (!CliOptions::parse(ctx, p, ctx.args.mid(skip), usage))
        return false;
    if (p.positionalArguments().size() != positional) {
        ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
        return false;
    }
    return true;
}

// A secret store owned by a QObject that lives until the verb finishes.
SecretStore *openStore(CliContext &ctx, QObject **owner)
{
    Status st;
    *owner = new QObject(QCoreApplication::instance());
    SecretStore *store = SecretStore::open(ctx.db, &st, *owner);
    if (!store) {
        delete *owner;
        ctx.fail(st.code(), st.message());
    }
    return store;
}

// Runs a dispatcher with the stored credentials until `done()` holds (checked whenever it idles).
int runDispatcher(CliContext &ctx, std::function<bool(PushDispatcher &)> done, std::function<int()> report)
{
    QObject *owner = nullptr;
    SecretStore *store = openStore(ctx, &owner);
    if (!store)
        return int(ErrorCode::Failure);
    auto *loader = new PushCredentialLoader(ctx.db, *store, owner);
    auto *dispatcher = new PushDispatcher(ctx.db, owner);
    QObject::connect(loader, &PushCredentialLoader::loaded, owner, [&ctx, loader, dispatcher](const PushCredentials &c) {
        for (const QString &w : loader->warnings())
            ctx.err << "clinicmdm: " << w << Qt::endl;
        if (Status s = dispatcher->configure(c); !s) {
            ctx.finish(ctx.fail(s.code(), s.message()));
            return;
        }
        dispatcher->start();
    });
    QObject::connect(dispatcher, &PushDispatcher::certificateAlarm, owner, [&ctx](const QString &reason) {
        ctx.err << "clinicmdm: " << tr("APNs refused the push certificate: %1").arg(reason) << Qt::endl;
    });
    QObject::connect(dispatcher, &PushDispatcher::idle, owner, [&ctx, owner, dispatcher, done, report] {
        if (!done(*dispatcher))
            return;
        dispatcher->stop();
        owner->deleteLater();
        ctx.finish(report());
    });
    loader->load();
    return CliContext::Pending;
}

int send(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption device(QStringLiteral("device"), {}, QStringLiteral("ID"));
    p.addOption(device);
    const QString usage = QStringLiteral("clinicmdm push send --device ID|SERIAL");
    if (!parse(ctx, p, 1, usage, 0) || !p.isSet(device))
        return p.isSet(device) ? int(ErrorCode::Usage) : ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    const std::optional<Device> d = DeviceRepository(ctx.db).findByIdOrSerial(p.value(device));
    if (!d)
        return ctx.fail(ErrorCode::NotFound, tr("no device with id or serial %1").arg(p.value(device)));
    const qint64 deviceId = d->id;
    const qint64 started = now();
    if (Status s = PushOutboxRepository(ctx.db).enqueue(deviceId, QStringLiteral("manual by ") + ctx.session.username(), started); !s)
        return ctx.fail(s.code(), s.message());
    AuditLog(ctx.db).record(ctx.actor, QStringLiteral("push.send"), QStringLiteral("success"), QStringLiteral("manual wake"), deviceId);
    // Done once this device has an answer from this run (a retry stays in the outbox for later).
    return runDispatcher(
        ctx,
        [&ctx, deviceId, started](PushDispatcher &) {
            const auto last = PushDeliveryRepository(ctx.db).find(deviceId);
            return last && last->lastPushAt >= started;
        },
        [&ctx, deviceId]() {
            const auto last = PushDeliveryRepository(ctx.db).find(deviceId);
            ctx.out << tr("Push to device %1: %2").arg(deviceId).arg(last->result)
                    << (last->reason.isEmpty() ? QString() : QStringLiteral(" (") + last->reason + QLatin1Char(')')) << Qt::endl;
            if (last->result == QLatin1String("retrying"))
                ctx.out << tr("The wake stays in the outbox and is retried by the console or `clinicmdm push drain`.") << Qt::endl;
            return last->result == QLatin1String("delivered") ? 0 : int(ErrorCode::Failure);
        });
}

int drain(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, 1, QStringLiteral("clinicmdm push drain"), 0))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::LockDevice); rc != 0)
        return rc;
    return runDispatcher(
        ctx, [&ctx](PushDispatcher &dispatcher) {
            const qint64 next = PushOutboxRepository(ctx.db).nextDue();
            return dispatcher.inFlight() == 0 && (next == 0 || next > now());
        },
        [&ctx]() {
            ctx.out << tr("Outbox drained; %1 wake(s) wait for a later retry.").arg(PushOutboxRepository(ctx.db).count()) << Qt::endl;
            return 0;
        });
}

int certShow(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!parse(ctx, p, 2, QStringLiteral("clinicmdm push cert show [--json]"), 0))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    PushCertificateService service(ctx.db);
    const std::optional<PushCertificate> c = service.current();
    const QDateTime t = QDateTime::currentDateTimeUtc();
    if (p.isSet(json)) {
        QJsonObject o;
        if (c) {
            o = c->metadata();
            o.remove(QStringLiteral("certificate_pem"));
            o.insert(QStringLiteral("warning"), PushCertificateExpiry::message(PushCertificateExpiry::level(c->notAfter, t), c->notAfter));
        }
        o.insert(QStringLiteral("pending_csr"), service.pendingRequest().has_value());
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    if (!c)
        ctx.out << tr("No push certificate imported.") << Qt::endl;
    else {
        ctx.out << tr("Topic:      %1").arg(c->topic) << '\n'
                << tr("Subject:    %1").arg(c->subject) << '\n'
                << tr("SHA-256:    %1").arg(c->sha256Hex) << '\n'
                << tr("Valid:      %1 to %2 (%3 days left)").arg(c->notBefore.toString(Qt::ISODate), c->notAfter.toString(Qt::ISODate)).arg(t.daysTo(c->notAfter)) << '\n'
                << tr("Apple ID:   %1").arg(c->appleId.isEmpty() ? tr("(not recorded)") : c->appleId) << '\n';
        const auto level = PushCertificateExpiry::level(c->notAfter, t);
        if (level != PushCertificateExpiry::Level::None)
            ctx.out << tr("WARNING:    %1").arg(PushCertificateExpiry::message(level, c->notAfter)) << '\n';
        if (!c->alarm.isEmpty())
            ctx.out << tr("ALARM:      APNs refused this certificate (%1) at %2.").arg(c->alarm, QDateTime::fromSecsSinceEpoch(c->alarmAt, Qt::UTC).toString(Qt::ISODate)) << '\n';
    }
    if (service.pendingRequest())
        ctx.out << tr("A certificate request is waiting for Apple's signed certificate (`push cert import FILE`).") << '\n';
    ctx.out.flush();
    return 0;
}

int certImport(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption key(QStringLiteral("key"), {}, QStringLiteral("FILE")),
        passwordFile(QStringLiteral("password-file"), {}, QStringLiteral("F")),
        appleId(QStringLiteral("apple-id"), {}, QStringLiteral("ID")), accept(QStringLiteral("accept-reenroll"));
    p.addOptions({key, passwordFile, appleId, accept});
    const QString usage = QStringLiteral("clinicmdm push cert import FILE [--key FILE] [--password-file F] [--apple-id ID] [--accept-reenroll]");
    if (!parse(ctx, p, 2, usage, 1))
        return int(ErrorCode::Usage);
    PushCertificateImportRequest request;
    request.fileName = p.positionalArguments().first();
    if (!readFile(ctx, request.fileName, &request.file))
        return int(ErrorCode::InvalidInput);
    if (p.isSet(passwordFile)) {
        if (!readFile(ctx, p.value(passwordFile), &request.password))
            return int(ErrorCode::InvalidInput);
        request.password = request.password.trimmed();
    }
    if (p.isSet(key) && !readFile(ctx, p.value(key), &request.keyPem))
        return int(ErrorCode::InvalidInput);
    request.appleId = p.value(appleId);
    request.acceptReenrollment = p.isSet(accept);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageCertificates); rc != 0)
        return rc;
    // This run's own sign-in is the fresh re-authentication a topic change needs.
    SignInResult reauth;
    reauth.session = ctx.session;
    QObject *owner = nullptr;
    SecretStore *store = openStore(ctx, &owner);
    if (!store)
        return int(ErrorCode::Failure);
    auto *job = new PushCertificateImport(ctx.db, *store, ctx.session, reauth, request, owner);
    QObject::connect(job, &PushCertificateImport::finished, owner, [&ctx, owner, job](const Status &s) {
        owner->deleteLater();
        if (!s) {
            ctx.finish(ctx.fail(s.code(), s.message()));
            return;
        }
        const PushCertificate c = job->certificate();
        ctx.out << tr("Imported the push certificate for topic %1, valid until %2.").arg(c.topic, c.notAfter.toString(Qt::ISODate)) << Qt::endl;
        ctx.finish(0);
    });
    job->start();
    return CliContext::Pending;
}

int certCsr(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE")), cn(QStringLiteral("cn"), {}, QStringLiteral("NAME"));
    p.addOptions({out, cn});
    const QString usage = QStringLiteral("clinicmdm push cert csr --out FILE [--cn NAME]");
    if (!parse(ctx, p, 2, usage, 0) || !p.isSet(out))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageCertificates); rc != 0)
        return rc;
    QObject *owner = nullptr;
    SecretStore *store = openStore(ctx, &owner);
    if (!store)
        return int(ErrorCode::Failure);
    const QString path = p.value(out);
    auto *job = new PushCertificateRequest(ctx.db, *store, ctx.session, p.isSet(cn) ? p.value(cn) : QStringLiteral("ClinicMDM push"), owner);
    QObject::connect(job, &PushCertificateRequest::finished, owner, [&ctx, owner, job, path](const Status &s) {
        owner->deleteLater();
        if (!s) {
            ctx.finish(ctx.fail(s.code(), s.message()));
            return;
        }
        QFile f(path);
        const QByteArray csr = job->csrPem();
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csr) != csr.size()) {
            ctx.finish(ctx.fail(ErrorCode::Failure, tr("cannot write %1: %2").arg(path, f.errorString())));
            return;
        }
        ctx.out << tr("Wrote the certificate request to %1. Have it signed by your MDM vendor, upload it at "
                      "identity.apple.com, then `clinicmdm push cert import` the certificate Apple returns.").arg(path) << Qt::endl;
        ctx.finish(0);
    });
    job->start();
    return CliContext::Pending;
}

int certOwner(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, 2, QStringLiteral("clinicmdm push cert owner APPLE_ID"), 1))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageCertificates); rc != 0)
        return rc;
    if (Status s = PushCertificateService(ctx.db).setAppleId(ctx.session, p.positionalArguments().first(), now()); !s)
        return ctx.fail(s.code(), s.message());
    return 0;
}

int fcmImport(CliContext &ctx)
{
    QCommandLineParser p;
    if (!parse(ctx, p, 2, QStringLiteral("clinicmdm push fcm import FILE.json"), 1))
        return int(ErrorCode::Usage);
    QByteArray json;
    if (!readFile(ctx, p.positionalArguments().first(), &json))
        return int(ErrorCode::InvalidInput);
    // Bad JSON is refused before anyone is asked for a password.
    FcmServiceAccount probe;
    if (const Status parsed = FcmServiceAccount::fromJson(json, probe); !parsed)
        return ctx.fail(parsed.code(), parsed.message());
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageCertificates); rc != 0)
        return rc;
    QObject *owner = nullptr;
    SecretStore *store = openStore(ctx, &owner);
    if (!store)
        return int(ErrorCode::Failure);
    auto *job = new FcmAccountImport(ctx.db, *store, ctx.session, json, owner);
    QObject::connect(job, &FcmAccountImport::finished, owner, [&ctx, owner, job](const Status &s) {
        owner->deleteLater();
        if (!s) {
            ctx.finish(ctx.fail(s.code(), s.message()));
            return;
        }
        ctx.out << tr("Imported the FCM service account %1 for project %2.").arg(job->account().clientEmail, job->account().projectId) << Qt::endl;
        ctx.finish(0);
    });
    job->start();
    return CliContext::Pending;
}

void printHelp(QTextStream &out)
{
    out << tr("Usage:") << "\n  clinicmdm --user NAME push send --device ID|SERIAL\n      "
        << tr("Wake one device now (through the outbox) and print the push result.")
        << "\n  clinicmdm --user NAME push drain\n      " << tr("Send every due wake of the outbox, then exit.")
        << "\n  clinicmdm --user NAME push cert show [--json]\n  clinicmdm --user NAME push cert csr --out FILE [--cn NAME]\n"
        << "  clinicmdm --user NAME push cert import FILE [--key FILE] [--password-file F] [--apple-id ID] [--accept-reenroll]\n      "
        << tr("A certificate with another topic than the current one is refused unless --accept-reenroll:") << "\n      "
        << tr("every Apple device would then have to enroll again.")
        << "\n  clinicmdm --user NAME push cert owner APPLE_ID\n  clinicmdm --user NAME push fcm import FILE.json\n";
    out.flush();
}

int cert(CliContext &ctx)
{
    using Run = int (*)(CliContext &);
    static const QHash<QString, Run> subcommands{{QStringLiteral("show"), &certShow}, {QStringLiteral("import"), &certImport},
                                                 {QStringLiteral("csr"), &certCsr}, {QStringLiteral("owner"), &certOwner}};
    if (const Run run = subcommands.value(ctx.args.value(2)))
        return run(ctx);
    printHelp(ctx.err);
    return int(ErrorCode::Usage);
}

int fcm(CliContext &ctx)
{
    if (ctx.args.value(2) == QLatin1String("import"))
        return fcmImport(ctx);
    printHelp(ctx.err);
    return int(ErrorCode::Usage);
}

} // namespace

namespace CliVerbs {

int push(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"send", &send}, {"drain", &drain}, {"cert", &cert}, {"fcm", &fcm}}, &printHelp);
}

} // namespace CliVerbs
