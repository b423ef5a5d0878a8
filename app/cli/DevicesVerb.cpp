#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliProgress.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceCsvImporter.h"
#include "fleet/DeviceJson.h"
#include "fleet/DeviceRepository.h"
#include "push/PushDeviceSummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {


const char *kListUsage = "clinicmdm devices list [--json] [--search TEXT] [--platform P] [--ownership O] "
                         "[--department D] [--state S] [--sort FIELD] [--desc] [--limit N]";

const QList<std::pair<const char *, DeviceField>> &sortFields()
{
    static const QList<std::pair<const char *, DeviceField>> list = {
        {"name", DeviceField::Name},          {"platform", DeviceField::Platform},
        {"model", DeviceField::Model},        {"os", DeviceField::OsVersion},
        {"os_version", DeviceField::OsVersion}, {"ownership", DeviceField::Ownership},
        {"department", DeviceField::Department}, {"assigned_to", DeviceField::AssignedTo},
        {"state", DeviceField::State},        {"last_seen", DeviceField::LastSeen},
        {"serial", DeviceField::Serial},      {"compliance", DeviceField::Compliance},
        {"policy", DeviceField::Policy},
    };
    return list;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Usage: clinicmdm [--db PATH] --user NAME [--otp CODE] devices <list|show|import|lock|wipe|sessions|reset|reset-schedule|signout|lost|privacy|kiosk|expect-reenroll> ...") << "\n\n"
        << "  " << kListUsage << "\n"
        << "      " << QCoreApplication::translate("CommandLine", "List devices as an aligned table, or as a JSON array with --json.") << "\n"
        << "      --search TEXT    " << QCoreApplication::translate("CommandLine", "name, serial, model, IMEI, UDID, department or clinician contains TEXT") << "\n"
        << "      --platform P     " << QCoreApplication::translate("CommandLine", "ios, ipados or android") << "\n"
        << "      --ownership O    " << QCoreApplication::translate("CommandLine", "BYOD, COPE, COSU or Shared") << "\n"
        << "      --department D   " << QCoreApplication::translate("CommandLine", "exactly this department") << "\n"
        << "      --state S        " << QCoreApplication::translate("CommandLine", "pending, enrolled, unenrolled, unreachable or wiped") << "\n"
        << "      --sort FIELD     " << QCoreApplication::translate("CommandLine", "name (default), platform, model, os, ownership, department, "
                                          "assigned_to, state, last_seen or serial") << "\n"
        << "      --desc           " << QCoreApplication::translate("CommandLine", "sort in descending order") << "\n"
        << "      --limit N        " << QCoreApplication::translate("CommandLine", "at most N devices (default: all)") << "\n\n"
        << "  clinicmdm devices show ID|SERIAL [--json]\n"
        << "      " << QCoreApplication::translate("CommandLine", "One device, by database id or serial number.") << "\n\n"
        << "  clinicmdm devices import FILE.csv\n"
        << "      " << QCoreApplication::translate("CommandLine", "Add the devices of an inventory CSV. Header columns (any order, any case): %1; "
                          "optional: %2.")
                           .arg(DeviceCsvImporter::requiredColumns().join(QLatin1String(", ")),
                                DeviceCsvImporter::optionalColumns().join(QLatin1String(", "))) << "\n"
        << "      " << QCoreApplication::translate("CommandLine", "If any row is wrong, every problem is printed as FILE:LINE: reason and nothing is "
                          "imported (exit 5). A file with no device rows is refused.") << "\n\n"
        << "  clinicmdm devices lock ID|SERIAL [--message M] [--phone P]\n"
        << "      " << QCoreApplication::translate("CommandLine", "Lock the device, showing the message and phone number (Technician or Administrator).") << "\n\n"
        << "  clinicmdm devices wipe ID|SERIAL --selective\n"
        << "      " << QCoreApplication::translate("CommandLine", "Remove the clinic's apps and data only (Technician or Administrator).") << "\n\n"
        << "  clinicmdm devices wipe ID|SERIAL --full --confirm NAME\n"
        << "      " << QCoreApplication::translate("CommandLine", "Erase the whole device (Administrator only; NAME must be the device's name; never for a "
                          "BYOD device). This run's sign-in is the re-authentication.") << "\n"
        << "      " << QCoreApplication::translate("CommandLine", "Queued commands are listed and cancelled with `clinicmdm commands`.") << "\n\n"
        << "  clinicmdm devices sessions ID|SERIAL [--at TIME] [--json]\n"
        << "      " << QCoreApplication::translate("CommandLine", "Who signed in on a shared tablet and when; with --at (ISO 8601), who held it at that moment.") << "\n\n"
        << "  clinicmdm devices reset ID|SERIAL\n"
        << "      " << QCoreApplication::translate("CommandLine", "Reset a shared tablet for the next patient: end the session, clear the patient apps' data.") << "\n\n"
        << "  clinicmdm devices lost ID|SERIAL enable --message M [--phone P] [--footnote F] | locate | sound | disable | show\n"
        << "      " << QCoreApplication::translate("CommandLine", "Lost Mode and location of a supervised corporate iPhone or iPad (Administrator only; never a BYOD device).") << "\n\n"
        << "  clinicmdm devices privacy ID|SERIAL [--pdf FILE]\n"
        << "      " << QCoreApplication::translate("CommandLine", "What the clinic's IT can and cannot see and do on the device, from its policy; --pdf writes the hand-out for the clinician.") << "\n\n"
        << "  clinicmdm devices reset-schedule list | set ID|SERIAL|--group NAME --at HH:MM [--days mon,tue,..] [--disable] | remove N\n"
        << "      " << QCoreApplication::translate("CommandLine", "Reset shared tablets for the next patient on their own, at a local time on chosen days (Administrator).") << "\n\n"
        << "  clinicmdm devices signout ID|SERIAL [--user CLINICIAN]\n"
        << "      " << QCoreApplication::translate("CommandLine", "Sign the clinician out of a Shared iPad (LogOutUser).") << "\n\n"
        << "  clinicmdm devices kiosk exit ID|SERIAL --reason R [--minutes N] | resume ID|SERIAL | status\n"
        << "      " << QCoreApplication::translate("CommandLine", "Take a patient kiosk out of single-app mode for maintenance (audited; it goes back on its own), or back now.") << "\n\n"
        << "  clinicmdm devices expect-reenroll ID|SERIAL [--hours N]\n"
        << "      " << QCoreApplication::translate("CommandLine", "Let a wiped or factory-reset device enroll again as the same record, for N hours (default 24, "
                          "at most 168; Administrator only, audited). Without it a device claiming an enrolled device's serial "
                          "number or UDID is refused.") << "\n";
    out.flush();
}

