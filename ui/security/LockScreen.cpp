#include "security/LockScreen.h"

#include "security/AdminSession.h"
#include "security/AuthJob.h"
#include "security/AuthService.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(AuthService &auth, const AdminSession &session, QWidget *parent)
    : QWidget(parent), m_auth(auth), m_session(session), m_job(new AuthJob(auth, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *box = new QWidget;
    box->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto *form = new QFormLayout;
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *signOut = new QPushButton(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("signOut"));
    auto *unlockButton = new QPushButton(tr("Unlock"));
    unlockButton->setObjectName(QStringLiteral("unlock"));
    unlockButton->setDefault(true);
    m_unlock = unlockButton;
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(unlockButton);
    layout->addLayout(buttons);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(box);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch();
    connect(unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_job, &AuthJob::finished, this, &LockScreen::unlockFinished);
    parent->installEventFilter(this);
    hide();
}

void LockScreen::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_unlock->setText(busy ? tr("Checking…") : tr("Unlock"));
    if (busy)
        m_error->clear();
}

void LockScreen::activate()
{
    m_title->setText(tr("The console is locked. %1, enter your password to continue.").arg(m_session.username()));
    m_error->clear();
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_password->setFocus();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Keep covering the whole window when it is resized while locked.
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
}

void LockScreen::unlock()
{
    if (!isVisible() || !m_job->unlock(m_session, m_password->text()))
        return;
    m_password->clear();
    setBusy(true);
}

void LockScreen::unlockFinished(const SignInResult &r)
{
    setBusy(false);
    if (!isVisible())
        return;
    if (!r.ok()) {
        m_error->setText(r.status.message());
        m_password->setFocus();
        return;
    }
    hide();
    emit unlocked();
}
