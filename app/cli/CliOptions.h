#pragma once

#include <QStringList>

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
}
