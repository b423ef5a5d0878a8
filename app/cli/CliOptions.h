#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

class QCommandLineParser;
struct CliContext;

// Shared argument handling for the verbs: `--help` anywhere, and QCommandLineParser errors turned
// into a usage error (exit 2) on stderr.
namespace CliOptions {
bool wantsHelp(const QStringList &args);
// `args` starts with the sub-command's own name (QCommandLineParser skips the first element).
bool parse(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage);
// A whole positive number, or -1.
int positiveInt(const QString &text);

struct Subcommand {
    const char *name;
    int (*run)(CliContext &);
};
// Runs the sub-command named by ctx.args[1] (`clinicmdm <verb> <sub> ...`). `--help` prints the verb's
// help; a missing or unknown sub-command is a usage error (exit 2) that names the valid ones.
int dispatch(CliContext &ctx, const QList<Subcommand> &subcommands, void (*printHelp)(QTextStream &));
}
