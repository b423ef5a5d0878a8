#include "AuditTestSupport.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "audit/AuditExporter.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// Drives the real command line (`clinicmdm audit ...`) and the documented offline procedure
// (tests/audit-verify-offline.sh, openssl and shell tools only) on real exports.
namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment cliEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The headless opt-in secret file, so this test needs no keyring.
    env.insert(QLatin1String(SecretStore::FileEnv), dir + QStringLiteral("/cli-secrets.bin"));
    env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("export test passphrase"));
    env.insert(QStringLiteral("CLINICMDM_PASSWORD"), TestAdmin::password());
    return env;
}

// The audit verbs need a signed-in admin: an Auditor may list, verify and export. Creating the
// accounts and each sign-in write audit entries of their own, so expectations are computed from the
// trail, not hard-coded.
const QString kAuditor = QStringLiteral("auditor");

void addAuditor(Database &db) { QVERIFY(TestAdmin::create(db, kAuditor, Role::Auditor)); }

QStringList auditArgs(const QString &dbPath, const QStringList &args)
{
    return QStringList{QStringLiteral("--db"), dbPath, QStringLiteral("--user"), kAuditor, QStringLiteral("audit")} + args;
}

// The id of the Auditor's newest sign-in entry (0: none).
qint64 lastSignIn(Database &db)
{
    qint64 id = 0;
    for (const AuditEvent &e : AuditLog(db).events(0, 100000))
        if (e.actor == kAuditor && e.action == QLatin1String("admin.signin"))
            id = e.id;
    return id;
}

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString binary() { return qEnvironmentVariable("CLINICMDM_BINARY"); }
QString script() { return QStringLiteral(CLINICMDM_TESTS_DIR "/audit-verify-offline.sh"); }

void replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QVERIFY2(text.contains(from), from.constData());
    text.replace(text.indexOf(from), from.size(), to);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to + QStringLiteral("/keys"));
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QVERIFY(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
    for (const QString &name : QDir(from + QStringLiteral("/keys")).entryList(QDir::Files))
        QVERIFY(QFile::copy(from + QStringLiteral("/keys/") + name, to + QStringLiteral("/keys/") + name));
}

} // namespace

class TestAuditExportOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "openssl is missing: packaging/install-deps.sh --with-tests");
    }

    void exportVerifiesOfflineAndEditsAreCaught_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("jsonl") << QStringLiteral("jsonl");
    }

    void exportVerifiesOfflineAndEditsAreCaught()
    {
        QFETCH(QString, format);
        TestDatabase tdb;
        fillTrail(tdb.db(), 20);
        addAuditor(tdb.db());
        const QProcessEnvironment env = cliEnvironment(tdb.dir());
        const QString folder = tdb.dir() + QStringLiteral("/export");
        Run r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("export"),
                               QStringLiteral("--format"), format, QStringLiteral("--out"), folder}),
                    env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // The range ends with this export's own sign-in; it is fixed before the audit key is created
        // (and that creation audited after it).
        const qint64 last = lastSignIn(tdb.db());
        QVERIFY(last > 20);
        QVERIFY2(r.out.contains(QStringLiteral("exported %1 entries (1 to %1) and 1 checkpoints").arg(last)),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(folder + QStringLiteral("/entries.") + format));
        QVERIFY(QFile::exists(folder + QStringLiteral("/audit-public-key.pem")));
        // The export itself is audited.
        QCOMPARE(AuditLog(tdb.db()).latest()->action, QStringLiteral("audit.export"));

        r = run(QStringLiteral("bash"), {script(), folder}, env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("OK: %1 entries (1 to %1) intact, 1 checkpoint(s) verified").arg(last)),
                 qPrintable(r.out));

        // An edited entry in the chain file: named by the procedure.
        const QString edited = tdb.dir() + QStringLiteral("/edited");
        copyFolder(folder, edited);
        replaceInFile(edited + QStringLiteral("/chain.tsv"), "two\\nlines", "one line");
        r = run(QStringLiteral("bash"), {script(), edited}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("FAIL: entry 2: hash does not match its contents")), qPrintable(r.out));

        // An edited readable file: it no longer matches the verified chain.
        const QString readable = tdb.dir() + QStringLiteral("/readable");
        copyFolder(folder, readable);
        replaceInFile(readable + QStringLiteral("/entries.") + format, "device.lock", "device.look");
        r = run(QStringLiteral("bash"), {script(), readable}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("differs from the verified chain")), qPrintable(r.out));

        // A checkpoint re-signed by another key under the console key's name.
        const QString forged = tdb.dir() + QStringLiteral("/forged");
        copyFolder(folder, forged);
        QFile cps(forged + QStringLiteral("/checkpoints.tsv"));
        QVERIFY(cps.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = cps.readAll().trimmed().split('\t');
        cps.close();
        QCOMPARE(fields.size(), 6);
        replaceInFile(forged + QStringLiteral("/checkpoints.tsv"), fields[2], QByteArray(64, 'a'));
        r = run(QStringLiteral("bash"), {script(), forged}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("is not what was signed")), qPrintable(r.out));
    }

    void partialRangeVerifiesOffline()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 20);
        auto store = fileSecretStore(tdb.dir());
        AuditCheckpointer cp(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 9, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
        RUN_CHECKPOINT(cp, 15, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
        const QString folder = tdb.dir() + QStringLiteral("/part");
        AuditExporter::Result result;
        QVERIFY(AuditExporter(tdb.db()).write(3, 15, AuditExporter::Format::Csv, folder, Actor::system(), &result));
        QCOMPARE(result.entries, 13);
        QCOMPARE(result.checkpoints, 2);
        Run r = run(QStringLiteral("bash"), {script(), folder}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("OK: 13 entries (3 to 15) intact, 2 checkpoint(s) verified")),
                 qPrintable(r.out));

        // Cut the last entry off the export: no signature covers the new end any more.
        const QString cut = tdb.dir() + QStringLiteral("/cut");
        copyFolder(folder, cut);
        QFile chain(cut + QStringLiteral("/chain.tsv"));
        QVERIFY(chain.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = chain.readAll().split('\n');
        chain.close();
        lines.removeLast(); // the empty piece after the final newline
        lines.removeLast();
        QVERIFY(chain.open(QIODevice::WriteOnly | QIODevice::Truncate));
        chain.write(lines.join('\n') + '\n');
        chain.close();
        r = run(QStringLiteral("bash"), {script(), cut}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("checkpoint 2: entry 15 is not what was signed")), qPrintable(r.out));
    }

    void commandLineVerifyNamesEditedRow()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 8);
        addAuditor(tdb.db());
        const QProcessEnvironment env = cliEnvironment(tdb.dir());
        Run r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("verify")}), env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const qint64 last = lastSignIn(tdb.db()); // verified up to (and including) this run's sign-in
        QVERIFY(last > 8);
        QVERIFY2(r.out.contains(QStringLiteral("chain intact: %1 entries, 1 to %1").arg(last)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("last checkpoint: entry %1").arg(last)), qPrintable(r.out));

        RawSqlite(tdb.path()).exec(QStringLiteral("UPDATE audit_events SET outcome = 'failure' WHERE id = 6"));
        r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("verify")}), env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("chain broken at entry 6")), qPrintable(r.out));

        // Nor will the console export (and sign) a tampered trail.
        r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("export"),
                           QStringLiteral("--out"), tdb.dir() + QStringLiteral("/x")}),
                env);
        QCOMPARE(r.code, int(ErrorCode::Conflict));
        QVERIFY2(r.err.contains(QLatin1String("entry 6")), qPrintable(r.err));
    }

    void commandLineVerifyCatchesDeletedCheckpoints()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 5);
        addAuditor(tdb.db());
        const QProcessEnvironment env = cliEnvironment(tdb.dir());
        const QStringList verify = auditArgs(tdb.path(), {QStringLiteral("verify")});
        Run r = run(binary(), verify, env);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const qint64 checkpointed = lastSignIn(tdb.db());
        // Rewrite nothing, just remove every checkpoint: only the anchor outside the database shows it.
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_checkpoints"));
        r = run(binary(), verify, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("audit trail tampered: checkpoint 1 (entry %1)").arg(checkpointed)),
                 qPrintable(r.out));
    }

    void commandLineListFilters()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 12);
        addAuditor(tdb.db());
        const QProcessEnvironment env = cliEnvironment(tdb.dir());
        Run r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("list"),
                               QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3"),
                               QStringLiteral("--action"), QStringLiteral("device.lock"), QStringLiteral("--actor"),
                               QStringLiteral("alice")}),
                    env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QStringLiteral("action")].toString(), QStringLiteral("device.lock"));
            QCOMPARE(row[QStringLiteral("actor")].toString(), QStringLiteral("alice"));
            QVERIFY(row[QStringLiteral("id")].toInteger() < previous); // newest first
            previous = row[QStringLiteral("id")].toInteger();
        }
        r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("list"),
                           QStringLiteral("--device"), QStringLiteral("105")}),
                env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.startsWith(QLatin1String("6  ")));

        r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("export"),
                           QStringLiteral("--to"), QStringLiteral("2001-01-01"), QStringLiteral("--out"),
                           tdb.dir() + QStringLiteral("/none")}),
                env);
        QCOMPARE(r.code, int(ErrorCode::NotFound));
        r = run(binary(), auditArgs(tdb.path(), {QStringLiteral("export"),
                           QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"), tdb.dir()}),
                env);
        QCOMPARE(r.code, int(ErrorCode::Usage));
    }
};

QTEST_GUILESS_MAIN(TestAuditExportOffline)
#include "test_audit_export_offline.moc"
