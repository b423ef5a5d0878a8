#pragma once

// Everything the Apple protocol tests need in process: a fleet database, a console CA, the runtime
// and every Apple route behind an InProcessTransport, and an administrator session.

#include "AppleDeviceSimulator.h"
#include "InProcessTransport.h"
#include "TestAdmin.h"
#include "TestDatabase.h"
#include "TestEndpointContext.h"

#include "apple/AppleCheckInHandler.h"
#include "apple/AppleCommandHandler.h"
#include "apple/AppleMdmRuntime.h"
#include "apple/AppleScepIssuer.h"
#include "endpoint/CaCertificateHandler.h"
#include "apple/EnrollmentProfileHandler.h"
#include "apple/EnrollmentService.h"
#include "endpoint/EndpointPaths.h"
#include "pki/ScepHandler.h"
#include "security/FieldCipher.h"

#include <QSqlQuery>

#include <memory>

class AppleMdmFixture
{
public:
    static constexpr char Topic[] = "com.apple.mgmt.External.0c1a7f4e-51c6-4f3e-9d0a-1b2c3d4e5f60";
    static constexpr char BaseUrl[] = "https://mdm.clinic.test:8443";

    explicit AppleMdmFixture(const CertificateAuthority *sharedCa = nullptr) : context(database.db()), transport(context)
    {
        if (sharedCa) {
            ca = *sharedCa;
        } else {
            const Status s = CertificateAuthority::create(QStringLiteral("ClinicMDM Test CA"), QStringLiteral("Test Clinic"),
                                                          KeyAlgorithm::Rsa2048, 3650, ca);
            QVERIFY2(s.ok(), qPrintable(s.message()));
        }
        AppleMdmRuntime::Options options;
        options.publicBaseUrl = QString::fromLatin1(BaseUrl);
        options.topic = QString::fromLatin1(Topic);
        options.fieldKey = FieldCipher::generateKey();
        options.organization = QStringLiteral("Test Clinic");
        const Status s = AppleMdmRuntime::create(ca, options, runtime);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        issuer = std::make_unique<AppleScepIssuer>(*runtime);
        scep = std::make_unique<ScepHandler>(ca, *issuer);
        checkIn = std::make_unique<AppleCheckInHandler>(*runtime);
        server = std::make_unique<AppleCommandHandler>(*runtime);
        profiles = std::make_unique<EnrollmentProfileHandler>(*runtime);
        caHandler = std::make_unique<CaCertificateHandler>(ca.certificateDer());
        transport.route(EndpointPaths::Scep, scep.get());
        transport.route(EndpointPaths::AppleCheckIn, checkIn.get());
        transport.route(EndpointPaths::AppleServer, server.get());
        transport.route(EndpointPaths::EnrollProfile, profiles.get());
        transport.route(EndpointPaths::CaCertificate, caHandler.get());
        QVERIFY(TestAdmin::create(db(), QStringLiteral("test-root"), Role::Administrator));
        admin = AdminSession(&db(), 1, QStringLiteral("test-root"), Role::Administrator, true);
    }

    Database &db() { return database.db(); }

    QString createLink(Ownership ownership = Ownership::COPE)
    {
        QList<EnrollmentService::Link> links;
        const Status s = EnrollmentService(db()).create(admin, ownership, 1, QStringLiteral("Cardiology"), QString::fromLatin1(BaseUrl),
                                                        runtime->now(), links);
        if (!s || links.size() != 1) {
            qWarning("cannot create an enrollment link: %s", qPrintable(s.message()));
            return {};
        }
        return links.first().url;
    }

    static AppleDeviceSimulator::Identity identity(int n)
    {
        AppleDeviceSimulator::Identity id;
        id.udid = QStringLiteral("00008101-%1").arg(n, 16, 10, QLatin1Char('0'));
        id.serial = QStringLiteral("DMPXK%1").arg(n, 7, 10, QLatin1Char('0'));
        id.imei = QStringLiteral("35%1").arg(n, 13, 10, QLatin1Char('0'));
        return id;
    }

    int rows(const QString &table)
    {
        QSqlQuery q(db().connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }
    // Row counts of every table a device request could write (audit_events separately).
    QMap<QString, int> snapshot()
    {
        QMap<QString, int> m;
        for (const char *t : {"devices", "enrollments", "commands", "command_results", "push_tokens", "device_facts", "device_apps",
                              "apple_identities", "apple_scep_challenges", "apple_device_secrets", "audit_events"})
            m.insert(QString::fromLatin1(t), rows(QString::fromLatin1(t)));
        return m;
    }
    QString scalar(const QString &sql)
    {
        QSqlQuery q(db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    TestDatabase database;
    TestEndpointContext context;
    InProcessTransport transport;
    CertificateAuthority ca;
    std::unique_ptr<AppleMdmRuntime> runtime;
    std::unique_ptr<AppleScepIssuer> issuer;
    std::unique_ptr<ScepHandler> scep;
    std::unique_ptr<AppleCheckInHandler> checkIn;
    std::unique_ptr<AppleCommandHandler> server;
    std::unique_ptr<EnrollmentProfileHandler> profiles;
    std::unique_ptr<CaCertificateHandler> caHandler;
    AdminSession admin;
};
