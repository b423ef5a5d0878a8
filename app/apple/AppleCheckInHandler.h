#pragma once

#include "apple/AppleRequestAuthenticator.h"
#include "endpoint/RequestHandler.h"

#include <QVariantMap>

class AppleMdmRuntime;
class Database;
struct VerifiedSigner;

// PUT /mdm/checkin (application/x-apple-aspen-mdm-checkin). Authenticate binds the signer's identity
// certificate (issued by this console's SCEP for an open enrollment) to the device record
// DeviceClaimPolicy allows — a new one, a never-bound inventory row, or an expected re-enrollment —
// with the enrollment's ownership; a claim on any other record's UDID or serial is refused (400)
// and audited as security.identity_claim_refused. TokenUpdate stores the APNs token,
// PushMagic and topic, seals the UnlockToken, marks the device enrolled and, the first time, queues
// DeviceInformation and SecurityInfo so the inventory fills; a user-channel TokenUpdate of a
// Shared iPad (UserShortName) starts that user's session. CheckOut unenrolls. Optional keys some
// clients leave out (Model, ModelName, OSVersion, ...) are tolerated.
class AppleCheckInHandler : public RequestHandler
{
public:
    explicit AppleCheckInHandler(AppleMdmRuntime &runtime);
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    HttpResponse authenticate(const HttpRequest &request, Database &db, const VerifiedSigner &signer, const QVariantMap &message);
    HttpResponse tokenUpdate(const HttpRequest &request, Database &db, const QString &sha, const QVariantMap &message);
    HttpResponse checkOut(const HttpRequest &request, Database &db, const QString &sha);
    HttpResponse reject(Database &db, const HttpRequest &request, const QString &reason, const QString &sha = {},
                        qint64 deviceId = 0);

    AppleMdmRuntime &m_runtime;
    AppleRequestAuthenticator m_auth;
};