QString ago(const QDateTime &t)
{
    if (!t.isValid())
        return QCoreApplication::translate("CommandLine", "never");
    const qint64 secs = qMax<qint64>(0, t.secsTo(QDateTime::currentDateTimeUtc()));
    if (secs < 60)
        return QCoreApplication::translate("CommandLine", "just now");
    if (secs < 3600)
        return QCoreApplication::translate("CommandLine", "%1 min ago").arg(secs / 60);
    if (secs < 86400)
        return QCoreApplication::translate("CommandLine", "%1 h ago").arg(secs / 3600);
    const int days = int(secs / 86400); // a plain variable: lupdate 6.4 hangs on an expression count
    return QCoreApplication::translate("CommandLine", "%n day(s) ago", nullptr, days);
}

int list(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json")), desc(QStringLiteral("desc"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("TEXT")),
        platform(QStringLiteral("platform"), {}, QStringLiteral("P")),
        ownership(QStringLiteral("ownership"), {}, QStringLiteral("O")),
        department(QStringLiteral("department"), {}, QStringLiteral("D")),
        state(QStringLiteral("state"), {}, QStringLiteral("S")), sort(QStringLiteral("sort"), {}, QStringLiteral("FIELD")),
        limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    p.addOptions({json, desc, search, platform, ownership, department, state, sort, limit});
    const QString usage = QLatin1String(kListUsage);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(p.positionalArguments().first()));

    DeviceQuery query;
    query.text = p.value(search);
    if (Status s = query.validate(); !s)
        return ctx.fail(ErrorCode::Usage, s.message());
    query.department = p.value(department);
    if (p.isSet(platform) && !(query.platform = DeviceTypes::platformFromDb(p.value(platform))))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unknown platform %1 (use ios, ipados or android)").arg(p.value(platform)));
    if (p.isSet(ownership) && !(query.ownership = DeviceTypes::ownershipFromDb(p.value(ownership))))
        return ctx.fail(ErrorCode::Usage,
                        QCoreApplication::translate("CommandLine", "unknown ownership %1 (use BYOD, COPE, COSU or Shared)").arg(p.value(ownership)));
    if (p.isSet(state) && !(query.state = DeviceTypes::stateFromDb(p.value(state))))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unknown state %1 (use %2)")
                                              .arg(p.value(state), DeviceTypes::allStatesDb().join(QLatin1String(", "))));
    if (p.isSet(sort)) {
        const QString key = p.value(sort).trimmed().toLower();
        const auto it = std::find_if(sortFields().cbegin(), sortFields().cend(),
                                     [&](const auto &f) { return key == QLatin1String(f.first); });
        if (it == sortFields().cend())
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "cannot sort by %1").arg(p.value(sort)));
        query.sortField = it->second;
    }
    query.sortOrder = p.isSet(desc) ? Qt::DescendingOrder : Qt::AscendingOrder;
    int max = -1;
    if (p.isSet(limit) && (max = CliOptions::positiveInt(p.value(limit))) < 0)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "--limit needs a positive number"));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;

    DeviceRepository repo(ctx.db);
    const int total = repo.count(query);
    const QList<Device> devices = repo.page(query, 0, max > 0 ? qMin(max, total) : total);
    if (!repo.lastError().isEmpty())
        return ctx.fail(ErrorCode::Failure, repo.lastError());

    if (p.isSet(json)) {
        QJsonArray array;
        for (const Device &d : devices)
            array.append(DeviceJson::toJson(d));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    if (devices.isEmpty()) {
        ctx.out << QCoreApplication::translate("CommandLine", "No devices match.") << Qt::endl;
        return 0;
    }
    TextTable table({QCoreApplication::translate("CommandLine", "ID"), QCoreApplication::translate("CommandLine", "SERIAL"), QCoreApplication::translate("CommandLine", "NAME"), QCoreApplication::translate("CommandLine", "PLATFORM"), QCoreApplication::translate("CommandLine", "MODEL"), QCoreApplication::translate("CommandLine", "OS"), QCoreApplication::translate("CommandLine", "OWNERSHIP"),
                     QCoreApplication::translate("CommandLine", "DEPARTMENT"), QCoreApplication::translate("CommandLine", "ASSIGNED TO"), QCoreApplication::translate("CommandLine", "STATE"), QCoreApplication::translate("CommandLine", "LAST SEEN")});
    table.setMaxWidth(2, 32);
    table.setMaxWidth(4, 26);
    table.setMaxWidth(7, 18);
    table.setMaxWidth(8, 24);
    for (const Device &d : devices)
        table.addRow({QString::number(d.id), d.serial, d.name, DeviceTypes::displayName(d.platform), d.model,
                      d.osVersion, DeviceTypes::toDb(d.ownership), d.department, d.assignedTo,
                      DeviceTypes::displayName(d.state), ago(d.lastSeen)});
    table.print(ctx.out);
    if (devices.size() < total)
        ctx.out << QCoreApplication::translate("CommandLine", "(%1 of %2 devices shown)").arg(devices.size()).arg(total) << Qt::endl;
    return 0;
}

