#include "catalog/AppCatalogService.h"
#include "catalog/CatalogAppJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/ClinicalAppTemplates.h"
#include "catalog/ManagedConfigValidator.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

// `apps`: the clinical app catalog. AppCatalogService decides (roles, validation, audit); this file
// parses and prints.
namespace {

QString tr(const char *) = delete; // every string goes through QCoreApplication::translate("AppsVerb", ...)

std::optional<CatalogApp> findApp(CliContext &ctx, const QString &key)
{
    CatalogRepository repo(ctx.db);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    std::optional<CatalogApp> app = isNumber ? repo.findById(id) : std::nullopt;
    return app ? app : repo.findByIdentifier(key);
}

int printJson(CliContext &ctx, const QJsonValue &value)
{
    ctx.out << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return 0;
}

int report(CliContext &ctx, const Status &s, const AppCatalogService::Outcome &o, const QString &what)
{
    if (!s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("AppsVerb", "%1 queued for %2 device(s).").arg(what).arg(o.queued) << Qt::endl;
    if (o.viaPolicy > 0)
        ctx.out << QCoreApplication::translate("AppsVerb", "%1 Android device(s) get it with their policy at the next check-in.")
                       .arg(o.viaPolicy)
                << Qt::endl;
    for (const QString &skip : o.skipped)
        ctx.out << QCoreApplication::translate("AppsVerb", "  skipped %1").arg(skip) << Qt::endl;
    return o.queued > 0 || o.viaPolicy > 0 || o.skipped.isEmpty() ? 0 : int(ErrorCode::InvalidInput);
}

int templates(CliContext &ctx)
{
    for (const QString &name : ClinicalAppTemplates::names()) {
        CatalogApp app;
        ClinicalAppTemplates::apply(name, app);
        ctx.out << name << "  " << ClinicalAppTemplates::description(name) << "\n";
        for (const ManagedConfigKey &k : app.configSchema)
            ctx.out << "    " << k.key << " (" << ManagedConfigKey::typeName(k.type)
                    << (k.required ? QCoreApplication::translate("AppsVerb", ", required") : QString()) << ")  " << k.description
                    << "\n";
    }
    ctx.out.flush();
    return 0;
}

int list(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), QStringLiteral("clinicmdm apps list [--json]")))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const QList<CatalogApp> apps = CatalogRepository(ctx.db).all();
    if (p.isSet(json)) {
        QJsonArray array;
        for (const CatalogApp &a : apps)
            array.append(CatalogAppJson::toJson(a));
        return printJson(ctx, array);
    }
    if (apps.isEmpty()) {
        ctx.out << QCoreApplication::translate("AppsVerb", "The catalog is empty: `clinicmdm apps add` adds an app.") << Qt::endl;
        return 0;
    }
    TextTable table({QStringLiteral("ID"), QCoreApplication::translate("AppsVerb", "NAME"), QCoreApplication::translate("AppsVerb", "PLATFORM"),
                     QCoreApplication::translate("AppsVerb", "IDENTIFIER"), QCoreApplication::translate("AppsVerb", "SOURCE"),
                     QCoreApplication::translate("AppsVerb", "VERSION")});
    for (const CatalogApp &a : apps)
        table.addRow({QString::number(a.id), a.name, CatalogApp::platformName(a.platform), a.identifier,
                      CatalogApp::sourceName(a.source), a.version});
    table.print(ctx.out);
    return 0;
}

