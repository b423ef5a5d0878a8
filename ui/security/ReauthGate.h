#pragma once

#include "core/Status.h"
#include "security/Permission.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AdminSession;
class AuthService;
class ReauthDialog;
class QWidget;

// Guards a sensitive action (audit export, account and role changes): asks for the password and code
// again (ReauthDialog, opened, never exec()'d), then lets the engine decide (AdminSession::require,
// which audits a refusal as access.denied) and only then runs the action. The confirmation itself is
// audited by AuthService (admin.reauth / admin.reauth.failed).
class ReauthGate : public QObject
{
    Q_OBJECT
public:
    ReauthGate(AuthService &auth, AdminSession &session, QObject *parent = nullptr);

    // `action` completes "To …, enter your password…", e.g. tr("export the audit trail").
    void confirm(QWidget *parent, Permission permission, const QString &action, std::function<void()> proceed);
    ReauthDialog *openDialog() const;

signals:
    void refused(const Status &status);

private:
    AuthService &m_auth;
    AdminSession &m_session;
    QPointer<ReauthDialog> m_dialog;
};
