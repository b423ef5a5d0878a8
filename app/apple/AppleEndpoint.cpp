#include "apple/AppleEndpoint.h"

Status AppleEndpoint::create(const CertificateAuthority &ca, const AppleMdmRuntime::Options &options,
                             std::shared_ptr<AppleEndpoint> &out)
{
    std::shared_ptr<AppleEndpoint> e(new AppleEndpoint);
    if (Status s = AppleMdmRuntime::create(ca, options, e->m_runtime); !s)
        return s;
    e->m_issuer = std::make_unique<AppleScepIssuer>(*e->m_runtime);
    e->m_scep = std::make_unique<ScepHandler>(e->m_runtime->ca(), *e->m_issuer);
    e->m_checkIn = std::make_unique<AppleCheckInHandler>(*e->m_runtime);
    e->m_commands = std::make_unique<AppleCommandHandler>(*e->m_runtime);
    e->m_profiles = std::make_unique<EnrollmentProfileHandler>(*e->m_runtime);
    out = std::move(e);
    return Status::success();
}

std::shared_ptr<RequestHandler> AppleEndpoint::checkIn(const std::shared_ptr<AppleEndpoint> &e)
{
    return std::shared_ptr<RequestHandler>(e, e->m_checkIn.get());
}

std::shared_ptr<RequestHandler> AppleEndpoint::commands(const std::shared_ptr<AppleEndpoint> &e)
{
    return std::shared_ptr<RequestHandler>(e, e->m_commands.get());
}

std::shared_ptr<RequestHandler> AppleEndpoint::scep(const std::shared_ptr<AppleEndpoint> &e)
{
    return std::shared_ptr<RequestHandler>(e, e->m_scep.get());
}

std::shared_ptr<RequestHandler> AppleEndpoint::profiles(const std::shared_ptr<AppleEndpoint> &e)
{
    return std::shared_ptr<RequestHandler>(e, e->m_profiles.get());
}
