#include "AppleDeviceSimulator.h"

#include "DeviceTransport.h"

#include "apple/Plist.h"

#include <QUrl>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace {

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, int(n)) : QByteArray();
}

QByteArray xml(const QVariantMap &map)
{
    QByteArray out;
    Plist::toXml(map, out);
    return out;
}

HttpRequest requestFor(const QString &url, const QByteArray &method)
{
    const QUrl u(url);
    HttpRequest r;
    r.method = method;
    r.path = u.path(QUrl::FullyDecoded).toUtf8();
    r.rawQuery = u.query(QUrl::FullyEncoded).toUtf8();
    r.peer = QHostAddress(QHostAddress::LocalHost);
    return r;
}

} // namespace

AppleDeviceSimulator::AppleDeviceSimulator(DeviceTransport &transport, const Identity &identity)
    : m_transport(transport), m_identity(identity)
{
    m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}), EVP_PKEY_free);
    m_pushToken = randomBytes(32);
    m_unlockToken = randomBytes(48);
    m_userPushToken = randomBytes(32);
}

AppleDeviceSimulator::~AppleDeviceSimulator() = default;

QString AppleDeviceSimulator::fetchProfile(const QString &enrollmentUrl)
{
    const HttpResponse response = m_transport.send(requestFor(enrollmentUrl, "GET"));
    m_last = response;
    if (response.status != 200 || response.contentType != "application/x-apple-aspen-config")
        return QStringLiteral("profile download: HTTP %1").arg(response.status);
    BIO *in = BIO_new_mem_buf(response.body.constData(), int(response.body.size()));
    CMS_ContentInfo *cms = d2i_CMS_bio(in, nullptr);
    BIO *content = BIO_new(BIO_s_mem());
    const bool verified = cms && CMS_verify(cms, nullptr, nullptr, nullptr, content, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) == 1;
    QByteArray signerDer;
    if (verified) {
        STACK_OF(X509) *signers = CMS_get0_signers(cms);
        unsigned char *der = nullptr;
        const int n = i2d_X509(sk_X509_value(signers, 0), &der);
        signerDer = QByteArray(reinterpret_cast<const char *>(der), n);
        OPENSSL_free(der);
        sk_X509_free(signers);
    }
    const QByteArray plist = bioBytes(content);
    BIO_free(content);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    ERR_clear_error();
    if (!verified)
        return QStringLiteral("the profile's signature does not verify");
    QVariant parsed;
    if (!Plist::parse(plist, parsed))
        return QStringLiteral("the profile is not a plist");
    m_profile = parsed.toMap();
    for (const QVariant &item : m_profile.value(QStringLiteral("PayloadContent")).toList()) {
        const QVariantMap p = item.toMap();
        const QString type = p.value(QStringLiteral("PayloadType")).toString();
        if (type == QLatin1String("com.apple.security.root")) {
            m_caDer = p.value(QStringLiteral("PayloadContent")).toByteArray();
        } else if (type == QLatin1String("com.apple.security.scep")) {
            const QVariantMap c = p.value(QStringLiteral("PayloadContent")).toMap();
            m_scepUrl = c.value(QStringLiteral("URL")).toString();
            m_challenge = c.value(QStringLiteral("Challenge")).toString().toUtf8();
        } else if (type == QLatin1String("com.apple.mdm")) {
            m_serverUrl = p.value(QStringLiteral("ServerURL")).toString();
            m_checkInUrl = p.value(QStringLiteral("CheckInURL")).toString();
            m_topic = p.value(QStringLiteral("Topic")).toString();
        }
    }
    if (m_caDer.isEmpty() || m_scepUrl.isEmpty() || m_serverUrl.isEmpty() || m_checkInUrl.isEmpty())
        return QStringLiteral("the profile lacks a payload");
    if (signerDer != m_caDer)
        return QStringLiteral("the profile is not signed by the CA it installs");
    return {};
}

ScepClient::Result AppleDeviceSimulator::runScep(bool useGet)
{
    const QUrl url(m_scepUrl);
    ScepClient client(m_transport, url.path().toUtf8());
    const QByteArray ca = client.getCaCertificate();
    ScepClient::Result result;
    if (ca != m_caDer) {
        result.error = QStringLiteral("GetCACert does not return the profile's CA");
        return result;
    }
    result = client.enroll(m_key.get(), QStringLiteral("ClinicMDM device %1").arg(m_identity.udid), m_challenge, ca, useGet);
    if (result.pkiStatus == 0 && !result.certificateDer.isEmpty()) {
        m_identityDer = result.certificateDer;
        const auto *p = reinterpret_cast<const unsigned char *>(m_identityDer.constData());
        m_identityCert.reset(d2i_X509(nullptr, &p, long(m_identityDer.size())), X509_free);
    }
    return result;
}

