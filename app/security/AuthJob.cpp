#include "security/AuthJob.h"

#include "db/Database.h"
#include "security/AuthService.h"

#include <QThread>

#include <memory>

AuthJob::AuthJob(AuthService &auth, QObject *parent) : QObject(parent), m_auth(auth) {}

AuthJob::~AuthJob()
{
    // The worker writes audit entries; it finishes (about a second at most) before its connection goes.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool AuthJob::signIn(const QString &username, const QString &password, const QString &secondFactor)
{
    return run([username, password, secondFactor](AuthService &auth) { return auth.signIn(username, password, secondFactor); });
}

bool AuthJob::reauthenticate(const AdminSession &session, const QString &password, const QString &secondFactor)
{
    return run([session, password, secondFactor](AuthService &auth) {
        AdminSession copy = session;
        return auth.reauthenticate(copy, password, secondFactor);
    });
}

bool AuthJob::unlock(const AdminSession &session, const QString &password)
{
    return run([session, password](AuthService &auth) { return auth.unlock(session, password); });
}

bool AuthJob::run(std::function<SignInResult(AuthService &)> work)
{
    if (m_thread)
        return false;
    auto result = std::make_shared<SignInResult>();
    Database &source = m_auth.database();
    const AuthService *auth = &m_auth;
    m_thread = QThread::create([&source, auth, result, work = std::move(work)] {
        Database own; // QSqlDatabase connections belong to the thread that opened them
        if (Status s = own.openAnother(source); !s) {
            result->status = s;
            return;
        }
        *result = work(*auth->forDatabase(own));
        result->session.setAuditDatabase(nullptr); // `own` ends with this thread
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        result->session.setAuditDatabase(&m_auth.database());
        emit finished(*result);
    });
    m_thread->start();
    return true;
}
