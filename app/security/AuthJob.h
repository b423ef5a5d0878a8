#pragma once

#include "security/SignInResult.h"

#include <QObject>

#include <functional>

class AuthService;
class Database;
class QThread;

// Runs a sign-in, re-authentication or unlock on a worker thread with its own database connection
// (QSqlDatabase connections are per thread): Argon2id takes about a second, and the console must not
// freeze meanwhile. One attempt at a time; finished() arrives on the caller's thread with a session
// that audits through the caller's connection. Throttling and auditing are AuthService's as usual.
class AuthJob : public QObject
{
    Q_OBJECT
public:
    explicit AuthJob(AuthService &auth, QObject *parent = nullptr);
    ~AuthJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Each returns false (and does nothing) while an attempt is still running.
    bool signIn(const QString &username, const QString &password, const QString &secondFactor);
    bool reauthenticate(const AdminSession &session, const QString &password, const QString &secondFactor);
    bool unlock(const AdminSession &session, const QString &password);

signals:
    void finished(const SignInResult &result);

private:
    bool run(std::function<SignInResult(AuthService &)> work);

    AuthService &m_auth;
    QThread *m_thread = nullptr;
};
