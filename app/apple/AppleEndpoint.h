#pragma once

#include "apple/AppleCheckInHandler.h"
#include "apple/AppleCommandHandler.h"
#include "apple/AppleMdmRuntime.h"
#include "apple/AppleScepIssuer.h"
#include "apple/EnrollmentProfileHandler.h"
#include "pki/ScepHandler.h"

#include <memory>

// The Apple MDM handlers of one running endpoint and the runtime they share, kept together so one
// shared_ptr keeps all of them alive as long as the server routes to any of them.
class AppleEndpoint
{
public:
    static Status create(const CertificateAuthority &ca, const AppleMdmRuntime::Options &options,
                         std::shared_ptr<AppleEndpoint> &out);

    AppleMdmRuntime &runtime() { return *m_runtime; }
    // Aliasing pointers: each shares ownership of the whole AppleEndpoint.
    static std::shared_ptr<RequestHandler> checkIn(const std::shared_ptr<AppleEndpoint> &e);
    static std::shared_ptr<RequestHandler> commands(const std::shared_ptr<AppleEndpoint> &e);
    static std::shared_ptr<RequestHandler> scep(const std::shared_ptr<AppleEndpoint> &e);
    static std::shared_ptr<RequestHandler> profiles(const std::shared_ptr<AppleEndpoint> &e);

private:
    AppleEndpoint() = default;

    std::unique_ptr<AppleMdmRuntime> m_runtime;
    std::unique_ptr<AppleScepIssuer> m_issuer;
    std::unique_ptr<ScepHandler> m_scep;
    std::unique_ptr<AppleCheckInHandler> m_checkIn;
    std::unique_ptr<AppleCommandHandler> m_commands;
    std::unique_ptr<EnrollmentProfileHandler> m_profiles;
};
