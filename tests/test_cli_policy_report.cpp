#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "secrets/SecretStore.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// Issue 7's "done when", on the real command line: a new user seeds a demo fleet, applies the
// Shared-tablet baseline to a group and exports a PDF (and CSV) an auditor can read.
class TestCliPolicyReport : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;

    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("report test passphrase"));
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("tech"), Role::Technician));
    }
    void cleanupTestCase() { delete m_tdb; }

    void seedGroupAssignExport()
    {
        const QString root = QStringLiteral("test-root");
        CliRunner::Result r = as(root, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--devices"), QStringLiteral("300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(root, {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("Nurses station tablets")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(root, {QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("Nurses station tablets"), QStringLiteral("--ownership"), QStringLiteral("Shared")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Added ")));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("baselines")});
        QVERIFY(r.out.contains(QLatin1String("shared")) && r.out.contains(QLatin1String("Shared clinical tablet")));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("create"), QStringLiteral("--baseline"), QStringLiteral("shared"),
                      QStringLiteral("--name"), QStringLiteral("Shared clinical tablets")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("assign"), QStringLiteral("Shared clinical tablets"), QStringLiteral("--group"),
                      QStringLiteral("Nurses station tablets")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("command(s) queued")), qPrintable(r.out));
        QVERIFY(!CommandRepository(m_tdb->db()).list().isEmpty());
        r = as(root, {QStringLiteral("policy"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("Shared clinical tablets")));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("Shared clinical tablets")});
        QVERIFY2(r.out.contains(QLatin1String("Differences from the baseline: 0")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("group Nurses station tablets")));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("Shared clinical tablets"), QStringLiteral("--apple")});
        QVERIFY(r.out.contains(QLatin1String("com.apple.mobiledevice.passwordpolicy")));
        r = as(root, {QStringLiteral("policy"), QStringLiteral("rollback"), QStringLiteral("Shared clinical tablets"), QStringLiteral("--version"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, int(ErrorCode::Conflict)); // version 1 is already current

        const QString pdf = m_tdb->dir() + QStringLiteral("/compliance.pdf");
        r = as(root, {QStringLiteral("report"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        const QString csv = m_tdb->dir() + QStringLiteral("/compliance.csv");
        r = as(root, {QStringLiteral("report"), QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--from"),
                      QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(f.readAll());
        QVERIFY(rows.contains(QLatin1String("policies,Shared clinical tablets,1,shared,")));
        QVERIFY(rows.contains(QLatin1String("non_compliant,")));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (packaging/install-deps.sh --with-tests)");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("Shared clinical tablets")));
        QVERIFY(text.contains(QLatin1String("Non-compliant devices and reasons")));
        QVERIFY(rows.contains(QLatin1String("\"policy \"\"Shared clinical tablets\"\" v1 is queued but the device has not applied it yet\"")));
        QVERIFY(text.contains(QLatin1String("no policy assigned")));

        // Issue 14: one group, as of a day; only its devices; a signed checkpoint and the key's fingerprint.
        const QString scoped = m_tdb->dir() + QStringLiteral("/nurses.csv");
        const QString asOf = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        r = as(root, {QStringLiteral("report"), QStringLiteral("csv"), QStringLiteral("--out"), scoped, QStringLiteral("--group"),
                      QStringLiteral("Nurses station tablets"), QStringLiteral("--as-of"), asOf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile g(scoped);
        QVERIFY(g.open(QIODevice::ReadOnly));
        int appendixRows = 0;
        for (const QByteArray &line : g.readAll().split('\n')) {
            const QString row = QString::fromUtf8(line);
            if (row.startsWith(QLatin1String("appendix,"))) {
                ++appendixRows;
                QVERIFY2(row.contains(QLatin1String(",Shared,")), qPrintable(row));
            }
            if (row.startsWith(QLatin1String("summary,Audit key fingerprint")))
                QVERIFY2(row.contains(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))), qPrintable(row));
            if (row.startsWith(QLatin1String("summary,Latest signed audit checkpoint")))
                QVERIFY2(row.contains(QLatin1String("entry ")), qPrintable(row));
        }
        QVERIFY(appendixRows > 0);
        QVERIFY2(r.out.contains(QLatin1String("SHA-256")), qPrintable(r.out));
        int exports = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events(0, 100000))
            exports += e.action == QLatin1String("report.export") ? 1 : 0;
        QCOMPARE(exports, 3);
    }

    void refusalsAndUsage()
    {
        const QString pdf = m_tdb->dir() + QStringLiteral("/tech.pdf");
        CliRunner::Result r = as(QStringLiteral("tech"), {QStringLiteral("report"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QVERIFY(!QFile::exists(pdf));
        r = as(QStringLiteral("tech"), {QStringLiteral("policy"), QStringLiteral("create"), QStringLiteral("--baseline"), QStringLiteral("byod")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        r = as(QStringLiteral("test-root"), {QStringLiteral("report"), QStringLiteral("pdf")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("test-root"), {QStringLiteral("report"), QStringLiteral("csv"), QStringLiteral("--out"), pdf, QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("test-root"), {QStringLiteral("report"), QStringLiteral("csv"), QStringLiteral("--out"), pdf, QStringLiteral("--group"),
                                             QStringLiteral("a"), QStringLiteral("--ownership"), QStringLiteral("BYOD")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = as(QStringLiteral("test-root"), {QStringLiteral("report"), QStringLiteral("csv"), QStringLiteral("--out"), pdf, QStringLiteral("--group"),
                                             QStringLiteral("No such group")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        QVERIFY(!QFile::exists(pdf));
        r = as(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("create"), QStringLiteral("--baseline"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        r = as(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("assign"), QStringLiteral("Shared clinical tablets"), QStringLiteral("--group"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestCliPolicyReport)
#include "test_cli_policy_report.moc"
