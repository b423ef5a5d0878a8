#include "security/ReauthGate.h"

#include "security/AdminSession.h"
#include "security/ReauthDialog.h"

ReauthGate::ReauthGate(AuthService &auth, AdminSession &session, QObject *parent)
    : QObject(parent), m_auth(auth), m_session(session)
{
}

ReauthDialog *ReauthGate::openDialog() const { return m_dialog; }

void ReauthGate::confirm(QWidget *parent, Permission permission, const QString &action, std::function<void()> proceed)
{
    // A role that may never do it is refused (and audited) without asking for the password first.
    if (!m_session.can(permission)) {
        emit refused(m_session.require(permission));
        return;
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ReauthDialog(m_auth, m_session, action, parent);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, permission, proceed = std::move(proceed)] {
        if (const Status s = m_session.require(permission); !s) {
            emit refused(s);
            return;
        }
        proceed();
    });
    dialog->open();
}
