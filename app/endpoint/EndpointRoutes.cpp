#include "endpoint/EndpointRoutes.h"

#include "endpoint/CaCertificateHandler.h"
#include "endpoint/EndpointPaths.h"
#include "endpoint/EndpointServer.h"
#include "endpoint/HealthHandler.h"
#include "endpoint/UnavailableHandler.h"
#include "android/AndroidAgentRouter.h"
#include "apple/AppleEndpoint.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "settings/SettingsRepository.h"

#include <QJsonObject>

namespace EndpointRoutes {

QStringList registerAll(EndpointServer &server, const EndpointRouteDeps &deps)
{
    QStringList problems;
    server.addRoute("/health", std::make_shared<HealthHandler>(), NoBody);
    server.addRoute(EndpointPaths::CaCertificate, std::make_shared<CaCertificateHandler>(deps.ca.certificateDer()), NoBody);

    // Apple: the APNs topic written into every enrollment profile is the push certificate's.
    AppleMdmRuntime::Options options;
    options.publicBaseUrl = deps.publicUrl;
    const std::optional<QJsonObject> push = PushCredentialRepository(deps.database).get(QLatin1String(PushCredentialNames::ApnsCertificate));
    options.topic = push ? push->value(QStringLiteral("topic")).toString() : QString();
    options.fieldKey = deps.fieldKey;
    options.organization = SettingsRepository(deps.database).stringValue(Setting::ClinicName);
    options.refusals = server.refusals();
    std::shared_ptr<AppleEndpoint> apple;
    if (const Status s = AppleEndpoint::create(deps.ca, options, apple); s) {
        server.addRoute(EndpointPaths::AppleCheckIn, AppleEndpoint::checkIn(apple), AppleCheckInBody);
        server.addRoute(EndpointPaths::AppleServer, AppleEndpoint::commands(apple), AppleCommandBody);
        server.addRoute(EndpointPaths::Scep, AppleEndpoint::scep(apple), ScepBody);
        server.addRoute(EndpointPaths::EnrollProfile, AppleEndpoint::profiles(apple), NoBody, EndpointRouteTable::Scope::SubPaths);
    } else {
        problems << s.message();
        auto unavailable = std::make_shared<UnavailableHandler>(s.message().toUtf8());
        for (const char *path : {EndpointPaths::AppleCheckIn, EndpointPaths::AppleServer, EndpointPaths::Scep})
            server.addRoute(path, unavailable, NoBody);
        server.addRoute(EndpointPaths::EnrollProfile, unavailable, NoBody, EndpointRouteTable::Scope::SubPaths);
    }

    server.addRoute(EndpointPaths::AndroidAgent, std::make_shared<AndroidAgentRouter>(deps.ca), AndroidAgentBody,
                    EndpointRouteTable::Scope::SubPaths);
    return problems;
}

} // namespace EndpointRoutes