int add(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption platform(QStringLiteral("platform"), {}, QStringLiteral("apple|android")),
        identifier(QStringLiteral("identifier"), {}, QStringLiteral("ID")), name(QStringLiteral("name"), {}, QStringLiteral("N")),
        tmpl(QStringLiteral("template"), {}, QStringLiteral("T")), storeId(QStringLiteral("store-id"), {}, QStringLiteral("N")),
        manifest(QStringLiteral("manifest-url"), {}, QStringLiteral("URL")), apk(QStringLiteral("apk"), {}, QStringLiteral("FILE")),
        version(QStringLiteral("version"), {}, QStringLiteral("V")), vpn(QStringLiteral("vpn"), {}, QStringLiteral("UUID")),
        set(QStringLiteral("set"), {}, QStringLiteral("KEY=VALUE"));
    p.addOptions({platform, identifier, name, tmpl, storeId, manifest, apk, version, vpn, set});
    const QString usage = QStringLiteral("clinicmdm apps add --platform apple|android --identifier ID [--name N] [--template T] "
                                         "(--store-id N | --manifest-url URL | --apk FILE) [--version V] [--vpn UUID] "
                                         "[--set KEY=VALUE ...]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const int sources = int(p.isSet(storeId)) + int(p.isSet(manifest)) + int(p.isSet(apk));
    if (!p.isSet(platform) || !p.isSet(identifier) || sources > 1 ||
        (p.value(platform) != QLatin1String("apple") && p.value(platform) != QLatin1String("android")))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "Usage: %1").arg(usage));
    CatalogApp app;
    app.platform = p.value(platform) == QLatin1String("android") ? CatalogApp::Platform::Android : CatalogApp::Platform::Apple;
    app.identifier = p.value(identifier);
    app.name = p.value(name);
    app.version = p.value(version);
    app.vpnUuid = p.value(vpn);
    if (p.isSet(tmpl) && !ClinicalAppTemplates::apply(p.value(tmpl), app))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "no template %1; `clinicmdm apps templates` lists them")
                                              .arg(p.value(tmpl)));
    if (p.isSet(manifest)) {
        app.source = CatalogApp::Source::Manifest;
        app.manifestUrl = p.value(manifest);
    } else if (p.isSet(apk)) {
        QFile file(p.value(apk));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AppsVerb", "cannot read %1").arg(p.value(apk)));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        app.source = CatalogApp::Source::Apk;
        app.apkPath = QFileInfo(file).absoluteFilePath();
        app.apkSha256 = QString::fromLatin1(hash.result().toHex());
    } else {
        app.source = CatalogApp::Source::Store;
        app.storeId = p.value(storeId);
    }
    if (Status s = ManagedConfigValidator::parseAssignments(app.configSchema, p.values(set), app.configValues); !s)
        return ctx.fail(s.code(), s.message());
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    if (Status s = AppCatalogService(ctx.db).add(ctx.session, app); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("AppsVerb", "Added %1 (%2) to the catalog as app %3.").arg(app.name, app.identifier).arg(app.id)
            << Qt::endl;
    return 0;
}

