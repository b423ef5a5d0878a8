#pragma once

#include "security/AdminSession.h"

#include <QDialog>

class AccountService;
class MfaSetupWidget;
class QLabel;
class QLineEdit;
class QStackedWidget;

// First run: no admin exists yet. Creates the first Administrator, then sets up their MFA (when
// Administrators must use it). Accepted with the new admin signed in (session()).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(AccountService &accounts, QWidget *parent = nullptr);

    const AdminSession &session() const { return m_session; }

private:
    void create();

    AccountService &m_accounts;
    AdminSession m_session;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    MfaSetupWidget *m_mfa = nullptr;
};
