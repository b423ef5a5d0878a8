#include "apple/EnrollmentProfileHandler.h"

#include "apple/EnrollmentService.h"
#include "endpoint/EndpointContext.h"
#include "endpoint/EndpointPaths.h"

#include <cctype>

HttpResponse EnrollmentProfileHandler::handle(const HttpRequest &request, EndpointContext &context)
{
    if (request.method != "GET")
        return HttpResponse::error(405, "method not allowed");
    const QByteArray prefix(EndpointPaths::EnrollProfile);
    if (!request.path.startsWith(prefix))
        return HttpResponse::error(404, "not found");
    const QByteArray token = request.path.mid(prefix.size());
    // Tokens are base64url: anything else is not one of ours.
    for (const char c : token)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'))
            return HttpResponse::error(404, "not found");
    QByteArray profile;
    const Status s = EnrollmentService(context.database()).profileForToken(m_runtime, QString::fromLatin1(token), profile);
    if (!s)
        return HttpResponse::error(s.code() == ErrorCode::NotFound ? 404 : 500,
                                   s.code() == ErrorCode::NotFound ? "enrollment link unknown, used or expired"
                                                                   : "cannot build the enrollment profile");
    HttpResponse response = HttpResponse::ok("application/x-apple-aspen-config", profile);
    response.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"clinicmdm-enroll.mobileconfig\"")));
    response.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return response;
}
