#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "fleet/DeviceGroupRepository.h"
#include "android/AndroidPolicyBuilder.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

// `clinicmdm policy list|show|baselines|create|assign|rollback` (set|export|edit: PolicyEditVerb.cpp): parsing and printing only; the
// engine's PolicyService checks the role, audits and queues delivery.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("PolicyVerb", text); }

void printHelp(QTextStream &out)
{
    out << tr("Usage: clinicmdm [--db PATH] --user NAME policy <command>") << "\n\n"
        << "  baselines                               " << tr("list the HIPAA baselines") << "\n"
        << "  list                                    " << tr("list policies") << "\n"
        << "  show POLICY [--apple|--android]         " << tr("settings, differences from the baseline, versions, assignments; or the compiled payload") << "\n"
        << "  create --baseline NAME [--name N]       " << tr("copy a baseline (byod, cope, cosu, shared) into a new policy") << "\n"
        << "  assign POLICY --group G | --device ID   " << tr("assign and queue delivery to the devices") << "\n"
        << "  rollback POLICY --version V             " << tr("make version V's settings current again (as a new version)") << "\n"
        << "  set POLICY PATH=VALUE...                " << tr("change settings by path, e.g. kiosk.enabled=true kiosk.urlAllowlist=https://a,https://b") << "\n"
        << "  export POLICY                           " << tr("print the settings as JSON") << "\n"
        << "  edit POLICY --file settings.json        " << tr("replace the settings with the file's (as a new version)") << "\n"
        << "\n" << tr("POLICY is a policy's id or name.") << "\n";
    out.flush();
}

std::optional<PolicyRecord> findPolicy(CliContext &ctx, const QString &key)
{
    PolicyRepository repo(ctx.db);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    std::optional<PolicyRecord> p = isNumber ? repo.findById(id) : std::nullopt;
    return p ? p : repo.findByName(key);
}

