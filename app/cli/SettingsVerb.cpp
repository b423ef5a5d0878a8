#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "cli/TextTable.h"
#include "settings/SettingsRepository.h"
#include "settings/SettingsService.h"

#include <QCoreApplication>

// `settings list|get|set`. Changing a setting goes through SettingsService, as the window's does:
// it checks Permission::ManageSettings (Administrators only), validates the value and audits the
// old and new value.
namespace {

// The settings an admin may see and change here. The keychain service id and the audit public keys
// are the console's own bookkeeping (changing them would orphan secrets or fake the trust anchor).
const QList<Setting> &adminSettings()
{
    static const QList<Setting> list = {Setting::ClinicName,       Setting::IdleLockMinutes,
                                        Setting::EndpointHost,     Setting::EndpointPort,
                                        Setting::UnknownAfterDays, Setting::MfaRequiredForAdministrators,
                                        Setting::AuditCheckpointInterval, Setting::EndpointListenAddress,
                                        Setting::EndpointHostNames, Setting::EndpointPublicUrl,
                                        // Where the push clients connect (README, "Push"): empty is Apple's / Google's.
                                        Setting::PushApnsEnvironment, Setting::PushApnsHost,
                                        Setting::PushApnsPort, Setting::PushFcmEndpoint,
                                        Setting::PushFcmTokenUri, Setting::PushTrustedRootsFile,
                                        Setting::FrpAdminEmails};
    return list;
}

std::optional<Setting> settingByKey(const QString &key)
{
    for (Setting s : adminSettings())
        if (SettingInfo::key(s) == key)
            return s;
    return std::nullopt;
}

QString text(const QVariant &v)
{
    return v.metaType().id() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                 : v.toString();
}

// The typed value, or an invalid QVariant with `why` filled in.
QVariant parseValue(Setting s, const QString &input, QString *why)
{
    switch (SettingInfo::type(s).id()) {
    case QMetaType::Bool: {
        const QString v = input.trimmed().toLower();
        if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("on"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("off"))
            return false;
        *why = QCoreApplication::translate("SettingsVerb", "%1 takes true or false").arg(SettingInfo::key(s));
        return {};
    }
    case QMetaType::Int: {
        const int n = CliOptions::positiveInt(input.trimmed());
        const int max = s == Setting::EndpointPort || s == Setting::PushApnsPort ? 65535 : 1000000;
        if (n < 1 || n > max) {
            *why = QCoreApplication::translate("SettingsVerb", "%1 takes a whole number from 1 to %2").arg(SettingInfo::key(s)).arg(max);
            return {};
        }
        return n;
    }
    default:
        // Settings whose default is empty can be emptied again (back to the built-in behaviour).
        if (input.trimmed().isEmpty() && !SettingInfo::defaultValue(s).toString().isEmpty()) {
            *why = QCoreApplication::translate("SettingsVerb", "%1 cannot be empty").arg(SettingInfo::key(s));
            return {};
        }
        return input.trimmed();
    }
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("SettingsVerb", "Usage:") << "\n"
        << "  clinicmdm --user NAME settings list\n"
        << "  clinicmdm --user NAME settings get KEY\n"
        << "  clinicmdm --user NAME settings set KEY VALUE   " << QCoreApplication::translate("SettingsVerb", "(Administrators only)") << "\n"
        << QCoreApplication::translate("SettingsVerb", "Keys:") << "\n";
    for (Setting s : adminSettings())
        out << "  " << SettingInfo::key(s) << "\n";
    out.flush();
}

int list(CliContext &ctx)
{
    if (ctx.args.size() != 2)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SettingsVerb", "Usage: clinicmdm settings list"));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    SettingsRepository repo(ctx.db);
    TextTable table({QCoreApplication::translate("SettingsVerb", "KEY"), QCoreApplication::translate("SettingsVerb", "VALUE"), QCoreApplication::translate("SettingsVerb", "DEFAULT")});
    for (Setting s : adminSettings())
        table.addRow({SettingInfo::key(s), text(repo.value(s)), text(SettingInfo::defaultValue(s))});
    table.print(ctx.out);
    return 0;
}

int get(CliContext &ctx)
{
    if (ctx.args.size() != 3)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SettingsVerb", "Usage: clinicmdm settings get KEY"));
    const std::optional<Setting> s = settingByKey(ctx.args.at(2));
    if (!s)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("SettingsVerb", "no setting %1 (see `clinicmdm settings list`)").arg(ctx.args.at(2)));
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    ctx.out << text(SettingsRepository(ctx.db).value(*s)) << Qt::endl;
    return 0;
}

int set(CliContext &ctx)
{
    if (ctx.args.size() != 4)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("SettingsVerb", "Usage: clinicmdm settings set KEY VALUE"));
    const std::optional<Setting> s = settingByKey(ctx.args.at(2));
    if (!s)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("SettingsVerb", "no setting %1 (see `clinicmdm settings list`)").arg(ctx.args.at(2)));
    QString why;
    const QVariant value = parseValue(*s, ctx.args.at(3), &why);
    if (!value.isValid())
        return ctx.fail(ErrorCode::InvalidInput, why);
    // The role is checked (and a refusal audited as access.denied) by the engine's session.
    if (const int rc = CliSignIn::signIn(ctx, Permission::ManageSettings); rc != 0)
        return rc;
    SettingsService service(ctx.db);
    const QString before = text(service.value(*s));
    if (Status st = service.change(ctx.session, *s, value); !st)
        return ctx.fail(st.code(), st.message());
    ctx.out << QCoreApplication::translate("SettingsVerb", "%1 = %2 (was %3)").arg(SettingInfo::key(*s), text(service.value(*s)), before)
            << Qt::endl;
    return 0;
}

} // namespace

namespace CliVerbs {

int settings(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"list", &list}, {"get", &get}, {"set", &set}}, &printHelp);
}

} // namespace CliVerbs
