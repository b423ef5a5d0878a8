// Issue 21: compiled policies that work on real devices. Each slot performs one finding against
// the compilers, the delivered Android policy and the evaluator; Apple profiles are checked against
// Apple's YAML with the enrollment's modes (unsupervised, userenrollment), Android policies against
// the Android Management API discovery document (both skip with a message when /work/shared is absent).
#include "AppleSchemaChecker.h"
#include "DiscoverySchemaChecker.h"
#include "TestDatabase.h"

#include "android/AndroidPolicyBuilder.h"
#include "apple/EnrollmentProfileBuilder.h"
#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "compliance/ComplianceEvaluator.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceGroupRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyDelivery.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "settings/SettingsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

AndroidPolicyRepository::Row rowFor(const Baseline &b, int version = 3)
{
    return {5, b.name, version, QString::fromUtf8(QJsonDocument(b.settingsJson).toJson(QJsonDocument::Compact))};
}

// The policy an Android device of the baseline's ownership is sent (GET /agent/v1/policy).
QJsonObject delivered(const QString &baseline, const QStringList &frp = {})
{
    const Baseline b = *BaselineCatalog::byId(baseline);
    return AndroidPolicyBuilder::build(b.ownership, rowFor(b), {}, frp);
}

QVariantMap payloadOf(const QVariantList &payloads, const QString &type)
{
    for (const QVariant &p : payloads)
        if (p.toMap().value(QStringLiteral("PayloadType")) == type)
            return p.toMap();
    return {};
}

AppleCompiledPolicy apple(const PolicySettings &s, Ownership ownership)
{
    AppleCompiledPolicy c;
    const Status st = AppleProfileCompiler(9, QStringLiteral("p"), 2, QStringLiteral("Riverside Clinic"), ownership).compile(s, &c);
    if (!st)
        qWarning("%s", qPrintable(st.message()));
    return c;
}

QString appleSpecOrEmpty()
{
    const QString dir = AppleSchemaChecker::specDir();
    return !dir.isEmpty() && QFile::exists(dir + QStringLiteral("/profiles/TopLevel.yaml")) ? dir : QString();
}

SafeguardResult resultFor(const DeviceCompliance &c, Safeguard s)
{
    for (const SafeguardResult &r : c.results)
        if (r.safeguard == s)
            return r;
    return {};
}

} // namespace

class TestPolicyDevices : public QObject
{
    Q_OBJECT

private slots:
    // Finding 1: the compiled policy's keys replace the baseline's, so a kiosk gets no PIN.
    void compiledAndroidPolicyReplacesTheBaselinesKeys()
    {
        const QJsonObject cosu = delivered(QStringLiteral("cosu"));
        QCOMPARE(cosu.value(QStringLiteral("passwordPolicies")).toArray(), QJsonArray());
        QCOMPARE(cosu.value(QStringLiteral("keyguardDisabled")).toBool(), true);
        QCOMPARE(cosu.value(QStringLiteral("encryptionPolicy")).toString(), QStringLiteral("ENABLED_WITHOUT_PASSWORD"));
        for (const char *id : {"shared", "cope", "byod"}) {
            const QJsonArray pw = delivered(QLatin1String(id)).value(QStringLiteral("passwordPolicies")).toArray();
            QCOMPARE(pw.size(), 1);
            QVERIFY2(pw[0].toObject().value(QStringLiteral("requirePasswordUnlock")) == QLatin1String("REQUIRE_EVERY_DAY"), id);
        }
        QCOMPARE(delivered(QStringLiteral("shared")).value(QStringLiteral("keyguardDisabled")).toBool(true), false);
        // A BYOD policy edited to wipe after 10 still never wipes the phone or its work profile.
        Baseline byod = *BaselineCatalog::byId(QStringLiteral("byod"));
        byod.settings.passcode.maxFailedAttempts = 10;
        byod.settingsJson = PolicyJson::toJson(byod.settings);
        const QJsonObject pw = AndroidPolicyBuilder::build(Ownership::BYOD, rowFor(byod)).value(QStringLiteral("passwordPolicies")).toArray()[0].toObject();
        QVERIFY(!pw.contains(QStringLiteral("maximumFailedPasswordsForWipe")));
        QCOMPARE(pw.value(QStringLiteral("passwordScope")).toString(), QStringLiteral("SCOPE_PROFILE"));
        // The clinic's own phones keep it.
        QCOMPARE(delivered(QStringLiteral("cope")).value(QStringLiteral("passwordPolicies")).toArray()[0].toObject()
                     .value(QStringLiteral("maximumFailedPasswordsForWipe")).toInt(), 10);
    }

