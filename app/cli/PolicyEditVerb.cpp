#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyPathEditor.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

// `clinicmdm policy set|export|edit`: a policy's settings from a script. Every change is read back
// through PolicyJson (the same strict reader as the database's bodies) before PolicyService saves
// it as a new version (role check, audit, delivery); invalid input saves nothing and exits 5.
namespace {

QString tr(const char *text) { return QCoreApplication::translate("PolicyEditVerb", text); }

std::optional<PolicyRecord> findPolicy(CliContext &ctx, const QString &key)
{
    PolicyRepository repo(ctx.db);
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    std::optional<PolicyRecord> p = isNumber ? repo.findById(id) : std::nullopt;
    return p ? p : repo.findByName(key);
}

// Validates `body` and saves it as the policy's next version; prints what was queued.
int save(CliContext &ctx, const PolicyRecord &policy, const QJsonObject &body)
{
    PolicySettings settings;
    if (Status s = PolicyJson::fromJson(body, &settings); !s)
        return ctx.fail(ErrorCode::InvalidInput, tr("%1 was not changed: %2").arg(policy.name, s.message()));
    int queued = 0;
    if (Status s = PolicyService(ctx.db).update(ctx.session, policy.id, settings, &queued); !s)
        return ctx.fail(s.code(), s.message());
    const std::optional<PolicyRecord> now = PolicyRepository(ctx.db).findById(policy.id);
    if (!now || now->version == policy.version) {
        ctx.out << tr("%1 already has these settings; nothing was saved.").arg(policy.name) << Qt::endl;
        return 0;
    }
    ctx.out << tr("Saved %1 as version %2; %3 command(s) queued for its devices.").arg(policy.name).arg(now->version).arg(queued)
            << Qt::endl;
    return 0;
}

// The policy's body with every setting written out (older bodies may leave defaults out).
QJsonObject fullBody(const PolicyRecord &policy, Status *status)
{
    PolicySettings settings;
    *status = PolicyJson::fromJson(policy.body, &settings);
    return PolicyJson::toJson(settings);
}

} // namespace

namespace CliVerbs {

int policySet(CliContext &ctx)
{
    const QString usage = QStringLiteral("clinicmdm policy set POLICY PATH=VALUE... (e.g. kiosk.enabled=true kiosk.urlAllowlist=https://a,https://b)");
    const QStringList args = ctx.args.mid(2); // after "policy set"
    if (args.size() < 2)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, args.first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(args.first()));
    Status st;
    QJsonObject body = fullBody(*policy, &st);
    if (!st)
        return ctx.fail(st.code(), st.message());
    QStringList problems;
    for (const QString &assignment : args.mid(1)) {
        QString path, value;
        Status s = PolicyPathEditor::split(assignment, &path, &value);
        if (s)
            s = PolicyPathEditor::set(body, path, value);
        if (!s)
            problems << s.message();
    }
    if (!problems.isEmpty())
        return ctx.fail(ErrorCode::InvalidInput, tr("%1 was not changed: %2").arg(policy->name, problems.join(QLatin1String("; "))));
    return save(ctx, *policy, body);
}

int policyExport(CliContext &ctx)
{
    const QStringList args = ctx.args.mid(2); // after "policy export"
    if (args.size() != 1)
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(QStringLiteral("clinicmdm policy export POLICY > settings.json")));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, args.first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(args.first()));
    Status st;
    const QJsonObject body = fullBody(*policy, &st);
    if (!st)
        return ctx.fail(st.code(), st.message());
    ctx.out << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return 0;
}

int policyEdit(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption file(QStringLiteral("file"), {}, QStringLiteral("FILE"));
    p.addOption(file);
    const QString usage = QStringLiteral("clinicmdm policy edit POLICY --file settings.json");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || !p.isSet(file))
        return ctx.fail(ErrorCode::Usage, tr("Usage: %1").arg(usage));
    QFile f(p.value(file));
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(ErrorCode::NotFound, tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    // A settings file is small; anything larger is not one.
    const QByteArray bytes = f.read(4 * 1024 * 1024 + 1);
    if (bytes.size() > 4 * 1024 * 1024)
        return ctx.fail(ErrorCode::InvalidInput, tr("%1 is larger than 4 MiB; it is not a policy's settings.").arg(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ctx.fail(ErrorCode::InvalidInput,
                        tr("%1 is not a JSON object (%2 at byte %3).")
                            .arg(f.fileName(), error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))
                            .arg(error.offset));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManagePolicies); rc != 0)
        return rc;
    const std::optional<PolicyRecord> policy = findPolicy(ctx, p.positionalArguments().first());
    if (!policy)
        return ctx.fail(ErrorCode::NotFound, tr("no policy %1").arg(p.positionalArguments().first()));
    return save(ctx, *policy, doc.object());
}

} // namespace CliVerbs
