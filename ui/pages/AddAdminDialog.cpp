#include "pages/AddAdminDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddAdminDialog::AddAdminDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add an admin"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_username = new QLineEdit;
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_displayName = new QLineEdit;
    m_displayName->setObjectName(QStringLiteral("newDisplayName"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("newRole"));
    for (Role r : RoleInfo::all())
        m_role->addItem(RoleInfo::displayName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(Role::Technician)));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("First password:"), m_password);
    form->addRow(tr("Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAdminDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AddAdminDialog::username() const { return m_username->text().trimmed(); }
QString AddAdminDialog::displayName() const { return m_displayName->text().trimmed(); }
Role AddAdminDialog::role() const { return Role(m_role->currentData().toInt()); }
QString AddAdminDialog::password() const { return m_password->text(); }

void AddAdminDialog::tryAccept()
{
    if (username().isEmpty()) {
        m_error->setText(tr("Enter a user name."));
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The passwords differ."));
        return;
    }
    m_error->clear();
    accept();
}
