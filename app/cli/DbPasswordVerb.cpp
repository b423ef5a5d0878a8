#include "cli/CliContext.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "db/PostgresTarget.h"
#include "secrets/DatabasePassword.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace CliVerbs {

// Keeps the PostgreSQL password in the OS keychain (or the opt-in secret file), never on the
// command line or in settings. It is read from CLINICMDM_DB_PASSWORD or a no-echo prompt.
int dbPassword(CliContext &ctx, const PostgresTarget &target)
{
    if (ctx.args.size() > 2)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "unexpected argument %1").arg(ctx.args[2]));
    QString password;
    if (Status s = CliSignIn::readPassword(DatabasePassword::InputEnv,
                                           QCoreApplication::translate("CommandLine", "Password of %1: ").arg(target.display()),
                                           true, &password);
        !s)
        return ctx.fail(s.code(), s.message());
    if (password.isEmpty())
        return ctx.fail(ErrorCode::InvalidInput, QCoreApplication::translate("CommandLine", "The password is empty; nothing was stored."));
    Status st;
    SecretStore *store = SecretStore::openService(DatabasePassword::serviceFor(target), &st, QCoreApplication::instance());
    if (!store)
        return ctx.fail(st.code(), st.message());
    SecretJob *job = store->write(QLatin1String(DatabasePassword::SecretName), password.toUtf8());
    const QString where = store->backendDescription();
    QObject::connect(job, &SecretJob::finished, store, [&ctx, store, target, where](SecretJob *j) {
        store->deleteLater();
        if (!j->status()) {
            ctx.finish(ctx.fail(j->status().code(), j->status().message()));
            return;
        }
        ctx.out << QCoreApplication::translate("CommandLine", "The password of %1 is stored in the %2.").arg(target.display(), where)
                << Qt::endl;
        ctx.finish(0);
    });
    return CliContext::Pending;
}

} // namespace CliVerbs
