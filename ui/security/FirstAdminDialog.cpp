#include "security/FirstAdminDialog.h"

#include "security/AccountService.h"
#include "security/MfaSetupWidget.h"
#include "security/PasswordRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(AccountService &accounts, QWidget *parent) : QDialog(parent), m_accounts(accounts)
{
    setWindowTitle(tr("Welcome to ClinicMDM"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    layout->addWidget(m_pages);

    auto *createPage = new QWidget;
    auto *createLayout = new QVBoxLayout(createPage);
    auto *intro = new QLabel(tr("Create the first Administrator. Every person who uses the console gets an account "
                                "of their own, so the audit trail can tell who did what."));
    intro->setWordWrap(true);
    createLayout->addWidget(intro);
    auto *form = new QFormLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("username"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("displayName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, PasswordRules::kMinimumLength));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_repeat);
    createLayout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    createLayout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Administrator"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    createLayout->addWidget(buttons);
    m_pages->addWidget(createPage);

    m_mfa = new MfaSetupWidget(m_accounts, m_session);
    m_pages->addWidget(m_mfa);
    connect(m_mfa, &MfaSetupWidget::enrolled, this, &QDialog::accept);
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        m_password->clear();
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    const Status s = m_accounts.createFirstAdministrator(m_user->text(), m_name->text(), m_password->text(), &m_session);
    m_password->clear();
    m_repeat->clear();
    if (!s) {
        m_error->setText(s.message());
        return;
    }
    if (!m_session.mfaEnrollmentPending()) {
        accept();
        return;
    }
    m_pages->setCurrentWidget(m_mfa);
    m_mfa->start();
    adjustSize(); // the QR code page is taller and wider than the account form
}