QByteArray AppleDeviceSimulator::sign(const QByteArray &body) const
{
    if (!m_identityCert)
        return {};
    BIO *in = BIO_new_mem_buf(body.constData(), int(body.size()));
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;
    CMS_ContentInfo *cms = CMS_sign(nullptr, nullptr, nullptr, nullptr, flags);
    CMS_add1_signer(cms, m_identityCert.get(), m_key.get(), m_sha1 ? EVP_sha1() : EVP_sha256(), flags);
    CMS_final(cms, in, nullptr, flags);
    BIO *out = BIO_new(BIO_s_mem());
    i2d_CMS_bio(out, cms);
    const QByteArray der = bioBytes(out);
    BIO_free(out);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    return der.toBase64();
}

HttpResponse AppleDeviceSimulator::put(const QString &url, const QByteArray &body, const QByteArray &signature)
{
    HttpRequest r = requestFor(url, "PUT");
    r.headers.append(qMakePair(QByteArray("content-type"), QByteArray(url == m_checkInUrl ? "application/x-apple-aspen-mdm-checkin"
                                                                                           : "application/x-apple-aspen-mdm")));
    if (!signature.isNull())
        r.headers.append(qMakePair(QByteArray("mdm-signature"), signature));
    r.body = body;
    m_last = m_transport.send(r);
    return m_last;
}

QByteArray AppleDeviceSimulator::authenticateBody() const
{
    QVariantMap m{{QStringLiteral("MessageType"), QStringLiteral("Authenticate")},
                  {QStringLiteral("Topic"), m_topic},
                  {QStringLiteral("UDID"), m_identity.udid},
                  {QStringLiteral("DeviceName"), m_identity.deviceName},
                  {QStringLiteral("ProductName"), m_identity.productName},
                  {QStringLiteral("SerialNumber"), m_identity.serial},
                  {QStringLiteral("BuildVersion"), m_identity.buildVersion}};
    if (!m_identity.imei.isEmpty())
        m.insert(QStringLiteral("IMEI"), m_identity.imei);
    if (!m_identity.omitOptionalKeys) {
        m.insert(QStringLiteral("Model"), m_identity.model);
        m.insert(QStringLiteral("ModelName"), m_identity.modelName);
        m.insert(QStringLiteral("OSVersion"), m_identity.osVersion);
    }
    return xml(m);
}

HttpResponse AppleDeviceSimulator::authenticate()
{
    const QByteArray body = authenticateBody();
    return put(m_checkInUrl, body, sign(body));
}

HttpResponse AppleDeviceSimulator::tokenUpdate()
{
    const QByteArray body = xml({{QStringLiteral("MessageType"), QStringLiteral("TokenUpdate")},
                                 {QStringLiteral("Topic"), m_topic},
                                 {QStringLiteral("UDID"), m_identity.udid},
                                 {QStringLiteral("Token"), m_pushToken},
                                 {QStringLiteral("PushMagic"), QStringLiteral("6A1B2C3D-0000-4000-8000-%1").arg(m_identity.udid.right(12))},
                                 {QStringLiteral("UnlockToken"), m_unlockToken},
                                 {QStringLiteral("AwaitingConfiguration"), false},
                                 {QStringLiteral("NotOnConsole"), false}});
    return put(m_checkInUrl, body, sign(body));
}

HttpResponse AppleDeviceSimulator::checkOut()
{
    const QByteArray body = xml({{QStringLiteral("MessageType"), QStringLiteral("CheckOut")},
                                 {QStringLiteral("Topic"), m_topic},
                                 {QStringLiteral("UDID"), m_identity.udid}});
    return put(m_checkInUrl, body, sign(body));
}

