#pragma once

#include "core/ErrorCode.h"
#include "security/Actor.h"
#include "security/AdminSession.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

class Database;

// What every command-line verb gets: the open database, the global options, output streams and,
// once signed in, the acting admin. Verbs print results to `out` and errors to `err`, and return an
// exit code (ErrorCode value).
struct CliContext {
    Database &db;
    QTextStream &out;
    QTextStream &err;
    QStringList args;   // the verb's own arguments, verb name first (e.g. {"devices", "list", "--json"})
    QString user;       // --user
    QString otp;        // --otp
    Actor actor;        // set by sign-in; system() until then
    AdminSession session; // set by CliSignIn; invalid until then

    int fail(ErrorCode code, const QString &message) const
    {
        err << "clinicmdm: " << message << Qt::endl;
        return int(code);
    }
};
