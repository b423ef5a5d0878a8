#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// `clinicmdm group create|add|list`.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("GroupVerb", text); }

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME group <command>") << "\n\n"
        << "  list                                                   " << tr("groups and their sizes") << "\n"
        << "  create NAME [--description D]                          " << tr("a new device group") << "\n"
        << "  add NAME [--device ID]... [--ownership O] [--department D]  " << tr("add devices by id, or every device of an ownership model and/or department") << "\n";
    out.flush();
}

int list(CliContext &ctx)
{
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    TextTable t({tr("ID"), tr("NAME"), tr("DEVICES"), tr("DESCRIPTION")});
    for (const DeviceGroup &g : DeviceGroupRepository(ctx.db).list())
        t.addRow({QString::number(g.id), g.name, QString::number(g.members), g.description});
    t.print(ctx.out);
    return 0;
}

int create(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption description(QStringLiteral("description"), {}, QStringLiteral("D"));
    p.addOption(description);
    const QString usage = QStringLiteral("clinicmdm group create NAME [--description D]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::EditInventory); rc != 0)
        return rc;
    DeviceGroup g;
    if (Status s = DeviceGroupService(ctx.db).create(ctx.session, p.positionalArguments().first(), p.value(description), &g); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Created group %1 (id %2).").arg(g.name).arg(g.id) << Qt::endl;
    return 0;
}

int add(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption device(QStringLiteral("device"), {}, QStringLiteral("ID")),
        ownership(QStringLiteral("ownership"), {}, QStringLiteral("O")), department(QStringLiteral("department"), {}, QStringLiteral("D"));
    p.addOptions({device, ownership, department});
    const QString usage = QStringLiteral("clinicmdm group add NAME [--device ID]... [--ownership O] [--department D]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || (!p.isSet(device) && !p.isSet(ownership) && !p.isSet(department)))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    QList<qint64> ids;
    for (const QString &v : p.values(device)) {
        const int id = CliOptions::positiveInt(v);
        if (id < 1)
            return ctx.fail(ErrorCode::Usage, tr("--device needs a device id, not %1").arg(v));
        ids << id;
    }
    std::optional<Ownership> o;
    if (p.isSet(ownership) && !(o = DeviceTypes::ownershipFromDb(p.value(ownership))))
        return ctx.fail(ErrorCode::Usage, tr("unknown ownership %1 (use BYOD, COPE, COSU or Shared)").arg(p.value(ownership)));
    if (const int rc = CliSignIn::signIn(ctx, Permission::EditInventory); rc != 0)
        return rc;
    const std::optional<DeviceGroup> g = DeviceGroupRepository(ctx.db).findByName(p.positionalArguments().first());
    if (!g)
        return ctx.fail(ErrorCode::NotFound, tr("no device group %1").arg(p.positionalArguments().first()));
    int added = 0;
    if (Status s = DeviceGroupService(ctx.db).add(ctx.session, g->id, ids, o, p.value(department), &added); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Added %1 device(s) to %2.").arg(added).arg(g->name) << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int group(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &list}, {"create", &create}, {"add", &add}}, &printHelp);
}

} // namespace CliVerbs
