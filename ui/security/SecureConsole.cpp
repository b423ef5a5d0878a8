#include "security/SecureConsole.h"

#include "MainWindow.h"
#include "HelpMenu.h"
#include "db/Database.h"
#include "NavigationList.h"
#include "setup/SetupAssistant.h"
#include "widgets/GettingStartedWidget.h"
#include "security/FirstAdminDialog.h"
#include "security/IdleLock.h"
#include "security/LoginDialog.h"
#include "security/ReauthGate.h"
#include "CommandTableModel.h"
#include "actions/DeviceActionController.h"
#include "pages/AppsPage.h"
#include "pages/AuditPage.h"
#include "pages/CommandsPage.h"
#include "pages/DevicesPage.h"
#include "pages/DashboardPage.h"
#include "pages/GroupsPage.h"
#include "pages/PoliciesPage.h"
#include "pages/ReportsPage.h"
#include "audit/AuditCheckpointer.h"
#include "endpoint/EndpointService.h"
#include "kiosk/KioskMaintenanceScheduler.h"
#include "pages/EndpointPanel.h"
#include "pages/PushCredentialsPanel.h"
#include "pages/AppleEnrollmentTab.h"
#include "pki/ConsolePki.h"
#include "pages/EnrollmentPage.h"
#include "push/PushService.h"
#include "shared/ResetScheduler.h"
#include "widgets/PushCertificateBanner.h"
#include "widgets/PushExpiryNotifier.h"
#include <QBoxLayout>
#include "pages/SettingsPage.h"
#include "settings/SettingsRepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

SecureConsole::SecureConsole(Database &db, const QByteArray &fieldKey, QObject *parent)
    : QObject(parent), m_db(db), m_auth(db, fieldKey), m_accounts(db, fieldKey), m_fieldKey(fieldKey)
{
}

SecureConsole::~SecureConsole() { delete m_window; }

void SecureConsole::start()
{
    if (!m_accounts.hasAdmins()) {
        auto *dialog = new FirstAdminDialog(m_accounts);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            openConsole(dialog->session());
            // A brand-new console: guide the first Administrator through the rest of the setup.
            showSetupAssistant();
        });
        connect(dialog, &QDialog::rejected, qApp, &QApplication::quit, Qt::QueuedConnection);
        dialog->open();
        return;
    }
    showSignIn();
}

void SecureConsole::showSignIn()
{
    auto *dialog = new LoginDialog(m_auth, m_accounts);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openConsole(dialog->session()); });
    connect(dialog, &QDialog::rejected, qApp, &QApplication::quit, Qt::QueuedConnection);
    dialog->open();
}

void SecureConsole::openConsole(const AdminSession &session)
{
    m_session = session;
    m_window = new MainWindow(m_db);
    m_window->setAttribute(Qt::WA_DeleteOnClose);

    auto *who = new QLabel(tr("Signed in as %1 (%2)").arg(m_session.username(), RoleInfo::displayName(m_session.role())));
    who->setObjectName(QStringLiteral("signedInAdmin"));
    m_window->statusBar()->addPermanentWidget(who);

    QMenu *menu = m_window->menuBar()->addMenu(tr("&Session"));
    QAction *lock = menu->addAction(tr("&Lock console"));
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *out = menu->addAction(tr("Sign &out"));
    out->setObjectName(QStringLiteral("actionSignOut"));

    m_idleLock = new IdleLock(m_auth, m_session, m_window, m_window);
    const int minutes = SettingsRepository(m_db).intValue(Setting::IdleLockMinutes);
    m_idleLock->setIdleTimeout(minutes > 0 ? minutes * 60 * 1000 : 0);
    connect(lock, &QAction::triggered, m_idleLock, &IdleLock::lockNow);
    connect(out, &QAction::triggered, this, [this] { signOut(QStringLiteral("user")); });
    connect(m_idleLock, &IdleLock::signOutRequested, this, [this] { signOut(QStringLiteral("locked")); });
    auto *help = new HelpMenu(m_db.path(), m_window);
    m_window->menuBar()->addMenu(help);
    connect(help, &HelpMenu::setupAssistantRequested, this, &SecureConsole::showSetupAssistant);

    m_gate = new ReauthGate(m_auth, m_session, m_window);
    connect(m_gate, &ReauthGate::refused, m_window,
            [this](const Status &s) { m_window->statusBar()->showMessage(s.message(), 15000); });
    installPages();
    applyRole();
    m_window->show();
    emit consoleShown();
}

