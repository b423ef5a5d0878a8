#include "apple/AppleMdmRuntime.h"

#include "endpoint/EndpointPaths.h"
#include "security/FieldCipher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

Status AppleMdmRuntime::create(const CertificateAuthority &ca, const Options &options, std::unique_ptr<AppleMdmRuntime> &out)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("AppleMdmRuntime", text); };
    if (ca.isNull())
        return Status::failure(ErrorCode::Failure, tr("No certificate authority is loaded."));
    const QUrl base(options.publicBaseUrl);
    if (!base.isValid() || base.scheme() != QLatin1String("https") || base.host().isEmpty() || base.hasQuery()
        || options.publicBaseUrl.endsWith(QLatin1Char('/')))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The endpoint's public address must be an https:// URL with a host and no trailing slash."));
    if (options.topic.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("No APNs topic is configured: import the MDM push certificate first."));
    if (options.fieldKey.size() != FieldCipher::kKeyBytes)
        return Status::failure(ErrorCode::InvalidInput, tr("The data key for device secrets is missing."));
    std::unique_ptr<AppleMdmRuntime> runtime(new AppleMdmRuntime);
    runtime->m_ca = ca;
    if (Status s = CmsVerifier::create(ca.certificatePem(), runtime->m_verifier); !s)
        return s;
    if (Status s = CmsSigner::create(ca.certificatePem(), ca.privateKeyPem(), QByteArray(), runtime->m_signer); !s)
        return s;
    runtime->m_options = options;
    runtime->m_clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    runtime->m_signatureVerifier = std::make_unique<CachingCmsVerifier>(runtime->m_verifier);
    out = std::move(runtime);
    return Status::success();
}

QString AppleMdmRuntime::enrollmentUrl(const QString &token) const
{
    return m_options.publicBaseUrl + QLatin1String(EndpointPaths::EnrollProfile) + token;
}
