#include "dialogs/LockDeviceDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockDeviceDialog::LockDeviceDialog(const QString &deviceName, QWidget *parent)
    : QDialog(parent), m_message(new QLineEdit(this)), m_phone(new QLineEdit(this))
{
    setWindowTitle(tr("Lock %1").arg(deviceName));
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_phone->setObjectName(QStringLiteral("lockPhone"));
    m_message->setPlaceholderText(tr("This device belongs to the clinic. Please return it to the front desk."));
    // The whole hint visible, in the longest language.
    m_message->setMinimumWidth(m_message->fontMetrics().horizontalAdvance(m_message->placeholderText()) + 24);
    m_message->setMaxLength(200);
    m_phone->setPlaceholderText(tr("e.g. +1 555 0100"));
    m_phone->setMaxLength(40);

    auto *intro = new QLabel(tr("The device locks its screen as soon as it receives the command. Whoever finds "
                                "it sees the message and the number below."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Message on the lock screen:"), m_message);
    form->addRow(tr("Phone number to call:"), m_phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *lock = buttons->addButton(tr("Lock device"), QDialogButtonBox::AcceptRole);
    lock->setObjectName(QStringLiteral("lockButton"));
    lock->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString LockDeviceDialog::message() const { return m_message->text().trimmed(); }

QString LockDeviceDialog::phoneNumber() const { return m_phone->text().trimmed(); }