QByteArray AppleDeviceSimulator::userTokenUpdateBody(const QString &shortName) const
{
    // The keys tokenupdate.yaml gives a Shared iPad's user channel (UserLongName and NotOnConsole
    // are macOS only; an UnlockToken is forbidden on Shared iPad).
    return xml({{QStringLiteral("MessageType"), QStringLiteral("TokenUpdate")},
                {QStringLiteral("Topic"), m_topic},
                {QStringLiteral("UDID"), m_identity.udid},
                {QStringLiteral("UserShortName"), shortName},
                {QStringLiteral("UserID"), QStringLiteral("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")},
                {QStringLiteral("Token"), m_userPushToken},
                {QStringLiteral("PushMagic"), QStringLiteral("7B2C3D4E-0000-4000-8000-%1").arg(m_identity.udid.right(12))}});
}

HttpResponse AppleDeviceSimulator::signInSharedUser(const QString &shortName)
{
    const QByteArray body = userTokenUpdateBody(shortName);
    const HttpResponse r = put(m_checkInUrl, body, sign(body));
    if (r.status == 200)
        m_signedInUser = shortName;
    return r;
}

QString AppleDeviceSimulator::enroll(const QString &enrollmentUrl)
{
    if (QString e = fetchProfile(enrollmentUrl); !e.isEmpty())
        return e;
    const ScepClient::Result scep = runScep();
    if (scep.pkiStatus != 0 || m_identityDer.isEmpty())
        return QStringLiteral("SCEP: status %1 failInfo %2 %3").arg(scep.pkiStatus).arg(scep.failInfo).arg(scep.error);
    if (authenticate().status != 200)
        return QStringLiteral("Authenticate: HTTP %1").arg(m_last.status);
    if (tokenUpdate().status != 200)
        return QStringLiteral("TokenUpdate: HTTP %1").arg(m_last.status);
    return {};
}

QByteArray AppleDeviceSimulator::idleBody() const
{
    return xml({{QStringLiteral("Status"), QStringLiteral("Idle")}, {QStringLiteral("UDID"), m_identity.udid}});
}

QByteArray AppleDeviceSimulator::answerBody(const ReceivedCommand &command, const QString &status) const
{
    QVariantMap m{{QStringLiteral("Status"), status},
                  {QStringLiteral("UDID"), m_identity.udid},
                  {QStringLiteral("CommandUUID"), command.uuid}};
    if (status == QLatin1String("Acknowledged")) {
        const QVariantMap extra = responseFor(command);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            m.insert(it.key(), it.value());
    } else if (status == QLatin1String("Error")) {
        m.insert(QStringLiteral("ErrorChain"),
                 QVariantList{QVariantMap{{QStringLiteral("ErrorCode"), 12021},
                                          {QStringLiteral("ErrorDomain"), QStringLiteral("MCMDMErrorDomain")},
                                          {QStringLiteral("LocalizedDescription"), QStringLiteral("Invalid request")}}});
    }
    return xml(m);
}

int AppleDeviceSimulator::poll(int maxCommands)
{
    QByteArray body = idleBody();
    int answered = 0;
    for (;;) {
        const HttpResponse response = put(m_serverUrl, body, sign(body));
        if (response.status != 200)
            return -1;
        if (response.body.isEmpty())
            return answered;
        if (answered >= maxCommands)
            return -1;
        QVariant parsed;
        if (!Plist::parse(response.body, parsed))
            return -1;
        ReceivedCommand c;
        c.uuid = parsed.toMap().value(QStringLiteral("CommandUUID")).toString();
        c.command = parsed.toMap().value(QStringLiteral("Command")).toMap();
        c.requestType = c.command.value(QStringLiteral("RequestType")).toString();
        c.answeredStatus = m_policy ? m_policy(c) : QStringLiteral("Acknowledged");
        // ClearPasscode with a wrong token is what a real device refuses.
        if (c.requestType == QLatin1String("ClearPasscode") && c.command.value(QStringLiteral("UnlockToken")).toByteArray() != m_unlockToken)
            c.answeredStatus = QStringLiteral("Error");
        c.answeredStatus = lostModeStatus(c, c.answeredStatus);
        // What a device does with the profile commands it accepts: only a Payload that is plist data
        // (not, say, base64 text) becomes an installed profile.
        if (c.requestType == QLatin1String("InstallProfile") && c.answeredStatus == QLatin1String("Acknowledged")) {
            QVariant profile;
            const QVariant payload = c.command.value(QStringLiteral("Payload"));
            if (payload.typeId() == QMetaType::QByteArray && Plist::parse(payload.toByteArray(), profile).ok()
                && !profile.toMap().value(QStringLiteral("PayloadIdentifier")).toString().isEmpty())
                m_installedProfiles.insert(profile.toMap().value(QStringLiteral("PayloadIdentifier")).toString(), profile.toMap());
        }
        if (c.requestType == QLatin1String("RemoveProfile") && c.answeredStatus == QLatin1String("Acknowledged"))
            m_installedProfiles.remove(c.command.value(QStringLiteral("Identifier")).toString());
        m_received.append(c);
        if (c.answeredStatus == QLatin1String("Acknowledged"))
            carryOut(c);
        if (c.requestType == QLatin1String("LogOutUser") && c.answeredStatus == QLatin1String("Acknowledged"))
            m_signedInUser.clear(); // back at the Shared iPad's sign-in screen
        body = answerBody(c, c.answeredStatus);
        ++answered;
        if (m_mdmRemoved) {
            // The enrollment profile is gone: the last answer goes out, then CheckOut, then silence.
            if (put(m_serverUrl, body, sign(body)).status != 200)
                return -1;
            return checkOut().status == 200 ? answered : -1;
        }
    }
}

