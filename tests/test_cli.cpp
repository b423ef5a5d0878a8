#include "db/Database.h"
#include "fleet/DeviceRepository.h"

#include "TestAdmin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Runs the real executable, as a script would: no terminal, no display. `password`, when given,
// is the signed-in admin's (CLINICMDM_PASSWORD).
Run clinicmdm(const QStringList &args, const QString &password = {}, const QHash<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CLINICMDM_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("CLINICMDM_PASSWORD"), password);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(qEnvironmentVariable("CLINICMDM_BINARY"), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

const QByteArray kGoodCsv = "serial,model,platform,ownership,department,assigned_to\n"
                            "F4GXK29LQ7,iPad (10th generation),ipados,Shared,ICU,\n"
                            "R58N12ABCDE,Galaxy S23,android,BYOD,Cardiology,\"Chen, Amelia\"\n"
                            "G0NXK2L9PQ,iPhone 15,ios,COPE,Emergency,Dr. Marcus Ortiz\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Fleet commands need a signed-in admin: this one runs them as the Administrator "test-root",
    // created in the database first (TestAdmin) when the file opens as a fleet database.
    Run onDb(const QString &db, const QStringList &args) const { return asAdmin(db, QStringLiteral("test-root"), args); }
    Run asAdmin(const QString &db, const QString &user, const QStringList &args, Role role = Role::Administrator) const
    {
        {
            Database fleet;
            if (fleet.openSqlite(path(db)).ok())
                TestAdmin::create(fleet, user, role);
        }
        return clinicmdm(QStringList{QStringLiteral("--db"), path(db)} + TestAdmin::signInArgs(user) + args,
                         TestAdmin::password());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CLINICMDM_BINARY"), "CLINICMDM_BINARY is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
    }

    void versionAndHelp()
    {
        Run r = clinicmdm({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("clinicmdm ")));
        r = clinicmdm({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("devices")));
        for (const QStringList &args : {QStringList{"devices", "--help"}, QStringList{"devices", "list", "--help"},
                                        QStringList{"devices", "import", "--help"}, QStringList{"demo", "--help"},
                                        QStringList{"db", "--help"}}) {
            r = clinicmdm(QStringList{QStringLiteral("--db"), path(QStringLiteral("help.sqlite"))} + args);
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QLatin1String("Usage")), qPrintable(args.join(' ')));
        }
        QVERIFY2(!QFile::exists(path(QStringLiteral("help.sqlite"))), "help must not create a database");
    }

    void usageErrors()
    {
        Run r = onDb(QStringLiteral("usage.sqlite"), {QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("frobnicate")));
        QCOMPARE(onDb(QStringLiteral("usage.sqlite"), {"devices", "list", "--bogus"}).code, 2);
        QCOMPARE(onDb(QStringLiteral("usage.sqlite"), {"devices", "list", "--platform", "symbian"}).code, 2);
        QCOMPARE(onDb(QStringLiteral("usage.sqlite"), {"devices", "list", "--limit", "0"}).code, 2);
        QCOMPARE(onDb(QStringLiteral("usage.sqlite"), {"devices"}).code, 2);
        QCOMPARE(onDb(QStringLiteral("usage.sqlite"), {"demo", "seed"}).code, 2);
    }

    void importGoodThenListAndShow()
    {
        const QString csv = path(QStringLiteral("good.csv"));
        writeFile(csv, kGoodCsv);
        Run r = onDb(QStringLiteral("fleet.sqlite"), {QStringLiteral("devices"), QStringLiteral("import"), csv});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("3")), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "list", "--json"});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QJsonArray list = doc.array();
        QCOMPARE(list.size(), 3);
        QStringList serials;
        qint64 ipadId = 0;
        for (const QJsonValue &v : list) {
            serials << v[QLatin1String("serial")].toString();
            if (v[QLatin1String("serial")].toString() == QLatin1String("F4GXK29LQ7")) {
                ipadId = v[QLatin1String("id")].toInteger();
                QCOMPARE(v[QLatin1String("platform")].toString(), QStringLiteral("ipados"));
                QCOMPARE(v[QLatin1String("ownership")].toString(), QStringLiteral("Shared"));
                QVERIFY(v[QLatin1String("last_seen")].isNull());
            }
        }
        serials.sort();
        QCOMPARE(serials, (QStringList{"F4GXK29LQ7", "G0NXK2L9PQ", "R58N12ABCDE"}));

        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "list", "--json", "--platform", "android"});
        list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QLatin1String("assigned_to")].toString(), QStringLiteral("Chen, Amelia"));
        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "list", "--json", "--sort", "serial", "--desc", "--limit", "2"});
        list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QLatin1String("serial")].toString(), QStringLiteral("R58N12ABCDE"));
        QCOMPARE(list[1][QLatin1String("serial")].toString(), QStringLiteral("G0NXK2L9PQ"));
        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "list", "--json", "--search", "ortiz"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        // Issue 13: a 50 KB search is refused up front with a clear message, not SQLite's
        // "pattern too complex" after the work; 256 characters is still a search.
        r = onDb(QStringLiteral("fleet.sqlite"), {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--search"),
                                                  QString(50 * 1024, QLatin1Char('%'))});
        QCOMPARE(r.code, 2); // ErrorCode::Usage, like the verb's other bad options
        QVERIFY2(r.err.contains(QLatin1String("at most 256")), qPrintable(r.err.left(300)));
        QVERIFY(!r.err.contains(QLatin1String("pattern too complex")));
        QVERIFY(r.out.isEmpty());
        r = onDb(QStringLiteral("fleet.sqlite"), {QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--search"),
                                                  QString(256, QLatin1Char('x'))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("No devices match.")), qPrintable(r.out + r.err));

        // The human table: every row's SERIAL starts in the header's SERIAL column.
        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "list"});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const qsizetype serialColumn = lines[0].indexOf(QLatin1String("SERIAL"));
        const qsizetype stateColumn = lines[0].indexOf(QLatin1String("STATE"));
        QVERIFY(serialColumn > 0 && stateColumn > serialColumn);
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(line.at(serialColumn - 1) == QLatin1Char(' ') && line.at(serialColumn) != QLatin1Char(' '), qPrintable(line));
            QVERIFY2(line.mid(stateColumn).startsWith(QLatin1String("Pending")), qPrintable(line));
        }

        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "show", QString::number(ipadId)});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("F4GXK29LQ7")));
        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "show", "R58N12ABCDE", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("model")).toString(),
                 QStringLiteral("Galaxy S23"));
        r = onDb(QStringLiteral("fleet.sqlite"), {"devices", "show", "99999"});
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("99999")));
        QCOMPARE(onDb(QStringLiteral("fleet.sqlite"), {"devices", "show", "NO-SUCH-SERIAL"}).code, 4);

        // Importing the same file again: every serial is taken, nothing changes.
        r = onDb(QStringLiteral("fleet.sqlite"), {QStringLiteral("devices"), QStringLiteral("import"), csv});
        QCOMPARE(r.code, 5);
        QCOMPARE(r.err.count(QLatin1String("already in the fleet database")), 3);
    }

    void importBadReportsEveryLineAndChangesNothing()
    {
        const QString csv = path(QStringLiteral("bad.csv"));
        writeFile(csv, "serial,model,platform,ownership,department,assigned_to\n"
                       "OK1,iPad,ipados,Shared,ICU,\n"
                       "OK2,iPad,blackberry,Shared,ICU,\n"
                       "\"OK\n3\",iPad,ipados,Shared,ICU,\n"
                       "OK4,iPad,ipados,lent,ICU,\n");
        const Run r = onDb(QStringLiteral("bad.sqlite"), {QStringLiteral("devices"), QStringLiteral("import"), csv});
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.isEmpty());
        static const QRegularExpression issueLine(QStringLiteral("^(.*):(\\d+): (.+)$"), QRegularExpression::MultilineOption);
        QList<int> lines;
        for (auto it = issueLine.globalMatch(r.err); it.hasNext();) {
            const auto m = it.next();
            QCOMPARE(m.captured(1), csv);
            lines << m.captured(2).toInt();
        }
        QCOMPARE(lines, (QList<int>{3, 4, 6}));
        const Run list = onDb(QStringLiteral("bad.sqlite"), {"devices", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);

        const Run missing = onDb(QStringLiteral("bad.sqlite"), {"devices", "import", path(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.code, 5);
        QVERIFY(missing.err.contains(QLatin1String("cannot read")));
    }

    void demoSeedAndDbCheck()
    {
        Run r = onDb(QStringLiteral("demo.sqlite"), {"demo", "seed", "--devices", "250", "--seed", "9"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress when stderr is not a terminal
        QVERIFY(r.out.contains(QLatin1String("250")));
        r = onDb(QStringLiteral("demo.sqlite"), {"devices", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 250);
        r = onDb(QStringLiteral("demo.sqlite"), {"demo", "seed", "--devices", "10"});
        QCOMPARE(r.code, 8);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        r = onDb(QStringLiteral("demo.sqlite"), {"demo", "seed", "--devices", "10", "--force"});
        QCOMPARE(r.code, 0);

        r = onDb(QStringLiteral("demo.sqlite"), {"db", "check"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(path(QStringLiteral("demo.sqlite"))));
        QVERIFY(r.out.contains(QLatin1String("Devices:        260")));
        QVERIFY(r.out.contains(QLatin1String("Schema version: ")));
        QVERIFY(r.out.contains(QLatin1String("Integrity:      ok")));
    }

    void fleetCommandsNeedASignedInAdminOfAFittingRole()
    {
        const QString csv = path(QStringLiteral("roles.csv"));
        writeFile(csv, kGoodCsv);
        const QString db = QStringLiteral("roles.sqlite");
        QCOMPARE(onDb(db, {"devices", "import", csv}).code, 0);

        // No --user, or a wrong password: authentication failed (7), nothing shown.
        Run r = clinicmdm({QStringLiteral("--db"), path(db), QStringLiteral("devices"), QStringLiteral("list")});
        QCOMPARE(r.code, 7);
        QVERIFY(r.out.isEmpty());
        r = clinicmdm({QStringLiteral("--db"), path(db), QStringLiteral("--user"), QStringLiteral("test-root"),
                       QStringLiteral("devices"), QStringLiteral("list")},
                      QStringLiteral("not the password at all"));
        QCOMPARE(r.code, 7);

        // Technician: fleet and inventory yes, console-wide changes (demo seed) no (6).
        QCOMPARE(asAdmin(db, QStringLiteral("tina"), {"devices", "list", "--json"}, Role::Technician).code, 0);
        QCOMPARE(asAdmin(db, QStringLiteral("tina"), {"devices", "show", "R58N12ABCDE"}, Role::Technician).code, 0);
        r = asAdmin(db, QStringLiteral("tina"), {"demo", "seed", "--devices", "5", "--force"}, Role::Technician);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QLatin1String("Technician")), qPrintable(r.err));

        // Auditor: reads the fleet, changes no inventory (6).
        r = asAdmin(db, QStringLiteral("ann"), {"devices", "list", "--json"}, Role::Auditor);
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        QCOMPARE(asAdmin(db, QStringLiteral("ann"), {"devices", "import", csv}, Role::Auditor).code, 6);

        // db check reads no fleet data and runs without signing in.
        QCOMPARE(clinicmdm({QStringLiteral("--db"), path(db), QStringLiteral("db"), QStringLiteral("check")}).code, 0);
    }

    // Issue 14: `clinicmdm --lang es devices list` was refused as an unknown option; --lang and the
    // system locale now set the command line's language as they set the window's.
    void langOptionAndSystemLocaleTranslateTheCommandLine()
    {
        const QString csv = path(QStringLiteral("lang.csv"));
        writeFile(csv, kGoodCsv);
        const QString db = QStringLiteral("lang.sqlite");
        QCOMPARE(onDb(db, {"devices", "import", csv}).code, 0);
        const QStringList signIn = QStringList{QStringLiteral("--db"), path(db)} + TestAdmin::signInArgs(QStringLiteral("test-root"));

        Run r = clinicmdm(QStringList{QStringLiteral("--lang"), QStringLiteral("es")} + signIn + QStringList{"devices", "list"},
                          TestAdmin::password());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("N.º DE SERIE")) && r.out.contains(QLatin1String("PROPIEDAD")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("R58N12ABCDE")));
        r = clinicmdm(signIn + QStringList{"--lang", "es", "devices", "show", "NOSUCHSERIAL"}, TestAdmin::password());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("ningún dispositivo")), qPrintable(r.err));
        r = clinicmdm({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Uso: clinicmdm")), qPrintable(r.out));

        // Without --lang, the system's locale decides; English stays the default elsewhere.
        r = clinicmdm(signIn + QStringList{"devices", "list"}, TestAdmin::password(), {{QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8")}});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("N.º DE SERIE")), qPrintable(r.out + r.err));
        r = clinicmdm(signIn + QStringList{"devices", "list"}, TestAdmin::password(), {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}});
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("SERIAL")) && !r.out.contains(QLatin1String("PROPIEDAD")), qPrintable(r.out));
    }

    void refusedDatabasesAreLeftUntouched()
    {
        // Not a database at all.
        const QString garbage = path(QStringLiteral("garbage.sqlite"));
        writeFile(garbage, QByteArray(8192, '\x5a'));
        const QByteArray garbageHash = hashOf(garbage);
        for (const QStringList &args : {QStringList{"db", "check"}, QStringList{"devices", "list"},
                                        QStringList{"demo", "seed", "--devices", "5"}}) {
            const Run r = clinicmdm(QStringList{QStringLiteral("--db"), garbage} + args);
            QCOMPARE(r.code, 3);
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(hashOf(garbage), garbageHash);
        }

        // A real fleet database whose device pages were damaged afterwards.
        const QString damaged = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(onDb(QStringLiteral("damaged.sqlite"), {"demo", "seed", "--devices", "2000"}).code, 0);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 20 * 4096);
            f.seek(f.size() / 2);
            f.write(QByteArray(3 * 4096, '\xff'));
        }
        const QByteArray damagedHash = hashOf(damaged);
        const Run check = onDb(QStringLiteral("damaged.sqlite"), {"db", "check"});
        QCOMPARE(check.code, 3);
        QVERIFY(!check.err.isEmpty());
        QCOMPARE(hashOf(damaged), damagedHash);

        // Written by a newer ClinicMDM.
        const QString newer = path(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.openSqlite(newer).ok());
            QVERIFY(db.setSchemaVersion(999).ok());
        }
        const QByteArray newerHash = hashOf(newer);
        for (const QStringList &args : {QStringList{"db", "check"}, QStringList{"devices", "list"}}) {
            const Run r = onDb(QStringLiteral("newer.sqlite"), args);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QLatin1String("newer")), qPrintable(r.err));
            QCOMPARE(hashOf(newer), newerHash);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
