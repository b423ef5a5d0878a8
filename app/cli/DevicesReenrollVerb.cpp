#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "fleet/DeviceRepository.h"
#include "fleet/ReenrollmentService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

// `clinicmdm devices expect-reenroll ID|SERIAL [--hours N]`: lets a wiped or factory-reset device
// enroll again as the same record. ReenrollmentService checks the role, refuses what does not apply
// and audits; this file parses and prints.
namespace CliVerbs {

int deviceExpectReenroll(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption hours(QStringLiteral("hours"), {}, QStringLiteral("N"));
    p.addOption(hours);
    const QString usage = QStringLiteral("clinicmdm devices expect-reenroll ID|SERIAL [--hours N]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1)
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("DevicesReenrollVerb", "Usage: %1").arg(usage));
    int length = ReenrollmentService::DefaultHours;
    if (p.isSet(hours)) {
        length = CliOptions::positiveInt(p.value(hours));
        if (length < 1 || length > ReenrollmentService::MaxHours)
            return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("DevicesReenrollVerb", "--hours needs a whole number of hours, 1 to %1").arg(ReenrollmentService::MaxHours));
    }
    if (const int rc = CliSignIn::signIn(ctx, Permission::ExpectReenrollment); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(p.positionalArguments().first());
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("DevicesReenrollVerb", "no device with id or serial %1").arg(p.positionalArguments().first()));
    ReenrollmentExpectation opened;
    if (Status s = ReenrollmentService(ctx.db).expect(ctx.session, device->id, length, &opened); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << QCoreApplication::translate("DevicesReenrollVerb", "%1 may enroll again until %2 (UTC): the first %3 device enrolling with its serial number or UDID through a %4 "
                  "link becomes this record; its previous identity then stops working and commands queued for it are cancelled.")
                   .arg(device->name,
                        QDateTime::fromSecsSinceEpoch(opened.expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        DeviceTypes::displayName(device->platform), DeviceTypes::toDb(device->ownership))
            << Qt::endl;
    return 0;
}

} // namespace CliVerbs