void AppleDeviceSimulator::carryOut(const ReceivedCommand &c)
{
    const QString identifier = c.command.value(QStringLiteral("Identifier")).toString();
    if (c.requestType == QLatin1String("InstallApplication") && !identifier.isEmpty()) {
        const QString version = m_appVersions.value(identifier, QStringLiteral("1.0"));
        m_apps.insert(identifier, {{QStringLiteral("Identifier"), identifier},
                                   {QStringLiteral("Name"), identifier.section(QLatin1Char('.'), -1)},
                                   {QStringLiteral("ShortVersion"), version},
                                   {QStringLiteral("Version"), version}});
        m_appConfigurations.insert(identifier, c.command.value(QStringLiteral("Configuration")).toMap());
    } else if (c.requestType == QLatin1String("RemoveApplication")) {
        m_apps.remove(identifier);
        m_appConfigurations.remove(identifier);
    } else if (c.requestType == QLatin1String("RemoveProfile")
               && identifier == m_profile.value(QStringLiteral("PayloadIdentifier")).toString() && !identifier.isEmpty()) {
        // ManagementFlags 1: managed apps leave with the MDM profile.
        m_apps.clear();
        m_appConfigurations.clear();
        m_mdmRemoved = true;
    }
}

QString AppleDeviceSimulator::lostModeStatus(const ReceivedCommand &c, const QString &proposed)
{
    const QString type = c.requestType;
    if (proposed != QLatin1String("Acknowledged"))
        return proposed;
    if (type == QLatin1String("EnableLostMode") || type == QLatin1String("DisableLostMode")) {
        if (!m_identity.supervised)
            return QStringLiteral("Error");
        m_lostMode = type == QLatin1String("EnableLostMode");
        if (!m_lostMode)
            m_playingSound = false;
        return proposed;
    }
    if (type == QLatin1String("DeviceLocation") || type == QLatin1String("PlayLostModeSound")) {
        if (!m_lostMode)
            return QStringLiteral("Error");
        if (type == QLatin1String("PlayLostModeSound"))
            m_playingSound = true;
    }
    return proposed;
}

