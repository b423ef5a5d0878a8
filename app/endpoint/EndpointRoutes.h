#pragma once

#include "pki/CachingCmsVerifier.h"
#include "pki/CertificateAuthority.h"

#include <QString>

#include <memory>

class Database;
class EndpointServer;

// What the protocol handlers may need when they are built (on the GUI or CLI thread, before the
// server starts). Handlers must not keep `database`: on worker threads they use the context's.
struct EndpointRouteDeps {
    Database &database;
    CertificateAuthority ca;
    QString publicUrl; // e.g. https://mdm.clinic.example:8443
    // One Mdm-Signature verifier for every handler and worker thread, trusting the console CA
    // (caches verified device certificates: see CachingCmsVerifier).
    std::shared_ptr<const CachingCmsVerifier> signatureVerifier;
    QByteArray fieldKey; // seals device secrets (Apple UnlockTokens); from the secret store
};

// THE place where the device endpoint's routes are registered. The Apple handlers (check-in,
// commands, SCEP, enrollment profiles) and the Android agent handlers are wired here, each with its
// body limit. Routes are exact paths; only the enrollment links (a token below /enroll/) and the
// agent protocol (its routes below /agent/v1/) are declared with sub-paths.
namespace EndpointRoutes {
// Returns what could not be served and why (e.g. no push certificate yet: Apple routes answer 503).
QStringList registerAll(EndpointServer &server, const EndpointRouteDeps &deps);

// Body limits per route (bytes); a larger Content-Length gets 413 from the head alone.
inline constexpr qint64 NoBody = 0;
inline constexpr qint64 AppleCheckInBody = 256 * 1024;
inline constexpr qint64 AppleCommandBody = 4 * 1024 * 1024; // InstalledApplicationList results are big
inline constexpr qint64 ScepBody = 64 * 1024;
inline constexpr qint64 AndroidAgentBody = 1024 * 1024;
} // namespace EndpointRoutes
