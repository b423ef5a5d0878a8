#include "dialogs/LostModeDialog.h"

#include "lost/LostModeService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LostModeDialog::LostModeDialog(const QString &deviceName, QWidget *parent)
    : QDialog(parent), m_message(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_footnote(new QLineEdit(this))
{
    setWindowTitle(tr("Lost Mode for %1").arg(deviceName));
    m_message->setObjectName(QStringLiteral("lostMessage"));
    m_phone->setObjectName(QStringLiteral("lostPhone"));
    m_footnote->setObjectName(QStringLiteral("lostFootnote"));
    m_message->setPlaceholderText(tr("This device belongs to the clinic. Please return it to the front desk."));
    m_message->setMaxLength(LostModeService::kMaxMessage);
    m_phone->setPlaceholderText(tr("e.g. +1 555 0100"));
    m_phone->setMaxLength(40);
    m_footnote->setPlaceholderText(tr("e.g. Reward offered"));
    m_footnote->setMaxLength(LostModeService::kMaxFootnote);

    auto *intro = new QLabel(tr("The device locks and shows the message and phone number until Lost Mode ends. While "
                                "it is in Lost Mode you can ask for its location and make it play a sound; the device "
                                "tells its user that it was located. Give a message, a phone number, or both."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Message on the lock screen:"), m_message);
    form->addRow(tr("Phone number to call:"), m_phone);
    form->addRow(tr("Footnote (optional):"), m_footnote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enable = buttons->addButton(tr("Enable Lost Mode"), QDialogButtonBox::AcceptRole);
    m_enable->setObjectName(QStringLiteral("lostModeButton"));
    m_enable->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_message, &QLineEdit::textChanged, this, &LostModeDialog::updateButton);
    connect(m_phone, &QLineEdit::textChanged, this, &LostModeDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButton();
}

void LostModeDialog::updateButton()
{
    m_enable->setEnabled(!message().isEmpty() || !phoneNumber().isEmpty());
}

QString LostModeDialog::message() const { return m_message->text().trimmed(); }

QString LostModeDialog::phoneNumber() const { return m_phone->text().trimmed(); }

QString LostModeDialog::footnote() const { return m_footnote->text().trimmed(); }
