#include "android/AdbClient.h"
#include "android/AdbHostQueryJob.h"
#include "android/AdbServerStarter.h"
#include "android/AndroidPolicyRepository.h"
#include "android/UsbEnrollmentEngine.h"
#include "cli/CliConsoleIdentity.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `usb list` and `usb enroll`: Android devices on USB, through the adb server (started if needed).
namespace {
QString tr(const char *text) { return QCoreApplication::translate("UsbVerb", text); }

void printHelp(QTextStream &out)
{
    out << "Usage: clinicmdm usb list [--json]\n"
        << "       clinicmdm usb enroll --all|--serial S [--serial S2 ...] --ownership BYOD|COPE|COSU|Shared --apk FILE\n"
        << "                            [--policy NAME|ID] [--department D] [--url URL] (--ca FILE | --ca-sha256 HEX)\n"
        << "                            [--timeout SECONDS]\n\n"
        << tr("list: the devices the adb server sees (serial, state, model).") << "\n"
        << tr("enroll: installs the agent, makes it device owner and hands it a one-time token, on every device at once;\n"
              "waits for each agent's first check-in. Exit 0 when all enrolled, 1 when any failed.") << "\n";
    out.flush();
}

// Starts adb when needed, lists the devices, then calls `then` (or ends the verb with the error).
void withDevices(CliContext &ctx, AdbClient *adb, const std::function<void(const QList<AdbDevice> &)> &then)
{
    AdbServerStarter *starter = adb->ensureServer();
    QObject::connect(starter, &AdbJob::finished, adb, [&ctx, adb, starter, then] {
        if (!starter->ok()) {
            ctx.finish(ctx.fail(ErrorCode::Failure, starter->errorString()));
            return;
        }
        AdbHostQueryJob *list = adb->devices();
        QObject::connect(list, &AdbJob::finished, adb, [&ctx, list, then] {
            if (!list->ok()) {
                ctx.finish(ctx.fail(ErrorCode::Failure, list->errorString()));
                return;
            }
            then(AdbDevice::parseList(list->output()));
        });
    });
}

int usbList(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), QStringLiteral("clinicmdm usb list [--json]")))
        return int(ErrorCode::Usage);
    auto *adb = new AdbClient(QCoreApplication::instance());
    const bool asJson = p.isSet(json);
    withDevices(ctx, adb, [&ctx, asJson](const QList<AdbDevice> &devices) {
        if (asJson) {
            QJsonArray a;
            for (const AdbDevice &d : devices)
                a.append(QJsonObject{{QStringLiteral("serial"), d.serial}, {QStringLiteral("state"), d.state},
                                     {QStringLiteral("model"), d.model}, {QStringLiteral("product"), d.product},
                                     {QStringLiteral("usb"), d.usb}});
            ctx.out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (devices.isEmpty()) {
            ctx.out << tr("No Android device is attached.") << Qt::endl;
        } else {
            TextTable table({tr("Serial"), tr("State"), tr("Model")});
            for (const AdbDevice &d : devices)
                table.addRow({d.serial,
                              d.isUnauthorized() ? tr("unauthorized (accept the RSA prompt on the device's screen)") : d.state,
                              d.model});
            table.print(ctx.out);
        }
        ctx.finish(0);
    });
    return CliContext::Pending;
}

int usbEnroll(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption all(QStringLiteral("all")), serial(QStringLiteral("serial"), {}, QStringLiteral("S")),
        ownership(QStringLiteral("ownership"), {}, QStringLiteral("O")), policy(QStringLiteral("policy"), {}, QStringLiteral("P")),
        department(QStringLiteral("department"), {}, QStringLiteral("D")), apk(QStringLiteral("apk"), {}, QStringLiteral("FILE")),
        timeout(QStringLiteral("timeout"), {}, QStringLiteral("SECONDS"));
    p.addOptions({all, serial, ownership, policy, department, apk, timeout});
    p.addOptions(CliConsoleIdentity::options());
    const QString usage = QStringLiteral("clinicmdm usb enroll --all|--serial S --ownership O --apk FILE [--policy P] (--ca FILE|--ca-sha256 HEX)");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const std::optional<Ownership> owner = DeviceTypes::ownershipFromDb(p.value(ownership));
    if (p.isSet(all) == p.isSet(serial) || !owner || !p.isSet(apk))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage));
    UsbEnrollmentSettings s;
    if (Status st = CliConsoleIdentity::read(ctx, p, &s.consoleUrl, &s.caSha256); !st)
        return ctx.fail(st.code(), st.message());
    s.ownership = *owner;
    s.department = p.value(department);
    s.apkPath = p.value(apk);
    if (p.isSet(timeout))
        s.checkInTimeoutMs = qMax(1, CliOptions::positiveInt(p.value(timeout))) * 1000;
    if (p.isSet(policy)) {
        AndroidPolicyRepository policies(ctx.db);
        bool isId = false;
        const qint64 id = p.value(policy).toLongLong(&isId);
        const auto row = isId ? policies.find(id) : policies.findByName(p.value(policy));
        if (!row)
            return ctx.fail(ErrorCode::NotFound, tr("No Android policy %1.").arg(p.value(policy)));
        s.policyId = row->id;
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::EnrollDevices); rc != 0)
        return rc;
    s.actor = ctx.actor;
    const QStringList wanted = p.values(serial);
    auto *adb = new AdbClient(QCoreApplication::instance());
    withDevices(ctx, adb, [&ctx, adb, s, wanted](const QList<AdbDevice> &devices) {
        QList<AdbDevice> chosen;
        for (const AdbDevice &d : devices)
            if (wanted.isEmpty() || wanted.contains(d.serial))
                chosen << d;
        for (const QString &w : wanted)
            if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const AdbDevice &d) { return d.serial == w; })) {
                ctx.finish(ctx.fail(ErrorCode::NotFound, tr("No device %1 is attached.").arg(w)));
                return;
            }
        auto *engine = new UsbEnrollmentEngine(ctx.db, *adb, adb);
        engine->setSettings(s);
        QObject::connect(engine, &UsbEnrollmentEngine::jobChanged, engine, [&ctx](const UsbEnrollmentJob &j) {
            // One line per step, not per percent: readable in a terminal and in a log.
            static QHash<QString, UsbEnrollmentJob::State> last;
            if (last.value(j.serial, UsbEnrollmentJob::State::Queued) == j.state && j.state != UsbEnrollmentJob::State::Queued)
                return;
            last.insert(j.serial, j.state);
            ctx.out << j.serial << ": " << UsbEnrollmentJob::displayName(j.state)
                    << (j.reason.isEmpty() ? QString() : QStringLiteral(" — ") + j.reason) << Qt::endl;
        });
        QObject::connect(engine, &UsbEnrollmentEngine::batchFinished, engine, [&ctx](int enrolled, int failed) {
            ctx.out << tr("%1 enrolled, %2 failed.").arg(enrolled).arg(failed) << Qt::endl;
            ctx.finish(failed == 0 ? 0 : int(ErrorCode::Failure));
        });
        if (Status st = engine->enroll(chosen); !st)
            ctx.finish(ctx.fail(st.code(), st.message()));
    });
    return CliContext::Pending;
}
} // namespace

namespace CliVerbs {

int usb(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &usbList}, {"enroll", &usbEnroll}}, &printHelp);
}

} // namespace CliVerbs