int show(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    const QString usage = QStringLiteral("clinicmdm devices show ID|SERIAL [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage));
    const QString key = p.positionalArguments().first().trimmed();
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;

    DeviceRepository repo(ctx.db);
    const std::optional<Device> device = repo.findByIdOrSerial(key);
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("CommandLine", "no device with id or serial %1").arg(key));

    if (p.isSet(json)) {
        QJsonObject object = DeviceJson::toJson(*device);
        object.insert(QStringLiteral("push"), PushDeviceSummary::load(ctx.db, device->id).toJson());
        ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    const Device &d = *device;
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QCoreApplication::translate("CommandLine", "never");
    };
    QList<std::pair<QString, QString>> rows = {
        {QCoreApplication::translate("CommandLine", "ID"), QString::number(d.id)}, {QCoreApplication::translate("CommandLine", "Name"), d.name}, {QCoreApplication::translate("CommandLine", "Serial"), d.serial},
        {QCoreApplication::translate("CommandLine", "Platform"), DeviceTypes::displayName(d.platform)}, {QCoreApplication::translate("CommandLine", "Model"), d.model},
        {QCoreApplication::translate("CommandLine", "OS version"), d.osVersion}, {QCoreApplication::translate("CommandLine", "Ownership"), DeviceTypes::displayName(d.ownership)},
        {QCoreApplication::translate("CommandLine", "Department"), d.department}, {QCoreApplication::translate("CommandLine", "Assigned to"), d.assignedTo},
        {QCoreApplication::translate("CommandLine", "State"), DeviceTypes::displayName(d.state)}, {QCoreApplication::translate("CommandLine", "IMEI"), d.imei}, {QCoreApplication::translate("CommandLine", "UDID"), d.udid},
        {QCoreApplication::translate("CommandLine", "Last seen"), d.lastSeen.isValid() ? when(d.lastSeen) + QStringLiteral(" (") + ago(d.lastSeen) + QLatin1Char(')')
                                               : QCoreApplication::translate("CommandLine", "never")},
        {QCoreApplication::translate("CommandLine", "Added"), when(d.createdAt)}, {QCoreApplication::translate("CommandLine", "Updated"), when(d.updatedAt)},
    };
    for (const auto &row : PushDeviceSummary::load(ctx.db, d.id).rows())
        rows.append({row.first, row.second});
    int width = 0;
    for (const auto &r : rows)
        width = qMax(width, int(r.first.size()));
    for (const auto &r : rows)
        ctx.out << (r.first + QLatin1Char(':')).leftJustified(width + 2) << r.second << '\n';
    ctx.out.flush();
    return 0;
}

