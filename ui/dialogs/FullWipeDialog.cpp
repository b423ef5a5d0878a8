#include "dialogs/FullWipeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

FullWipeDialog::FullWipeDialog(const QString &deviceName, QWidget *parent)
    : QDialog(parent), m_deviceName(deviceName), m_name(new QLineEdit(this)), m_wipe(nullptr)
{
    setWindowTitle(tr("Erase %1").arg(deviceName));
    auto *warning = new QLabel(
        tr("<b>Everything on \"%1\" will be erased</b>: apps, data, accounts and settings. The device returns to "
           "factory state and must be enrolled again. This cannot be undone once the device receives it; until then "
           "you can cancel it on the Commands page.")
            .arg(deviceName.toHtmlEscaped()),
        this);
    warning->setWordWrap(true);
    auto *ask = new QLabel(tr("Type the device's name to confirm:"), this);
    m_name->setObjectName(QStringLiteral("confirmName"));
    m_name->setPlaceholderText(deviceName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_wipe = buttons->addButton(tr("Erase device…"), QDialogButtonBox::AcceptRole);
    m_wipe->setObjectName(QStringLiteral("eraseButton"));
    m_wipe->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) { m_wipe->setEnabled(text == m_deviceName); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(ask);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
}

QString FullWipeDialog::typedName() const { return m_name->text(); }
