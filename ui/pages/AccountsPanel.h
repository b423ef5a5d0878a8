#pragma once

#include "core/Status.h"
#include "security/AdminUser.h"

#include <QPointer>
#include <QWidget>

class AccountService;
class ChangeNotifier;
class AddAdminDialog;
class AdminSession;
class QInputDialog;
class QLabel;
class QPushButton;
class QTableWidget;
class ReauthGate;

// The admin accounts: name, role, MFA, disabled, last sign-in; Add…, Disable/Enable, Change role…
// and Reset MFA. Each change asks for the password and code again (ReauthGate) and then goes through
// AccountService, which checks ManageAccounts and audits it.
class AccountsPanel : public QWidget
{
    Q_OBJECT
public:
    AccountsPanel(AccountService &accounts, AdminSession &session, ReauthGate *gate, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    AddAdminDialog *addDialog() const;
    QInputDialog *roleDialog() const;
    QString statusText() const;
    bool selectAccount(const QString &username);
    // Accounts added, changed or signing in anywhere (the command line, another console) show at once.
    void setChangeNotifier(ChangeNotifier *notifier);

public slots:
    void reload();
    void addAdmin();
    void toggleDisabled();
    void changeRole();
    void resetMfa();

signals:
    void changed(const Status &status);

private:
    std::optional<AdminUser> selected() const;
    void finish(const Status &s, const QString &done);
    void updateButtons();

    AccountService &m_accounts;
    AdminSession &m_session;
    ReauthGate *m_gate;
    QList<AdminUser> m_admins;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_reset = nullptr;
    QPointer<AddAdminDialog> m_addDialog;
    QPointer<QInputDialog> m_roleDialog;
};