QVariantMap AppleDeviceSimulator::responseFor(const ReceivedCommand &c) const
{
    if (c.requestType == QLatin1String("DeviceLocation"))
        return {{QStringLiteral("Latitude"), m_location.latitude},
                {QStringLiteral("Longitude"), m_location.longitude},
                {QStringLiteral("HorizontalAccuracy"), m_location.horizontalAccuracy},
                {QStringLiteral("VerticalAccuracy"), m_location.verticalAccuracy},
                {QStringLiteral("Altitude"), m_location.altitude},
                {QStringLiteral("Speed"), m_location.speed},
                {QStringLiteral("Course"), m_location.course},
                {QStringLiteral("Timestamp"), m_location.timestamp}};
    const QString type = c.requestType;
    if (type == QLatin1String("DeviceInformation")) {
        const QVariantMap all{{QStringLiteral("UDID"), m_identity.udid},
                              {QStringLiteral("DeviceName"), m_identity.deviceName},
                              {QStringLiteral("OSVersion"), m_identity.osVersion},
                              {QStringLiteral("BuildVersion"), m_identity.buildVersion},
                              {QStringLiteral("ModelName"), m_identity.modelName},
                              {QStringLiteral("Model"), m_identity.model},
                              {QStringLiteral("ProductName"), m_identity.productName},
                              {QStringLiteral("SerialNumber"), m_identity.serial},
                              {QStringLiteral("DeviceCapacity"), 64.0},
                              {QStringLiteral("AvailableDeviceCapacity"), 41.5},
                              {QStringLiteral("IMEI"), m_identity.imei},
                              {QStringLiteral("IsSupervised"), m_identity.supervised},
                              {QStringLiteral("IsMDMLostModeEnabled"), m_lostMode}};
        QVariantMap answers;
        for (const QVariant &q : c.command.value(QStringLiteral("Queries")).toList())
            if (all.contains(q.toString()) && !(q.toString() == QLatin1String("IMEI") && m_identity.imei.isEmpty()))
                answers.insert(q.toString(), all.value(q.toString()));
        return {{QStringLiteral("QueryResponses"), answers}};
    }
    if (type == QLatin1String("SecurityInfo"))
        return {{QStringLiteral("SecurityInfo"),
                 QVariantMap{{QStringLiteral("HardwareEncryptionCaps"), 3},
                             {QStringLiteral("PasscodePresent"), true},
                             {QStringLiteral("PasscodeCompliant"), true},
                             {QStringLiteral("PasscodeCompliantWithProfiles"), true},
                             {QStringLiteral("PasscodeLockGracePeriodEnforced"), 0},
                             {QStringLiteral("ManagementStatus"),
                              QVariantMap{{QStringLiteral("EnrolledViaDEP"), false},
                                          {QStringLiteral("UserApprovedEnrollment"), true},
                                          {QStringLiteral("IsUserEnrollment"), false}}}}}};
    if (type == QLatin1String("InstalledApplicationList")) {
        QVariantList apps{QVariantMap{{QStringLiteral("Identifier"), QStringLiteral("org.clinic.charting")},
                                      {QStringLiteral("Name"), QStringLiteral("Charting")},
                                      {QStringLiteral("ShortVersion"), QStringLiteral("4.2")},
                                      {QStringLiteral("Version"), QStringLiteral("420")},
                                      {QStringLiteral("BundleSize"), 52000000}}};
        if (!c.command.value(QStringLiteral("ManagedAppsOnly")).toBool())
            apps.append(QVariantMap{{QStringLiteral("Identifier"), QStringLiteral("com.example.personal-photos")},
                                    {QStringLiteral("Name"), QStringLiteral("My Photos")},
                                    {QStringLiteral("ShortVersion"), QStringLiteral("1.0")}});
        for (const QVariantMap &app : m_apps)
            apps.append(app);
        const QVariantList asked = c.command.value(QStringLiteral("Identifiers")).toList();
        if (!asked.isEmpty()) {
            QVariantList only;
            for (const QVariant &app : apps)
                if (asked.contains(app.toMap().value(QStringLiteral("Identifier"))))
                    only.append(app);
            apps = only;
        }
        return {{QStringLiteral("InstalledApplicationList"), apps}};
    }
    if (type == QLatin1String("InstallApplication")) {
        const QString identifier = c.command.value(QStringLiteral("Identifier")).toString();
        if (identifier.isEmpty())
            return {};
        return {{QStringLiteral("Identifier"), identifier}, {QStringLiteral("State"), QStringLiteral("Managed")}};
    }
    if (type == QLatin1String("ProfileList")) {
        // The enrollment profile, then every profile the device installed (as a real device lists them).
        QVariantList list{QVariantMap{{QStringLiteral("PayloadUUID"), QStringLiteral("5E0C2B8E-0000-4000-8000-000000000001")},
                                      {QStringLiteral("PayloadIdentifier"), QStringLiteral("org.clinicmdm.enrollment")},
                                      {QStringLiteral("PayloadDisplayName"), QStringLiteral("Device management")},
                                      {QStringLiteral("IsManaged"), true}}};
        for (const QVariantMap &p : m_installedProfiles)
            list << QVariantMap{{QStringLiteral("PayloadUUID"), p.value(QStringLiteral("PayloadUUID"))},
                                {QStringLiteral("PayloadIdentifier"), p.value(QStringLiteral("PayloadIdentifier"))},
                                {QStringLiteral("PayloadDisplayName"), p.value(QStringLiteral("PayloadDisplayName"))},
                                {QStringLiteral("IsManaged"), true}};
        return {{QStringLiteral("ProfileList"), list}};
    }
    if (type == QLatin1String("DeviceLock") && c.command.contains(QStringLiteral("Message")))
        return {{QStringLiteral("MessageResult"), QStringLiteral("Success")}};
    return {};
}
