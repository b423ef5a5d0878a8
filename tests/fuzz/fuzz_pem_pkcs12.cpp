// Certificate and key files an admin imports (they come from outside: a CA's download, Apple's portal):
// the TLS identity importer (app/pki/TlsIdentityImporter, PEM and PKCS#12) and the MDM push
// certificate (app/push/PushCertificate, PKCS#12 and certificate + key). The first byte picks the
// importer; the parts (certificates, key, password) are separated by kPart. Seeds are made with the
// openssl command by run.sh, under the fixed fuzzing CA (tests/fuzz/data), which is the only anchor
// (no system store: deterministic, and fast).

#include "FuzzSupport.h"

#include "pki/TlsIdentityImporter.h"
#include "push/PushCertificate.h"

#include <QDateTime>
#include <QFile>

namespace {

constexpr char kPart[] = "|||FUZZ|||";
const QString kPassword = QStringLiteral("fuzz");

QList<QByteArray> parts(const QByteArray &rest)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = rest.indexOf(kPart, from);
        if (at < 0 || out.size() == 2) {
            out << rest.mid(from);
            break;
        }
        out << rest.mid(from, at - from);
        from = at + qsizetype(sizeof kPart - 1);
    }
    while (out.size() < 3)
        out << QByteArray();
    return out;
}

const TlsIdentityImporter &importer()
{
    static const TlsIdentityImporter configured = [] {
        TlsIdentityImporter i;
        QFile anchor(QStringLiteral(CLINICMDM_FUZZ_DATA_DIR "/scep-ca.pem"));
        if (!anchor.open(QIODevice::ReadOnly))
            qFatal("cannot read the fuzzing CA");
        i.setExtraTrustAnchors(anchor.readAll());
        i.setUseSystemTrustStore(false);
        i.setCheckTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        return i;
    }();
    return configured;
}

// CLINICMDM_FUZZ_VERBOSE=1: says what each input came to (to check that the seeds import).
void report(const Status &status)
{
    static const bool verbose = qEnvironmentVariableIsSet("CLINICMDM_FUZZ_VERBOSE");
    if (verbose)
        qInfo("%s", status ? "imported" : qPrintable(status.message()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::app();
    importer();
    return 0;
}


extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzSupport::Selected in = FuzzSupport::select(data, size, 4);
    const QList<QByteArray> p = parts(in.rest);
    switch (in.selector) {
    case 0: {
        TlsIdentity identity;
        const Status s = importer().fromPem(p[0], p[1], p[2], identity);
        report(s);
        if (s && identity.certificatePem.isEmpty())
            __builtin_trap();
        break;
    }
    case 1: {
        TlsIdentity identity;
        report(importer().fromPkcs12(in.rest, kPassword, identity));
        break;
    }
    case 2: {
        PushCertificate certificate;
        const Status s = PushCertificate::fromPkcs12(in.rest, kPassword, certificate);
        report(s);
        if (s && certificate.topic.isEmpty())
            __builtin_trap(); // an imported push certificate always names its topic
        break;
    }
    default: {
        PushCertificate certificate;
        report(PushCertificate::fromCertificateAndKey(p[0], p[1], p[2], certificate));
        break;
    }
    }
    return 0;
}
