#include "apple/Plist.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyDiff.h"
#include "policy/PolicyJson.h"

#include "AppleSchemaChecker.h"
#include "DiscoverySchemaChecker.h"

#include <QJsonArray>
#include <QTest>

// Issue 7: the policy model, the HIPAA baselines and what the compilers emit, checked against
// Apple's and Google's own schemas.
class TestPolicy : public QObject
{
    Q_OBJECT

    // Every feature on at once, so every payload type is generated and checked.
    static PolicySettings everything()
    {
        PolicySettings s = BaselineCatalog::byId(QStringLiteral("byod"))->settings;
        s.passcode.complexity = PasscodeComplexity::Complex;
        s.passcode.history = 5;
        s.passcode.maxAgeDays = 90;
        s.vpn.alwaysOn = true;
        s.vpn.perAppVpn = true;
        s.kiosk = BaselineCatalog::byId(QStringLiteral("cosu"))->settings.kiosk;
        s.sharedDevice = {true, 15, true};
        s.cameraAllowed = false;
        return s;
    }

    static void leafPaths(const QJsonValue &v, const QString &path, QStringList &out)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (path.endsWith(QLatin1String("managedConfiguration")))
                return out.append(path);
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                leafPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty() || !a.first().isObject())
                return out.append(path);
            for (qsizetype i = 0; i < a.size(); ++i)
                leafPaths(a[i], QStringLiteral("%1[%2]").arg(path).arg(i), out);
        } else {
            out << path;
        }
    }

