#pragma once

#include "endpoint/RequestHandler.h"

class AppleMdmRuntime;

// GET /enroll/<token>: the signed enrollment profile (application/x-apple-aspen-config), which iOS
// offers to install. Unknown, used and expired links all get the same 404.
class EnrollmentProfileHandler : public RequestHandler
{
public:
    explicit EnrollmentProfileHandler(AppleMdmRuntime &runtime) : m_runtime(runtime) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    AppleMdmRuntime &m_runtime;
};
