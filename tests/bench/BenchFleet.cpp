#include "BenchFleet.h"

#include "apple/Plist.h"
#include "db/Database.h"
#include "fleet/DeviceRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <vector>

namespace {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;

QByteArray csrFor(EVP_PKEY *key, const QByteArray &commonName)
{
    Req req(X509_REQ_new());
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()),
                               int(commonName.size()), -1, 0);
    X509_REQ_set_pubkey(req.get(), key);
    X509_REQ_sign(req.get(), key, EVP_sha256());
    unsigned char *der = nullptr;
    const int len = i2d_X509_REQ(req.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray detachedSignature(X509 *cert, EVP_PKEY *key, const QByteArray &body)
{
    Bio in(BIO_new_mem_buf(body.constData(), int(body.size())));
    Cms cms(CMS_sign(cert, key, nullptr, in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out.toBase64();
}

} // namespace

namespace BenchFleet {

Status create(Database &db, const CertificateAuthority &ca, int devices, int keyPool, QByteArrayList &requests)
{
    std::vector<PKey> keys;
    for (int i = 0; i < keyPool; ++i)
        keys.emplace_back(EVP_RSA_gen(2048));

    QList<Device> fleet;
    for (int i = 0; i < devices; ++i) {
        Device d;
        d.name = QStringLiteral("Bench iPad %1").arg(i + 1);
        d.platform = Platform::iPadOS;
        d.udid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        d.serial = QStringLiteral("BENCH%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        d.model = QStringLiteral("iPad13,18");
        d.osVersion = QStringLiteral("17.4");
        d.ownership = Ownership::COPE;
        d.state = EnrollmentState::Enrolled;
        fleet.append(d);
    }
    if (Status s = DeviceRepository(db).insertAll(fleet); !s)
        return s;

    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery enroll(c);
    enroll.prepare(QStringLiteral("INSERT INTO enrollments (device_id, platform, ownership, method, identity_cert_sha256, "
                                  "state, created_at, completed_at) VALUES (?, 'ipados', 'COPE', 'profile', ?, 'used', ?, ?)"));
    QSqlQuery command(c);
    command.prepare(QStringLiteral("INSERT INTO commands (uuid, device_id, request_type, payload, priority, status, queued_at) "
                                   "VALUES (?, ?, 'DeviceInformation', ?, 0, 'queued', ?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < devices; ++i) {
        const Device &d = fleet.at(i);
        EVP_PKEY *key = keys[size_t(i % keyPool)].get();
        QByteArray der;
        if (Status s = ca.issueClientCertificate(csrFor(key, d.udid.toUtf8()), 365, der); !s)
            return s;
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        Cert cert(d2i_X509(nullptr, &p, long(der.size())));
        unsigned char digest[32];
        unsigned int digestLen = 0;
        X509_digest(cert.get(), EVP_sha256(), digest, &digestLen);
        enroll.addBindValue(d.id);
        enroll.addBindValue(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestLen)).toHex()));
        enroll.addBindValue(now);
        enroll.addBindValue(now);
        if (!enroll.exec())
            return Status::failure(ErrorCode::Failure, enroll.lastError().text());
        // One device in ten has a command waiting (answered, but left queued: the bench repeats).
        if (i % 10 == 0) {
            QByteArray payload;
            Plist::toXml(QVariantMap{{QStringLiteral("CommandUUID"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("Command"), QVariantMap{{QStringLiteral("RequestType"), QStringLiteral("DeviceInformation")}}}},
                         payload);
            command.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            command.addBindValue(d.id);
            command.addBindValue(payload);
            command.addBindValue(now);
            if (!command.exec())
                return Status::failure(ErrorCode::Failure, command.lastError().text());
        }
        QByteArray body;
        Plist::toXml(QVariantMap{{QStringLiteral("Status"), QStringLiteral("Idle")}, {QStringLiteral("UDID"), d.udid}}, body);
        const QByteArray signature = detachedSignature(cert.get(), key, body);
        if (signature.isEmpty())
            return Status::failure(ErrorCode::Failure, QStringLiteral("CMS signing failed"));
        requests.append("PUT /mdm/server HTTP/1.1\r\nHost: mdm.bench.test\r\nUser-Agent: MDM/1.0\r\n"
                        "Content-Type: application/x-apple-aspen-mdm\r\nMdm-Signature: " + signature
                        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    if (!c.commit())
        return Status::failure(ErrorCode::Failure, c.lastError().text());
    return Status::success();
}

} // namespace BenchFleet
