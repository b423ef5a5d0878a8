#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/CliVerbs.h"
#include "core/AppInfo.h"
#include "db/Database.h"
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
        << "  --user NAME   " << QCoreApplication::translate("CommandLine", "sign in as this admin; password from CLINICMDM_PASSWORD or a prompt") << "\n"
        << "  --otp CODE    " << QCoreApplication::translate("CommandLine", "the admin's current TOTP code, where MFA is on") << "\n"
        << "  --version     " << QCoreApplication::translate("CommandLine", "print the version") << "\n"
        << "  --help        " << QCoreApplication::translate("CommandLine", "print this help; `clinicmdm <command> --help` for a command") << "\n";
    out.flush();
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
    QStringList rest;
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
    // Help needs no database: never create or open one just to print usage.
    const bool helpOnly = rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"));
    if (Status s = helpOnly ? Status::success() : db.openSqlite(dbPath); !s) {
        err << "clinicmdm: " << s.message() << Qt::endl;
        return int(s.code());
    }
    CliContext ctx{db, out, err, rest, user, otp, Actor::system(), AdminSession(), QByteArray()};
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
    if (!helpOnly && signingInVerbs.contains(rest.first())) {
        Status st;
        auto *owner = new QObject(QCoreApplication::instance());
        SecretStore *store = SecretStore::open(db, &st, owner);
        if (!store) {
            delete owner;
            return ctx.fail(st.code(), st.message());
        }
        SecretJob *job = DataKey::obtain(*store);
        QObject::connect(job, &SecretJob::finished, owner, [&ctx, verb, owner](SecretJob *j) {
            owner->deleteLater();
            if (!j->status()) {
                ctx.finish(ctx.fail(j->status().code(), j->status().message()));
                return;
            }
            ctx.fieldKey = j->data();
            const int verbCode = verb->run(ctx);
            if (verbCode != CliContext::Pending)
                ctx.finish(verbCode);
        });
        return QCoreApplication::exec();
    }
    const int code = verb->run(ctx);
    if (code != CliContext::Pending)
        return code;
    // The verb waits for an asynchronous job and calls ctx.finish(code) when it is done.
    return QCoreApplication::exec();
}

} // namespace CommandLine
