#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// What the console shows about a certificate: fingerprint, names, validity. Plain values, no
// OpenSSL object kept.
class CertificateInfo
{
public:
    // PEM (the first certificate of a bundle) or DER.
    static Status fromBytes(const QByteArray &pemOrDer, CertificateInfo &out);

    QByteArray sha256() const { return m_sha256; }
    QString sha256Hex() const; // "AB:CD:...", as `openssl x509 -fingerprint -sha256` prints it
    QString subject() const { return m_subject; } // RFC 2253
    QString issuer() const { return m_issuer; }
    QString commonName() const { return m_commonName; }
    QString serialHex() const { return m_serialHex; }
    QDateTime notBefore() const { return m_notBefore; }
    QDateTime notAfter() const { return m_notAfter; }
    QStringList dnsNames() const { return m_dnsNames; }
    QStringList ipAddresses() const { return m_ipAddresses; }
    bool isCertificateAuthority() const { return m_isCa; }
    bool isSelfSigned() const { return m_selfSigned; }

    // Whole days left until notAfter (negative once expired).
    qint64 daysUntilExpiry(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const { return now > m_notAfter; }

private:
    QByteArray m_sha256;
    QString m_subject;
    QString m_issuer;
    QString m_commonName;
    QString m_serialHex;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QStringList m_dnsNames;
    QStringList m_ipAddresses;
    bool m_isCa = false;
    bool m_selfSigned = false;
};