int configure(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm apps configure APP KEY=VALUE ...");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() < 2)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<CatalogApp> app = findApp(ctx, p.positionalArguments().first());
    if (!app)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AppsVerb", "no app %1 in the catalog").arg(p.positionalArguments().first()));
    QJsonObject values;
    if (Status s = ManagedConfigValidator::parseAssignments(app->configSchema, p.positionalArguments().mid(1), values); !s)
        return ctx.fail(s.code(), s.message());
    if (Status s = AppCatalogService(ctx.db).configure(ctx.session, app->id, values); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("AppsVerb", "Configuration of %1 saved; devices get it with the next install.").arg(app->name)
            << Qt::endl;
    return 0;
}

int assign(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    p.addOption(group);
    const QString usage = QStringLiteral("clinicmdm apps assign APP --group NAME");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || !p.isSet(group))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<CatalogApp> app = findApp(ctx, p.positionalArguments().first());
    if (!app)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AppsVerb", "no app %1 in the catalog").arg(p.positionalArguments().first()));
    if (Status s = AppCatalogService(ctx.db).assignToGroup(ctx.session, app->id, p.value(group)); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("AppsVerb", "%1 is assigned to %2.").arg(app->name, p.value(group)) << Qt::endl;
    return 0;
}

int installOrRemove(CliContext &ctx, bool install)
{
    QCommandLineParser p;
    const QCommandLineOption device(QStringLiteral("device"), {}, QStringLiteral("ID"));
    p.addOption(device);
    const QString usage = install ? QStringLiteral("clinicmdm apps install APP [--device ID ...]")
                                  : QStringLiteral("clinicmdm apps uninstall APP --device ID [--device ID ...]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || (!install && !p.isSet(device)))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "Usage: %1").arg(usage));
    QList<qint64> devices;
    for (const QString &d : p.values(device)) {
        const int id = CliOptions::positiveInt(d);
        if (id <= 0)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "--device needs a device id"));
        devices.append(id);
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<CatalogApp> app = findApp(ctx, p.positionalArguments().first());
    if (!app)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AppsVerb", "no app %1 in the catalog").arg(p.positionalArguments().first()));
    AppCatalogService service(ctx.db);
    AppCatalogService::Outcome outcome;
    const Status s = install ? service.install(ctx.session, app->id, devices, outcome)
                             : service.removeFromDevices(ctx.session, app->id, devices, outcome);
    return report(ctx, s, outcome,
                  install ? QCoreApplication::translate("AppsVerb", "Install of %1").arg(app->name)
                          : QCoreApplication::translate("AppsVerb", "Removal of %1").arg(app->name));
}

int install(CliContext &ctx) { return installOrRemove(ctx, true); }
int uninstall(CliContext &ctx) { return installOrRemove(ctx, false); }

int status(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    const QString usage = QStringLiteral("clinicmdm apps status APP [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("AppsVerb", "Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<CatalogApp> app = findApp(ctx, p.positionalArguments().first());
    if (!app)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("AppsVerb", "no app %1 in the catalog").arg(p.positionalArguments().first()));
    const QList<AppInstallState> states = CatalogRepository(ctx.db).installStates(*app);
    if (p.isSet(json)) {
        QJsonArray array;
        for (const AppInstallState &s : states)
            array.append(QJsonObject{{QStringLiteral("device_id"), s.deviceId}, {QStringLiteral("device"), s.deviceName},
                                     {QStringLiteral("state"), s.state}, {QStringLiteral("installed_version"), s.installedVersion},
                                     {QStringLiteral("detail"), s.detail},
                                     {QStringLiteral("reported_at"), s.reportedAt > 0 ? QJsonValue(QDateTime::fromSecsSinceEpoch(s.reportedAt, Qt::UTC)
                                                                                                        .toString(Qt::ISODate))
                                                                                   : QJsonValue()}});
        return printJson(ctx, array);
    }
    TextTable table({QCoreApplication::translate("AppsVerb", "DEVICE"), QCoreApplication::translate("AppsVerb", "NAME"),
                     QCoreApplication::translate("AppsVerb", "STATE"), QCoreApplication::translate("AppsVerb", "VERSION"),
                     QCoreApplication::translate("AppsVerb", "REPORTED AT"), QCoreApplication::translate("AppsVerb", "DETAIL")});
    for (const AppInstallState &s : states)
        table.addRow({QString::number(s.deviceId), s.deviceName, s.state, s.installedVersion,
                      s.reportedAt > 0 ? QDateTime::fromSecsSinceEpoch(s.reportedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                       : QStringLiteral("-"),
                      s.detail});
    table.print(ctx.out);
    return 0;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("AppsVerb", "Usage:") << "\n"
        << "  clinicmdm apps templates\n"
        << "  clinicmdm --user NAME apps list [--json]\n"
        << "  clinicmdm --user NAME apps add --platform apple|android --identifier ID [--name N] [--template T]\n"
        << "        (--store-id N | --manifest-url URL | --apk FILE) [--version V] [--vpn UUID] [--set KEY=VALUE ...]\n"
        << "  clinicmdm --user NAME apps configure APP KEY=VALUE ...\n"
        << "  clinicmdm --user NAME apps assign APP --group NAME\n"
        << "  clinicmdm --user NAME apps install APP [--device ID ...]\n"
        << "  clinicmdm --user NAME apps uninstall APP --device ID [--device ID ...]\n"
        << "  clinicmdm --user NAME apps status APP [--json]\n"
        << "      " << QCoreApplication::translate("AppsVerb", "APP is the catalog id or the bundle id / package name. Without --device, install "
                                                             "goes to every device of the groups the app is assigned to.")
        << "\n";
    out.flush();
}

} // namespace

namespace CliVerbs {

int apps(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"templates", &templates}, {"list", &list}, {"add", &add}, {"configure", &configure},
                                      {"assign", &assign}, {"install", &install}, {"uninstall", &uninstall},
                                      {"status", &status}},
                                &printHelp);
}

} // namespace CliVerbs
