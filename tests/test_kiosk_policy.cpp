// The kiosk part of a policy: validation (URL allowlist entries, the single app), editing by dotted
// path (`policy set`), and what the compilers emit for it, each key checked against Apple's and
// Google's published schemas: Apple App Lock in a profile of its own, the web content filter's
// allowlist, the lock-screen footnote; Android lock task (installType KIOSK, kioskCustomization),
// factory-reset protection, branding, the managed browser's allowlist.
#include "android/AndroidPolicyBuilder.h"
#include "policy/AndroidPolicyCompiler.h"
#include "policy/AppleProfileCompiler.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyPathEditor.h"
#include "apple/Plist.h"

#include "AppleSchemaChecker.h"
#include "DiscoverySchemaChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

PolicySettings kiosk()
{
    PolicySettings s = BaselineCatalog::byId(QStringLiteral("cosu"))->settings;
    s.kiosk.urlAllowlist = {QStringLiteral("https://checkin.clinic.example/start"), QStringLiteral("*.insurer.example")};
    s.kiosk.branding.department = QStringLiteral("Emergency");
    s.kiosk.branding.supportContact = QStringLiteral("IT, ext. 4357");
    return s;
}

QVariantMap payloadOf(const QVariantList &payloads, const QString &type)
{
    for (const QVariant &p : payloads)
        if (p.toMap().value(QStringLiteral("PayloadType")) == type)
            return p.toMap();
    return {};
}

QJsonObject appOf(const QJsonObject &policy, const QString &package)
{
    for (const QJsonValue &a : policy.value(QStringLiteral("applications")).toArray())
        if (a.toObject().value(QStringLiteral("packageName")) == package)
            return a.toObject();
    return {};
}

} // namespace