private slots:
    void fourBaselinesOnePerOwnership()
    {
        QCOMPARE(BaselineCatalog::all().size(), 4);
        QSet<Ownership> seen;
        for (const Baseline &b : BaselineCatalog::all())
            seen.insert(b.ownership);
        QCOMPARE(seen.size(), 4);
        QVERIFY(BaselineCatalog::byId(QStringLiteral("Shared")));
        QCOMPARE(BaselineCatalog::byId(QStringLiteral("shared"))->ownership, Ownership::Shared);
        QVERIFY(BaselineCatalog::byId(QStringLiteral("shared"))->settings.sharedDevice.clearDataOnSignOut);
        QVERIFY(BaselineCatalog::byId(QStringLiteral("cosu"))->settings.kiosk.enabled);
        QVERIFY(!BaselineCatalog::byId(QStringLiteral("nope")));
    }

    void everyBaselineSettingNamesItsHipaaReference()
    {
        for (const Baseline &b : BaselineCatalog::all()) {
            QJsonObject settings = b.settingsJson;
            settings.remove(QStringLiteral("addressable"));
            QStringList leaves;
            leafPaths(settings, QString(), leaves);
            QVERIFY(leaves.size() > 25);
            for (const QString &path : leaves)
                QVERIFY2(b.referenceFor(path).startsWith(QLatin1String("164.3")), qPrintable(b.id + QLatin1Char(':') + path));
            QCOMPARE(b.referenceFor(QStringLiteral("apps[0].perAppVpn")), QStringLiteral("164.312(e)(1) Transmission security"));
        }
    }

    void addressableSpecificationsCarryDecisionAndRationale()
    {
        for (const Baseline &b : BaselineCatalog::all()) {
            QStringList refs;
            for (const AddressableDecision &d : b.settings.addressable) {
                QVERIFY(!d.decision.isEmpty());
                QVERIFY(d.rationale.size() > 20);
                refs << d.reference;
            }
            QVERIFY2(refs.contains(QStringLiteral("164.312(a)(2)(iv)")), qPrintable(b.id));
            QVERIFY2(refs.contains(QStringLiteral("164.312(a)(2)(iii)")), qPrintable(b.id));
        }
        QCOMPARE(BaselineCatalog::byId(QStringLiteral("cosu"))->settings.addressable[1].decision, QStringLiteral("Alternative measure"));
    }

    void jsonRoundTrips()
    {
        const PolicySettings s = everything();
        const QJsonObject json = PolicyJson::toJson(s);
        PolicySettings back;
        QVERIFY(PolicyJson::fromJson(json, &back).ok());
        QCOMPARE(PolicyJson::toJson(back), json);
        QCOMPARE(back.passcode.complexity, PasscodeComplexity::Complex);
        QCOMPARE(back.apps.size(), 3);
        QCOMPARE(back.apps[0].managedConfiguration.value(QStringLiteral("fhirServer")).toString(), QStringLiteral("https://fhir.clinic.example/r4"));
    }

    void invalidPoliciesAreRefusedWithTheSettingNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("length") << "passcode.minLength" << QJsonValue(40) << "passcode.minLength: 40 is outside 0..16";
        QTest::newRow("type") << "encryptionRequired" << QJsonValue(QStringLiteral("yes")) << "encryptionRequired: must be true or false";
        QTest::newRow("fraction") << "autoLockMinutes" << QJsonValue(2.5) << "autoLockMinutes: must be a whole number";
        QTest::newRow("wipe on first typo") << "passcode.maxFailedAttempts" << QJsonValue(1) << "1 would wipe on the first typo";
        QTest::newRow("complexity") << "passcode.complexity" << QJsonValue(QStringLiteral("strong")) << "must be none, numeric";
        QTest::newRow("unknown") << "passcode.colour" << QJsonValue(QStringLiteral("red")) << "passcode.colour: unknown setting";
        QTest::newRow("url") << "kiosk.urlAllowlist" << QJsonValue(QJsonArray{QStringLiteral("ftp://x")}) << "neither an http(s) address";
        QTest::newRow("version") << "osUpdates.minimumAppleVersion" << QJsonValue(QStringLiteral("seventeen")) << "not a version";
        QTest::newRow("vpn without server") << "vpn.server" << QJsonValue(QStringLiteral("")) << "vpn.server: a VPN needs";
    }

    void invalidPoliciesAreRefusedWithTheSettingNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject json = BaselineCatalog::byId(QStringLiteral("cope"))->settingsJson;
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            json.insert(parts[0], value);
        } else {
            QJsonObject inner = json.value(parts[0]).toObject();
            inner.insert(parts[1], value);
            json.insert(parts[0], inner);
        }
        PolicySettings untouched;
        untouched.autoLockMinutes = 7;
        const Status s = PolicyJson::fromJson(json, &untouched);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY2(s.message().contains(message), qPrintable(s.message()));
        QCOMPARE(untouched.autoLockMinutes, 7); // nothing half-read
    }

    void diffAgainstBaselineNamesEachChangedSetting()
    {
        const Baseline b = *BaselineCatalog::byId(QStringLiteral("shared"));
        PolicySettings s = b.settings;
        s.passcode.minLength = 8;
        s.apps[0].managedConfiguration.insert(QStringLiteral("fhirServer"), QStringLiteral("https://fhir2.clinic.example"));
        s.kiosk.urlAllowlist << QStringLiteral("https://intranet.clinic.example");
        const QList<PolicyDifference> d = PolicyDiff::diff(b.settingsJson, PolicyJson::toJson(s));
        QStringList paths;
        for (const PolicyDifference &x : d)
            paths << x.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("apps[0].managedConfiguration.fhirServer"), QStringLiteral("kiosk.urlAllowlist[0]"),
                                     QStringLiteral("passcode.minLength")}));
        QCOMPARE(d[2].baseline.toInt(), 6);
        QCOMPARE(d[2].policy.toInt(), 8);
        QVERIFY(d[1].baseline.isUndefined());
        QVERIFY(PolicyDiff::diff(b.settingsJson, b.settingsJson).isEmpty());
    }

    void applePayloadsMatchApplesSchemas()
    {
        const QString dir = AppleSchemaChecker::specDir();
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/profiles/TopLevel.yaml")))
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent: Apple payload schemas cannot be checked here");
        const AppleSchemaChecker checker(dir);
        QList<std::pair<QString, PolicySettings>> cases{{QStringLiteral("everything"), everything()}};
        for (const Baseline &b : BaselineCatalog::all())
            cases.append({b.id, b.settings});
        QSet<QString> types;
        for (const auto &[name, settings] : cases) {
            AppleCompiledPolicy c;
            QVERIFY(AppleProfileCompiler(42, name, 3, QStringLiteral("Riverside Clinic")).compile(settings, &c).ok());
            QStringList problems = checker.checkProfile(c.profile) + checker.checkSettingsItems(c.settingsItems);
            if (!c.kioskProfile.isEmpty())
                problems += checker.checkProfile(c.kioskProfile);
            if (!c.supervisedProfile.isEmpty())
                problems += checker.checkProfile(c.supervisedProfile);
            QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QLatin1String("\n"))));
            for (const QVariant &p : c.payloads() + c.kioskPayloads() + c.supervisedPayloads())
                types.insert(p.toMap().value(QStringLiteral("PayloadType")).toString());
            // What InstallProfile carries parses back to the same dictionary.
            QVariant parsed;
            QVERIFY(Plist::parse(c.profileXml, parsed).ok());
            QCOMPARE(parsed.toMap().value(QStringLiteral("PayloadContent")).toList().size(), c.payloads().size());
        }
        for (const char *t : {"com.apple.mobiledevice.passwordpolicy", "com.apple.applicationaccess", "com.apple.vpn.managed",
                              "com.apple.vpn.managed.applayer", "com.apple.app.lock", "com.apple.webcontent-filter"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }

    void appleCheckerIsNotVacuous()
    {
        const QString dir = AppleSchemaChecker::specDir();
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/profiles/TopLevel.yaml")))
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent");
        const AppleSchemaChecker checker(dir);
        AppleCompiledPolicy c;
        QVERIFY(AppleProfileCompiler(1, QStringLiteral("x"), 1, {}).compile(everything(), &c).ok());
        QVariantList payloads = c.payloads();
        QVariantMap passcode = payloads[0].toMap();
        passcode.insert(QStringLiteral("maxFailedAttempts"), 40);           // range 2..11
        passcode.insert(QStringLiteral("minLength"), QStringLiteral("6")); // wrong type
        passcode.insert(QStringLiteral("inventedKey"), true);
        passcode.remove(QStringLiteral("PayloadUUID"));
        payloads[0] = passcode;
        c.profile.insert(QStringLiteral("PayloadContent"), payloads);
        const QString problems = checker.checkProfile(c.profile).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("maxFailedAttempts: 40 outside 2..11")), qPrintable(problems));
        QVERIFY(problems.contains(QLatin1String("minLength: expected <integer>")));
        QVERIFY(problems.contains(QLatin1String("undeclared key inventedKey")));
        QVERIFY(problems.contains(QLatin1String("required key PayloadUUID missing")));
        const QString settings = checker.checkSettingsItems({QVariantMap{{QStringLiteral("Item"), QStringLiteral("ApplicationConfiguration")}}}).join(QLatin1Char('\n'));
        QVERIFY2(settings.contains(QLatin1String("required key Identifier missing")), qPrintable(settings));
    }

    void appleCompilerMapsTheSettings()
    {
        AppleCompiledPolicy c;
        QVERIFY(AppleProfileCompiler(7, QStringLiteral("Shared"), 2, {}).compile(BaselineCatalog::byId(QStringLiteral("shared"))->settings, &c).ok());
        QVariantMap passcode, restrictions;
        for (const QVariant &p : c.payloads()) {
            if (p.toMap().value(QStringLiteral("PayloadType")) == QLatin1String("com.apple.mobiledevice.passwordpolicy"))
                passcode = p.toMap();
            if (p.toMap().value(QStringLiteral("PayloadType")) == QLatin1String("com.apple.applicationaccess"))
                restrictions = p.toMap();
        }
        QCOMPARE(passcode.value(QStringLiteral("minLength")).toInt(), 6);
        QCOMPARE(passcode.value(QStringLiteral("maxInactivity")).toInt(), 2);
        // Nobody passing a shared tablet may erase it by guessing (issue 21, finding 10).
        QVERIFY(!passcode.contains(QStringLiteral("maxFailedAttempts")));
        QCOMPARE(restrictions.value(QStringLiteral("allowOpenFromManagedToUnmanaged")).toBool(), false);
        QCOMPARE(restrictions.value(QStringLiteral("requireManagedPasteboard")).toBool(), true);
        QCOMPARE(restrictions.value(QStringLiteral("allowScreenShot")).toBool(), false);
        QCOMPARE(restrictions.value(QStringLiteral("allowCamera")).toBool(), false);
        bool shared = false;
        for (const QVariant &i : c.settingsItems)
            if (i.toMap().value(QStringLiteral("Item")) == QLatin1String("SharedDeviceConfiguration"))
                shared = i.toMap().value(QStringLiteral("UserSessionTimeout")).toInt() == 900;
        QVERIFY(shared);
        // A new version replaces the payloads on the device: same UUIDs for the same policy.
        AppleCompiledPolicy again;
        QVERIFY(AppleProfileCompiler(7, QStringLiteral("Shared"), 3, {}).compile(BaselineCatalog::byId(QStringLiteral("shared"))->settings, &again).ok());
        QCOMPARE(again.profile.value(QStringLiteral("PayloadUUID")), c.profile.value(QStringLiteral("PayloadUUID")));
    }

    void androidPoliciesMatchTheManagementApiSchema()
    {
        const DiscoverySchemaChecker checker(DiscoverySchemaChecker::androidManagementPath());
        if (!checker.isLoaded())
            QSKIP("CLINICMDM_SHARED_DIR/spec/android/androidmanagement.v1.json is absent: Android policies cannot be checked here");
        QList<std::pair<QString, PolicySettings>> cases{{QStringLiteral("everything"), everything()}};
        for (const Baseline &b : BaselineCatalog::all())
            cases.append({b.id, b.settings});
        for (const auto &[name, settings] : cases)
            for (Ownership o : {Ownership::BYOD, Ownership::COPE, Ownership::COSU, Ownership::Shared}) {
                const QJsonObject policy = AndroidPolicyCompiler(o).compile(settings, 4);
                const QStringList problems = checker.check(policy, QStringLiteral("Policy"));
                QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))));
            }
        // The checker catches what it should.
        const QStringList bad = checker.check(QJsonObject{{QStringLiteral("maximumTimeToLock"), 300000},
                                                          {QStringLiteral("encryptionPolicy"), QStringLiteral("ALWAYS")},
                                                          {QStringLiteral("madeUp"), true}},
                                              QStringLiteral("Policy"));
        QCOMPARE(bad.size(), 3);
    }

    void androidCompilerMapsTheSettings()
    {
        const QJsonObject byod = AndroidPolicyCompiler(Ownership::BYOD).compile(BaselineCatalog::byId(QStringLiteral("byod"))->settings, 2);
        const QJsonObject pw = byod.value(QStringLiteral("passwordPolicies")).toArray().first().toObject();
        QCOMPARE(pw.value(QStringLiteral("passwordScope")).toString(), QStringLiteral("SCOPE_PROFILE"));
        QCOMPARE(pw.value(QStringLiteral("passwordMinimumLength")).toInt(), 6);
        QCOMPARE(byod.value(QStringLiteral("maximumTimeToLock")).toString(), QStringLiteral("300000"));
        QCOMPARE(byod.value(QStringLiteral("crossProfilePolicies")).toObject().value(QStringLiteral("crossProfileCopyPaste")).toString(),
                 QStringLiteral("COPY_FROM_WORK_TO_PERSONAL_DISALLOWED"));
        const QJsonObject kiosk = AndroidPolicyCompiler(Ownership::COSU).compile(BaselineCatalog::byId(QStringLiteral("cosu"))->settings, 1);
        QCOMPARE(kiosk.value(QStringLiteral("factoryResetDisabled")).toBool(), true);
        QCOMPARE(kiosk.value(QStringLiteral("cameraAccess")).toString(), QStringLiteral("CAMERA_ACCESS_DISABLED"));
        bool kioskApp = false, allowlist = false;
        for (const QJsonValue &a : kiosk.value(QStringLiteral("applications")).toArray()) {
            kioskApp = kioskApp || a.toObject().value(QStringLiteral("installType")) == QLatin1String("KIOSK");
            allowlist = allowlist || a.toObject().value(QStringLiteral("managedConfiguration")).toObject().contains(QStringLiteral("URLAllowlist"));
        }
        QVERIFY(kioskApp);
        QVERIFY(allowlist);
        QVERIFY(kiosk.value(QStringLiteral("deviceOwnerLockScreenInfo")).toObject().value(QStringLiteral("defaultMessage")).toString().contains(QLatin1String("Front desk")));
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "test_policy.moc"
