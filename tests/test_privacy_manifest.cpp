#include "android/AgentProtocol.h"
#include "apple/AppleInventoryIngester.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogRepository.h"
#include "commands/DeviceCommandService.h"
#include "fleet/DeviceAppRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "privacy/PrivacyBoundary.h"
#include "privacy/PrivacyManifestBuilder.h"
#include "privacy/PrivacyManifestPdfWriter.h"
#include "privacy/PrivacyManifestService.h"
#include "privacy/PrivacyManifestText.h"
#include "security/AdminSession.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The BYOD privacy manifest: made from the device's actual policy and apps, different for a
// personal and a clinic phone, changing with the policy, and built from the very boundary the
// ingesters and DeviceCommandService enforce. Its PDF reads back with pdftotext and passes qpdf.
class TestPrivacyManifest : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;
    qint64 m_byod = 0;
    qint64 m_cope = 0;
    PolicyRecord m_byodPolicy;

    qint64 addDevice(const QString &name, Platform platform, Ownership ownership)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper().remove(QLatin1Char(' '));
        d.platform = platform;
        d.ownership = ownership;
        d.model = platform == Platform::Android ? QStringLiteral("Pixel 8") : QStringLiteral("iPhone 15");
        d.assignedTo = QStringLiteral("Dr. Rivera");
        d.state = EnrollmentState::Enrolled;
        [&] { QVERIFY(DeviceRepository(m_tdb->db()).insert(d).ok()); }();
        return d.id;
    }

    PrivacyManifest manifest(qint64 deviceId)
    {
        PrivacyManifest m;
        PrivacyManifestBuilder builder(m_tdb->db());
        builder.setClock([] { return QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC); });
        const Status s = builder.build(deviceId, m);
        [&] { QVERIFY2(s.ok(), qPrintable(s.message())); }();
        return m;
    }

    static QString run(const QString &program, const QStringList &args, int *code = nullptr)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        if (code)
            *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        QVERIFY(SettingsRepository(m_tdb->db()).setValue(Setting::ClinicName, QStringLiteral("Riverside Family Clinic")).ok());
        m_byod = addDevice(QStringLiteral("Rivera personal phone"), Platform::Android, Ownership::BYOD);
        m_cope = addDevice(QStringLiteral("Ward 3 iPhone"), Platform::iOS, Ownership::COPE);
        PolicyService policies(m_tdb->db());
        QVERIFY(policies.createFromBaseline(m_admin, QStringLiteral("byod"), QStringLiteral("Clinician BYOD"), &m_byodPolicy).ok());
        QVERIFY(policies.assignToDevice(m_admin, m_byodPolicy.id, m_byod).ok());
        PolicyRecord cope;
        QVERIFY(policies.createFromBaseline(m_admin, QStringLiteral("cope"), QStringLiteral("Clinic phones"), &cope).ok());
        QVERIFY(policies.assignToDevice(m_admin, cope.id, m_cope).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void neverStoredListIsTheIngestersOwn()
    {
        // The same object, not an equal copy: the check-in drops exactly what the manifest promises.
        QCOMPARE(&AgentProtocol::privacyFields(), &PrivacyBoundary::neverStoredFields());
        const PrivacyManifest m = manifest(m_byod);
        for (const QString &field : AgentProtocol::privacyFields()) {
            const PrivacyBoundary::Topic topic = PrivacyBoundary::topicOf(field);
            const QString key = topic == PrivacyBoundary::Topic::Location       ? QStringLiteral("location")
                                : topic == PrivacyBoundary::Topic::PersonalApps ? QStringLiteral("personal_apps")
                                                                                : QStringLiteral("accounts");
            QVERIFY2(m.has(PrivacyManifest::Section::ItCannotSee, key), qPrintable(field));
        }
    }

    void appleIngestAndManifestAgreeOnPersonalApps()
    {
        // What the Apple ingester keeps is what the manifest says IT sees.
        const QVariantMap response{{QStringLiteral("InstalledApplicationList"),
                                    QVariantList{QVariantMap{{QStringLiteral("Identifier"), QStringLiteral("com.example.game")},
                                                             {QStringLiteral("Name"), QStringLiteral("A game")}}}}};
        const qint64 byodIphone = addDevice(QStringLiteral("Rivera iPhone"), Platform::iOS, Ownership::BYOD);
        for (qint64 id : {byodIphone, m_cope}) {
            const Ownership o = id == m_cope ? Ownership::COPE : Ownership::BYOD;
            AppleInventoryIngester::Outcome out;
            QVERIFY(AppleInventoryIngester(m_tdb->db())
                        .ingest(id, o, QStringLiteral("InstalledApplicationList"), {{QStringLiteral("ManagedAppsOnly"), false}}, response, 100, out)
                        .ok());
            const bool stored = !DeviceAppRepository(m_tdb->db()).apps(id).isEmpty();
            const PrivacyManifest m = manifest(id);
            QCOMPARE(stored, m.has(PrivacyManifest::Section::ItCanSee, QStringLiteral("all_apps")));
            QCOMPARE(!stored, m.has(PrivacyManifest::Section::ItCannotSee, QStringLiteral("personal_apps")));
        }
    }

    void byodAndCopeManifestsDiffer()
    {
        const PrivacyManifest byod = manifest(m_byod);
        const PrivacyManifest cope = manifest(m_cope);
        QCOMPARE(byod.clinicName, QStringLiteral("Riverside Family Clinic"));
        QCOMPARE(byod.policyName, QStringLiteral("Clinician BYOD"));
        QCOMPARE(int(byod.ownership), int(Ownership::BYOD));
        QCOMPARE(byod.generatedAt, QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
        // Erase: refused by the engine for BYOD, and the manifest says so; offered for COPE.
        const Status refused = DeviceCommandService(m_tdb->db()).fullWipe(m_admin, m_byod, QStringLiteral("Rivera personal phone"), {});
        QCOMPARE(int(refused.code()), int(ErrorCode::PermissionDenied));
        QVERIFY(byod.has(PrivacyManifest::Section::ItCannotDo, QStringLiteral("erase")));
        QVERIFY(!byod.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("erase")));
        QVERIFY(cope.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("erase")));
        QVERIFY(!cope.has(PrivacyManifest::Section::ItCannotDo, QStringLiteral("erase")));
        // Personal content out of reach on both; location only in Lost Mode, and only on the clinic iPhone.
        for (const char *key : {"photos", "messages", "browsing", "personal_email", "location"}) {
            QVERIFY2(byod.has(PrivacyManifest::Section::ItCannotSee, QLatin1String(key)), key);
            QVERIFY2(cope.has(PrivacyManifest::Section::ItCannotSee, QLatin1String(key)), key);
        }
        QVERIFY(cope.has(PrivacyManifest::Section::ItCanSee, QStringLiteral("lost_mode_location")));
        QVERIFY(!byod.has(PrivacyManifest::Section::ItCanSee, QStringLiteral("lost_mode_location")));
        QVERIFY(byod.has(PrivacyManifest::Section::ItCannotDo, QStringLiteral("track")));
        QVERIFY(byod.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("selective_wipe")).contains(QLatin1String("personal apps, photos and data stay")));
        QVERIFY(byod.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("passcode")).contains(QLatin1String("work profile")));
        QVERIFY(PrivacyManifestText::render(byod) != PrivacyManifestText::render(cope));
    }

    void manifestFollowsThePolicy()
    {
        PrivacyManifest before = manifest(m_byod);
        QVERIFY(!before.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("camera")));
        QVERIFY(before.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("screenshots")));
        // On the Android work profile the VPN is the profile's always-on VPN: every work app, nothing
        // personal (issue 21, finding 2); a clinician's iPhone on the same policy tunnels only the
        // apps marked for it.
        const QString workVpn = before.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("per_app_vpn"));
        QVERIFY2(workVpn.contains(QLatin1String("EHR client")) && workVpn.contains(QLatin1String("Drug reference")), qPrintable(workVpn));
        const qint64 iphone = addDevice(QStringLiteral("Rivera iPhone"), Platform::iOS, Ownership::BYOD);
        QVERIFY(PolicyService(m_tdb->db()).assignToDevice(m_admin, m_byodPolicy.id, iphone).ok());
        const PrivacyManifest onIphone = manifest(iphone);
        const QString vpn = onIphone.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("per_app_vpn"));
        QVERIFY2(vpn.contains(QLatin1String("EHR client")) && vpn.contains(QLatin1String("Secure messaging")), qPrintable(vpn));
        QVERIFY2(!vpn.contains(QLatin1String("Drug reference")), qPrintable(vpn)); // not tunnelled in the baseline
        // Camera and screenshot limits would be device-wide on the iPhone: none are sent, none promised.
        QVERIFY(!onIphone.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("screenshots")));
        // Wrong passcodes never erase a personal phone, nor its work profile.
        QVERIFY(!before.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("passcode")).contains(QLatin1String("wrong attempts")));
        QCOMPARE(before.managedApps, (QStringList{QStringLiteral("Drug reference"), QStringLiteral("EHR client"), QStringLiteral("Secure messaging")}));

        PolicySettings s;
        QVERIFY(PolicyJson::fromJson(PolicyRepository(m_tdb->db()).findById(m_byodPolicy.id)->body, &s).ok());
        s.cameraAllowed = false;
        s.passcode.minLength = 8;
        s.dataSharing.blockScreenshots = false;
        s.osUpdates.minimumAndroidVersion = QStringLiteral("14");
        s.apps.removeLast();
        QVERIFY(PolicyService(m_tdb->db()).update(m_admin, m_byodPolicy.id, s).ok());

        const PrivacyManifest after = manifest(m_byod);
        QCOMPARE(after.policyVersion, before.policyVersion + 1);
        QVERIFY(after.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("camera")));
        QVERIFY(!after.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("screenshots")));
        QVERIFY(after.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("passcode")).contains(QLatin1String("at least 8 characters")));
        QVERIFY(after.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("os_update")).contains(QLatin1String("Android 14")));
        QVERIFY(!after.managedApps.contains(QStringLiteral("Drug reference")));
    }

    void catalogAppsAndPerAppVpnCount()
    {
        DeviceGroup g;
        QVERIFY(DeviceGroupService(m_tdb->db()).create(m_admin, QStringLiteral("Wound care"), {}, &g).ok());
        QVERIFY(DeviceGroupService(m_tdb->db()).add(m_admin, g.id, {m_byod}, std::nullopt, {}).ok());
        CatalogApp app;
        app.name = QStringLiteral("Wound camera");
        app.platform = CatalogApp::Platform::Android;
        app.identifier = QStringLiteral("com.example.clinic.wound");
        app.storeId = app.identifier;
        app.vpnUuid = QStringLiteral("3E0C1B2A-0000-4000-8000-000000000001");
        CatalogRepository catalog(m_tdb->db());
        QVERIFY(catalog.insert(app).ok());
        QVERIFY(catalog.assign(app.id, g.id, 100).ok());
        const PrivacyManifest m = manifest(m_byod);
        QVERIFY(m.managedApps.contains(QStringLiteral("Wound camera")));
        QVERIFY(m.text(PrivacyManifest::Section::ItCanDo, QStringLiteral("per_app_vpn")).contains(QLatin1String("Wound camera")));
        // An Apple-only catalog app would not be listed on the Android phone.
        QVERIFY(!manifest(m_cope).managedApps.contains(QStringLiteral("Wound camera")));
    }

    void noPolicyIsSaid()
    {
        const qint64 bare = addDevice(QStringLiteral("New tablet"), Platform::Android, Ownership::COPE);
        const PrivacyManifest m = manifest(bare);
        QVERIFY(m.policyName.isEmpty());
        QVERIFY(m.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("no_policy")));
        QVERIFY(!m.has(PrivacyManifest::Section::ItCanDo, QStringLiteral("passcode")));
        PrivacyManifest none;
        QCOMPARE(int(PrivacyManifestBuilder(m_tdb->db()).build(99999, none).code()), int(ErrorCode::NotFound));
    }

    void serviceChecksRoleAndAudits()
    {
        PrivacyManifest m;
        const AdminSession nobody;
        QVERIFY(!PrivacyManifestService(m_tdb->db()).view(nobody, m_byod, m));
        QVERIFY(PrivacyManifestService(m_tdb->db()).view(m_admin, m_byod, m).ok());
        const std::optional<AuditEvent> last = AuditLog(m_tdb->db()).latest();
        QVERIFY(last);
        QCOMPARE(last->action, QStringLiteral("privacy.manifest.view"));
        QCOMPARE(last->deviceId.value_or(0), m_byod);
    }

    void pdfReadsBackInOrder()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || qpdf.isEmpty() || pdfinfo.isEmpty())
            QSKIP("pdftotext, pdfinfo or qpdf is not installed (packaging/install-deps.sh --with-tests installs them)");
        const QString pdf = m_tdb->dir() + QStringLiteral("/privacy.pdf");
        PrivacyManifest m;
        QVERIFY(PrivacyManifestService(m_tdb->db()).exportPdf(m_admin, m_byod, pdf, &m).ok());
        const std::optional<AuditEvent> last = AuditLog(m_tdb->db()).latest();
        QCOMPARE(last->action, QStringLiteral("privacy.manifest.export"));
        QCOMPARE(last->deviceId.value_or(0), m_byod);

        int code = -1;
        const QString check = run(qpdf, {QStringLiteral("--check"), pdf}, &code);
        QVERIFY2(code == 0, qPrintable(check));
        const QString info = run(pdfinfo, {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 1 && pages.captured(1).toInt() <= 2, qPrintable(info));

        const QString text = run(pdftotext, {pdf, QStringLiteral("-")}).simplified();
        qsizetype at = 0;
        for (const QString &expected :
             {QStringLiteral("Riverside Family Clinic"), QStringLiteral("Privacy manifest"), QStringLiteral("Rivera personal phone"),
              QStringLiteral("Clinician BYOD, version 1"), QStringLiteral("What the clinic's IT can see"),
              QStringLiteral("What the clinic's IT cannot see"), QStringLiteral("Your photos, videos and files."),
              QStringLiteral("What the clinic's IT can do"), QStringLiteral("Secure messaging"),
              QStringLiteral("What the clinic's IT cannot do"), QStringLiteral("Erase your phone"), QStringLiteral("Acknowledgement"),
              QStringLiteral("Signature")}) {
            const qsizetype found = text.indexOf(expected, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + expected));
            at = found;
        }
    }
};

QTEST_MAIN(TestPrivacyManifest)
#include "test_privacy_manifest.moc"
