#include "audit/AuditLog.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyService.h"
#include "secrets/SecretStore.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// `clinicmdm devices privacy` and `clinicmdm enroll advise` on the real command line.
class TestCliPrivacy : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    qint64 m_phone = 0;

    // The verbs read the data key from the secret store: a file store here, as in test_cli_policy_report.
    QHash<QString, QString> env() const
    {
        QHash<QString, QString> e = TestAdmin::signInEnv();
        e.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        e.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("privacy test passphrase"));
        return e;
    }
    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + args, env());
    }
    CliRunner::Result anonymous(const QStringList &args) { return CliRunner(m_tdb->path()).run(args, env()); }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("auditor"), Role::Auditor));
        Device d;
        d.name = QStringLiteral("Rivera personal phone");
        d.serial = QStringLiteral("R58N123ABC");
        d.platform = Platform::Android;
        d.ownership = Ownership::BYOD;
        d.state = EnrollmentState::Enrolled;
        QVERIFY(DeviceRepository(m_tdb->db()).insert(d).ok());
        m_phone = d.id;
        const AdminSession admin(&m_tdb->db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        PolicyRecord p;
        QVERIFY(PolicyService(m_tdb->db()).createFromBaseline(admin, QStringLiteral("byod"), QStringLiteral("Clinician BYOD"), &p).ok());
        QVERIFY(PolicyService(m_tdb->db()).assignToDevice(admin, p.id, m_phone).ok());
    }
    void cleanupTestCase() { delete m_tdb; }

    void textBySerial()
    {
        // An auditor (ViewFleet) may read it; the read is audited with the device.
        const CliRunner::Result r = as(QStringLiteral("auditor"), {QStringLiteral("devices"), QStringLiteral("privacy"), QStringLiteral("R58N123ABC")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Rivera personal phone")));
        QVERIFY(r.out.contains(QLatin1String("Clinician BYOD, version 1")));
        const qsizetype cannotSee = r.out.indexOf(QLatin1String("What the clinic's IT cannot see"));
        const qsizetype cannotDo = r.out.indexOf(QLatin1String("What the clinic's IT cannot do"));
        QVERIFY(cannotSee > 0 && cannotDo > cannotSee);
        QVERIFY(r.out.indexOf(QLatin1String("the phone's location is never collected"), cannotSee) > cannotSee);
        QVERIFY(r.out.indexOf(QLatin1String("Erase your phone"), cannotDo) > cannotDo);
        const std::optional<AuditEvent> last = AuditLog(m_tdb->db()).latest();
        QCOMPARE(last->action, QStringLiteral("privacy.manifest.view"));
        QCOMPARE(last->actor, QStringLiteral("auditor"));
        QCOMPARE(last->deviceId.value_or(0), m_phone);
    }

    void pdfById()
    {
        const QString pdf = m_tdb->dir() + QStringLiteral("/rivera.pdf");
        const CliRunner::Result r = as(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("privacy"),
                                                                     QString::number(m_phone), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const std::optional<AuditEvent> last = AuditLog(m_tdb->db()).latest();
        QCOMPARE(last->action, QStringLiteral("privacy.manifest.export"));
        QCOMPARE(last->deviceId.value_or(0), m_phone);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (packaging/install-deps.sh --with-tests installs it)");
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("Rivera personal phone")));
    }

    void unknownDeviceAndUsage()
    {
        CliRunner::Result r = as(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("privacy"), QStringLiteral("NOPE-404")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
        QVERIFY2(r.err.contains(QLatin1String("no device with id or serial NOPE-404")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = as(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("privacy")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = anonymous({QStringLiteral("devices"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("devices privacy ID|SERIAL [--pdf FILE]")));
    }

    void advise()
    {
        CliRunner::Result r = anonymous({QStringLiteral("enroll"), QStringLiteral("advise"), QStringLiteral("--owner"),
                                                            QStringLiteral("personal"), QStringLiteral("--ephi"), QStringLiteral("no")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("Recommended: Personal (BYOD); baseline: byod")), qPrintable(r.out));
        r = anonymous({QStringLiteral("enroll"), QStringLiteral("advise"), QStringLiteral("--owner"), QStringLiteral("personal"),
                                          QStringLiteral("--ephi"), QStringLiteral("yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("ownership")).toString(), QStringLiteral("COPE"));
        QCOMPARE(o.value(QLatin1String("baseline")).toString(), QStringLiteral("cope"));
        QVERIFY(!o.value(QLatin1String("warnings")).toArray().isEmpty());
        r = anonymous({QStringLiteral("enroll"), QStringLiteral("advise"), QStringLiteral("--owner"), QStringLiteral("clinic"),
                                          QStringLiteral("--ephi"), QStringLiteral("no"), QStringLiteral("--shared")});
        QVERIFY(r.out.startsWith(QLatin1String("Recommended: Shared clinical; baseline: shared")));
        r = anonymous({QStringLiteral("enroll"), QStringLiteral("advise"), QStringLiteral("--owner"), QStringLiteral("friend"),
                                          QStringLiteral("--ephi"), QStringLiteral("no")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
        r = anonymous({QStringLiteral("enroll"), QStringLiteral("advise"), QStringLiteral("--owner"), QStringLiteral("clinic")});
        QCOMPARE(r.exitCode, int(ErrorCode::Usage));
    }
};

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "test_cli_privacy.moc"
