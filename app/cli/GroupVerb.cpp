#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"
#include "commands/BulkDeviceActionService.h"
#include "commands/DeviceActionCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// `clinicmdm group list|create|add|remove|members|run`.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("GroupVerb", text); }

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME group <command>") << "\n\n"
        << "  list                                                   " << tr("groups and their sizes") << "\n"
        << "  create NAME [--description D]                          " << tr("a new device group") << "\n"
        << "  add NAME [--device ID]... [--ownership O] [--department D] [--platform P]  " << tr("add devices by id, or every device matching ownership, department and platform") << "\n"
        << "  remove NAME --device ID...                             " << tr("take devices out of the group") << "\n"
        << "  members NAME                                           " << tr("the group's devices") << "\n"
        << "  run NAME ACTION [--message M] [--phone P] [--target ID]  " << tr("one action on every device of the group: lock, selective-wipe, reset-for-next-patient, push-now, assign-policy or install-app (--target: the policy or app id); one line per device") << "\n";
    out.flush();
}

bool deviceIds(CliContext &ctx, const QStringList &values, QList<qint64> &out)
{
    for (const QString &v : values) {
        const int id = CliOptions::positiveInt(v);
        if (id < 1) {
            ctx.fail(ErrorCode::Usage, tr("--device needs a device id, not %1").arg(v));
            return false;
        }
        out << id;
    }
    return true;
}

std::optional<DeviceGroup> findGroup(CliContext &ctx, const QString &name)
{
    const std::optional<DeviceGroup> g = DeviceGroupRepository(ctx.db).findByName(name);
    if (!g)
        ctx.fail(ErrorCode::NotFound, tr("no device group %1").arg(name));
    return g;
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
        ownership(QStringLiteral("ownership"), {}, QStringLiteral("O")), department(QStringLiteral("department"), {}, QStringLiteral("D")),
        platform(QStringLiteral("platform"), {}, QStringLiteral("P"));
    p.addOptions({device, ownership, department, platform});
    const QString usage = QStringLiteral("clinicmdm group add NAME [--device ID]... [--ownership O] [--department D] [--platform P]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || (!p.isSet(device) && !p.isSet(ownership) && !p.isSet(department) && !p.isSet(platform)))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    QList<qint64> ids;
    if (!deviceIds(ctx, p.values(device), ids))
        return int(ErrorCode::Usage);
    DeviceGroupRule rule;
    rule.department = p.value(department);
    if (p.isSet(ownership) && !(rule.ownership = DeviceTypes::ownershipFromDb(p.value(ownership))))
        return ctx.fail(ErrorCode::Usage, tr("unknown ownership %1 (use BYOD, COPE, COSU or Shared)").arg(p.value(ownership)));
    if (p.isSet(platform) && !(rule.platform = DeviceTypes::platformFromDb(p.value(platform))))
        return ctx.fail(ErrorCode::Usage, tr("unknown platform %1 (use iOS, iPadOS or Android)").arg(p.value(platform)));
    if (const int rc = CliSignIn::signIn(ctx, Permission::EditInventory); rc != 0)
        return rc;
    const std::optional<DeviceGroup> g = findGroup(ctx, p.positionalArguments().first());
    if (!g)
        return int(ErrorCode::NotFound);
    int added = 0;
    if (Status s = DeviceGroupService(ctx.db).add(ctx.session, g->id, ids, rule, &added); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Added %1 device(s) to %2.").arg(added).arg(g->name) << Qt::endl;
    return 0;
}

int remove(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption device(QStringLiteral("device"), {}, QStringLiteral("ID"));
    p.addOption(device);
    const QString usage = QStringLiteral("clinicmdm group remove NAME --device ID...");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || !p.isSet(device))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    QList<qint64> ids;
    if (!deviceIds(ctx, p.values(device), ids))
        return int(ErrorCode::Usage);
    if (const int rc = CliSignIn::signIn(ctx, Permission::EditInventory); rc != 0)
        return rc;
    const std::optional<DeviceGroup> g = findGroup(ctx, p.positionalArguments().first());
    if (!g)
        return int(ErrorCode::NotFound);
    int removed = 0;
    if (Status s = DeviceGroupService(ctx.db).remove(ctx.session, g->id, ids, &removed); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Removed %1 device(s) from %2.").arg(removed).arg(g->name) << Qt::endl;
    return 0;
}

int members(CliContext &ctx)
{
    QCommandLineParser p;
    const QString usage = QStringLiteral("clinicmdm group members NAME");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<DeviceGroup> g = findGroup(ctx, p.positionalArguments().first());
    if (!g)
        return int(ErrorCode::NotFound);
    TextTable t({tr("ID"), tr("NAME"), tr("PLATFORM"), tr("OWNERSHIP"), tr("DEPARTMENT")});
    for (const Device &d : DeviceGroupService(ctx.db).members(ctx.session, g->id, 1000000))
        t.addRow({QString::number(d.id), d.name, DeviceTypes::toDb(d.platform), DeviceTypes::toDb(d.ownership), d.department});
    t.print(ctx.out);
    return 0;
}

// The window's bulk actions, for a whole group: one outcome line per device; exit 0 only when every
// device got the action.
int run(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption message(QStringLiteral("message"), {}, QStringLiteral("M")), phone(QStringLiteral("phone"), {}, QStringLiteral("P")),
        target(QStringLiteral("target"), {}, QStringLiteral("ID"));
    p.addOptions({message, phone, target});
    const QString usage = QStringLiteral("clinicmdm group run NAME ACTION [--message M] [--phone P] [--target ID]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 2)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    const std::optional<DeviceActionDeclaration> action = DeviceActionCatalog::find(p.positionalArguments().at(1));
    if (!action || !action->multiple || action->id == DeviceActionCatalog::Id::AddToGroup)
        return ctx.fail(ErrorCode::Usage, tr("unknown action %1 (use lock, selective-wipe, reset-for-next-patient, push-now, assign-policy "
                                             "or install-app)").arg(p.positionalArguments().at(1)));
    if (const int rc = CliSignIn::signIn(ctx, action->permission); rc != 0)
        return rc;
    const std::optional<DeviceGroup> g = findGroup(ctx, p.positionalArguments().first());
    if (!g)
        return int(ErrorCode::NotFound);
    const BulkActionRequest request{action->id, p.value(message), p.value(phone), p.value(target).toLongLong()};
    BulkDeviceActionService service(ctx.db);
    if (Status s = service.validate(ctx.session, request); !s)
        return ctx.fail(s.code(), s.message());
    int refused = 0;
    TextTable t({tr("ID"), tr("DEVICE"), tr("OUTCOME")});
    for (const BulkActionOutcome &o : service.run(ctx.session, request, DeviceGroupRepository(ctx.db).members(g->id))) {
        refused += o.status ? 0 : 1;
        t.addRow({QString::number(o.deviceId), o.deviceName, o.status ? tr("queued") : tr("refused: %1").arg(o.status.message())});
    }
    t.print(ctx.out);
    return refused == 0 ? 0 : int(ErrorCode::Failure);
}

} // namespace

namespace CliVerbs {

int group(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &list}, {"create", &create}, {"add", &add}, {"remove", &remove}, {"members", &members}, {"run", &run}}, &printHelp);
}

} // namespace CliVerbs
