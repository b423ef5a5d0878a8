// The Android agent protocol's JSON (app/android/AgentRequestReader and every handler behind
// AndroidAgentRouter) on any body, from an agent whose client certificate is real: the tests' agent
// simulator (tests/sim/AndroidAgentSimulator) enrolled it, checked in, fetched and acknowledged its
// policy, answered a command and reported sessions while the fixture was built; those messages are
// the seeds. Commands wait for results under fixed UUIDs (FUZZ-A001...), and "@TOKEN@" in an input
// stands for an open enrollment token, so seeds stay meaningful from one fixture to the next.
// First input byte: the route; the rest is the body. The fixture is rebuilt every kInputsPerFixture.

#include "FuzzSupport.h"

#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "android/AndroidEnrollmentTokenRepository.h"
#include "commands/CommandRepository.h"
#include "endpoint/EndpointPaths.h"
#include "pki/CertificateAuthority.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

constexpr int kInputsPerFixture = 500;
const char *const kRoutes[] = {AgentProtocol::EnrollPath,      AgentProtocol::CheckInPath,       AgentProtocol::PolicyPath,
                               AgentProtocol::PolicyAckPath,   AgentProtocol::CommandNextPath,   AgentProtocol::CommandResultPath,
                               AgentProtocol::SessionsPath};
constexpr int kRouteCount = int(sizeof kRoutes / sizeof kRoutes[0]);

int routeOfSchema(const QString &schema)
{
    static const QHash<QString, int> routes{{QStringLiteral("EnrollRequest"), 0}, {QStringLiteral("CheckInRequest"), 1},
                                            {QStringLiteral("PolicyAck"), 3},     {QStringLiteral("CommandResult"), 5},
                                            {QStringLiteral("SessionBatch"), 6}};
    return routes.value(schema, -1);
}

QString newToken(Database &db)
{
    AndroidEnrollmentToken t;
    t.method = QStringLiteral("token");
    t.ownership = Ownership::COPE;
    t.department = QStringLiteral("Cardiology");
    t.createdAt = QDateTime::currentSecsSinceEpoch();
    t.expiresAt = t.createdAt + 24 * 3600;
    QString clear;
    if (!AndroidEnrollmentTokenRepository(db).create(t, QStringLiteral("fuzz"), &clear))
        qFatal("fixture: cannot create an enrollment token");
    return clear;
}

void enqueue(Database &db, qint64 deviceId, const char *uuid, const QString &type)
{
    DeviceCommand c;
    c.uuid = QString::fromLatin1(uuid);
    c.deviceId = deviceId;
    c.requestType = type;
    c.payload = "{}";
    c.priority = 10;
    c.queuedBy = QStringLiteral("fuzz");
    c.queuedAt = QDateTime::currentSecsSinceEpoch();
    if (!CommandRepository(db).enqueue(c))
        qFatal("fixture: cannot queue a command");
}

struct World {
    TestDatabase database;
    TestEndpointContext context{database.db()};
    std::unique_ptr<AndroidAgentRouter> router;
    std::unique_ptr<AndroidAgentSimulator> agent;
    QString openToken;
    QList<QByteArray> seeds;

    explicit World(const CertificateAuthority &ca)
    {
        Database &db = database.db();
        router = std::make_unique<AndroidAgentRouter>(ca);
        agent = std::make_unique<AndroidAgentSimulator>(*router, context, QStringLiteral("R52T30ABCDE"));
        const QString used = newToken(db);
        const HttpResponse enrolled = agent->enroll(used);
        const HttpResponse checkedIn = enrolled.status == 200 ? agent->checkIn() : enrolled;
        if (checkedIn.status != 200)
            qFatal("fixture: the agent cannot enroll: %d %s", checkedIn.status, checkedIn.body.constData());
        agent->fetchPolicy();
        agent->acknowledgePolicy();
        enqueue(db, agent->deviceId(), "FUZZ-A000", QStringLiteral("LOCK"));
        agent->runNextCommand();
        agent->signIn(QStringLiteral("nurse.kim"), QDateTime::currentSecsSinceEpoch() - 60);
        agent->signOut(QStringLiteral("nurse.kim"), QDateTime::currentSecsSinceEpoch());
        for (const char *uuid : {"FUZZ-A001", "FUZZ-A002", "FUZZ-A003"})
            enqueue(db, agent->deviceId(), uuid, QStringLiteral("LOCK"));
        openToken = newToken(db);
        for (const AndroidAgentSimulator::Message &m : agent->messages()) {
            const int route = routeOfSchema(m.schema);
            if (!m.sent || route < 0)
                continue;
            QByteArray body = QJsonDocument(m.body).toJson(QJsonDocument::Compact);
            body.replace(used.toUtf8(), "@TOKEN@");
            body.replace("FUZZ-A000", "FUZZ-A001");
            seeds << FuzzSupport::selected(route, body);
        }
    }
};

World &world()
{
    // Plain pointers, never destroyed at exit: Qt SQL's connection registry is gone by then.
    static CertificateAuthority *ca = nullptr;
    static World *w = nullptr;
    static int inputs = 0;
    if (!ca) {
        ca = new CertificateAuthority;
        if (!CertificateAuthority::create(QStringLiteral("Fuzz CA"), QStringLiteral("Fuzz Clinic"), KeyAlgorithm::Rsa2048, 365, *ca))
            qFatal("fixture: cannot create the CA");
    }
    if (!w || ++inputs % kInputsPerFixture == 0) {
        delete w; // the old database goes before the new one opens
        w = new World(*ca);
    }
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::app();
    for (const QByteArray &seed : world().seeds)
        FuzzSupport::writeSeed(seed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzSupport::Selected in = FuzzSupport::select(data, size, kRouteCount);
    World &w = world();
    QByteArray body = in.rest;
    body.replace("@TOKEN@", w.openToken.toUtf8());
    const QByteArray route = kRoutes[in.selector];
    (void)w.agent->raw(route == AgentProtocol::PolicyPath ? "GET" : "POST", route, body);
    return 0;
}
