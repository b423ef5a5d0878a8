#include "apple/EnrollmentService.h"
#include "endpoint/EndpointAddress.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `enroll create`: Apple enrollment links. The engine's EnrollmentService decides (role, batch
// size) and audits; this file parses and prints. Tokens are printed once and never stored.
namespace {

int create(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption ownership(QStringLiteral("ownership"), {}, QStringLiteral("byod|cope|cosu|shared")),
        count(QStringLiteral("count"), {}, QStringLiteral("N")), department(QStringLiteral("department"), {}, QStringLiteral("D")),
        days(QStringLiteral("days"), {}, QStringLiteral("DAYS")), out(QStringLiteral("out"), {}, QStringLiteral("FILE")),
        json(QStringLiteral("json"));
    p.addOptions({ownership, count, department, days, out, json});
    const QString usage = QStringLiteral("clinicmdm enroll create --ownership byod|cope|cosu|shared [--count N] [--department D] "
                                         "[--days DAYS] [--out FILE.mobileconfig] [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const std::optional<Ownership> owner = DeviceTypes::ownershipFromDb(p.value(ownership));
    if (!p.isSet(ownership) || !owner || !p.positionalArguments().isEmpty())
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("EnrollVerb", "Usage: %1").arg(usage));
    const int n = p.isSet(count) ? CliOptions::positiveInt(p.value(count)) : 1;
    const int validDays = p.isSet(days) ? CliOptions::positiveInt(p.value(days)) : 7;
    if (n <= 0 || validDays <= 0 || validDays > 90)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("EnrollVerb", "--count needs a positive number and --days 1 to 90"));
    if (p.isSet(out))
        // The signed profile needs the console CA's key, which only the running endpoint holds.
        return ctx.fail(ErrorCode::Failure,
                        QCoreApplication::translate("EnrollVerb", "--out needs the console's certificate authority, which this "
                                                                  "command cannot load yet; give the device the link instead."));
    if (const int rc = CliSignIn::signIn(ctx, Permission::EnrollDevices); rc != 0)
        return rc;
    QList<EnrollmentService::Link> links;
    const Status s = EnrollmentService(ctx.db).create(ctx.session, *owner, n, p.value(department), EndpointAddress::publicUrl(ctx.db),
                                                      QDateTime::currentSecsSinceEpoch(), links, qint64(validDays) * 24 * 3600);
    if (!s)
        return ctx.fail(s.code(), s.message());
    if (p.isSet(json)) {
        QJsonArray array;
        for (const EnrollmentService::Link &l : links)
            array.append(QJsonObject{{QStringLiteral("id"), l.enrollment.id},
                                     {QStringLiteral("ownership"), DeviceTypes::toDb(l.enrollment.ownership)},
                                     {QStringLiteral("url"), l.url},
                                     {QStringLiteral("expires_at"),
                                      QDateTime::fromSecsSinceEpoch(l.enrollment.expiresAt, Qt::UTC).toString(Qt::ISODate)}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    for (const EnrollmentService::Link &l : links)
        ctx.out << l.url << '\n';
    ctx.err << QCoreApplication::translate("EnrollVerb", "%n one-time %1 enrollment link(s), valid until %2. Open a link on the device "
                                                         "to install the enrollment profile.", nullptr, int(links.size()))
                   .arg(DeviceTypes::toDb(*owner),
                        QDateTime::fromSecsSinceEpoch(links.first().enrollment.expiresAt, Qt::UTC).toString(Qt::ISODate))
            << Qt::endl;
    ctx.out.flush();
    return 0;
}

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("EnrollVerb", "Usage:") << "\n"
        << "  clinicmdm --user NAME enroll create --ownership byod|cope|cosu|shared [--count N] [--department D] [--days DAYS] [--json]\n"
        << "      " << QCoreApplication::translate("EnrollVerb", "Prints one one-time enrollment link per device (Apple devices).") << "\n"
        << "  clinicmdm --user NAME enroll qr --ownership O --out FILE.png ...\n"
        << "      " << QCoreApplication::translate("EnrollVerb", "Android QR provisioning sheet; `clinicmdm enroll qr --help`.") << "\n"
        << "  clinicmdm enroll advise --owner clinic|personal --ephi yes|no [--shared] [--patient-facing] [--json]\n"
        << "      " << QCoreApplication::translate("EnrollVerb", "Recommends BYOD, COPE, Shared or kiosk (COSU) and the baseline to use.") << "\n";
    out.flush();
}

} // namespace

namespace CliVerbs {

int enroll(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"create", &create}, {"qr", &enrollQr}, {"advise", &enrollAdvise}}, &printHelp);
}

} // namespace CliVerbs
