// Enrollment links and the enrollment profile: one-time hashed tokens tagged with ownership, the
// signed .mobileconfig (accepted by the real `openssl cms -verify` and `openssl smime -verify`),
// its payloads checked against Apple's schema, BYOD without the erase right.

#include "AppleMdmFixture.h"
#include "AppleSpec.h"

#include "apple/EnrollmentProfileBuilder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QVariantMap payloadOfType(const QVariantMap &profile, const QString &type)
{
    for (const QVariant &p : profile.value(QStringLiteral("PayloadContent")).toList())
        if (p.toMap().value(QStringLiteral("PayloadType")).toString() == type)
            return p.toMap();
    return {};
}

HttpRequest get(const QByteArray &path)
{
    HttpRequest r;
    r.method = "GET";
    r.path = path;
    return r;
}

} // namespace

class TestAppleEnrollment : public QObject
{
    Q_OBJECT

private slots:
    void profileIsSignedAndAcceptedByOpenssl()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: packaging/install-deps.sh --with-tests installs it");
        AppleMdmFixture f;
        const QString link = f.createLink();
        const HttpResponse r = f.transport.send(get(QUrl(link).path().toUtf8()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/x-apple-aspen-config"));
        QTemporaryDir dir;
        QFile profile(dir.filePath(QStringLiteral("enroll.mobileconfig")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(r.body);
        profile.close();
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(f.ca.certificatePem());
        ca.close();
        for (const QString &command : {QStringLiteral("cms"), QStringLiteral("smime")}) {
            QProcess p;
            p.start(openssl, {command, QStringLiteral("-verify"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                              profile.fileName(), QStringLiteral("-CAfile"), ca.fileName()});
            QVERIFY(p.waitForFinished(30000));
            const QByteArray content = p.readAllStandardOutput();
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QVERIFY(content.contains("<key>PayloadType</key>"));
            QVERIFY(content.contains("com.apple.mdm"));
        }
        // Signed by another CA: openssl refuses it (the check above is not vacuous).
        CertificateAuthority other;
        QVERIFY(CertificateAuthority::create(QStringLiteral("Other"), {}, KeyAlgorithm::Rsa2048, 30, other).ok());
        QVERIFY(ca.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ca.write(other.certificatePem());
        ca.close();
        QProcess p;
        p.start(openssl, {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"), QStringLiteral("DER"),
                          QStringLiteral("-in"), profile.fileName(), QStringLiteral("-CAfile"), ca.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
    }

    void payloadsMatchAppleSchema_data()
    {
        QTest::addColumn<int>("ownership");
        QTest::addColumn<int>("accessRights");
        QTest::newRow("COPE") << int(Ownership::COPE) << 8191;
        QTest::newRow("COSU") << int(Ownership::COSU) << 8191;
        QTest::newRow("Shared") << int(Ownership::Shared) << 8191;
        QTest::newRow("BYOD") << int(Ownership::BYOD) << 8183;
    }

    void payloadsMatchAppleSchema()
    {
        QFETCH(int, ownership);
        QFETCH(int, accessRights);
        AppleMdmFixture f;
        AppleDeviceSimulator ipad(f.transport, AppleMdmFixture::identity(1));
        QVERIFY(ipad.fetchProfile(f.createLink(Ownership(ownership))).isEmpty());
        const QVariantMap profile = ipad.profile();
        const QVariantMap mdm = payloadOfType(profile, QStringLiteral("com.apple.mdm"));
        const QVariantMap scep = payloadOfType(profile, QStringLiteral("com.apple.security.scep"));
        const QVariantMap root = payloadOfType(profile, QStringLiteral("com.apple.security.root"));
        QCOMPARE(mdm.value(QStringLiteral("AccessRights")).toInt(), accessRights);
        QCOMPARE(bool(mdm.value(QStringLiteral("AccessRights")).toInt() & EnrollmentProfileBuilder::DeviceEraseRight),
                 Ownership(ownership) != Ownership::BYOD);
        QCOMPARE(mdm.value(QStringLiteral("SignMessage")).toBool(), true);
        QCOMPARE(mdm.value(QStringLiteral("CheckOutWhenRemoved")).toBool(), true);
        QCOMPARE(mdm.value(QStringLiteral("Topic")).toString(), QString::fromLatin1(AppleMdmFixture::Topic));
        QCOMPARE(mdm.value(QStringLiteral("ServerURL")).toString(), QStringLiteral("https://mdm.clinic.test:8443/mdm/server"));
        QCOMPARE(mdm.value(QStringLiteral("CheckInURL")).toString(), QStringLiteral("https://mdm.clinic.test:8443/mdm/checkin"));
        QCOMPARE(mdm.value(QStringLiteral("IdentityCertificateUUID")), scep.value(QStringLiteral("PayloadUUID")));
        const QVariantMap scepContent = scep.value(QStringLiteral("PayloadContent")).toMap();
        QCOMPARE(scepContent.value(QStringLiteral("URL")).toString(), QStringLiteral("https://mdm.clinic.test:8443/scep"));
        QCOMPARE(scepContent.value(QStringLiteral("Keysize")).toInt(), 2048);
        QVERIFY(scepContent.value(QStringLiteral("Challenge")).toString().size() >= 32);
        QCOMPARE(root.value(QStringLiteral("PayloadContent")).toByteArray(), f.ca.certificateDer());

        if (AppleSpec::root().isEmpty())
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm is not available: the payloads were not checked against Apple's schema");
        QStringList errors = AppleSpec::checkPayload(profile);
        for (const QVariant &p : profile.value(QStringLiteral("PayloadContent")).toList())
            errors << AppleSpec::checkPayload(p.toMap());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        // The checker does catch a wrong payload.
        QVariantMap broken = mdm;
        broken.remove(QStringLiteral("Topic"));
        broken.insert(QStringLiteral("SignMessage"), QStringLiteral("yes"));
        broken.insert(QStringLiteral("NoSuchKey"), 1);
        QCOMPARE(AppleSpec::checkPayload(broken).size(), 3);
    }

    void linksAreOneTimeHashedAndTagged()
    {
        AppleMdmFixture f;
        QList<EnrollmentService::Link> links;
        QVERIFY(EnrollmentService(f.db()).create(f.admin, Ownership::Shared, 3, QStringLiteral("ER"), QString::fromLatin1(AppleMdmFixture::BaseUrl),
                                                 f.runtime->now(), links).ok());
        QCOMPARE(links.size(), 3);
        QCOMPARE(f.rows(QStringLiteral("enrollments")), 3);
        QSet<QString> tokens;
        for (const EnrollmentService::Link &l : links) {
            tokens.insert(l.token);
            QVERIFY(l.token.size() >= 43);
            QVERIFY(l.url.endsWith(l.token));
            QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE secret_hash = '%1'").arg(l.token)), QStringLiteral("0"));
            QCOMPARE(f.scalar(QStringLiteral("SELECT ownership FROM enrollments WHERE id = %1").arg(l.enrollment.id)), QStringLiteral("Shared"));
            QCOMPARE(f.scalar(QStringLiteral("SELECT department FROM enrollments WHERE id = %1").arg(l.enrollment.id)), QStringLiteral("ER"));
        }
        QCOMPARE(tokens.size(), 3);

        // Unknown and malformed tokens: 404, nothing written.
        const QMap<QString, int> before = f.snapshot();
        QCOMPARE(f.transport.send(get("/enroll/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status, 404);
        QCOMPARE(f.transport.send(get("/enroll/../../etc/passwd")).status, 404);
        QCOMPARE(f.snapshot(), before);

        // A second download replaces the challenge: the first one no longer enrolls.
        AppleDeviceSimulator first(f.transport, AppleMdmFixture::identity(1));
        AppleDeviceSimulator second(f.transport, AppleMdmFixture::identity(2));
        QVERIFY(first.fetchProfile(links[0].url).isEmpty());
        QVERIFY(second.fetchProfile(links[0].url).isEmpty());
        QVERIFY(first.challenge() != second.challenge());
        QCOMPARE(first.runScep().pkiStatus, 2);
        QCOMPARE(second.runScep().pkiStatus, 0);
        QCOMPARE(second.authenticate().status, 200);
        // Once the device authenticated, the link is used up.
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM enrollments WHERE id = %1").arg(links[0].enrollment.id)), QStringLiteral("used"));
        QCOMPARE(f.transport.send(get(QUrl(links[0].url).path().toUtf8())).status, 404);
        // An expired link: 404.
        f.runtime->setClock([] { return QDateTime::currentSecsSinceEpoch() + EnrollmentService::DefaultValiditySeconds + 1; });
        QCOMPARE(f.transport.send(get(QUrl(links[1].url).path().toUtf8())).status, 404);
    }

    void onlyEnrollersCreateLinks()
    {
        AppleMdmFixture f;
        QVERIFY(TestAdmin::create(f.db(), QStringLiteral("auditor"), Role::Auditor));
        const AdminSession auditor(&f.db(), 2, QStringLiteral("auditor"), Role::Auditor, true);
        QList<EnrollmentService::Link> links;
        const Status s = EnrollmentService(f.db()).create(auditor, Ownership::COPE, 1, {}, QString::fromLatin1(AppleMdmFixture::BaseUrl),
                                                          f.runtime->now(), links);
        QCOMPARE(s.code(), ErrorCode::PermissionDenied);
        QCOMPARE(f.rows(QStringLiteral("enrollments")), 0);
        QCOMPARE(EnrollmentService(f.db()).create(f.admin, Ownership::COPE, 0, {}, {}, 0, links).code(), ErrorCode::InvalidInput);
    }

    void caCertificateRoute()
    {
        AppleMdmFixture f;
        const HttpResponse r = f.transport.send(get("/ca.crt"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/x-x509-ca-cert"));
        QCOMPARE(r.body, f.ca.certificateDer());
    }
};

QTEST_MAIN(TestAppleEnrollment)
#include "test_apple_enrollment.moc"
