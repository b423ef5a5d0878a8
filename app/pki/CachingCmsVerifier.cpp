#include "pki/CachingCmsVerifier.h"

#include "pki/OpenSsl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

struct CachingCmsVerifier::Entry {
    std::shared_ptr<X509> certificate;
    VerifiedSigner signer;
    qint64 verifiedAt = 0; // chain last checked
    qint64 notBefore = 0;
    qint64 notAfter = 0;
};

namespace {

// One DER TLV at `pos`: tag byte, header size, content length. Definite lengths only (DER).
bool readTlv(const QByteArray &d, qsizetype pos, quint8 &tag, qsizetype &header, qsizetype &length)
{
    if (pos + 2 > d.size())
        return false;
    tag = quint8(d[pos]);
    if ((tag & 0x1f) == 0x1f)
        return false; // multi-byte tags do not occur in CMS
    const quint8 first = quint8(d[pos + 1]);
    if (first < 0x80) {
        header = 2;
        length = first;
    } else {
        const int n = first & 0x7f;
        if (n == 0 || n > 4 || pos + 2 + n > d.size())
            return false; // 0x80 is BER's indefinite length
        length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(d[pos + 2 + i]);
        header = 2 + n;
    }
    return pos + header + length <= d.size();
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else {
        QByteArray len;
        for (qsizetype v = n; v > 0; v >>= 8)
            len.prepend(char(v & 0xff));
        out.append(char(0x80 | len.size()));
        out.append(len);
    }
    return out + content;
}

bool isAcceptedDigest(CMS_SignerInfo *signerInfo)
{
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT *algorithm = nullptr;
    if (digest)
        X509_ALGOR_get0(&algorithm, nullptr, nullptr, digest);
    const int nid = algorithm ? OBJ_obj2nid(algorithm) : NID_undef;
    return nid == NID_sha1 || nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512;
}

} // namespace

CachingCmsVerifier::CachingCmsVerifier(const CmsVerifier &full, int ttlSeconds, int maxEntries)
    : m_full(full), m_ttlSeconds(ttlSeconds), m_maxEntries(maxEntries)
{
}

CachingCmsVerifier::~CachingCmsVerifier() = default;

bool CachingCmsVerifier::stripCertificates(const QByteArray &der, QByteArray &stripped, QList<QByteArray> &certificates)
{
    quint8 tag = 0;
    qsizetype h = 0, len = 0;
    // ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT SignedData }
    if (!readTlv(der, 0, tag, h, len) || tag != 0x30 || h + len != der.size())
        return false;
    qsizetype pos = h;
    qsizetype oh = 0, olen = 0;
    if (!readTlv(der, pos, tag, oh, olen) || tag != 0x06)
        return false;
    const QByteArray oid = der.mid(pos, oh + olen);
    pos += oh + olen;
    qsizetype eh = 0, elen = 0;
    if (!readTlv(der, pos, tag, eh, elen) || tag != 0xa0 || pos + eh + elen != der.size())
        return false;
    pos += eh;
    qsizetype sh = 0, slen = 0;
    if (!readTlv(der, pos, tag, sh, slen) || tag != 0x30 || pos + sh + slen != der.size())
        return false;
    pos += sh;
    QByteArray signedData;
    certificates.clear();
    while (pos < der.size()) {
        qsizetype ch = 0, clen = 0;
        if (!readTlv(der, pos, tag, ch, clen))
            return false;
        if (tag == 0xa0) { // certificates [0] IMPLICIT SET OF CertificateChoices
            qsizetype cpos = pos + ch;
            while (cpos < pos + ch + clen) {
                qsizetype xh = 0, xlen = 0;
                if (!readTlv(der, cpos, tag, xh, xlen) || tag != 0x30)
                    return false; // attribute or other certificate formats: full path
                certificates.append(der.mid(cpos, xh + xlen));
                cpos += xh + xlen;
            }
        } else {
            signedData.append(der.mid(pos, ch + clen));
        }
        pos += ch + clen;
    }
    stripped = tlv(0x30, oid + tlv(0xa0, tlv(0x30, signedData)));
    return true;
}

