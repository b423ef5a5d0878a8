#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/CliVerbs.h"
#include "core/AppInfo.h"
#include "core/AppLanguage.h"
#include "db/Database.h"
#include "db/PostgresTarget.h"
#include "secrets/DatabasePassword.h"
#include "secrets/DataKey.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

struct Verb {
    const char *name;
    const char *summary;
    int (*run)(CliContext &);
};

const QList<Verb> &verbs()
{
    static const QList<Verb> list = {
        {"devices", QT_TRANSLATE_NOOP("CommandLine", "list, show, import, lock or wipe devices"), &CliVerbs::devices},
        {"demo", QT_TRANSLATE_NOOP("CommandLine", "fill the database with demo devices"), &CliVerbs::demo},
        {"db", QT_TRANSLATE_NOOP("CommandLine", "check the database"), &CliVerbs::db},
        {"admin", QT_TRANSLATE_NOOP("CommandLine", "manage admin accounts"), &CliVerbs::admin},
        {"audit", QT_TRANSLATE_NOOP("CommandLine", "verify or export the audit trail"), &CliVerbs::audit},
        {"commands", QT_TRANSLATE_NOOP("CommandLine", "list or cancel queued device commands"), &CliVerbs::commands},
        {"command", QT_TRANSLATE_NOOP("CommandLine", "queue, list or cancel device commands (same as commands)"), &CliVerbs::commands},
        {"enroll", QT_TRANSLATE_NOOP("CommandLine", "enrollment links for Apple devices, QR sheets for Android"), &CliVerbs::enroll},
        {"settings", QT_TRANSLATE_NOOP("CommandLine", "show or change console settings"), &CliVerbs::settings},
        {"apps", QT_TRANSLATE_NOOP("CommandLine", "the clinical app catalog: add, configure, install"), &CliVerbs::apps},
        {"push", QT_TRANSLATE_NOOP("CommandLine", "wake devices; manage the push certificate and FCM account"), &CliVerbs::push},
        {"serve", QT_TRANSLATE_NOOP("CommandLine", "run the device endpoint without a window"), &CliVerbs::serve},
        {"policy", QT_TRANSLATE_NOOP("CommandLine", "HIPAA baselines and policies: create, show, assign, roll back"), &CliVerbs::policy},
        {"group", QT_TRANSLATE_NOOP("CommandLine", "create device groups and add devices"), &CliVerbs::group},
        {"report", QT_TRANSLATE_NOOP("CommandLine", "export the compliance report (PDF or CSV)"), &CliVerbs::report},
        {"usb", QT_TRANSLATE_NOOP("CommandLine", "list or enroll Android devices on USB"), &CliVerbs::usb},
    };
    return list;
}


void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("CommandLine", "Usage: clinicmdm [--db PATH] [--user NAME [--otp CODE]] <command> [arguments]") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Without a command, clinicmdm opens the console window.") << "\n\n"
        << QCoreApplication::translate("CommandLine", "Commands:") << "\n";
    for (const Verb &v : verbs())
        out << "  " << QString::fromLatin1(v.name).leftJustified(10) << QCoreApplication::translate("CommandLine", v.summary) << "\n";
    out << "\n" << QCoreApplication::translate("CommandLine", "Global options:") << "\n"
        << "  --db PATH     " << QCoreApplication::translate("CommandLine", "fleet database (default: %1)").arg(AppInfo::defaultDatabasePath()) << "\n"
        << "  --db URL      " << QCoreApplication::translate("CommandLine", "a PostgreSQL fleet database: postgresql://USER@HOST:PORT/DBNAME "
                                                             "(password: `db password`, PGPASSWORD or ~/.pgpass)") << "\n"
        << "  --user NAME   " << QCoreApplication::translate("CommandLine", "sign in as this admin; password from CLINICMDM_PASSWORD or a prompt") << "\n"
        << "  --otp CODE    " << QCoreApplication::translate("CommandLine", "the admin's current TOTP code, where MFA is on") << "\n"
        << "  --lang LANG   " << QCoreApplication::translate("CommandLine", "language of the output (en, es); default: the system's") << "\n"
        << "  --version     " << QCoreApplication::translate("CommandLine", "print the version") << "\n"
        << "  --help        " << QCoreApplication::translate("CommandLine", "print this help; `clinicmdm <command> --help` for a command") << "\n";
    out.flush();
}


