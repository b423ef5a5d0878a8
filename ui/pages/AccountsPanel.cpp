#include "pages/AccountsPanel.h"
#include "RelativeTime.h"

#include "changes/ChangeNotifier.h"

#include "pages/AddAdminDialog.h"
#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "security/ReauthGate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountsPanel::AccountsPanel(AccountService &accounts, AdminSession &session, ReauthGate *gate, QWidget *parent)
    : QWidget(parent), m_accounts(accounts), m_session(session), m_gate(gate)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Name"), tr("Role"), tr("MFA"), tr("Status"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    m_add = new QPushButton(tr("&Add…"));
    m_add->setObjectName(QStringLiteral("addAdmin"));
    m_toggle = new QPushButton(tr("&Disable"));
    m_toggle->setObjectName(QStringLiteral("toggleDisabled"));
    m_role = new QPushButton(tr("Change &role…"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_reset = new QPushButton(tr("Reset &MFA"));
    m_reset->setObjectName(QStringLiteral("resetMfa"));
    m_reset->setToolTip(tr("The admin sets up the authenticator app again at the next sign-in"));
    row->addWidget(m_status, 1);
    for (QPushButton *b : {m_add, m_toggle, m_role, m_reset})
        row->addWidget(b);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &AccountsPanel::addAdmin);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPanel::toggleDisabled);
    connect(m_role, &QPushButton::clicked, this, &AccountsPanel::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPanel::resetMfa);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPanel::updateButtons);
    reload();
}

AddAdminDialog *AccountsPanel::addDialog() const { return m_addDialog; }
QInputDialog *AccountsPanel::roleDialog() const { return m_roleDialog; }

QString AccountsPanel::statusText() const { return m_status->text(); }

void AccountsPanel::reload()
{
    const QString keep = selected() ? selected()->username : QString();
    m_admins.clear();
    if (const Status s = m_accounts.listAdmins(m_session, &m_admins); !s)
        m_status->setText(s.message());
    m_table->setRowCount(int(m_admins.size()));
    for (int i = 0; i < m_admins.size(); ++i) {
        const AdminUser &a = m_admins[i];
        const QString last = a.lastLoginAt ? RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(*a.lastLoginAt, Qt::UTC))
                                           : tr("never");
        const QStringList cells = {a.username, a.displayName, RoleInfo::displayName(a.role),
                                   a.mfaEnabled ? tr("On") : tr("Off"), a.disabled ? tr("Disabled") : tr("Active"), last};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectAccount(keep);
    updateButtons();
}

bool AccountsPanel::selectAccount(const QString &username)
{
    for (int i = 0; i < m_admins.size(); ++i)
        if (m_admins[i].username == username) {
            m_table->selectRow(i);
            return true;
        }
    return false;
}

std::optional<AdminUser> AccountsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_admins.size())
        return std::nullopt;
    return m_admins[rows.first().row()];
}

void AccountsPanel::updateButtons()
{
    const std::optional<AdminUser> a = selected();
    for (QPushButton *b : {m_toggle, m_role, m_reset})
        b->setEnabled(a.has_value());
    m_toggle->setText(a && a->disabled ? tr("&Enable") : tr("&Disable"));
}

void AccountsPanel::finish(const Status &s, const QString &done)
{
    m_status->setStyleSheet(s ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_status->setText(s ? done : s.message());
    reload();
    emit changed(s);
}

void AccountsPanel::addAdmin()
{
    m_addDialog = new AddAdminDialog(this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    AddAdminDialog *dialog = m_addDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString username = dialog->username();
        const QString name = dialog->displayName();
        const Role role = dialog->role();
        const QString password = dialog->password();
        m_gate->confirm(this, Permission::ManageAccounts, tr("add the admin %1").arg(username),
                        [this, username, name, role, password] {
                            finish(m_accounts.addAdmin(m_session, username, name, role, password),
                                   tr("%1 was added as %2.").arg(username, RoleInfo::displayName(role)));
                        });
    });
    dialog->open();
}

void AccountsPanel::toggleDisabled()
{
    const std::optional<AdminUser> a = selected();
    if (!a)
        return;
    const QString username = a->username;
    const bool disable = !a->disabled;
    m_gate->confirm(this, Permission::ManageAccounts,
                    disable ? tr("disable %1").arg(username) : tr("enable %1").arg(username), [this, username, disable] {
                        finish(m_accounts.setDisabled(m_session, username, disable),
                               disable ? tr("%1 is disabled.").arg(username) : tr("%1 is enabled.").arg(username));
                    });
}

void AccountsPanel::changeRole()
{
    const std::optional<AdminUser> a = selected();
    if (!a)
        return;
    const QString username = a->username;
    m_roleDialog = new QInputDialog(this);
    m_roleDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_roleDialog->setWindowTitle(tr("Change role"));
    m_roleDialog->setLabelText(tr("New role for %1:").arg(username));
    QStringList names;
    for (Role r : RoleInfo::all())
        names << RoleInfo::displayName(r);
    m_roleDialog->setComboBoxItems(names);
    m_roleDialog->setTextValue(RoleInfo::displayName(a->role));
    connect(m_roleDialog, &QInputDialog::textValueSelected, this, [this, username](const QString &chosen) {
        for (Role r : RoleInfo::all()) {
            if (RoleInfo::displayName(r) != chosen)
                continue;
            m_gate->confirm(this, Permission::ManageAccounts,
                            tr("make %1 a %2").arg(username, chosen), [this, username, r, chosen] {
                                finish(m_accounts.setRole(m_session, username, r), tr("%1 is now a %2.").arg(username, chosen));
                            });
        }
    });
    m_roleDialog->open();
}

void AccountsPanel::resetMfa()
{
    const std::optional<AdminUser> a = selected();
    if (!a)
        return;
    const QString username = a->username;
    m_gate->confirm(this, Permission::ManageAccounts, tr("reset the two-factor sign-in of %1").arg(username),
                    [this, username] {
                        finish(m_accounts.resetMfa(m_session, username),
                               tr("%1 sets up the authenticator app again at the next sign-in.").arg(username));
                    });
}

void AccountsPanel::setChangeNotifier(ChangeNotifier *notifier)
{
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject == ChangeSubject::Accounts)
            reload(); // keeps the selected account
    });
}
