#pragma once

#include "apple/AppleIdentityCache.h"
#include "core/Status.h"
#include "endpoint/HttpRequest.h"
#include "pki/VerifiedSigner.h"

class AppleMdmRuntime;
class Database;

// Device authentication for /mdm/checkin and /mdm/server: the Mdm-Signature header (base64 detached
// CMS over the exact body, SHA-1 or SHA-256) must verify against the console CA, and — except for
// Authenticate, which binds — the signer certificate's SHA-256 must be bound to an enrolled device.
// Rejections are answered 400 (never 401: a 401 can make iOS drop its enrollment) and audited;
// the audit entry is the only write a rejected request causes. Refusals of peers that are not a
// bound device go through the endpoint's RefusalAggregator (one entry per source, reason and
// minute); request text in the entry is bounded (AuditText).
class AppleRequestAuthenticator
{
public:
    explicit AppleRequestAuthenticator(AppleMdmRuntime &runtime) : m_runtime(runtime) {}

    Status verifySignature(const HttpRequest &request, VerifiedSigner &out) const;
    // The device the certificate is bound to (cache first, then one primary-key lookup).
    bool boundDevice(Database &db, const QString &sha256Hex, AppleIdentityCache::Entry &out) const;
    void audit(Database &db, const HttpRequest &request, const QString &reason, const QString &sha256Hex = {},
               qint64 deviceId = 0) const;

private:
    AppleMdmRuntime &m_runtime;
};
