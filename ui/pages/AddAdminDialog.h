#pragma once

#include "security/Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Asks for a new admin's user name, name, role and first password (typed twice). Only collects:
// AccountsPanel creates the account through AccountService after the re-authentication.
class AddAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddAdminDialog(QWidget *parent = nullptr);

    QString username() const;
    QString displayName() const;
    Role role() const;
    QString password() const;

private:
    void tryAccept();

    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};
