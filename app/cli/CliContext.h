#pragma once

#include "core/ErrorCode.h"
#include "security/Actor.h"
#include "security/AdminSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;

// What every command-line verb gets: the open database, the global options, output streams and,
// once signed in, the acting admin. Verbs print results to `out` and errors to `err`, and return an
// exit code (ErrorCode value).
//
// A verb that needs an asynchronous engine job (the keychain, the network) returns Pending instead
// and calls finish(code) when the job is done: CommandLine::run then runs the event loop
// (QCoreApplication::exec) until finish() and returns that code. Everything the verb's callbacks use
// (this context, the database) stays alive until then.
struct CliContext {
    static constexpr int Pending = -1;

    Database &db;
    QTextStream &out;
    QTextStream &err;
    QStringList args;   // the verb's own arguments, verb name first (e.g. {"devices", "list", "--json"})
    QString user;       // --user
    QString otp;        // --otp
    Actor actor;        // set by sign-in; system() until then
    AdminSession session; // set by CliSignIn; invalid until then
    QByteArray fieldKey;  // the secret store's data key, for verbs that sign in (CommandLine obtains it)

    int fail(ErrorCode code, const QString &message) const
    {
        err << "clinicmdm: " << message << Qt::endl;
        return int(code);
    }

    // Ends a Pending verb with this exit code (queued, so it also works before the loop runs).
    void finish(int code) const
    {
        out.flush();
        err.flush();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
                                  Qt::QueuedConnection);
    }
};