int import(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm devices import FILE.csv");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage));
    const QString path = p.positionalArguments().first();
    if (const int rc = CliSignIn::signIn(ctx, Permission::EditInventory); rc != 0)
        return rc;

    DeviceCsvImporter importer(ctx.db, ctx.actor);
    CliProgress progress(ctx.err, QCoreApplication::translate("CommandLine", "Importing"));
    importer.setProgress(progress.callback());
    const DeviceCsvImporter::Result result = importer.importFile(path);
    progress.finish();
    if (!result.status) {
        // FILE:LINE: reason, the shape editors and CI logs turn into links.
        for (const DeviceImportIssue &issue : result.issues)
            ctx.err << path << ':' << (issue.line > 0 ? QString::number(issue.line) + QLatin1Char(':') : QString())
                    << ' ' << issue.reason << '\n';
        return ctx.fail(result.status.code(), result.status.message());
    }
    ctx.out << QCoreApplication::translate("CommandLine", "Imported %n device(s) from %1.", nullptr, result.imported).arg(path) << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int devices(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &list}, {"show", &show}, {"import", &import}, {"lock", &CliVerbs::deviceCommand}, {"wipe", &CliVerbs::deviceCommand}, {"sessions", &CliVerbs::deviceSessions}, {"reset", &CliVerbs::deviceReset}, {"lost", &CliVerbs::deviceLost}, {"privacy", &CliVerbs::devicePrivacy}, {"reset-schedule", &CliVerbs::deviceResetSchedule}, {"signout", &CliVerbs::deviceSignOut}, {"kiosk", &CliVerbs::deviceKiosk}, {"expect-reenroll", &CliVerbs::deviceExpectReenroll}}, &printHelp);
}

} // namespace CliVerbs