class TestKioskPolicy : public QObject
{
    Q_OBJECT
private slots:
    void allowlistEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://checkin.clinic.example" << true;
        QTest::newRow("http path") << "http://intranet.clinic.example/forms?x=1" << true;
        QTest::newRow("host") << "clinic.example" << true;
        QTest::newRow("wildcard host") << "*.clinic.example" << true;
        QTest::newRow("ftp") << "ftp://files.clinic.example" << false;
        QTest::newRow("bare word") << "localhost" << false;
        QTest::newRow("space") << "https://a b.example" << false;
        QTest::newRow("wildcard inside") << "clinic.*.example" << false;
        QTest::newRow("no host") << "https://" << false;
    }
    void allowlistEntries()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QCOMPARE(PolicyJson::isUrlAllowlistEntry(entry), valid);
        QJsonObject body = PolicyJson::toJson(kiosk());
        QJsonObject k = body.value(QStringLiteral("kiosk")).toObject();
        k.insert(QStringLiteral("urlAllowlist"), QJsonArray{entry});
        body.insert(QStringLiteral("kiosk"), k);
        PolicySettings out;
        const Status s = PolicyJson::fromJson(body, &out);
        QCOMPARE(s.ok(), valid);
        if (!valid)
            QVERIFY2(s.message().contains(QLatin1String("kiosk.urlAllowlist")), qPrintable(s.message()));
    }

    void kioskAppAndLogoAreValidated()
    {
        QJsonObject body = PolicyJson::toJson(kiosk());
        QJsonObject k = body.value(QStringLiteral("kiosk")).toObject();
        k.insert(QStringLiteral("androidPackage"), QStringLiteral("not a package"));
        QJsonObject b = k.value(QStringLiteral("branding")).toObject();
        b.insert(QStringLiteral("logo"), QStringLiteral("ftp://clinic.example/logo.png"));
        k.insert(QStringLiteral("branding"), b);
        body.insert(QStringLiteral("kiosk"), k);
        const QStringList problems = PolicyJson::problems(body);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("not a package")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("kiosk.branding.logo")));
        // A file path is a logo too.
        b.insert(QStringLiteral("logo"), QStringLiteral("/srv/clinic/logo.png"));
        k.insert(QStringLiteral("branding"), b);
        k.insert(QStringLiteral("androidPackage"), QStringLiteral("com.example.clinic.checkin"));
        body.insert(QStringLiteral("kiosk"), k);
        QVERIFY(PolicyJson::problems(body).isEmpty());
    }

    void editByDottedPath()
    {
        QJsonObject body = PolicyJson::toJson(PolicySettings{});
        QVERIFY(PolicyPathEditor::set(body, QStringLiteral("kiosk.enabled"), QStringLiteral("true")).ok());
        QVERIFY(PolicyPathEditor::set(body, QStringLiteral("kiosk.androidPackage"), QStringLiteral("com.example.checkin")).ok());
        QVERIFY(PolicyPathEditor::set(body, QStringLiteral("kiosk.branding.department"), QStringLiteral("Emergency")).ok());
        QVERIFY(PolicyPathEditor::set(body, QStringLiteral("kiosk.urlAllowlist"), QStringLiteral("https://a.example, https://b.example")).ok());
        QVERIFY(PolicyPathEditor::set(body, QStringLiteral("autoLockMinutes"), QStringLiteral("3")).ok());
        PolicySettings s;
        QVERIFY(PolicyJson::fromJson(body, &s).ok());
        QVERIFY(s.kiosk.enabled);
        QCOMPARE(s.kiosk.androidPackage, QStringLiteral("com.example.checkin"));
        QCOMPARE(s.kiosk.branding.department, QStringLiteral("Emergency"));
        QCOMPARE(s.kiosk.urlAllowlist, (QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://b.example")}));
        QCOMPARE(s.autoLockMinutes, 3);
        // Wrong paths and values: InvalidInput naming the path; the body is unchanged.
        const QJsonObject before = body;
        for (const auto &[path, value] : {std::pair{"kiosk.enabeld", "true"}, std::pair{"kiosk.enabled", "yes"},
                                          std::pair{"kiosk.branding", "x"}, std::pair{"autoLockMinutes", "five"},
                                          std::pair{"kiosk.enabled.x", "1"}, std::pair{"kiosk..enabled", "1"}}) {
            const Status st = PolicyPathEditor::set(body, QLatin1String(path), QLatin1String(value));
            QCOMPARE(st.code(), ErrorCode::InvalidInput);
            QVERIFY2(st.message().contains(QLatin1String(path)), qPrintable(st.message()));
        }
        QCOMPARE(body, before);
        QString path, value;
        QVERIFY(PolicyPathEditor::split(QStringLiteral("kiosk.branding.supportContact=Desk = 4357"), &path, &value).ok());
        QCOMPARE(path, QStringLiteral("kiosk.branding.supportContact"));
        QCOMPARE(value, QStringLiteral("Desk = 4357"));
        QCOMPARE(PolicyPathEditor::split(QStringLiteral("=x"), &path, &value).code(), ErrorCode::InvalidInput);
    }

    void appleKioskProfileIsSeparateAndMatchesApplesSchemas()
    {
        AppleCompiledPolicy c;
        QVERIFY(AppleProfileCompiler(12, QStringLiteral("Lobby"), 4, QStringLiteral("Riverside Clinic")).compile(kiosk(), &c).ok());
        // App Lock only in the kiosk profile, which has its own identifier.
        QVERIFY(payloadOf(c.payloads(), QStringLiteral("com.apple.app.lock")).isEmpty());
        QCOMPARE(c.kioskProfileIdentifier, QStringLiteral("org.clinicmdm.policy.12.kiosk"));
        QCOMPARE(c.kioskProfile.value(QStringLiteral("PayloadIdentifier")).toString(), c.kioskProfileIdentifier);
        QVERIFY(c.kioskProfile.value(QStringLiteral("PayloadUUID")) != c.profile.value(QStringLiteral("PayloadUUID")));
        QCOMPARE(c.kioskPayloads().size(), 1);
        const QVariantMap lock = payloadOf(c.kioskPayloads(), QStringLiteral("com.apple.app.lock"));
        QCOMPARE(lock.value(QStringLiteral("App")).toMap().value(QStringLiteral("Identifier")).toString(), QStringLiteral("com.example.clinic.checkin"));
        QVariant parsed;
        QVERIFY(Plist::parse(c.kioskProfileXml, parsed).ok());
        QCOMPARE(parsed.toMap().value(QStringLiteral("PayloadIdentifier")).toString(), c.kioskProfileIdentifier);

        const QVariantMap filter = payloadOf(c.payloads(), QStringLiteral("com.apple.webcontent-filter"));
        QStringList urls;
        for (const QVariant &b : filter.value(QStringLiteral("AllowListBookmarks")).toList())
            urls << b.toMap().value(QStringLiteral("URL")).toString();
        QCOMPARE(urls, (QStringList{QStringLiteral("https://checkin.clinic.example/start"), QStringLiteral("https://insurer.example")}));
        // Lock-screen text and erase blocking are supervised-only: their own profile (issue 21).
        const QVariantMap screen = payloadOf(c.supervisedPayloads(), QStringLiteral("com.apple.shareddeviceconfiguration"));
        QVERIFY(screen.value(QStringLiteral("LockScreenFootnote")).toString().contains(QLatin1String("Emergency")));
        QVERIFY(screen.value(QStringLiteral("LockScreenFootnote")).toString().contains(QLatin1String("IT, ext. 4357")));
        QCOMPARE(screen.value(QStringLiteral("AssetTagInformation")).toString(), QStringLiteral("Riverside Clinic Emergency"));
        QVERIFY(payloadOf(c.supervisedPayloads(), QStringLiteral("com.apple.applicationaccess")).contains(QStringLiteral("allowEraseContentAndSettings")));
        QVERIFY(!payloadOf(c.payloads(), QStringLiteral("com.apple.applicationaccess")).contains(QStringLiteral("allowEraseContentAndSettings")));

        // Without the kiosk: no kiosk profile, no filter, no footnote.
        PolicySettings off = kiosk();
        off.kiosk.enabled = false;
        AppleCompiledPolicy plain;
        QVERIFY(AppleProfileCompiler(12, QStringLiteral("Lobby"), 5, {}).compile(off, &plain).ok());
        QVERIFY(plain.kioskProfile.isEmpty() && plain.kioskProfileXml.isEmpty());
        QVERIFY(payloadOf(plain.payloads(), QStringLiteral("com.apple.webcontent-filter")).isEmpty());
        QVERIFY(payloadOf(plain.payloads() + plain.supervisedPayloads(), QStringLiteral("com.apple.shareddeviceconfiguration")).isEmpty());

        const QString dir = AppleSchemaChecker::specDir();
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/profiles/TopLevel.yaml")))
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is absent: the kiosk payloads cannot be checked against Apple's schemas here");
        const AppleSchemaChecker checker(dir);
        const QStringList problems = checker.checkProfile(c.profile) + checker.checkProfile(c.kioskProfile) + checker.checkProfile(c.supervisedProfile);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void androidKioskIsLockTaskWithBranding()
    {
        const QJsonObject p = AndroidPolicyCompiler(Ownership::COSU).compile(kiosk(), 3);
        QCOMPARE(appOf(p, QStringLiteral("com.example.clinic.checkin")).value(QStringLiteral("installType")).toString(), QStringLiteral("KIOSK"));
        const QJsonObject custom = p.value(QStringLiteral("kioskCustomization")).toObject();
        QCOMPARE(custom.value(QStringLiteral("powerButtonActions")).toString(), QStringLiteral("POWER_BUTTON_BLOCKED"));
        QCOMPARE(custom.value(QStringLiteral("systemNavigation")).toString(), QStringLiteral("NAVIGATION_DISABLED"));
        QCOMPARE(custom.value(QStringLiteral("deviceSettings")).toString(), QStringLiteral("SETTINGS_ACCESS_BLOCKED"));
        QCOMPARE(p.value(QStringLiteral("factoryResetDisabled")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("deviceOwnerLockScreenInfo")).toObject().value(QStringLiteral("defaultMessage")).toString(),
                 QStringLiteral("Emergency · IT, ext. 4357"));
        QVERIFY(p.value(QStringLiteral("longSupportMessage")).toObject().value(QStringLiteral("defaultMessage")).toString().contains(QLatin1String("Emergency")));
        const QJsonObject branding = appOf(p, QLatin1String(AndroidPolicyCompiler::AgentPackage))
                                         .value(QStringLiteral("managedConfiguration")).toObject().value(QStringLiteral("kioskBranding")).toObject();
        QCOMPARE(branding.value(QStringLiteral("logo")).toString(), QStringLiteral("https://clinic.example/logo.png"));
        QCOMPARE(branding.value(QStringLiteral("department")).toString(), QStringLiteral("Emergency"));
        const QJsonObject chrome = appOf(p, QStringLiteral("com.android.chrome")).value(QStringLiteral("managedConfiguration")).toObject();
        QCOMPARE(chrome.value(QStringLiteral("URLBlocklist")).toArray(), QJsonArray{QStringLiteral("*")});
        QCOMPARE(chrome.value(QStringLiteral("URLAllowlist")).toArray(),
                 (QJsonArray{QStringLiteral("https://checkin.clinic.example/start"), QStringLiteral("insurer.example")}));

        // Without the kiosk: no lock task, no browser lockdown.
        PolicySettings off = kiosk();
        off.kiosk.enabled = false;
        const QJsonObject plain = AndroidPolicyCompiler(Ownership::COSU).compile(off, 3);
        QVERIFY(!plain.contains(QStringLiteral("kioskCustomization")));
        QVERIFY(appOf(plain, QStringLiteral("com.android.chrome")).isEmpty());
        QCOMPARE(appOf(plain, QStringLiteral("com.example.clinic.checkin")).value(QStringLiteral("installType")).toString(), QStringLiteral("FORCE_INSTALLED"));

        const DiscoverySchemaChecker checker(DiscoverySchemaChecker::androidManagementPath());
        if (!checker.isLoaded())
            QSKIP("CLINICMDM_SHARED_DIR/spec/android/androidmanagement.v1.json is absent: the kiosk policy cannot be checked here");
        for (const QJsonObject &policy : {p, plain}) {
            const QStringList problems = checker.check(policy, QStringLiteral("Policy"));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void theAgentGetsTheCompiledConsolePolicy()
    {
        AndroidPolicyRepository::Row row;
        row.id = 5;
        row.name = QStringLiteral("Lobby");
        row.version = 2;
        row.body = QString::fromUtf8(QJsonDocument(PolicyJson::toJson(kiosk())).toJson(QJsonDocument::Compact));
        const QJsonObject p = AndroidPolicyBuilder::build(Ownership::COSU, row);
        QCOMPARE(appOf(p, QStringLiteral("com.example.clinic.checkin")).value(QStringLiteral("installType")).toString(), QStringLiteral("KIOSK"));
        QVERIFY(p.contains(QStringLiteral("kioskCustomization")));
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("policies/5"));
        QVERIFY(p.value(QStringLiteral("addUserDisabled")).toBool()); // the COSU baseline stays underneath
        // (The compiled keys are checked against the schema above; the baseline's own are the agent's.)
    }
};

QTEST_GUILESS_MAIN(TestKioskPolicy)
#include "test_kiosk_policy.moc"
