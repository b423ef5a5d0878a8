#include "security/LoginDialog.h"

#include "security/AuthJob.h"
#include "security/AuthService.h"
#include "security/MfaSetupWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

LoginDialog::LoginDialog(AuthService &auth, AccountService &accounts, QWidget *parent)
    : QDialog(parent), m_auth(auth), m_job(new AuthJob(auth, this))
{
    setWindowTitle(tr("Sign in to ClinicMDM"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    layout->addWidget(m_pages);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("6-digit code, or a recovery code"));
    // The whole hint visible, in the longest language.
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(m_code->placeholderText()) + 24);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Authenticator code:"), m_code);
    pageLayout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    pageLayout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    m_signIn->setObjectName(QStringLiteral("signIn"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pageLayout->addWidget(buttons);
    m_pages->addWidget(page);

    m_mfa = new MfaSetupWidget(accounts, m_session);
    m_pages->addWidget(m_mfa);
    connect(m_mfa, &MfaSetupWidget::enrolled, this, &QDialog::accept);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::tick);
    connect(m_job, &AuthJob::finished, this, &LoginDialog::signInFinished);
}

bool LoginDialog::isBusy() const { return m_job->isRunning(); }

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_code)})
        w->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
    if (busy)
        m_error->setText(tr("Checking your password…"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LoginDialog::signIn()
{
    if (m_retryAfter > 0 || m_job->isRunning())
        return;
    m_job->signIn(m_user->text(), m_password->text(), m_code->text());
    m_password->clear();
    m_code->clear();
    setBusy(true);
}

void LoginDialog::signInFinished(const SignInResult &r)
{
    setBusy(false);
    if (r.ok()) {
        m_error->clear();
        m_session = r.session;
        if (m_session.mfaEnrollmentPending()) {
            m_pages->setCurrentWidget(m_mfa);
            m_mfa->start();
            return;
        }
        accept();
        return;
    }
    // The engine's message already names the wait; the countdown keeps it current.
    m_failure = r.status.message().section(QLatin1String(" Try again in"), 0, 0);
    m_retryAfter = r.retryAfterSeconds;
    tick();
    if (r.retryAfterSeconds > 0)
        m_countdown->start();
    m_password->setFocus();
}

void LoginDialog::tick()
{
    if (m_retryAfter <= 0) {
        m_countdown->stop();
        m_signIn->setEnabled(true);
        m_error->setText(m_failure);
        return;
    }
    m_signIn->setEnabled(false);
    const int minutes = (m_retryAfter + 59) / 60; // a plain variable: lupdate 6.4 hangs on an expression count
    const QString wait = m_retryAfter >= 120 ? tr("Try again in %n minute(s).", nullptr, minutes)
                                             : tr("Try again in %n second(s).", nullptr, m_retryAfter);
    m_error->setText(m_failure + QLatin1Char(' ') + wait);
    --m_retryAfter;
}
