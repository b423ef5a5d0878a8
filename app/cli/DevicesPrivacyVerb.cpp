#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "fleet/DeviceRepository.h"
#include "privacy/PrivacyManifestService.h"
#include "privacy/PrivacyManifestText.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// `devices privacy ID|SERIAL [--pdf FILE]`: the device's privacy manifest, as text or as the PDF
// hand-out. PrivacyManifestService decides (ViewFleet) and audits; this file parses and prints.
namespace CliVerbs {

int devicePrivacy(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption pdf(QStringLiteral("pdf"), {}, QStringLiteral("FILE"));
    p.addOption(pdf);
    const QString usage = QStringLiteral("clinicmdm devices privacy ID|SERIAL [--pdf FILE]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    if (p.positionalArguments().size() != 1 || (p.isSet(pdf) && p.value(pdf).trimmed().isEmpty()))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("DevicesPrivacyVerb", "Usage: %1").arg(usage));
    const QString key = p.positionalArguments().first().trimmed();
    if (const int rc = CliSignIn::signIn(ctx, Permission::ViewFleet); rc != 0)
        return rc;
    const std::optional<Device> device = DeviceRepository(ctx.db).findByIdOrSerial(key);
    if (!device)
        return ctx.fail(ErrorCode::NotFound, QCoreApplication::translate("DevicesPrivacyVerb", "no device with id or serial %1").arg(key));

    PrivacyManifestService service(ctx.db);
    PrivacyManifest manifest;
    if (p.isSet(pdf)) {
        if (Status s = service.exportPdf(ctx.session, device->id, p.value(pdf), &manifest); !s)
            return ctx.fail(s.code(), s.message());
        ctx.out << QCoreApplication::translate("DevicesPrivacyVerb", "Wrote the privacy manifest of %1 to %2.").arg(device->name, p.value(pdf))
                << Qt::endl;
        return 0;
    }
    if (Status s = service.view(ctx.session, device->id, manifest); !s)
        return ctx.fail(s.code(), s.message());
    ctx.out << PrivacyManifestText::render(manifest);
    ctx.out.flush();
    return 0;
}

} // namespace CliVerbs
