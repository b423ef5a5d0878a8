#pragma once

#include <QWidget>

class AccountService;
class AdminSession;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Two-factor set-up for the signed-in admin: the otpauth QR code, the key for typing by hand, the
// recovery codes (shown this once) and a field for the first code, which switches MFA on.
class MfaSetupWidget : public QWidget
{
    Q_OBJECT
public:
    MfaSetupWidget(AccountService &accounts, AdminSession &session, QWidget *parent = nullptr);

    // Creates the secret and codes; call when the page is shown. False (with the error shown) on failure.
    bool start();
    QString provisioningUri() const { return m_uri; }

signals:
    void enrolled();

private:
    void confirm();

    AccountService &m_accounts;
    AdminSession &m_session;
    QString m_uri;
    QLabel *m_qr = nullptr;
    QLineEdit *m_key = nullptr;
    QPlainTextEdit *m_codes = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};