    void deliveredAndroidPoliciesMatchTheManagementApi()
    {
        const DiscoverySchemaChecker checker(DiscoverySchemaChecker::androidManagementPath());
        if (!checker.isLoaded())
            QSKIP("CLINICMDM_SHARED_DIR/spec/android/androidmanagement.v1.json is absent: delivered policies cannot be checked here");
        for (const Baseline &b : BaselineCatalog::all()) {
            for (const QJsonObject &p : {delivered(b.id, {QStringLiteral("it@clinic.example")}), AndroidPolicyBuilder::build(b.ownership, std::nullopt)}) {
                const QStringList problems = checker.check(p, QStringLiteral("Policy"));
                QVERIFY2(problems.isEmpty(), qPrintable(b.id + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))));
            }
        }
    }

    // Finding 10: wrong guesses never erase a shared, patient-facing or personal device.
    void noWipeAfterFailedPasscodesOnSharedKioskOrPersonalDevices()
    {
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("cope"))->settings;
        s.passcode.maxFailedAttempts = 10;
        for (Ownership o : {Ownership::BYOD, Ownership::COPE, Ownership::COSU, Ownership::Shared}) {
            const bool wipes = o == Ownership::COPE;
            const QVariantMap passcode = payloadOf(apple(s, o).payloads(), QStringLiteral("com.apple.mobiledevice.passwordpolicy"));
            QCOMPARE(passcode.contains(QStringLiteral("maxFailedAttempts")), wipes);
            const QJsonObject pw = AndroidPolicyCompiler(o).compile(s, 1).value(QStringLiteral("passwordPolicies")).toArray()[0].toObject();
            QCOMPARE(pw.contains(QStringLiteral("maximumFailedPasswordsForWipe")), wipes);
            const QJsonObject base = AndroidPolicyBuilder::baseline(o).value(QStringLiteral("passwordPolicies")).toArray()[0].toObject();
            QCOMPARE(base.contains(QStringLiteral("maximumFailedPasswordsForWipe")), wipes);
        }
        QCOMPARE(BaselineCatalog::byId(QStringLiteral("shared"))->settings.passcode.maxFailedAttempts, 0);
    }

    // Finding 10: the references name what each setting serves; 164.312(e)(2)(ii) has a decision.
    void hipaaReferencesAndTheTransmissionEncryptionDecision()
    {
        for (const Baseline &b : BaselineCatalog::all()) {
            QVERIFY2(!b.referenceFor(QStringLiteral("kiosk.urlAllowlist")).contains(QLatin1String("164.312(e)(1)")), qPrintable(b.id));
            QVERIFY2(!b.referenceFor(QStringLiteral("dataSharing.managedOpenIn")).contains(QLatin1String("164.312(c)(1)")), qPrintable(b.id));
            QVERIFY2(!b.referenceFor(QStringLiteral("passcode.maxFailedAttempts")).contains(QLatin1String("164.310(d)(1)")), qPrintable(b.id));
            bool decided = false;
            for (const AddressableDecision &d : b.settings.addressable)
                decided = decided || (d.reference == QLatin1String("164.312(e)(2)(ii)") && !d.decision.isEmpty() && !d.rationale.isEmpty());
            QVERIFY2(decided, qPrintable(b.id));
            // What the update rationale promises is what is enforced: nothing "within 14 days".
            for (const AddressableDecision &d : b.settings.addressable)
                QVERIFY2(!d.rationale.contains(QLatin1String("within 14 days")), qPrintable(b.id));
        }
    }

    // Finding 8: camera and screenshots are device-wide on iOS; a clinician's own iPhone gets neither.
    void byodIphoneGetsNoDeviceWideCameraOrScreenshotLimits()
    {
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("byod"))->settings;
        s.cameraAllowed = false;
        s.dataSharing.blockScreenshots = true;
        const QVariantMap byod = payloadOf(apple(s, Ownership::BYOD).payloads(), QStringLiteral("com.apple.applicationaccess"));
        QVERIFY(!byod.isEmpty());
        QVERIFY(!byod.contains(QStringLiteral("allowCamera")));
        QVERIFY(!byod.contains(QStringLiteral("allowScreenShot")));
        QCOMPARE(byod.value(QStringLiteral("allowOpenFromManagedToUnmanaged")).toBool(), false); // data limits stay
        const QVariantMap cope = payloadOf(apple(s, Ownership::COPE).payloads(), QStringLiteral("com.apple.applicationaccess"));
        QCOMPARE(cope.value(QStringLiteral("allowCamera"), true).toBool(), false);
        QCOMPARE(cope.value(QStringLiteral("allowScreenShot"), true).toBool(), false);
    }

    // Finding 3: the per-app VPN is a VPN payload (VPNType, UserDefinedName, IKEv2 to the policy's server).
    void perAppVpnPayloadIsACompleteVpn()
    {
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("byod"))->settings;
        s.vpn.server = QStringLiteral("vpn.riverside.example");
        const QVariantMap vpn = payloadOf(apple(s, Ownership::BYOD).payloads(), QStringLiteral("com.apple.vpn.managed.applayer"));
        QCOMPARE(vpn.value(QStringLiteral("VPNType")).toString(), QStringLiteral("IKEv2"));
        QVERIFY(!vpn.value(QStringLiteral("UserDefinedName")).toString().isEmpty());
        QCOMPARE(vpn.value(QStringLiteral("VPNUUID")).toString(), AppleProfileCompiler::perAppVpnUuid(9));
        const QVariantMap ikev2 = vpn.value(QStringLiteral("IKEv2")).toMap();
        QCOMPARE(ikev2.value(QStringLiteral("RemoteAddress")).toString(), QStringLiteral("vpn.riverside.example"));
        // Without a per-device identity no certificate authentication is claimed.
        QVERIFY(ikev2.value(QStringLiteral("AuthenticationMethod")) != QLatin1String("Certificate"));
        const QString dir = appleSpecOrEmpty();
        if (dir.isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent: the values were checked, not Apple's schema");
        const AppleSchemaChecker checker(dir);
        const QStringList problems = checker.checkProfile(apple(s, Ownership::BYOD).profile);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Finding 3: no server, no VPN payload, and the safeguard is not claimed.
    void perAppVpnWithoutServerIsNeitherSentNorClaimed()
    {
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("byod"))->settings;
        s.vpn.server.clear();
        QVERIFY(payloadOf(apple(s, Ownership::BYOD).payloads(), QStringLiteral("com.apple.vpn.managed.applayer")).isEmpty());
        ComplianceInput d;
        d.platform = Platform::iOS;
        d.ownership = Ownership::BYOD;
        d.lastSeen = 1000;
        d.facts.insert(DeviceFact::PolicyVersion, {QStringLiteral("3"), 1000});
        const DeviceCompliance c = ComplianceEvaluator(2000, 7).evaluate(d, s, QStringLiteral("policy"), 3);
        const SafeguardResult r = resultFor(c, Safeguard::TransmissionSecurity);
        QCOMPARE(r.state, ComplianceState::NonCompliant);
        QVERIFY2(r.reason.contains(QLatin1String("no VPN server")), qPrintable(r.reason));
    }

    // Finding 5: supervised-only settings travel in their own profile; the main one installs on an
    // unsupervised device (and on a User Enrollment for BYOD).
    void supervisedOnlySettingsShipInTheirOwnProfile()
    {
        const AppleCompiledPolicy cosu = apple(BaselineCatalog::byId(QStringLiteral("cosu"))->settings, Ownership::COSU);
        QVERIFY(payloadOf(cosu.payloads(), QStringLiteral("com.apple.applicationaccess")).value(QStringLiteral("allowEraseContentAndSettings")).isNull());
        QVERIFY(payloadOf(cosu.payloads(), QStringLiteral("com.apple.shareddeviceconfiguration")).isEmpty());
        QCOMPARE(payloadOf(cosu.supervisedPayloads(), QStringLiteral("com.apple.applicationaccess")).value(QStringLiteral("allowEraseContentAndSettings"), true).toBool(), false);
        QVERIFY(!payloadOf(cosu.supervisedPayloads(), QStringLiteral("com.apple.shareddeviceconfiguration")).isEmpty());
        QCOMPARE(cosu.supervisedProfileIdentifier, AppleProfileCompiler::supervisedProfileIdentifier(9));
        const AppleCompiledPolicy cope = apple(BaselineCatalog::byId(QStringLiteral("cope"))->settings, Ownership::COPE);
        QVERIFY(payloadOf(cope.payloads(), QStringLiteral("com.apple.vpn.managed")).isEmpty());
        QVERIFY(!payloadOf(cope.supervisedPayloads(), QStringLiteral("com.apple.vpn.managed")).isEmpty());
        QVERIFY(apple(BaselineCatalog::byId(QStringLiteral("byod"))->settings, Ownership::BYOD).supervisedProfile.isEmpty());

        const QString dir = appleSpecOrEmpty();
        if (dir.isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent: the payloads were checked, not Apple's modes");
        const AppleSchemaChecker checker(dir);
        for (const Baseline &b : BaselineCatalog::all()) {
            if (b.ownership == Ownership::Shared)
                continue; // refused on Apple devices (appleRefusesTheSharedBaseline)
            const AppleCompiledPolicy c = apple(b.settings, b.ownership);
            QStringList problems = checker.checkProfile(c.profile) + checker.checkMode(c.profile, QStringLiteral("unsupervised"));
            if (b.ownership == Ownership::BYOD)
                problems += checker.checkMode(c.profile, QStringLiteral("userenrollment"));
            if (!c.supervisedProfile.isEmpty())
                problems += checker.checkProfile(c.supervisedProfile);
            QVERIFY2(problems.isEmpty(), qPrintable(b.id + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))));
        }
        // The mode check is not vacuous: the old single profile carried supervised-only keys.
        QVariantMap old = cosu.profile;
        old.insert(QStringLiteral("PayloadContent"), cosu.payloads() + cosu.supervisedPayloads());
        QVERIFY(checker.checkMode(old, QStringLiteral("unsupervised")).join(QLatin1Char('\n')).contains(QLatin1String("allowEraseContentAndSettings")));
    }

    // Finding 5: a baseline needing supervision on an unsupervised device is non-compliant, with why.
    void unsupervisedDeviceFailsAPolicyThatNeedsSupervision()
    {
        const PolicySettings kiosk = BaselineCatalog::byId(QStringLiteral("cosu"))->settings;
        ComplianceInput d;
        d.platform = Platform::iPadOS;
        d.ownership = Ownership::COSU;
        d.lastSeen = 1000;
        d.facts.insert(DeviceFact::PolicyVersion, {QStringLiteral("2"), 1000});
        const ComplianceEvaluator evaluator(2000, 7);
        QCOMPARE(resultFor(evaluator.evaluate(d, kiosk, QStringLiteral("Kiosk"), 2), Safeguard::Integrity).state, ComplianceState::Unknown);
        d.facts.insert(DeviceFact::Supervised, {QStringLiteral("false"), 1000});
        const SafeguardResult r = resultFor(evaluator.evaluate(d, kiosk, QStringLiteral("Kiosk"), 2), Safeguard::Integrity);
        QCOMPARE(r.state, ComplianceState::NonCompliant);
        QVERIFY2(r.reason.contains(QLatin1String("supervised")) && r.reason.contains(QLatin1String("App Lock")), qPrintable(r.reason));
        d.facts.insert(DeviceFact::Supervised, {QStringLiteral("true"), 1000});
        QCOMPARE(resultFor(evaluator.evaluate(d, kiosk, QStringLiteral("Kiosk"), 2), Safeguard::Integrity).state, ComplianceState::Compliant);
        // An Android kiosk has no such condition.
        d.platform = Platform::Android;
        d.facts.remove(DeviceFact::Supervised);
        QCOMPARE(resultFor(evaluator.evaluate(d, kiosk, QStringLiteral("Kiosk"), 2), Safeguard::Integrity).state, ComplianceState::Compliant);
    }

    // Finding 6: an iPad refuses the Shared baseline with a clear message; Android tablets take it.
    void appleRefusesTheSharedBaseline()
    {
        TestDatabase t;
        const AdminSession admin(&t.db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        auto add = [&](const QString &name, Platform platform) {
            Device d;
            d.name = name;
            d.serial = name.toUpper().remove(QLatin1Char(' '));
            d.platform = platform;
            d.ownership = platform == Platform::Android ? Ownership::Shared : Ownership::COPE;
            d.state = EnrollmentState::Enrolled;
            return DeviceRepository(t.db()).insert(d) ? d.id : 0;
        };
        const qint64 ipad = add(QStringLiteral("Ward iPad"), Platform::iPadOS), tablet = add(QStringLiteral("Ward tablet"), Platform::Android);
        PolicyService service(t.db());
        PolicyRecord p;
        QVERIFY(service.createFromBaseline(admin, QStringLiteral("shared"), {}, &p).ok());
        const Status refused = service.assignToDevice(admin, p.id, ipad);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.message().contains(QLatin1String("Automated Device Enrollment")), qPrintable(refused.message()));
        QVERIFY(PolicyRepository(t.db()).devicesOf(p.id).isEmpty()); // nothing changed
        int queued = 0;
        QVERIFY(service.assignToDevice(admin, p.id, tablet, &queued).ok());
        QCOMPARE(queued, 1);
        // Through a group: the tablet's policy is queued, the iPad gets nothing and the audit says why.
        DeviceGroup g;
        QVERIFY(DeviceGroupService(t.db()).create(admin, QStringLiteral("Ward 3"), {}, &g).ok());
        QVERIFY(DeviceGroupService(t.db()).add(admin, g.id, {ipad, tablet}, std::nullopt, {}).ok());
        QVERIFY(service.assignToGroup(admin, p.id, g.id, &queued).ok());
        QCOMPARE(queued, 1);
        QVERIFY(CommandRepository(t.db()).list(ipad).isEmpty());
        QVERIFY2(AuditLog(t.db()).latest()->details.contains(QLatin1String("1 Apple device(s) refused")), qPrintable(AuditLog(t.db()).latest()->details));
    }

    // Finding 6: the capability Shared iPad needs cannot be added later, so enrollment carries it.
    void enrollmentProfileDeclaresPerUserConnections()
    {
        EnrollmentProfileBuilder::Input in;
        in.enrollmentId = 4;
        in.serverUrl = QStringLiteral("https://mdm.clinic.test/mdm/server");
        in.checkInUrl = QStringLiteral("https://mdm.clinic.test/mdm/checkin");
        in.scepUrl = QStringLiteral("https://mdm.clinic.test/scep");
        in.topic = QStringLiteral("com.apple.mgmt.External.x");
        in.challenge = "c";
        const QVariantMap mdm = payloadOf(EnrollmentProfileBuilder::build(in).value(QStringLiteral("PayloadContent")).toList(), QStringLiteral("com.apple.mdm"));
        QVERIFY(mdm.value(QStringLiteral("ServerCapabilities")).toList().contains(QStringLiteral("com.apple.mdm.per-user-connections")));
    }

    // Finding 7: factory reset protection names the clinic's accounts (a setting), never on BYOD.
    void factoryResetProtectionUsesTheClinicsAccounts()
    {
        TestDatabase t;
        const AdminSession admin(&t.db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        SettingsService settings(t.db());
        QCOMPARE(settings.change(admin, Setting::FrpAdminEmails, QStringLiteral("it@clinic, x")).code(), ErrorCode::InvalidInput);
        QVERIFY(settings.change(admin, Setting::FrpAdminEmails, QStringLiteral(" it@clinic.example , owner@clinic.example")).ok());
        const QStringList frp = AndroidPolicyBuilder::frpAdminEmails(t.db());
        QCOMPARE(frp, (QStringList{QStringLiteral("it@clinic.example"), QStringLiteral("owner@clinic.example")}));
        const QJsonObject kiosk = delivered(QStringLiteral("cosu"), frp);
        QCOMPARE(kiosk.value(QStringLiteral("frpAdminEmails")).toArray().size(), 2);
        QCOMPARE(kiosk.value(QStringLiteral("factoryResetDisabled")).toBool(), true);
        QVERIFY(!delivered(QStringLiteral("byod"), frp).contains(QStringLiteral("frpAdminEmails")));
        QVERIFY(delivered(QStringLiteral("cope"), frp).contains(QStringLiteral("frpAdminEmails")));
    }

    // Finding 4 (Android): the VPN app is installed, the agent exempt, users cannot change the VPN,
    // and lockdown waits until the device reported the tunnel up.
    void androidAlwaysOnVpnLocksDownOnlyOnceUp()
    {
        const PolicySettings cope = BaselineCatalog::byId(QStringLiteral("cope"))->settings;
        AndroidPolicyCompiler compiler(Ownership::COPE);
        const QJsonObject first = compiler.compile(cope, 1);
        QCOMPARE(first.value(QStringLiteral("alwaysOnVpnPackage")).toObject().value(QStringLiteral("packageName")).toString(), cope.vpn.androidPackage);
        QCOMPARE(first.value(QStringLiteral("alwaysOnVpnPackage")).toObject().value(QStringLiteral("lockdownEnabled")).toBool(true), false);
        QCOMPARE(first.value(QStringLiteral("vpnConfigDisabled")).toBool(), true);
        QJsonObject vpnApp, agent;
        for (const QJsonValue &a : first.value(QStringLiteral("applications")).toArray()) {
            if (a.toObject().value(QStringLiteral("packageName")) == cope.vpn.androidPackage)
                vpnApp = a.toObject();
            if (a.toObject().value(QStringLiteral("packageName")) == QLatin1String(AndroidPolicyCompiler::AgentPackage))
                agent = a.toObject();
        }
        QCOMPARE(vpnApp.value(QStringLiteral("installType")).toString(), QStringLiteral("FORCE_INSTALLED"));
        QCOMPARE(agent.value(QStringLiteral("alwaysOnVpnLockdownExemption")).toString(), QStringLiteral("VPN_LOCKDOWN_EXEMPTION"));
        compiler.setVpnReportedUp(true);
        QCOMPARE(compiler.compile(cope, 1).value(QStringLiteral("alwaysOnVpnPackage")).toObject().value(QStringLiteral("lockdownEnabled")).toBool(), true);
        // The delivered policy follows what the device reported.
        const Baseline b = *BaselineCatalog::byId(QStringLiteral("cope"));
        QCOMPARE(AndroidPolicyBuilder::build(Ownership::COPE, rowFor(b), {}, {}, true).value(QStringLiteral("alwaysOnVpnPackage")).toObject()
                     .value(QStringLiteral("lockdownEnabled")).toBool(), true);
    }

    // Finding 2: a BYOD work profile's per-app VPN is the profile's always-on VPN, with its app.
    void byodWorkProfileGetsItsVpn()
    {
        const QJsonObject byod = delivered(QStringLiteral("byod"));
        const QJsonObject vpn = byod.value(QStringLiteral("alwaysOnVpnPackage")).toObject();
        QCOMPARE(vpn.value(QStringLiteral("packageName")).toString(), QStringLiteral("org.strongswan.android"));
        QCOMPARE(vpn.value(QStringLiteral("lockdownEnabled")).toBool(true), false);
        bool installed = false;
        for (const QJsonValue &a : byod.value(QStringLiteral("applications")).toArray())
            installed = installed || (a.toObject().value(QStringLiteral("packageName")) == QLatin1String("org.strongswan.android")
                                      && a.toObject().value(QStringLiteral("installType")) == QLatin1String("FORCE_INSTALLED"));
        QVERIFY(installed);
        // Without a VPN server nothing is sent.
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("byod"))->settings;
        s.vpn.server.clear();
        QVERIFY(!AndroidPolicyCompiler(Ownership::BYOD).compile(s, 1).contains(QStringLiteral("alwaysOnVpnPackage")));
    }

    // Finding 9: a kiosk pinned in lock task updates in a night window, not whenever.
    void kiosksTakeSystemUpdatesInAMaintenanceWindow()
    {
        const QJsonObject update = delivered(QStringLiteral("cosu")).value(QStringLiteral("systemUpdate")).toObject();
        QCOMPARE(update.value(QStringLiteral("type")).toString(), QStringLiteral("WINDOWED"));
        QCOMPARE(update.value(QStringLiteral("startMinutes")).toInt(), AndroidPolicyCompiler::KioskUpdateWindowStartMinutes);
        QCOMPARE(update.value(QStringLiteral("endMinutes")).toInt(), AndroidPolicyCompiler::KioskUpdateWindowEndMinutes);
        QCOMPARE(delivered(QStringLiteral("cope")).value(QStringLiteral("systemUpdate")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("AUTOMATIC"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDevices)
#include "test_policy_devices.moc"
