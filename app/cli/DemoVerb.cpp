#include "cli/CliContext.h"
#include "cli/CliVerbs.h"

#include <QCoreApplication>

namespace CliVerbs {

int demo(CliContext &ctx)
{
    return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "'%1' is not available yet").arg(ctx.args.first()));
}

} // namespace CliVerbs
