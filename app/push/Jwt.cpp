#include "push/Jwt.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/ecdsa.h>

namespace {
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, ssl::Deleter<ECDSA_SIG_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, ssl::Deleter<EVP_MD_CTX_free>>;

// ES256 wants r and s as two 32-byte big-endian numbers (RFC 7518, 3.4).
bool derToRaw(const QByteArray &der, QByteArray *raw)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig)
        return false;
    raw->resize(64);
    auto *out = reinterpret_cast<unsigned char *>(raw->data());
    return BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, 32) == 32
           && BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + 32, 32) == 32;
}
} // namespace

namespace Jwt {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Status sign(const QJsonObject &header, const QJsonObject &claims, const QByteArray &privateKeyPem, QByteArray *token)
{
    const QString alg = header.value(QStringLiteral("alg")).toString();
    ssl::clearErrors();
    ssl::PKeyPtr key = ssl::readPrivateKey(privateKeyPem);
    if (!key)
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("Jwt", "The signing key cannot be read: %1").arg(ssl::takeErrors()));
    const int type = EVP_PKEY_get_base_id(key.get());
    if ((alg == QLatin1String("ES256") && type != EVP_PKEY_EC) || (alg == QLatin1String("RS256") && type != EVP_PKEY_RSA)
        || (alg != QLatin1String("ES256") && alg != QLatin1String("RS256")))
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("Jwt", "The key does not fit the %1 algorithm.").arg(alg));
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) != 1)
        return Status::failure(ErrorCode::Failure, ssl::takeErrors());
    signature.resize(qsizetype(length));
    if (type == EVP_PKEY_EC) {
        QByteArray raw;
        if (!derToRaw(signature, &raw))
            return Status::failure(ErrorCode::Failure, QCoreApplication::translate("Jwt", "The ES256 signature has an unexpected form."));
        signature = raw;
    }
    *token = input + '.' + base64Url(signature);
    return Status::success();
}

} // namespace Jwt