namespace {
// Which permission opens each console section (NavigationList keys). A section the role cannot use
// is hidden; the engine refuses the operations behind it regardless.
const QList<QPair<const char *, Permission>> &sectionPermissions()
{
    static const QList<QPair<const char *, Permission>> table = {
        {"dashboard", Permission::ViewFleet},     {"devices", Permission::ViewFleet},
        {"groups", Permission::ViewFleet},
        {"enrollment", Permission::EnrollDevices}, {"policies", Permission::ManagePolicies},
        {"apps", Permission::ManagePolicies},      {"commands", Permission::ViewFleet},
        {"audit", Permission::ViewAudit},          {"reports", Permission::ExportReports},
        {"settings", Permission::ManageSettings},
    };
    return table;
}
} // namespace

void SecureConsole::startDeviceServices()
{
    // No separate server: the console itself is the endpoint devices check in to and the sender of
    // their pushes, from the moment an admin signs in (Settings > Endpoint shows its state).
    if (!m_store || m_endpoint)
        return;
    m_endpoint = new EndpointService(m_db, *m_store, this);
    m_endpoint->setFieldKey(m_fieldKey);
    m_push = new PushService(m_db, *m_store, this);
    auto *notifier = new PushExpiryNotifier(m_push);
    connect(m_push, &PushService::certificateWarning, notifier, &PushExpiryNotifier::setWarning);
    connect(m_push, &PushService::certificateAlarm, notifier, &PushExpiryNotifier::setAlarm);
    m_endpoint->start();
    m_push->start();
    // Shared tablets: scheduled resets for the next patient and the session-timeout sweep.
    m_resetScheduler = new ResetScheduler(m_db, this);
    m_resetScheduler->start();
    // Kiosks out for maintenance go back to kiosk mode when their window ends, even one that ended
    // while the console was closed.
    (new KioskMaintenanceScheduler(m_db, this))->start();
    // A signed checkpoint every audit/checkpointEvery entries (and one now if that many are unsigned).
    m_checkpointer = new AuditCheckpointer(m_db, *m_store, this);
    m_checkpointer->startPeriodic(AuditCheckpointer::PeriodicCheckMsec);
    m_checkpointer->checkpointIfDue();
}