// Runs the event loop when the verb went asynchronous (it calls ctx.finish), else returns its code.
int runUntilFinished(int code)
{
    if (code != CliContext::Pending)
        return code;
    return QCoreApplication::exec();
}

// Runs the verb on the open database (or for help, on none). Returns its exit code or Pending.
int startVerb(CliContext &ctx, const Verb &verb, bool helpOnly)
{
    // Verbs that sign admins in first get the data key from the secret store: it seals the admins'
    // TOTP secrets in the database. No keychain reachable is a clear error, never a weaker fallback.
    static const QStringList signingInVerbs{QStringLiteral("admin"),    QStringLiteral("devices"),
                                            QStringLiteral("demo"),     QStringLiteral("audit"),
                                            QStringLiteral("commands"), QStringLiteral("settings"),
                                            QStringLiteral("apps"),
                                            QStringLiteral("policy"),   QStringLiteral("group"),
                                            QStringLiteral("report"),   QStringLiteral("push"),
                                            QStringLiteral("usb"),      QStringLiteral("enroll"),
                                            QStringLiteral("command"),  QStringLiteral("serve")};
    if (helpOnly || !signingInVerbs.contains(ctx.args.first()))
        return verb.run(ctx);
    Status st;
    auto *owner = new QObject(QCoreApplication::instance());
    SecretStore *store = SecretStore::open(ctx.db, &st, owner);
    if (!store) {
        delete owner;
        return ctx.fail(st.code(), st.message());
    }
    SecretJob *job = DataKey::obtain(*store);
    const Verb *v = &verb;
    QObject::connect(job, &SecretJob::finished, owner, [&ctx, v, owner](SecretJob *j) {
        owner->deleteLater();
        if (!j->status()) {
            ctx.finish(ctx.fail(j->status().code(), j->status().message()));
            return;
        }
        ctx.fieldKey = j->data();
        const int verbCode = v->run(ctx);
        if (verbCode != CliContext::Pending)
            ctx.finish(verbCode);
    });
    return CliContext::Pending;
}

int openPostgresAndStart(CliContext &ctx, const Verb &verb, const PostgresTarget &target, const QString &keychainNote)
{
    if (Status s = ctx.db.openPostgres(target); !s) {
        QString message = s.message();
        if (target.password.isEmpty() && !DatabasePassword::libpqWillSupplyPassword())
            message += QLatin1Char('\n') + QCoreApplication::translate("CommandLine",
                "No password for this database was found in the keychain, PGPASSWORD or ~/.pgpass. Store it once "
                "with: clinicmdm --db %1 db password").arg(target.display());
        if (!keychainNote.isEmpty())
            message += QLatin1Char('\n') + keychainNote;
        return ctx.fail(ErrorCode::DatabaseRefused, message);
    }
    return startVerb(ctx, verb, false);
}

} // namespace

