#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The MDM push certificate Apple issues (via the vendor-signed CSR at identity.apple.com): its
// topic is the subject's UID, com.apple.mgmt.External.<uuid>. Parsed from a PKCS#12 bundle or a
// PEM/DER certificate plus its key; the key must belong to the certificate.
struct PushCertificate {
    QByteArray certificatePem;
    QByteArray keyPem; // PKCS#8, unencrypted: for the secret store only, never the database
    QString topic;
    QString subject;
    QString sha256Hex;
    QDateTime notBefore;
    QDateTime notAfter;
    QString appleId;   // recorded by the admin: the Apple ID that owns the certificate (renewals need it)
    QString alarm;     // set when APNs refused the certificate (403); cleared by a new import
    qint64 alarmAt = 0;

    static Status fromPkcs12(const QByteArray &pkcs12, const QString &password, PushCertificate &out);
    // `certificate`: PEM or DER (.cer); `keyPem`: PEM, optionally encrypted with `password`.
    static Status fromCertificateAndKey(const QByteArray &certificate, const QByteArray &keyPem,
                                        const QByteArray &password, PushCertificate &out);
    static bool isMdmTopic(const QString &topic);

    QJsonObject metadata() const; // everything but the key
    static PushCertificate fromMetadata(const QJsonObject &metadata);
};