QString when(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

int baselines(CliContext &ctx)
{
    TextTable t({tr("ID"), tr("OWNERSHIP"), tr("NAME")});
    for (const Baseline &b : BaselineCatalog::all())
        t.addRow({b.id, DeviceTypes::toDb(b.ownership), b.name});
    t.print(ctx.out);
    return 0;
}

int list(CliContext &ctx)
{
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    PolicyRepository repo(ctx.db);
    QHash<qint64, int> devices;
    for (qint64 policyId : repo.effectivePolicies())
        ++devices[policyId];
    TextTable t({tr("ID"), tr("NAME"), tr("OWNERSHIP"), tr("BASELINE"), tr("VERSION"), tr("DEVICES"), tr("UPDATED (UTC)")});
    for (const PolicyRecord &p : repo.list())
        t.addRow({QString::number(p.id), p.name, DeviceTypes::toDb(p.ownership), p.baseline, QString::number(p.version),
                  QString::number(devices.value(p.id)), when(p.updatedAt)});
    t.print(ctx.out);
    return 0;
}

int show(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption apple(QStringLiteral("apple")), android(QStringLiteral("android"));
    p.addOptions({apple, android});
    const QString usage = QStringLiteral("clinicmdm policy show POLICY [--apple|--android]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, p.positionalArguments().first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(p.positionalArguments().first()));
    PolicySettings settings;
    if (Status s = PolicyJson::fromJson(policy->body, &settings); !s)
        return ctx.fail(s.code(), s.message());
    if (p.isSet(apple)) {
        AppleCompiledPolicy compiled;
        if (Status s = AppleProfileCompiler(policy->id, policy->name, policy->version, {}, policy->ownership).compile(settings, &compiled); !s)
            return ctx.fail(s.code(), s.message());
        // Every profile a device is sent: the policy, its supervised-only settings, the kiosk's App Lock.
        ctx.out << QString::fromUtf8(compiled.profileXml + compiled.supervisedProfileXml + compiled.kioskProfileXml);
        return 0;
    }
    if (p.isSet(android)) {
        // What an Android device of the policy's ownership is sent: the baseline with the policy over it.
        const AndroidPolicyRepository::Row row{policy->id, policy->name, policy->version,
                                               QString::fromUtf8(QJsonDocument(policy->body).toJson(QJsonDocument::Compact))};
        ctx.out << QString::fromUtf8(QJsonDocument(AndroidPolicyBuilder::build(policy->ownership, row, {}, AndroidPolicyBuilder::frpAdminEmails(ctx.db)))
                                         .toJson());
        return 0;
    }
    ctx.out << tr("Policy %1 (id %2), version %3, %4, baseline %5").arg(policy->name).arg(policy->id).arg(policy->version)
                   .arg(DeviceTypes::toDb(policy->ownership), policy->baseline.isEmpty() ? tr("none") : policy->baseline) << "\n\n";
    ctx.out << QString::fromUtf8(QJsonDocument(policy->body).toJson()) << "\n";
    const QList<PolicyDifference> diffs = PolicyService(ctx.db).differencesFromBaseline(*policy);
    ctx.out << tr("Differences from the baseline: %1").arg(diffs.size()) << "\n";
    const std::optional<Baseline> b = BaselineCatalog::byId(policy->baseline);
    for (const PolicyDifference &d : diffs)
        ctx.out << "  " << d.path << ": " << PolicyDiff::display(d.baseline) << " -> " << PolicyDiff::display(d.policy)
                << (b ? QStringLiteral("  [%1]").arg(b->referenceFor(d.path)) : QString()) << "\n";
    ctx.out << "\n" << tr("Versions:") << "\n";
    PolicyRepository repo(ctx.db);
    for (const PolicyVersionRecord &v : repo.versions(policy->id))
        ctx.out << "  v" << v.version << "  " << when(v.createdAt) << "  " << v.createdBy << "\n";
    ctx.out << "\n" << tr("Assigned to:") << "\n";
    for (const PolicyAssignmentRecord &a : repo.assignments(policy->id))
        ctx.out << "  " << (a.groupId ? tr("group %1").arg(a.targetName) : tr("device %1 (%2)").arg(a.targetName).arg(a.deviceId)) << "\n";
    ctx.out.flush();
    return 0;
}

int create(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption baseline(QStringLiteral("baseline"), {}, QStringLiteral("NAME")), name(QStringLiteral("name"), {}, QStringLiteral("N"));
    p.addOptions({baseline, name});
    const QString usage = QStringLiteral("clinicmdm policy create --baseline byod|cope|cosu|shared [--name N]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (!p.isSet(baseline) || !p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    PolicyRecord created;
    if (Status s = PolicyService(ctx.db).createFromBaseline(ctx.session, p.value(baseline), p.value(name), &created); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Created policy %1 (id %2) from baseline %3.").arg(created.name).arg(created.id).arg(created.baseline) << Qt::endl;
    return 0;
}

int assign(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("G")), device(QStringLiteral("device"), {}, QStringLiteral("ID"));
    p.addOptions({group, device});
    const QString usage = QStringLiteral("clinicmdm policy assign POLICY --group G | --device ID");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || p.isSet(group) == p.isSet(device))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, p.positionalArguments().first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(p.positionalArguments().first()));
    PolicyService service(ctx.db);
    int queued = 0;
    if (p.isSet(group)) {
        const std::optional<DeviceGroup> g = DeviceGroupRepository(ctx.db).findByName(p.value(group));
        if (!g)
            return ctx.fail(ErrorCode::NotFound, tr("no device group %1").arg(p.value(group)));
        if (Status s = service.assignToGroup(ctx.session, policy->id, g->id, &queued); !s)
            return ctx.fail(s.code(), s.message());
        ctx.out << tr("Assigned %1 v%2 to group %3 (%4 devices); %5 command(s) queued for delivery.")
                       .arg(policy->name).arg(policy->version).arg(g->name).arg(g->members).arg(queued) << Qt::endl;
        return 0;
    }
    const qint64 deviceId = CliOptions::positiveInt(p.value(device));
    if (Status s = service.assignToDevice(ctx.session, policy->id, deviceId, &queued); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("Assigned %1 v%2 to device %3; %4 command(s) queued.").arg(policy->name).arg(policy->version).arg(deviceId).arg(queued) << Qt::endl;
    return 0;
}

int rollback(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption version(QStringLiteral("version"), {}, QStringLiteral("V"));
    p.addOption(version);
    const QString usage = QStringLiteral("clinicmdm policy rollback POLICY --version V");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const int v = CliOptions::positiveInt(p.value(version));
    if (p.positionalArguments().size() != 1 || v < 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, p.positionalArguments().first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(p.positionalArguments().first()));
    int queued = 0;
    if (Status s = PolicyService(ctx.db).rollback(ctx.session, policy->id, v, &queued); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << tr("%1 now has the settings of version %2 as version %3; %4 command(s) queued.")
                   .arg(policy->name).arg(v).arg(policy->version + 1).arg(queued) << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int policy(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"baselines", &baselines}, {"list", &list}, {"show", &show}, {"create", &create},
                                      {"assign", &assign}, {"rollback", &rollback}, {"set", &CliVerbs::policySet},
                                      {"export", &CliVerbs::policyExport}, {"edit", &CliVerbs::policyEdit}},
                                &printHelp);
}

} // namespace CliVerbs