namespace CommandLine {

bool wantsCommandLine(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--version") || a == QLatin1String("-v") || a == QLatin1String("--help")
            || a == QLatin1String("-h"))
            return true;
        if (a == QLatin1String("--db") || a == QLatin1String("--user") || a == QLatin1String("--otp")
            || a == QLatin1String("--lang")) {
            ++i; // its value
            continue;
        }
        // Any command word, known or not: an unknown one gets a usage error, never a window.
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

bool needsPainting(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--user") || a == QLatin1String("--otp") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a == QLatin1String("report")
                   || (a == QLatin1String("devices") && arguments.value(i + 1) == QLatin1String("privacy")); // --pdf
    }
    return false;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the verb; everything from the verb on belongs to the verb.
    QString dbPath = AppInfo::defaultDatabasePath();
    QString user;
    QString otp;
    QString lang;
    QStringList rest;
    // The command line speaks the system's language, or --lang's (applied as soon as it is read, so
    // `--lang es --help` is in Spanish).
    AppLanguage::apply({});
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto takeValue = [&](QString &target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments[++i];
            return true;
        };
        if (!rest.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("--db")) {
            if (!takeValue(dbPath))
                return (err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "--db needs a path") << Qt::endl, int(ErrorCode::Usage));
        } else if (a == QLatin1String("--user")) {
            if (!takeValue(user))
                return (err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "--user needs a name") << Qt::endl, int(ErrorCode::Usage));
        } else if (a == QLatin1String("--otp")) {
            if (!takeValue(otp))
                return (err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "--otp needs a code") << Qt::endl, int(ErrorCode::Usage));
        } else if (a == QLatin1String("--lang")) {
            if (!takeValue(lang))
                return (err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "--lang needs a language, e.g. es") << Qt::endl, int(ErrorCode::Usage));
            AppLanguage::apply(lang);
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "clinicmdm " << AppInfo::version() << Qt::endl;
            return 0;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printHelp(out);
            return 0;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "unknown option %1").arg(a) << Qt::endl;
            return int(ErrorCode::Usage);
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        printHelp(err);
        return int(ErrorCode::Usage);
    }
    const Verb *verb = nullptr;
    for (const Verb &v : verbs())
        if (rest.first() == QLatin1String(v.name))
            verb = &v;
    if (!verb) {
        err << "clinicmdm: " << QCoreApplication::translate("CommandLine", "unknown command %1").arg(rest.first()) << Qt::endl;
        return int(ErrorCode::Usage);
    }

    Database db;
    CliContext ctx{db, out, err, rest, user, otp, Actor::system(), AdminSession(), QByteArray()};
    // Help needs no database: never create or open one just to print usage.
    const bool helpOnly = rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
    if (helpOnly)
        return runUntilFinished(startVerb(ctx, *verb, true));
    if (!PostgresTarget::looksLikePostgres(dbPath)) {
        if (Status s = db.openSqlite(dbPath); !s)
            return ctx.fail(s.code(), s.message());
        return runUntilFinished(startVerb(ctx, *verb, false));
    }

    QString error;
    PostgresTarget target = PostgresTarget::parse(dbPath, &error);
    if (!error.isEmpty())
        return ctx.fail(ErrorCode::Usage, QStringLiteral("--db: ") + error);
    // Storing the password is the one thing done before (and without) connecting.
    if (rest.value(0) == QLatin1String("db") && rest.value(1) == QLatin1String("password"))
        return runUntilFinished(CliVerbs::dbPassword(ctx, target));
    if (DatabasePassword::libpqWillSupplyPassword())
        return runUntilFinished(openPostgresAndStart(ctx, *verb, target, {}));

    Status st;
    SecretStore *store = SecretStore::openService(DatabasePassword::serviceFor(target), &st, QCoreApplication::instance());
    if (!store)
        return ctx.fail(st.code(), st.message());
    SecretJob *job = store->read(QLatin1String(DatabasePassword::SecretName));
    QObject::connect(job, &SecretJob::finished, store, [&ctx, verb, target, store](SecretJob *j) mutable {
        store->deleteLater();
        QString keychainNote;
        if (j->status())
            target.password = QString::fromUtf8(j->data());
        else if (j->status().code() != ErrorCode::NotFound)
            keychainNote = j->status().message(); // maybe the server needs none (peer, trust): try
        const int code = openPostgresAndStart(ctx, *verb, target, keychainNote);
        if (code != CliContext::Pending)
            ctx.finish(code);
    });
    return QCoreApplication::exec();
}

} // namespace CommandLine
