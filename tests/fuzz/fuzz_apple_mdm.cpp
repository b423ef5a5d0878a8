// The Apple check-in and command-result handlers (app/apple/AppleCheckInHandler, AppleCommandHandler)
// on any body, behind the real Mdm-Signature seam: the harness names the signer itself
// (AppleMdmRuntime::setSignatureCheckForTesting), so the fuzzer reaches what the handlers do with a
// signed message. The database is a real one (AppleMdmFixture, SQLite in a temporary folder) with:
//  - device A: enrolled by the tests' iPad simulator (SCEP, Authenticate, TokenUpdate), which then
//    answered a round of commands; a second round waits for answers under fixed CommandUUIDs
//    (FUZZ-0001...), so answers from the corpus find their command in every run;
//  - device B: SCEP done, identity issued and not yet bound (an Authenticate would bind it).
// First input byte: the route and the signer (check-in or server, as A, as B, or unsigned); the rest
// is the body. Seeds are every body the simulator sent while the fixture was built.
// Handlers write (audit rows, states), so the fixture is rebuilt every kInputsPerFixture inputs.

#include "FuzzSupport.h"

#include "AppleMdmFixture.h"

#include "apple/AppleCommandService.h"

#include <QSqlQuery>

namespace {

constexpr int kInputsPerFixture = 500;
enum Route { CheckInA, CheckInB, ServerA, ServerB, CheckInUnsigned, ServerUnsigned, RouteCount };

// Keeps every body the simulators send, by route, for the seeds.
class RecordingTransport : public DeviceTransport
{
public:
    explicit RecordingTransport(DeviceTransport &inner) : m_inner(inner) {}
    HttpResponse send(const HttpRequest &request) override
    {
        if (request.path == EndpointPaths::AppleCheckIn)
            bodies << FuzzSupport::selected(CheckInA, request.body);
        else if (request.path == EndpointPaths::AppleServer)
            bodies << FuzzSupport::selected(ServerA, request.body);
        return m_inner.send(request);
    }
    QList<QByteArray> bodies;

private:
    DeviceTransport &m_inner;
};

VerifiedSigner signerOf(const QByteArray &der)
{
    VerifiedSigner s;
    s.certificateDer = der;
    s.sha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    s.subject = QStringLiteral("CN=fuzz");
    return s;
}

struct World {
    std::unique_ptr<AppleMdmFixture> fixture;
    std::unique_ptr<RecordingTransport> recorder;
    std::unique_ptr<AppleDeviceSimulator> a, b;
    QByteArray aDer, bDer;

    explicit World(const CertificateAuthority *sharedCa)
    {
        fixture = std::make_unique<AppleMdmFixture>(sharedCa);
        recorder = std::make_unique<RecordingTransport>(fixture->transport);
        a = std::make_unique<AppleDeviceSimulator>(*recorder, AppleMdmFixture::identity(1));
        if (const QString e = a->enroll(fixture->createLink()); !e.isEmpty())
            qFatal("fixture: device A cannot enroll: %s", qPrintable(e));
        a->poll();
        const qint64 id = fixture->scalar(QStringLiteral("SELECT id FROM devices")).toLongLong();
        AppleCommandService service(fixture->db());
        const QList<QPair<QString, QVariantMap>> commands{
            {QStringLiteral("InstalledApplicationList"), {}},
            {QStringLiteral("ProfileList"), {}},
            {QStringLiteral("DeviceInformation"), {{QStringLiteral("Queries"), QStringLiteral("SerialNumber,OSVersion,BatteryLevel")}}},
            {QStringLiteral("SecurityInfo"), {}},
            {QStringLiteral("ClearPasscode"), {}},
            {QStringLiteral("RestartDevice"), {}},
            {QStringLiteral("InstallProfile"), {{QStringLiteral("Payload"), QByteArray("<plist/>")}}},
        };
        for (const auto &c : commands) {
            DeviceCommand queued;
            if (!service.queue(fixture->admin, id, c.first, c.second, &queued))
                qFatal("fixture: cannot queue %s", qPrintable(c.first));
        }
        QSqlQuery q(fixture->db().connection());
        if (!q.exec(QStringLiteral("UPDATE commands SET uuid = 'FUZZ-' || substr('000' || id, -4) WHERE status = 'queued'")))
            qFatal("fixture: cannot fix the command UUIDs");
        a->poll();
        // The answers are kept (seeds); the commands wait for answers again.
        if (!q.exec(QStringLiteral("UPDATE commands SET status = 'sent', completed_at = NULL WHERE uuid LIKE 'FUZZ-%'")))
            qFatal("fixture: cannot reopen the commands");
        aDer = a->identityCertificateDer();

        b = std::make_unique<AppleDeviceSimulator>(fixture->transport, AppleMdmFixture::identity(2));
        if (!b->fetchProfile(fixture->createLink(Ownership::BYOD)).isEmpty() || b->runScep().pkiStatus != 0)
            qFatal("fixture: device B cannot get its identity");
        bDer = b->identityCertificateDer();
        recorder->bodies << FuzzSupport::selected(CheckInB, b->authenticateBody());

        fixture->runtime->setSignatureCheckForTesting([this](const QByteArray &signature, const QByteArray &, VerifiedSigner &out) {
            if (signature == "A")
                out = signerOf(aDer);
            else if (signature == "B")
                out = signerOf(bDer);
            else
                return Status::failure(ErrorCode::AuthenticationFailed, QStringLiteral("no valid signature"));
            return Status::success();
        });
    }
};

World &world()
{
    // Plain pointers, never destroyed at exit: Qt SQL's connection registry is gone by then.
    static World *w = nullptr;
    static CertificateAuthority *ca = nullptr;
    static int inputs = 0;
    if (!w || ++inputs % kInputsPerFixture == 0) {
        delete w; // the old database goes before the new one opens
        w = new World(ca);
        if (!ca)
            ca = new CertificateAuthority(w->fixture->ca);
    }
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::app();
    for (const QByteArray &seed : world().recorder->bodies)
        FuzzSupport::writeSeed(seed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzSupport::Selected in = FuzzSupport::select(data, size, RouteCount);
    World &w = world();
    HttpRequest request;
    request.method = "PUT";
    const bool checkIn = in.selector == CheckInA || in.selector == CheckInB || in.selector == CheckInUnsigned;
    request.path = checkIn ? EndpointPaths::AppleCheckIn : EndpointPaths::AppleServer;
    request.headers = {{"content-type", checkIn ? "application/x-apple-aspen-mdm-checkin" : "application/x-apple-aspen-mdm"},
                       {"user-agent", "MDM/1.0"}};
    if (in.selector == CheckInA || in.selector == ServerA)
        request.headers.append(qMakePair(QByteArray("mdm-signature"), QByteArray("A")));
    else if (in.selector == CheckInB || in.selector == ServerB)
        request.headers.append(qMakePair(QByteArray("mdm-signature"), QByteArray("B")));
    request.body = in.rest;
    request.peer = QHostAddress::LocalHost;
    (void)w.fixture->transport.send(request);
    return 0;
}
