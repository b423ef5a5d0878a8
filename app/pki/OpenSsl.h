#pragma once

// Internal to app/pki: owning handles for OpenSSL objects and the conversions every pki class needs.
// Not a public header (it pulls in OpenSSL); the pki classes' headers only name OpenSSL types.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ssl {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *object) const { Free(object); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using RequestPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using BigNumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

struct X509StackFree {
    void operator()(STACK_OF(X509) *stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

// Shared ownership for the immutable objects the pki classes keep (copyable classes, read by
// several threads once built).
std::shared_ptr<X509> share(X509Ptr certificate);
std::shared_ptr<EVP_PKEY> share(PKeyPtr key);

// Empties OpenSSL's per-thread error queue and returns its entries as one line ("" when empty).
QString takeErrors();
void clearErrors();

BioPtr readBio(const QByteArray &bytes);
QByteArray bioBytes(BIO *bio);

bool looksLikePem(const QByteArray &bytes);
// One certificate from PEM (the first one) or DER.
X509Ptr readCertificate(const QByteArray &pemOrDer);
// Every certificate of a PEM bundle, in order; an empty stack when none.
X509StackPtr readCertificates(const QByteArray &pem);
PKeyPtr readPrivateKey(const QByteArray &pem, const QByteArray &password = {});

QByteArray certificatePem(X509 *certificate);
QByteArray certificateDer(X509 *certificate);
QByteArray privateKeyPem(EVP_PKEY *key); // PKCS#8, unencrypted
QByteArray sha256(X509 *certificate);    // of the DER encoding
QDateTime toDateTime(const ASN1_TIME *time);
QString nameToString(const X509_NAME *name); // RFC 2253

} // namespace ssl
