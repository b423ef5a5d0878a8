#pragma once

#include "apple/AppleRequestAuthenticator.h"
#include "commands/DeviceCommand.h"
#include "endpoint/RequestHandler.h"

#include <QVariantMap>

class AppleMdmRuntime;
class Database;

// PUT /mdm/server: the device reports the status of the last command (Acknowledged, Error,
// CommandFormatError, NotNow) or that it is Idle, and gets the next command plist or an empty 200.
//
// Session: a device starts a session with Idle (after a push or on its own) and goes on answering
// commands until the server answers empty. A command answered NotNow is kept (status 'notnow') and
// not offered again for the rest of that session; the next Idle — the next session — offers it
// again. An Idle also re-offers a command still 'sent' (the device only says Idle when it holds no
// command, so the earlier delivery was lost: no command is lost between queueing and answer). No
// session state is kept in memory: the rule follows from the stored statuses and the message.
//
// Idle costs one cached identity lookup, one signature check, one indexed SELECT and a coalesced
// last_seen update (LastSeenRecorder). Answers for unknown CommandUUIDs get 400 with nothing written.
class AppleCommandHandler : public RequestHandler
{
public:
    explicit AppleCommandHandler(AppleMdmRuntime &runtime);
    HttpResponse handle(const HttpRequest &request, EndpointContext &context) override;

private:
    HttpResponse reject(Database &db, const HttpRequest &request, const QString &reason, const QString &sha = {},
                        qint64 deviceId = 0);
    bool recordAnswer(Database &db, const AppleIdentityCache::Entry &device, const DeviceCommand &command,
                      const QString &status, const QVariantMap &message);
    HttpResponse nextCommand(Database &db, const AppleIdentityCache::Entry &device, bool startOfSession);

    AppleMdmRuntime &m_runtime;
    AppleRequestAuthenticator m_auth;
};
