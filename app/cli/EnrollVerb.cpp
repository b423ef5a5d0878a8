#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliVerbs.h"

#include <QCoreApplication>

// `enroll <how>`: one sub-command per way of enrolling (each in its own file).
namespace {
void printHelp(QTextStream &out)
{
    out << "Usage: clinicmdm enroll qr --ownership O --out FILE.png ...   "
        << QCoreApplication::translate("CommandLine", "(Android QR provisioning sheet; `clinicmdm enroll qr --help`)") << "\n";
    out.flush();
}
} // namespace

namespace CliVerbs {

int enroll(CliContext &ctx)
{
    return CliOptions::dispatch(ctx, {{"qr", &enrollQr}}, &printHelp);
}

} // namespace CliVerbs
