// The command line of kiosks: `policy set|export|edit` (validated by PolicyJson, exit 5 and nothing
// saved on bad input) and `devices kiosk exit|resume|status` (Administrators only, audited).
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "secrets/SecretStore.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliKiosk : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    qint64 m_tablet = 0, m_office = 0;
    PolicyRecord m_kiosk;
    QHash<QString, QString> m_env;

    Database &db() { return m_tdb->db(); }

    qint64 addDevice(const QString &name, Platform platform)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper().remove(QLatin1Char(' '));
        d.platform = platform;
        d.ownership = Ownership::COSU;
        d.state = EnrollmentState::Enrolled;
        return DeviceRepository(db()).insert(d) ? d.id : 0;
    }
    CliRunner::Result run(const QString &user, const QStringList &args)
    {
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + args, m_env);
    }
    int version() { return PolicyRepository(db()).findById(m_kiosk.id)->version; }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm"); }

    void init()
    {
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(db(), QStringLiteral("tech"), Role::Technician));
        m_env = TestAdmin::signInEnv();
        m_env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        m_env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("kiosk test passphrase"));
        const AdminSession admin(&db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
        m_tablet = addDevice(QStringLiteral("Lobby Tab"), Platform::Android);
        m_office = addDevice(QStringLiteral("Office Tab"), Platform::Android);
        PolicyService policies(db());
        QVERIFY(policies.createFromBaseline(admin, QStringLiteral("cosu"), QStringLiteral("Lobby"), &m_kiosk).ok());
        QVERIFY(policies.assignToDevice(admin, m_kiosk.id, m_tablet).ok());
        PolicyRecord office;
        QVERIFY(policies.createFromBaseline(admin, QStringLiteral("cope"), QStringLiteral("Office"), &office).ok());
        QVERIFY(policies.assignToDevice(admin, office.id, m_office).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void policySetSavesANewVersion()
    {
        const CliRunner::Result r = run(QStringLiteral("test-root"),
                                        {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("Lobby"),
                                         QStringLiteral("kiosk.branding.department=Emergency"),
                                         QStringLiteral("kiosk.urlAllowlist=https://checkin.clinic.example,*.insurer.example"),
                                         QStringLiteral("kiosk.factoryResetProtection=false")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("version 2")) && r.out.contains(QLatin1String("1 command(s) queued")), qPrintable(r.out));
        PolicySettings s;
        QVERIFY(PolicyJson::fromJson(PolicyRepository(db()).findById(m_kiosk.id)->body, &s).ok());
        QCOMPARE(s.kiosk.branding.department, QStringLiteral("Emergency"));
        QCOMPARE(s.kiosk.urlAllowlist.size(), 2);
        QVERIFY(!s.kiosk.factoryResetProtection);

        // Bad input: exit 5, a message naming the setting, no new version.
        for (const QString &bad : {QStringLiteral("kiosk.urlAllowlist=ftp://files.example"), QStringLiteral("kiosk.enabeld=true"),
                                   QStringLiteral("kiosk.enabled=maybe"), QStringLiteral("kiosk.androidPackage=not a package"),
                                   QStringLiteral("no-equals-sign")}) {
            const CliRunner::Result b = run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("Lobby"), bad});
            QVERIFY2(b.exitCode == 5, qPrintable(bad + QStringLiteral(": ") + b.err));
            QVERIFY2(b.err.contains(bad.section(QLatin1Char('='), 0, 0)), qPrintable(b.err));
            QCOMPARE(version(), 2);
        }
        // A Technician may not edit policies.
        QCOMPARE(run(QStringLiteral("tech"), {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("Lobby"),
                                             QStringLiteral("kiosk.enabled=false")}).exitCode, 6);
        QCOMPARE(version(), 2);
    }

    void exportThenEditRoundTrips()
    {
        const CliRunner::Result e = run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("export"), QString::number(m_kiosk.id)});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QJsonObject body = QJsonDocument::fromJson(e.out.toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("kiosk")).toObject().value(QStringLiteral("androidPackage")).toString(), QStringLiteral("com.example.clinic.checkin"));
        QJsonObject kiosk = body.value(QStringLiteral("kiosk")).toObject();
        kiosk.insert(QStringLiteral("androidPackage"), QStringLiteral("org.clinic.wayfinding"));
        body.insert(QStringLiteral("kiosk"), kiosk);
        const QString file = m_tdb->dir() + QStringLiteral("/settings.json");
        auto write = [&](const QByteArray &bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        write(QJsonDocument(body).toJson());
        CliRunner::Result r = run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("Lobby"),
                                                                QStringLiteral("--file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("command(s) queued")), qPrintable(r.out));
        QCOMPARE(version(), 2);
        PolicySettings s;
        QVERIFY(PolicyJson::fromJson(PolicyRepository(db()).findById(m_kiosk.id)->body, &s).ok());
        QCOMPARE(s.kiosk.androidPackage, QStringLiteral("org.clinic.wayfinding"));
        // The same file again changes nothing.
        r = run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("Lobby"), QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(version(), 2);
        // Not JSON, or an unknown setting: exit 5, nothing saved.
        write("{\"kiosk\": ");
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("Lobby"), QStringLiteral("--file"), file}).exitCode, 5);
        body.insert(QStringLiteral("kioskMode"), true);
        write(QJsonDocument(body).toJson());
        r = run(QStringLiteral("test-root"), {QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("Lobby"), QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QLatin1String("kioskMode: unknown setting")), qPrintable(r.err));
        QCOMPARE(version(), 2);
    }

    void kioskMaintenanceFromTheCommandLine()
    {
        CliRunner::Result r = run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("exit"),
                                                                QStringLiteral("LOBBYTAB"), QStringLiteral("--reason"), QStringLiteral("replace the card reader"),
                                                                QStringLiteral("--minutes"), QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(KioskMaintenanceRepository(db()).openWindow(m_tablet));
        r = run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Lobby Tab")) && r.out.contains(QLatin1String("replace the card reader")), qPrintable(r.out));
        // Refusals: no reason (5), not a kiosk (5), a Technician (6), twice (8).
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("exit"),
                                                   QStringLiteral("OFFICETAB"), QStringLiteral("--reason"), QStringLiteral("x")}).exitCode, 5);
        QCOMPARE(run(QStringLiteral("tech"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("resume"), QStringLiteral("LOBBYTAB")}).exitCode, 6);
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("exit"),
                                                   QStringLiteral("LOBBYTAB"), QStringLiteral("--reason"), QStringLiteral("again")}).exitCode, 8);
        r = run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("resume"), QString::number(m_tablet)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!KioskMaintenanceRepository(db()).openWindow(m_tablet));
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("exit"),
                                                   QStringLiteral("LOBBYTAB")}).exitCode, 5);
        int stop = 0, start = 0;
        for (const DeviceCommand &c : CommandRepository(db()).list(m_tablet)) {
            stop += c.requestType == QLatin1String("STOP_KIOSK");
            start += c.requestType == QLatin1String("START_KIOSK");
        }
        QCOMPARE(stop, 1);
        QCOMPARE(start, 1);
        QCOMPARE(run(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("kiosk"), QStringLiteral("status")}).out.trimmed(),
                 QStringLiteral("Every kiosk is in kiosk mode."));
    }
};

QTEST_GUILESS_MAIN(TestCliKiosk)
#include "test_cli_kiosk.moc"