void SecureConsole::installPages()
{
    startDeviceServices();
    installCommandPages();
    // Pages a role may not open are not even built; the engine refuses their operations regardless.
    if (m_session.can(Permission::ViewFleet)) {
        auto *dashboard = new DashboardPage(m_db);
        dashboard->followChanges(m_window->changeNotifier());
        if (m_push) {
            auto *banner = new PushCertificateBanner(dashboard);
            if (auto *box = qobject_cast<QBoxLayout *>(dashboard->layout()))
                box->insertWidget(0, banner);
            connect(m_push, &PushService::certificateWarning, banner, &PushCertificateBanner::setWarning);
            connect(m_push, &PushService::certificateAlarm, banner, &PushCertificateBanner::setAlarm);
            m_push->checkCertificate();
        }
        if (!QSettings().value(GettingStartedWidget::settingsKey()).toBool()) {
            m_gettingStarted = new GettingStartedWidget(m_db, dashboard);
            if (auto *box = qobject_cast<QBoxLayout *>(dashboard->layout()))
                box->insertWidget(m_push ? 1 : 0, m_gettingStarted);
            connect(m_gettingStarted, &GettingStartedWidget::stepRequested, this,
                    [this](GettingStartedStatus::Step step) { openGettingStartedStep(int(step)); });
        }
        m_window->replaceSection(QStringLiteral("dashboard"), dashboard);
    }
    if (m_session.can(Permission::ManagePolicies))
        m_window->replaceSection(QStringLiteral("policies"), new PoliciesPage(m_db, m_session));
    if (m_session.can(Permission::ViewFleet))
        m_window->replaceSection(QStringLiteral("groups"), new GroupsPage(m_db, m_session));
    if (m_session.can(Permission::ViewAudit)) {
        auto *audit = new AuditPage(m_db, m_store, m_session.actor());
        audit->setExportGate([this, audit](std::function<void()> proceed) {
            m_gate->confirm(audit, Permission::ExportAudit, tr("export the audit trail"), std::move(proceed));
        });
        audit->setChangeNotifier(m_window->changeNotifier());
        m_window->replaceSection(QStringLiteral("audit"), audit);
    }
    if (m_session.can(Permission::ExportReports))
        m_window->replaceSection(QStringLiteral("reports"), new ReportsPage(m_db, m_session, m_checkpointer));
    if (m_session.can(Permission::EnrollDevices)) {
        auto *enrollment = new EnrollmentPage(m_db, m_session.actor());
        auto *apple = new AppleEnrollmentTab(m_db, m_session);
        connect(apple, &AppleEnrollmentTab::pushSetupRequested, this,
                [this] { openGettingStartedStep(int(GettingStartedStatus::Step::PushCertificate)); });
        enrollment->tabs()->insertTab(0, apple, tr("Apple (link / QR)"));
        enrollment->tabs()->setCurrentIndex(0);
        m_window->replaceSection(QStringLiteral("enrollment"), enrollment);
        // Enrollment hands devices the console's URL and CA fingerprint, known once the endpoint runs.
        if (m_endpoint) {
            auto identify = [this, enrollment] {
                enrollment->setConsoleIdentity(m_endpoint->publicUrl(), m_endpoint->caSha256ForAgents());
            };
            connect(m_endpoint, &EndpointService::started, enrollment, identify);
            connect(m_endpoint, &EndpointService::publicUrlChanged, enrollment, identify);
            if (m_endpoint->state() == EndpointService::State::Running)
                identify();
        }
    }
    if (m_session.can(Permission::ManageSettings)) {
        auto *settings = new SettingsPage(m_db, m_accounts, m_session, m_gate);
        if (m_endpoint) {
            auto *endpoint = new EndpointPanel(*m_endpoint, m_session);
            endpoint->setObjectName(QStringLiteral("settingsEndpoint"));
            settings->addTab(endpoint, tr("Endpoint"));
        }
        if (m_store && m_gate) {
            auto *push = new PushCredentialsPanel(m_db, *m_store, m_session, *m_gate);
            connect(push, &PushCredentialsPanel::credentialsChanged, this, &SecureConsole::pushCredentialsChanged);
            push->setObjectName(QStringLiteral("settingsPush"));
            settings->addTab(push, tr("Push"));
        }
        // A new idle lock applies to the running console at once, not at the next sign-in.
        connect(settings, &SettingsPage::idleLockMinutesChanged, this, [this](int minutes) {
            if (m_idleLock)
                m_idleLock->setIdleTimeout(minutes > 0 ? minutes * 60 * 1000 : 0);
        });
        settings->setChangeNotifier(m_window->changeNotifier());
        m_window->replaceSection(QStringLiteral("settings"), settings);
    }
}

