#include "pki/CertificateInfo.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtEndian>

namespace {

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    const X509_NAME_ENTRY *entry = index >= 0 ? X509_NAME_get_entry(name, index) : nullptr;
    unsigned char *utf8 = nullptr;
    const int length = entry ? ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry)) : -1;
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

Status CertificateInfo::fromBytes(const QByteArray &pemOrDer, CertificateInfo &out)
{
    ssl::X509Ptr certificate = ssl::readCertificate(pemOrDer);
    if (!certificate) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CertificateInfo", "The certificate is unreadable."));
    }
    X509 *x = certificate.get();
    CertificateInfo info;
    info.m_sha256 = ssl::sha256(x);
    info.m_subject = ssl::nameToString(X509_get_subject_name(x));
    info.m_issuer = ssl::nameToString(X509_get_issuer_name(x));
    info.m_commonName = commonNameOf(X509_get_subject_name(x));
    info.m_notBefore = ssl::toDateTime(X509_get0_notBefore(x));
    info.m_notAfter = ssl::toDateTime(X509_get0_notAfter(x));
    info.m_isCa = X509_check_ca(x) != 0;
    info.m_selfSigned = (X509_get_extension_flags(x) & EXFLAG_SS) != 0;
    if (ssl::BigNumPtr serial{ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr)}) {
        char *hex = BN_bn2hex(serial.get());
        info.m_serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    ssl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            info.m_dnsNames.append(QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                ASN1_STRING_length(name->d.dNSName)));
        } else if (name->type == GEN_IPADD) {
            const unsigned char *bytes = ASN1_STRING_get0_data(name->d.iPAddress);
            const int length = ASN1_STRING_length(name->d.iPAddress);
            QHostAddress address;
            if (length == 4)
                address.setAddress(qFromBigEndian<quint32>(bytes));
            else if (length == 16)
                address.setAddress(bytes);
            if (!address.isNull())
                info.m_ipAddresses.append(address.toString());
        }
    }
    ssl::clearErrors();
    out = info;
    return Status::success();
}

QString CertificateInfo::sha256Hex() const
{
    return QString::fromLatin1(m_sha256.toHex(':').toUpper());
}

qint64 CertificateInfo::daysUntilExpiry(const QDateTime &now) const
{
    const qint64 seconds = now.secsTo(m_notAfter);
    constexpr qint64 day = 24 * 3600;
    return seconds >= 0 ? seconds / day : -((-seconds + day - 1) / day);
}
