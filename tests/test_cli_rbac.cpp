#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "pki/CertificateAuthority.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Roles on the real command line (issue 3: "a Technician is refused a full wipe and settings ... on
// the command line"; issue 8: no full wipe of a BYOD device by anyone).
class TestCliRbac : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    qint64 m_corporate = 0;
    qint64 m_byod = 0;

    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        QHash<QString, QString> env = TestAdmin::signInEnv();
        // The opt-in secret file, so the data key needs no keyring here.
        env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("rbac test passphrase"));
        return CliRunner(m_tdb->path()).run((user.isEmpty() ? QStringList() : TestAdmin::signInArgs(user)) + args, env);
    }
    int countActions(const QString &action)
    {
        int n = 0;
        for (const AuditEvent &e : AuditLog(m_tdb->db()).events(0, 100000))
            n += e.action == action ? 1 : 0;
        return n;
    }
    int commandCount() { return int(CommandRepository(m_tdb->db()).list().size()); }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("tech"), Role::Technician));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("auditor"), Role::Auditor));
        Device ward;
        ward.name = QStringLiteral("Ward 3 iPad");
        ward.serial = QStringLiteral("DMPWARD3");
        ward.platform = Platform::iPadOS;
        ward.ownership = Ownership::COPE;
        QVERIFY(DeviceRepository(m_tdb->db()).insert(ward).ok());
        m_corporate = ward.id;
        Device own;
        own.name = QStringLiteral("Dr Lee Pixel");
        own.serial = QStringLiteral("PIXELLEE");
        own.platform = Platform::Android;
        own.ownership = Ownership::BYOD;
        QVERIFY(DeviceRepository(m_tdb->db()).insert(own).ok());
        m_byod = own.id;
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void technicianIsRefusedFullWipeAndSettings()
    {
        const QString id = QString::number(m_corporate);
        CliRunner::Result r = as(QStringLiteral("tech"), {QStringLiteral("devices"), QStringLiteral("wipe"), id,
                                                           QStringLiteral("--full"), QStringLiteral("--confirm"),
                                                           QStringLiteral("Ward 3 iPad")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QVERIFY2(r.err.contains(QLatin1String("Technician")), qPrintable(r.err));
        QCOMPARE(commandCount(), 0);

        const QString before = SettingsRepository(m_tdb->db()).stringValue(Setting::ClinicName);
        r = as(QStringLiteral("tech"), {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("clinic/name"),
                                        QStringLiteral("Hacked Clinic")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(SettingsRepository(m_tdb->db()).stringValue(Setting::ClinicName), before);
        QCOMPARE(countActions(QStringLiteral("access.denied")), 2);
        QCOMPARE(countActions(QStringLiteral("settings.change")), 0);

        // What a Technician may do: lock, and read settings.
        r = as(QStringLiteral("tech"), {QStringLiteral("devices"), QStringLiteral("lock"), id, QStringLiteral("--message"),
                                        QStringLiteral("Return to IT"), QStringLiteral("--phone"), QStringLiteral("555-0100")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(CommandRepository(m_tdb->db()).list(m_corporate).value(0).requestType, QStringLiteral("DeviceLock"));
        r = as(QStringLiteral("tech"), {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("clinic/name")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), before);
    }

    void administratorWipesAndChangesSettings()
    {
        const QString id = QString::number(m_corporate);
        CliRunner::Result r = as(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("wipe"), id,
                                                                QStringLiteral("--full"), QStringLiteral("--confirm"),
                                                                QStringLiteral("Ward 3")});
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput)); // the typed name must match exactly
        QCOMPARE(commandCount(), 0);
        r = as(QStringLiteral("test-root"), {QStringLiteral("devices"), QStringLiteral("wipe"), id, QStringLiteral("--full"),
                                             QStringLiteral("--confirm"), QStringLiteral("Ward 3 iPad")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<DeviceCommand> queued = CommandRepository(m_tdb->db()).list(m_corporate);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().requestType, QStringLiteral("EraseDevice"));
        QCOMPARE(queued.first().status, QStringLiteral("queued"));
        QVERIFY(r.out.contains(queued.first().uuid));

        r = as(QStringLiteral("test-root"), {QStringLiteral("commands"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("uuid")].toString(), queued.first().uuid);

        // A queued wipe can be cancelled, once.
        r = as(QStringLiteral("test-root"), {QStringLiteral("commands"), QStringLiteral("cancel"), queued.first().uuid});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(CommandRepository(m_tdb->db()).findByUuid(queued.first().uuid)->status, QStringLiteral("cancelled"));
        r = as(QStringLiteral("test-root"), {QStringLiteral("commands"), QStringLiteral("cancel"), queued.first().uuid});
        QCOMPARE(r.exitCode, int(ErrorCode::Conflict));

        r = as(QStringLiteral("test-root"), {QStringLiteral("settings"), QStringLiteral("set"),
                                             QStringLiteral("security/idleLockMinutes"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(SettingsRepository(m_tdb->db()).intValue(Setting::IdleLockMinutes), 5);
        const std::optional<AuditEvent> change = AuditLog(m_tdb->db()).latest();
        QCOMPARE(change->action, QStringLiteral("settings.change"));
        QCOMPARE(change->details, QStringLiteral("key=security/idleLockMinutes old=10 new=5"));
        // Bad values change nothing.
        r = as(QStringLiteral("test-root"), {QStringLiteral("settings"), QStringLiteral("set"),
                                             QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, int(ErrorCode::InvalidInput));
        QCOMPARE(SettingsRepository(m_tdb->db()).intValue(Setting::IdleLockMinutes), 5);
        r = as(QStringLiteral("test-root"), {QStringLiteral("settings"), QStringLiteral("set"),
                                             QStringLiteral("audit/publicKeys"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, int(ErrorCode::NotFound));
    }

    // Issue 13: the push/* keys the README documents are settable, validated and audited.
    void administratorSetsPushSettings()
    {
        auto set = [this](const QString &who, const QString &key, const QString &value) {
            return as(who, {QStringLiteral("settings"), QStringLiteral("set"), key, value});
        };
        CliRunner::Result r = set(QStringLiteral("test-root"), QStringLiteral("push/apnsHost"), QStringLiteral("api.sandbox.push.apple.com"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(SettingsRepository(m_tdb->db()).stringValue(Setting::PushApnsHost), QStringLiteral("api.sandbox.push.apple.com"));
        QCOMPARE(AuditLog(m_tdb->db()).latest()->details, QStringLiteral("key=push/apnsHost old=\"\" new=api.sandbox.push.apple.com"));
        QCOMPARE(AuditLog(m_tdb->db()).latest()->actor, QStringLiteral("test-root"));
        r = set(QStringLiteral("test-root"), QStringLiteral("push/apnsPort"), QStringLiteral("2197"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(SettingsRepository(m_tdb->db()).intValue(Setting::PushApnsPort), 2197);
        r = set(QStringLiteral("test-root"), QStringLiteral("push/apnsEnvironment"), QStringLiteral("sandbox"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = set(QStringLiteral("test-root"), QStringLiteral("push/fcmEndpoint"), QStringLiteral("https://127.0.0.1:9443"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString roots = m_tdb->dir() + QStringLiteral("/roots.pem");
        QFile pem(roots);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        CertificateAuthority ca;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Roots"), QStringLiteral("Test"), KeyAlgorithm::Rsa2048, 1, ca).ok());
        pem.write(ca.certificatePem());
        pem.close();
        r = set(QStringLiteral("test-root"), QStringLiteral("push/trustedRootsFile"), roots);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(QStringLiteral("tech"), {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("push/apnsPort")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("2197"));

        // Bad values: a clear message, nothing changed, nothing audited.
        const int changes = countActions(QStringLiteral("settings.change"));
        const QList<QPair<QString, QString>> bad{{QStringLiteral("push/apnsHost"), QStringLiteral("api.push.apple.com;rm")},
                                                 {QStringLiteral("push/apnsHost"), QStringLiteral("-bad-.example")},
                                                 {QStringLiteral("push/apnsPort"), QStringLiteral("70000")},
                                                 {QStringLiteral("push/apnsEnvironment"), QStringLiteral("staging")},
                                                 {QStringLiteral("push/fcmEndpoint"), QStringLiteral("http://fcm.example")},
                                                 {QStringLiteral("push/fcmTokenUri"), QStringLiteral("https://user@evil.example/")},
                                                 {QStringLiteral("push/trustedRootsFile"), QStringLiteral("/nonexistent/roots.pem")},
                                                 {QStringLiteral("push/trustedRootsFile"), QStringLiteral("roots.pem")}};
        for (const auto &b : bad) {
            r = set(QStringLiteral("test-root"), b.first, b.second);
            QVERIFY2(r.exitCode == int(ErrorCode::InvalidInput), qPrintable(b.first + QLatin1Char(' ') + b.second + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(b.first) || r.err.contains(QLatin1String("port")) || r.err.contains(QLatin1String("APNs")),
                     qPrintable(r.err));
        }
        QCOMPARE(countActions(QStringLiteral("settings.change")), changes);
        QCOMPARE(SettingsRepository(m_tdb->db()).stringValue(Setting::PushApnsHost), QStringLiteral("api.sandbox.push.apple.com"));
        QCOMPARE(SettingsRepository(m_tdb->db()).intValue(Setting::PushApnsPort), 2197);
        // Empty goes back to Apple's host; a Technician may not change it.
        r = set(QStringLiteral("test-root"), QStringLiteral("push/apnsHost"), QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(SettingsRepository(m_tdb->db()).stringValue(Setting::PushApnsHost), QString());
        r = set(QStringLiteral("tech"), QStringLiteral("push/apnsHost"), QStringLiteral("evil.example"));
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(SettingsRepository(m_tdb->db()).stringValue(Setting::PushApnsHost), QString());
        r = as(QStringLiteral("tech"), {QStringLiteral("settings"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("push/trustedRootsFile")));
    }

    void auditorVerifiesButCannotLock()
    {
        CliRunner::Result r = as(QStringLiteral("auditor"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("chain intact")), qPrintable(r.out));
        r = as(QStringLiteral("auditor"), {QStringLiteral("devices"), QStringLiteral("lock"), QString::number(m_corporate)});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
        QCOMPARE(commandCount(), 0);
        // The audit trail is for signed-in admins with a fitting role only.
        r = as(QString(), {QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, int(ErrorCode::AuthenticationFailed));
        r = as(QStringLiteral("tech"), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--no-checkpoint")});
        QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
    }

    void byodFullWipeRefusedForEveryone()
    {
        const QString id = QString::number(m_byod);
        for (const QString &user : {QStringLiteral("test-root"), QStringLiteral("tech"), QStringLiteral("auditor")}) {
            const CliRunner::Result r = as(user, {QStringLiteral("devices"), QStringLiteral("wipe"), id, QStringLiteral("--full"),
                                                  QStringLiteral("--confirm"), QStringLiteral("Dr Lee Pixel")});
            QCOMPARE(r.exitCode, int(ErrorCode::PermissionDenied));
            QVERIFY2(r.err.contains(QLatin1String("BYOD")) && r.err.contains(QLatin1String("selective wipe")),
                     qPrintable(r.err));
        }
        QCOMPARE(commandCount(), 0);
        QCOMPARE(countActions(QStringLiteral("wipe.refused")), 3);
        const CliRunner::Result r = as(QStringLiteral("tech"), {QStringLiteral("devices"), QStringLiteral("wipe"), id,
                                                                 QStringLiteral("--selective")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(CommandRepository(m_tdb->db()).list(m_byod).value(0).requestType, QStringLiteral("REMOVE_WORK_PROFILE"));
    }
};

QTEST_GUILESS_MAIN(TestCliRbac)
#include "test_cli_rbac.moc"
