#include "security/MfaSetupWidget.h"

#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/QrCode.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MfaSetupWidget::MfaSetupWidget(AccountService &accounts, AdminSession &session, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Scan the code with an authenticator app (for example on your phone), then enter "
                                "the six-digit code it shows. Administrators sign in with such a code from now on."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_qr = new QLabel;
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    // The code beside the key and the recovery codes, so that the page fits a 1280x720 screen.
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_qr, 0, Qt::AlignTop);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_key = new QLineEdit;
    m_key->setReadOnly(true);
    m_key->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("Key (to type by hand):"), m_key);
    side->addLayout(form);
    auto *codesLabel = new QLabel(tr("Recovery codes: each works once instead of a code if the phone is lost. "
                                     "Print or write them down now; they are not shown again."));
    codesLabel->setWordWrap(true);
    side->addWidget(codesLabel);
    m_codes = new QPlainTextEdit;
    m_codes->setObjectName(QStringLiteral("recoveryCodes"));
    m_codes->setReadOnly(true);
    m_codes->setFont(QFont(QStringLiteral("monospace")));
    // All ten codes at once (a scroll bar hides some from whoever writes them down).
    m_codes->setMinimumHeight(QFontMetrics(m_codes->font()).lineSpacing() * 10 + 12);
    side->addWidget(m_codes, 1);
    middle->addLayout(side, 1);
    layout->addLayout(middle);
    auto *confirmRow = new QFormLayout;
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("firstCode"));
    m_code->setMaxLength(6);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    confirmRow->addRow(tr("Code shown by the app:"), m_code);
    layout->addLayout(confirmRow);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("mfaError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    m_confirm = new QPushButton(tr("Turn on two-factor authentication"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setDefault(true);
    layout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, &MfaSetupWidget::confirm);
    connect(m_code, &QLineEdit::returnPressed, this, &MfaSetupWidget::confirm);
}

bool MfaSetupWidget::start()
{
    MfaEnrollment e;
    if (Status s = m_accounts.enrollMfa(m_session, &e); !s) {
        m_error->setText(s.message());
        m_confirm->setEnabled(false);
        return false;
    }
    m_uri = e.provisioningUri;
    const QPixmap qr = QPixmap::fromImage(QrCode::encode(e.provisioningUri).toImage(5));
    m_qr->setPixmap(qr);
    // A clipped QR code cannot be scanned: the label never gets less room than the whole code.
    m_qr->setMinimumSize(qr.size());
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_key->setText(e.secretBase32);
    // The whole key visible, for typing it by hand.
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(e.secretBase32 + QStringLiteral("MM")));
    m_codes->setPlainText(e.recoveryCodes.join(QLatin1Char('\n')));
    m_error->clear();
    m_confirm->setEnabled(true);
    m_code->setFocus();
    return true;
}

void MfaSetupWidget::confirm()
{
    if (Status s = m_accounts.confirmMfa(m_session, m_code->text().trimmed()); !s) {
        m_error->setText(s.message());
        m_code->selectAll();
        return;
    }
    // The codes were shown once; do not leave them in a widget that outlives the set-up.
    m_codes->clear();
    m_key->clear();
    emit enrolled();
}
