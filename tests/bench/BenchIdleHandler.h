#pragma once

#include "endpoint/RequestHandler.h"
#include "pki/CachingCmsVerifier.h"

#include <memory>

// What the Apple Idle path does per check-in, for bench_endpoint: verify the detached CMS
// Mdm-Signature against the console CA (pki/CmsVerifier), parse the plist (apple/Plist), find the
// device by UDID and check that the signer certificate is the one bound to its enrollment, look up
// its next queued command (priority, then age) and note last_seen (coalesced by the server's
// context). Answers the command's payload or an empty 200, like the real handler. The bench keeps
// handlers pluggable: once the apple branch lands, its real handler replaces this one.
class BenchIdleHandler : public RequestHandler
{
public:
    explicit BenchIdleHandler(std::shared_ptr<const CachingCmsVerifier> verifier) : m_verifier(std::move(verifier)) {}
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    const std::shared_ptr<const CachingCmsVerifier> m_verifier;
};
