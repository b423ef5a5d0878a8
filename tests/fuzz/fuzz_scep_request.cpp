// SCEP PKIOperation messages (app/pki/ScepRequest): CMS SignedData around an EnvelopedData for the CA.
// The CA is fixed (tests/fuzz/data/scep-ca.*, a throwaway key made for fuzzing only) so that the
// committed corpus stays decryptable and the fuzzer reaches the envelope and the PKCS#10 inside.
// Seeds are real messages from the tests' SCEP client (tests/sim/ScepClient): PKCSReq with a
// challenge, PKCSReq without, and RenewalReq signed by an issued identity.

#include "FuzzSupport.h"

#include "ScepClient.h"

#include "pki/CertificateAuthority.h"
#include "pki/CertificateBuilder.h"
#include "pki/ScepRequest.h"

#include <QFile>

#include <openssl/evp.h>

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(CLINICMDM_FUZZ_DATA_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return f.readAll();
}

const CertificateAuthority &ca()
{
    static const CertificateAuthority loaded = [] {
        CertificateAuthority c;
        if (!CertificateAuthority::load(readData("scep-ca.pem"), readData("scep-ca.key"), c))
            qFatal("cannot load the fuzzing CA");
        return c;
    }();
    return loaded;
}

void writeSeeds()
{
    if (FuzzSupport::seedDir().isEmpty())
        return;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> device(CertificateBuilder::generateKey(KeyAlgorithm::Rsa2048), EVP_PKEY_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> next(CertificateBuilder::generateKey(KeyAlgorithm::Rsa2048), EVP_PKEY_free);
    const QByteArray caDer = ca().certificateDer();
    const QByteArray first = ScepClient::pkiMessage(device.get(), QStringLiteral("ipad"), "challenge-1234", caDer, "T1",
                                                    "0123456789abcdef");
    FuzzSupport::writeSeed(first);
    FuzzSupport::writeSeed(ScepClient::pkiMessage(device.get(), QStringLiteral("x"), QByteArray(), caDer, "T2", "fedcba9876543210"));
    // A RenewalReq, signed by the identity the CA issued for the first request.
    ScepRequest parsed;
    QByteArray issued;
    if (!ScepRequest::parse(first, ca(), parsed) || !ca().issueClientCertificate(parsed.csrDer(), 365, issued))
        qFatal("cannot make the renewal seed");
    FuzzSupport::writeSeed(ScepClient::pkiMessage(next.get(), QStringLiteral("renewed"), QByteArray(), caDer, "R1",
                                                  QByteArray(16, 'r'), device.get(), issued));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::app();
    ca();
    writeSeeds();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ScepRequest request;
    if (!ScepRequest::parse(FuzzSupport::bytes(data, size), ca(), request))
        return 0;
    if (request.csrDer().isEmpty() || request.signerCertificateDer().isEmpty())
        __builtin_trap(); // a parsed request always carries its CSR and its signer
    return 0;
}
