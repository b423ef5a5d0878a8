#include "security/ReauthDialog.h"

#include "security/AdminSession.h"
#include "security/AuthJob.h"
#include "security/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReauthDialog::ReauthDialog(AuthService &auth, AdminSession &session, const QString &action, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_session(session), m_job(new AuthJob(auth, this))
{
    setWindowTitle(tr("Confirm it is you"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("To %1, enter your password and a code from your authenticator app again.").arg(action));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    form->addRow(tr("Password for %1:").arg(session.username()), m_password);
    if (session.mfaVerified())
        form->addRow(tr("Authenticator code:"), m_code);
    else
        m_code->hide();
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Confirm"));
    m_ok->setObjectName(QStringLiteral("confirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReauthDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_job, &AuthJob::finished, this, &ReauthDialog::confirmed);
}

void ReauthDialog::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Checking…") : tr("Confirm"));
    if (busy)
        m_error->clear();
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ReauthDialog::confirm()
{
    if (!m_job->reauthenticate(m_session, m_password->text(), m_code->text()))
        return;
    m_password->clear();
    m_code->clear();
    setBusy(true);
}

void ReauthDialog::confirmed(const SignInResult &r)
{
    setBusy(false);
    if (r.ok()) {
        m_session.setAuthenticatedAt(r.session.authenticatedAt());
        accept();
        return;
    }
    m_error->setText(r.status.message());
    m_password->setFocus();
}
