#pragma once

#include "core/Status.h"

#include <QWidget>

class ChangeNotifier;
class AccountService;
class AccountsPanel;
class AdminSession;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class ReauthGate;

// Settings: the clinic's name, the idle lock and whether Administrators must use MFA (saved through
// SettingsService, which checks ManageSettings and audits every change), and the admin accounts
// (AccountsPanel). Only an Administrator's console builds this page; the engine refuses anyone else.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Database &db, AccountService &accounts, AdminSession &session, ReauthGate *gate,
                 QWidget *parent = nullptr);

    AccountsPanel *accountsPanel() const { return m_accounts; }
    // The accounts tab follows changes made elsewhere.
    void setChangeNotifier(ChangeNotifier *notifier);
    // More tabs from the console (the device endpoint's panel).
    void addTab(QWidget *page, const QString &title);
    // Brings the tab whose page has this object name to the front (the checklist's links).
    void showTab(const QString &objectName);
    QString statusText() const;

public slots:
    void save();
    void reload();

signals:
    // The running console applies a new idle lock at once.
    void idleLockMinutesChanged(int minutes);
    void saved(const Status &status);

private:
    QWidget *buildGeneral();
    void showStatus(bool good, const QString &text);

    Database &m_db;
    AdminSession &m_session;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_clinic = nullptr;
    QSpinBox *m_idle = nullptr;
    QCheckBox *m_mfa = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    AccountsPanel *m_accounts = nullptr;
};