void SecureConsole::installCommandPages()
{
    const DeviceCommandContext context{&m_db, &m_session, m_gate};
    auto showOutcome = [this](const Status &s) {
        m_window->statusBar()->showMessage(
            s ? tr("Command queued: the device carries it out when it next checks in.") : s.message(), 15000);
    };
    if (auto *devices = qobject_cast<DevicesPage *>(m_window->sectionPage(QStringLiteral("devices")))) {
        auto *actions = new DeviceActionController(context, devices);
        connect(actions, &DeviceActionController::commandFinished, m_window, showOutcome);
        connect(actions, &DeviceActionController::noticeShown, m_window,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, 15000); });
        connect(actions, &DeviceActionController::privacyManifestWritten, m_window, [this](const QString &path) {
            m_window->statusBar()->showMessage(tr("Privacy manifest saved to %1.").arg(path), 15000);
        });
        devices->setDeviceActions(actions, new CommandTableModel(m_db, devices));
    }
    auto *commands = new CommandsPage(context);
    connect(commands, &CommandsPage::commandFinished, m_window, [this](const Status &s) {
        m_window->statusBar()->showMessage(s ? tr("Command cancelled.") : s.message(), 15000);
    });
    commands->setChangeNotifier(m_window->changeNotifier());
    m_window->replaceSection(QStringLiteral("commands"), commands);
    if (m_session.can(Permission::ManagePolicies))
        m_window->replaceSection(QStringLiteral("apps"), new AppsPage(context));
}

void SecureConsole::showSetupAssistant()
{
    if (!m_window || !m_session.can(Permission::ManageSettings))
        return;
    if (m_assistant && m_assistant->isVisible()) {
        m_assistant->raise();
        m_assistant->activateWindow();
        return;
    }
    auto *assistant = new SetupAssistant({&m_db, &m_accounts, &m_session, m_endpoint, m_store, m_gate}, m_window);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &SetupAssistant::pushCredentialsChanged, this, &SecureConsole::pushCredentialsChanged);
    connect(assistant, &QDialog::finished, this, [this, assistant] {
        if (m_gettingStarted) {
            m_gettingStarted->refresh();
            // The checklist of what is left to do is where the assistant leaves the admin.
            if (m_window)
                m_window->showSection(QStringLiteral("dashboard"));
        }
        assistant->deleteLater();
    });
    m_assistant = assistant;
    assistant->open();
    emit setupAssistantShown(assistant);
}

void SecureConsole::openGettingStartedStep(int step)
{
    auto *settings = qobject_cast<SettingsPage *>(m_window->sectionPage(QStringLiteral("settings")));
    switch (GettingStartedStatus::Step(step)) {
    case GettingStartedStatus::Step::EndpointReachable:
        m_window->showSection(QStringLiteral("settings"));
        if (settings)
            settings->showTab(QStringLiteral("settingsEndpoint"));
        break;
    case GettingStartedStatus::Step::PushCertificate:
        m_window->showSection(QStringLiteral("settings"));
        if (settings)
            settings->showTab(QStringLiteral("settingsPush"));
        break;
    case GettingStartedStatus::Step::FirstDevice:
        m_window->showSection(QStringLiteral("enrollment"));
        break;
    case GettingStartedStatus::Step::BaselineAssigned:
        m_window->showSection(QStringLiteral("policies"));
        break;
    case GettingStartedStatus::Step::ReportExported:
        m_window->showSection(QStringLiteral("reports"));
        break;
    }
}

void SecureConsole::applyRole()
{
    if (auto *navigation = m_window->findChild<NavigationList *>()) {
        for (const auto &[key, permission] : sectionPermissions()) {
            const int row = navigation->rowOfKey(QLatin1String(key));
            if (row >= 0)
                navigation->item(row)->setHidden(!m_session.can(permission));
        }
    }
    // The main window's own actions say which permission they need (property "permission", the
    // Permission's name); those the role may not use are hidden. The engine checks again regardless.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString needed = action->property("permission").toString();
        if (needed.isEmpty())
            continue;
        for (Permission p : PermissionInfo::all())
            if (PermissionInfo::name(p) == needed)
                action->setVisible(m_session.can(p));
    }
}

void SecureConsole::pushCredentialsChanged()
{
    if (m_push)
        m_push->reload();
    // Apple enrollment needs the new topic in its profiles at once, not after a restart.
    if (m_endpoint)
        m_endpoint->reloadRoutes();
}

void SecureConsole::signOut(const QString &reason)
{
    m_auth.signOut(m_session, reason);
    // Sign-in first, so closing the window does not end the application.
    showSignIn();
    if (m_window)
        m_window->close();
    m_idleLock = nullptr;
    m_gate = nullptr;
}
