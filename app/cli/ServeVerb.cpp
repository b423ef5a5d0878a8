#include "cli/CliContext.h"
#include "cli/CliVerbs.h"
#include "core/TerminationSignals.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/EndpointService.h"
#include "kiosk/KioskMaintenanceScheduler.h"
#include "push/PushService.h"
#include "pki/ConsolePki.h"
#include "secrets/SecretStore.h"
#include "audit/AuditCheckpointer.h"
#include "shared/ResetScheduler.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ServeVerb", text); }

// "ADDR:PORT", "[v6]:PORT" or ":PORT" (all addresses).
bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    port = quint16(p);
    return !address.isNull();
}

// The connection cap and the open-files limit it was derived from (EndpointServer::connectionCapFor).
QString connectionLine(const EndpointServer &server)
{
    const OpenFileLimit files = server.openFileLimit();
    const auto number = [](qint64 n) { return n == OpenFileLimit::Unlimited ? tr("unlimited") : QString::number(n); };
    if (!files.isKnown())
        return tr("Connections: at most %1").arg(server.connectionCap());
    if (files.softBefore() != files.soft())
        return tr("Connections: at most %1 (open files limit %2, raised from %3)")
            .arg(server.connectionCap())
            .arg(number(files.soft()), number(files.softBefore()));
    return tr("Connections: at most %1 (open files limit %2)").arg(server.connectionCap()).arg(number(files.soft()));
}

void printHelp(QTextStream &out)
{
    out << tr("Usage:") << "\n  clinicmdm [--db PATH] serve [--listen ADDR:PORT]\n\n"
        << tr("Runs the HTTPS device endpoint until SIGTERM or SIGINT. Without --listen it listens on the "
              "address and port of the settings (endpoint/listenAddress, endpoint/port).")
        << "\n";
}

} // namespace

namespace CliVerbs {

int serve(CliContext &ctx)
{
    const QStringList args = ctx.args.mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printHelp(ctx.out);
        return 0;
    }
    QHostAddress address;
    quint16 port = 0;
    bool haveListen = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--listen") && i + 1 < args.size()) {
            if (!parseListen(args[++i], address, port))
                return ctx.fail(ErrorCode::Usage, tr("--listen takes ADDR:PORT, e.g. 0.0.0.0:8443 or [::1]:8443"));
            haveListen = true;
        } else {
            printHelp(ctx.err);
            return int(ErrorCode::Usage);
        }
    }

    Status st;
    auto *owner = new QObject(QCoreApplication::instance());
    SecretStore *store = SecretStore::open(ctx.db, &st, owner);
    if (!store) {
        delete owner;
        return ctx.fail(st.code(), st.message());
    }
    auto *service = new EndpointService(ctx.db, *store, owner);
    service->setFieldKey(ctx.fieldKey);
    // The service wakes devices too: queued commands' pushes drain from the outbox while it runs.
    auto *push = new PushService(ctx.db, *store, owner);
    QObject::connect(push, &PushService::problem, owner, [&ctx](const QString &m) { ctx.err << m << Qt::endl; });
    push->start();
    // Shared tablets: scheduled resets for the next patient and the session-timeout sweep.
    auto *resets = new ResetScheduler(ctx.db, owner);
    QObject::connect(resets, &ResetScheduler::problem, owner, [&ctx](const QString &m) { ctx.err << m << Qt::endl; });
    resets->start();
    // Kiosks whose maintenance window ended (also while nothing ran) go back to kiosk mode.
    auto *kiosk = new KioskMaintenanceScheduler(ctx.db, owner);
    QObject::connect(kiosk, &KioskMaintenanceScheduler::problem, owner, [&ctx](const QString &m) { ctx.err << m << Qt::endl; });
    kiosk->start();
    // A signed audit checkpoint every audit/checkpointEvery entries, as the console does.
    auto *checkpointer = new AuditCheckpointer(ctx.db, *store, owner);
    QObject::connect(checkpointer, &AuditCheckpointer::finished, owner, [&ctx](const Status &s, const AuditCheckpoint &) {
        if (!s)
            ctx.err << tr("Audit checkpoint not signed: %1").arg(s.message()) << Qt::endl;
    });
    checkpointer->startPeriodic(AuditCheckpointer::PeriodicCheckMsec);
    checkpointer->checkpointIfDue();
    if (haveListen)
        service->setListenOverride(address, port);
    auto *signals_ = new TerminationSignals(owner);
    auto stopping = std::make_shared<bool>(false);

    QObject::connect(signals_, &TerminationSignals::received, owner, [&ctx, service, stopping](int) {
        if (*stopping)
            return;
        *stopping = true;
        ctx.out << tr("Stopping…") << Qt::endl;
        if (service->state() == EndpointService::State::Running || service->state() == EndpointService::State::Starting)
            service->stop();
        else
            ctx.finish(0);
    });
    QObject::connect(service, &EndpointService::started, owner, [&ctx, service](const QHostAddress &a, quint16 p) {
        const ConsolePki &pki = service->pki();
        ctx.out << tr("Listening on https://%1:%2").arg(a.protocol() == QAbstractSocket::IPv6Protocol
                                                            ? QStringLiteral("[%1]").arg(a.toString()) : a.toString())
                       .arg(p)
                << Qt::endl
                << tr("Public URL: %1").arg(service->publicUrl()) << Qt::endl
                << tr("Worker threads: %1").arg(service->server().workerCount()) << Qt::endl
                << connectionLine(service->server()) << Qt::endl
                << tr("CA SHA-256: %1").arg(pki.caInfo().sha256Hex()) << Qt::endl
                << tr("TLS SHA-256: %1 (%2, expires %3)")
                       .arg(pki.tlsInfo().sha256Hex(),
                            pki.tlsImported() ? tr("imported") : tr("issued by the console CA"),
                            pki.tlsInfo().notAfter().toString(Qt::ISODate))
                << Qt::endl;
        for (const QString &problem : service->routeProblems())
            ctx.err << tr("Warning: %1").arg(problem) << Qt::endl;
    });
    QObject::connect(service, &EndpointService::failed, owner, [&ctx, owner](const QString &reason) {
        owner->deleteLater();
        ctx.finish(ctx.fail(ErrorCode::Failure, reason));
    });
    QObject::connect(service, &EndpointService::stopped, owner, [&ctx, owner, stopping] {
        if (!*stopping)
            return; // a restart for a new certificate
        const int code = 0;
        owner->deleteLater();
        ctx.out << tr("Stopped.") << Qt::endl;
        ctx.finish(code);
    });
    service->start();
    return CliContext::Pending;
}

} // namespace CliVerbs
