#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliVerbs.h"
#include "fleet/OwnershipAdvisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// `enroll advise`: BYOD, COPE, Shared or kiosk, from four questions (OwnershipAdvisor). Advice
// only: it reads and changes nothing, so it needs no sign-in.
namespace CliVerbs {

int enrollAdvise(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption owner(QStringLiteral("owner"), {}, QStringLiteral("clinic|personal")),
        ephi(QStringLiteral("ephi"), {}, QStringLiteral("yes|no")), shared(QStringLiteral("shared")),
        patientFacing(QStringLiteral("patient-facing")), json(QStringLiteral("json"));
    p.addOptions({owner, ephi, shared, patientFacing, json});
    const QString usage = QStringLiteral("clinicmdm enroll advise --owner clinic|personal --ephi yes|no [--shared] [--patient-facing] [--json]");
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    OwnershipAdvisor::Answers answers;
    const QString ephiText = p.value(ephi).trimmed().toLower();
    if (!p.positionalArguments().isEmpty() || !OwnershipAdvisor::ownerFromText(p.value(owner), &answers.owner)
        || (ephiText != QLatin1String("yes") && ephiText != QLatin1String("no")))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("EnrollAdviseVerb", "Usage: %1").arg(usage));
    answers.storesEphiLocally = ephiText == QLatin1String("yes");
    answers.sharedAcrossShifts = p.isSet(shared);
    answers.patientFacing = p.isSet(patientFacing);
    const OwnershipAdvisor::Advice advice = OwnershipAdvisor::advise(answers);

    if (p.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ownership"), DeviceTypes::toDb(advice.ownership)},
                                                               {QStringLiteral("baseline"), advice.baselineId},
                                                               {QStringLiteral("reasons"), QJsonArray::fromStringList(advice.reasons)},
                                                               {QStringLiteral("warnings"), QJsonArray::fromStringList(advice.warnings)}})
                                         .toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return 0;
    }
    ctx.out << QCoreApplication::translate("EnrollAdviseVerb", "Recommended: %1; baseline: %2")
                   .arg(DeviceTypes::displayName(advice.ownership), advice.baselineId)
            << '\n';
    for (const QString &r : advice.reasons)
        ctx.out << "  - " << r << '\n';
    for (const QString &w : advice.warnings)
        ctx.out << QCoreApplication::translate("EnrollAdviseVerb", "Warning: %1").arg(w) << '\n';
    ctx.out.flush();
    return 0;
}

} // namespace CliVerbs
