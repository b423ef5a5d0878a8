#include "endpoint/EndpointRoutes.h"

#include "endpoint/CaCertificateHandler.h"
#include "endpoint/EndpointPaths.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/HealthHandler.h"

namespace EndpointRoutes {

void registerAll(EndpointServer &server, const EndpointRouteDeps &deps)
{
    server.addRoute("/health", std::make_shared<HealthHandler>(), NoBody);
    server.addRoute(EndpointPaths::CaCertificate, std::make_shared<CaCertificateHandler>(deps.ca.certificateDer()), NoBody);

    // Apple (after merging the apple branch), e.g.:
    //   server.addRoute(EndpointPaths::AppleCheckIn, std::make_shared<AppleCheckInHandler>(...), AppleCheckInBody);
    //   server.addRoute(EndpointPaths::AppleServer, std::make_shared<AppleCommandHandler>(...), AppleCommandBody);
    //   server.addRoute(EndpointPaths::Scep, std::make_shared<ScepHandler>(deps.ca, ...), ScepBody);
    //   server.addRoute(EndpointPaths::EnrollProfile, std::make_shared<EnrollProfileHandler>(...), NoBody);
    // Android (after merging the android branch):
    //   server.addRoute(EndpointPaths::AndroidAgent, std::make_shared<AndroidAgentHandler>(...), AndroidAgentBody);
}

} // namespace EndpointRoutes
