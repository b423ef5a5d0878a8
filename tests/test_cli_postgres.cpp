// The real clinicmdm executable against the PostgreSQL test server (tests/run-all.sh):
// `--db postgresql://...` for every verb, the password from the keychain (here the opt-in secret
// file), PGPASSWORD or nowhere, and exit code 3 with a clear reason when the server refuses.
#include "PostgresTestSchema.h"
#include "TestAdmin.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // no ~/.pgpass here: the test decides where the password comes from
    std::unique_ptr<PostgresTestSchema> m_schema;
    QString m_url;

    // Only what the test gives: no PGPASSWORD, no PGPASSFILE, the secret file in the test's folder.
    Run clinicmdm(const QString &db, const QStringList &args, const QHash<QString, QString> &extra = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"CLINICMDM_PASSWORD", "PGPASSWORD", "PGPASSFILE", "CLINICMDM_DB_PASSWORD"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("CLINICMDM_SECRET_FILE"), m_home.filePath(QStringLiteral("secrets.bin")));
        env.insert(QStringLiteral("CLINICMDM_SECRET_PASSPHRASE"), QStringLiteral("test passphrase for the secret file"));
        env.insert(QStringLiteral("CLINICMDM_PASSWORD"), TestAdmin::password());
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(qEnvironmentVariable("CLINICMDM_BINARY"), QStringList{QStringLiteral("--db"), db} + args);
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
    Run onPg(const QStringList &args, const QHash<QString, QString> &extra = {}) const
    {
        return clinicmdm(m_url, QStringList{QStringLiteral("--user"), QStringLiteral("test-root")} + args, extra);
    }
    static QString password() { return PostgresTestSchema::serverTarget().password; }

private slots:
    void initTestCase()
    {
        CLINICMDM_REQUIRE_POSTGRES();
        QVERIFY(m_home.isValid());
        m_schema = std::make_unique<PostgresTestSchema>();
        {
            Database db;
            const Status s = db.openPostgres(m_schema->target());
            QVERIFY2(s.ok(), qPrintable(s.message()));
            QVERIFY(TestAdmin::create(db, QStringLiteral("test-root"), Role::Administrator));
        }
        const PostgresTarget t = PostgresTestSchema::serverTarget();
        // The schema rides along as libpq's options, as a clinic's own setup could (search_path).
        m_url = QStringLiteral("postgresql://%1@%2:%3/%4?options=%5")
                    .arg(t.user, t.host)
                    .arg(t.port)
                    .arg(t.dbname, QString::fromLatin1(QUrl::toPercentEncoding(m_schema->target().options)));
    }

    void noPasswordAnywhereIsExplained()
    {
        const Run r = onPg({QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("db password")), qPrintable(r.err));
    }

    void passwordInTheUrlIsRefused()
    {
        QString url = m_url;
        url.replace(QStringLiteral("@"), QStringLiteral(":") + password() + QStringLiteral("@"));
        const Run r = clinicmdm(url, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.contains(password()));
    }

    void wrongPasswordOrServerExitsThree()
    {
        Run r = onPg({QStringLiteral("devices"), QStringLiteral("list")},
                     {{QStringLiteral("PGPASSWORD"), QStringLiteral("wrong password")}});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("password authentication failed")), qPrintable(r.err));
        const PostgresTarget t = PostgresTestSchema::serverTarget();
        r = clinicmdm(QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(t.user, t.dbname),
                      {QStringLiteral("db"), QStringLiteral("check")}, {{QStringLiteral("PGPASSWORD"), password()}});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("Cannot connect")), qPrintable(r.err));
    }

    void pgPasswordLikeLibpq()
    {
        const Run r = onPg({QStringLiteral("db"), QStringLiteral("check")}, {{QStringLiteral("PGPASSWORD"), password()}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("postgresql://")));
        QVERIFY(r.out.contains(QLatin1String("Integrity:      ok")));
    }

    void storedPasswordThenDemoAndList()
    {
        Run r = onPg({QStringLiteral("db"), QStringLiteral("password")},
                     {{QStringLiteral("CLINICMDM_DB_PASSWORD"), password()}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(password()));
        QVERIFY(!r.err.contains(password()));

        r = onPg({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--devices"), QStringLiteral("120"),
                  QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("120")));
        r = onPg({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 120);
        r = onPg({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--devices"), QStringLiteral("5")});
        QCOMPARE(r.code, 8); // already has devices: the same refusal as on SQLite
        r = onPg({QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Devices:        120")));
        r = onPg({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "test_cli_postgres.moc"