Status CachingCmsVerifier::verifyDetached(const QByteArray &signatureBase64, const QByteArray &body, VerifiedSigner &out) const
{
    // Devices send the header on one line; folding whitespace is removed only when present.
    const bool hasSpace = std::any_of(signatureBase64.cbegin(), signatureBase64.cend(),
                                      [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    const QByteArray compact = hasSpace ? signatureBase64.simplified().replace(' ', QByteArray()) : signatureBase64;
    const auto decoded = compact.size() <= CmsVerifier::MaxSignatureBytes
                             ? QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors)
                             : QByteArray::FromBase64Result{};
    QByteArray stripped;
    QList<QByteArray> certificates;
    if (!decoded || !stripCertificates(decoded.decoded, stripped, certificates) || certificates.size() != 1)
        return m_full.verifyDetached(signatureBase64, body, out); // its errors for the unusual cases

    const QByteArray sha = QCryptographicHash::hash(certificates.first(), QCryptographicHash::Sha256);
    std::shared_ptr<const Entry> entry;
    {
        QReadLocker lock(&m_lock);
        entry = m_cache.value(sha);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (entry && now - entry->verifiedAt < m_ttlSeconds && now >= entry->notBefore && now <= entry->notAfter) {
        m_hits.fetch_add(1, std::memory_order_relaxed);
        if (Status s = verifyWithEntry(stripped, body, *entry); !s)
            return s;
        out = entry->signer;
        return Status::success();
    }
    m_misses.fetch_add(1, std::memory_order_relaxed);
    VerifiedSigner signer;
    if (Status s = m_full.verifyDetached(signatureBase64, body, signer); !s)
        return s;
    if (signer.certificateDer == certificates.first())
        remember(sha, certificates.first(), signer);
    out = signer;
    return Status::success();
}

Status CachingCmsVerifier::verifyWithEntry(const QByteArray &stripped, const QByteArray &body, const Entry &entry) const
{
    const auto rejected = [](const QString &message) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::AuthenticationFailed, message);
    };
    ssl::BioPtr in = ssl::readBio(stripped);
    ssl::CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed || CMS_is_detached(cms.get()) != 1) {
        ssl::clearErrors();
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CmsVerifier", "The signature is not a CMS SignedData structure."));
    }
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("CmsVerifier", "The signature must have exactly one signer."));
    if (!isAcceptedDigest(sk_CMS_SignerInfo_value(signerInfos, 0)))
        return rejected(QCoreApplication::translate("CmsVerifier", "The signature uses a digest that is not accepted."));
    ssl::X509StackPtr certs(sk_X509_new_null());
    X509 *certificate = entry.certificate.get();
    X509_up_ref(certificate);
    sk_X509_push(certs.get(), certificate);
    ssl::BioPtr content = ssl::readBio(body);
    ssl::clearErrors();
    // The chain was verified when the certificate was remembered; the signature is checked now.
    if (!content
        || CMS_verify(cms.get(), certs.get(), nullptr, content.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY | CMS_NOINTERN) != 1)
        return rejected(QCoreApplication::translate("CmsVerifier", "The signature does not match the message."));
    return Status::success();
}

void CachingCmsVerifier::remember(const QByteArray &sha256, const QByteArray &certificateDer, const VerifiedSigner &signer) const
{
    ssl::X509Ptr certificate = ssl::readCertificate(certificateDer);
    if (!certificate) {
        ssl::clearErrors();
        return;
    }
    auto entry = std::make_shared<Entry>();
    entry->notBefore = ssl::toDateTime(X509_get0_notBefore(certificate.get())).toSecsSinceEpoch();
    entry->notAfter = ssl::toDateTime(X509_get0_notAfter(certificate.get())).toSecsSinceEpoch();
    entry->certificate = ssl::share(std::move(certificate));
    entry->signer = signer;
    entry->verifiedAt = QDateTime::currentSecsSinceEpoch();
    QWriteLocker lock(&m_lock);
    if (m_cache.size() >= m_maxEntries)
        m_cache.clear(); // rare (more devices than entries): start over rather than track ages
    m_cache.insert(sha256, std::move(entry));
}
