#include "push/PushCertificate.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/provider.h>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PushCertificate", text); }

Status invalid(const QString &message) { return Status::failure(ErrorCode::InvalidInput, message); }

Status describe(X509 *certificate, EVP_PKEY *key, PushCertificate &out)
{
    if (X509_check_private_key(certificate, key) != 1)
        return invalid(tr("The private key does not belong to the push certificate."));
    const X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_userId, -1);
    QString topic;
    if (index >= 0) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
        topic = QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)), ASN1_STRING_length(data));
    }
    if (!PushCertificate::isMdmTopic(topic))
        return invalid(tr("This is not an MDM push certificate: its subject UID \"%1\" should look like "
                          "com.apple.mgmt.External.<uuid>.").arg(topic));
    PushCertificate c;
    c.certificatePem = ssl::certificatePem(certificate);
    c.keyPem = ssl::privateKeyPem(key);
    c.topic = topic;
    c.subject = ssl::nameToString(subject);
    c.sha256Hex = QString::fromLatin1(ssl::sha256(certificate).toHex(':').toUpper());
    c.notBefore = ssl::toDateTime(X509_get0_notBefore(certificate));
    c.notAfter = ssl::toDateTime(X509_get0_notAfter(certificate));
    out = c;
    return Status::success();
}
} // namespace

bool PushCertificate::isMdmTopic(const QString &topic)
{
    static const QRegularExpression re(QStringLiteral(
        "^com\\.apple\\.mgmt\\.External\\.[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(topic).hasMatch();
}

Status PushCertificate::fromPkcs12(const QByteArray &pkcs12, const QString &password, PushCertificate &out)
{
    ssl::clearErrors();
    ssl::BioPtr bio = ssl::readBio(pkcs12);
    ssl::Pkcs12Ptr bundle(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!bundle)
        return invalid(tr("The file is not a PKCS#12 (.p12) bundle."));
    const QByteArray pass = password.toUtf8();
    if (PKCS12_mac_present(bundle.get()) && PKCS12_verify_mac(bundle.get(), pass.constData(), int(pass.size())) != 1)
        return invalid(tr("The PKCS#12 password is wrong."));
    EVP_PKEY *rawKey = nullptr;
    X509 *rawLeaf = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    int parsed = PKCS12_parse(bundle.get(), pass.constData(), &rawKey, &rawLeaf, &rawChain);
    if (parsed != 1) {
        // Keychain Access still exports with RC2/3DES, which OpenSSL 3 keeps in the legacy provider.
        ssl::clearErrors();
        OSSL_PROVIDER_load(nullptr, "legacy");
        OSSL_PROVIDER_load(nullptr, "default");
        parsed = PKCS12_parse(bundle.get(), pass.constData(), &rawKey, &rawLeaf, &rawChain);
    }
    ssl::PKeyPtr key(rawKey);
    ssl::X509Ptr leaf(rawLeaf);
    ssl::X509StackPtr chain(rawChain);
    if (parsed != 1 || !key || !leaf)
        return invalid(tr("The PKCS#12 bundle could not be read or lacks the certificate and its key (%1).").arg(ssl::takeErrors()));
    return describe(leaf.get(), key.get(), out);
}

Status PushCertificate::fromCertificateAndKey(const QByteArray &certificate, const QByteArray &keyPem,
                                              const QByteArray &password, PushCertificate &out)
{
    ssl::clearErrors();
    ssl::X509Ptr leaf = ssl::readCertificate(certificate);
    if (!leaf)
        return invalid(tr("The push certificate file is neither PEM nor DER."));
    ssl::PKeyPtr key = ssl::readPrivateKey(keyPem, password);
    if (!key)
        return invalid(tr("The private key cannot be read (wrong password or not a PEM key)."));
    return describe(leaf.get(), key.get(), out);
}

QJsonObject PushCertificate::metadata() const
{
    return {{QStringLiteral("certificate_pem"), QString::fromLatin1(certificatePem)},
            {QStringLiteral("topic"), topic},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("sha256"), sha256Hex},
            {QStringLiteral("not_before"), notBefore.toSecsSinceEpoch()},
            {QStringLiteral("not_after"), notAfter.toSecsSinceEpoch()},
            {QStringLiteral("apple_id"), appleId},
            {QStringLiteral("alarm"), alarm},
            {QStringLiteral("alarm_at"), alarmAt}};
}

PushCertificate PushCertificate::fromMetadata(const QJsonObject &m)
{
    PushCertificate c;
    c.certificatePem = m.value(QStringLiteral("certificate_pem")).toString().toLatin1();
    c.topic = m.value(QStringLiteral("topic")).toString();
    c.subject = m.value(QStringLiteral("subject")).toString();
    c.sha256Hex = m.value(QStringLiteral("sha256")).toString();
    c.notBefore = QDateTime::fromSecsSinceEpoch(qint64(m.value(QStringLiteral("not_before")).toDouble()), Qt::UTC);
    c.notAfter = QDateTime::fromSecsSinceEpoch(qint64(m.value(QStringLiteral("not_after")).toDouble()), Qt::UTC);
    c.appleId = m.value(QStringLiteral("apple_id")).toString();
    c.alarm = m.value(QStringLiteral("alarm")).toString();
    c.alarmAt = qint64(m.value(QStringLiteral("alarm_at")).toDouble());
    return c;
}
