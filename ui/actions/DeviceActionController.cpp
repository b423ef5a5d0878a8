#include "actions/DeviceActionController.h"

#include "actions/BulkActionCommand.h"
#include "actions/DisableLostModeCommand.h"
#include "actions/EnableLostModeCommand.h"
#include "actions/ExpectReenrollmentCommand.h"
#include "actions/FullWipeCommand.h"
#include "actions/LocateDeviceCommand.h"
#include "actions/PlayLostSoundCommand.h"
#include "actions/LeaveKioskCommand.h"
#include "actions/LockDeviceCommand.h"
#include "actions/ResetForNextPatientCommand.h"
#include "actions/ResumeKioskCommand.h"
#include "actions/SelectiveWipeCommand.h"
#include "lost/LostModeService.h"
#include "actions/EditResetScheduleCommand.h"
#include "actions/SignOutUserCommand.h"
#include "commands/DeviceActionCatalog.h"
#include "commands/DeviceActionRules.h"
#include "fleet/ReenrollmentService.h"
#include "security/AdminSession.h"

#include <QAction>
#include <QDateTime>
#include <QIcon>
#include <QWidget>

DeviceActionController::DeviceActionController(const DeviceCommandContext &context, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_dialogParent(dialogParent),
      m_lock(new QAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock…"), this)),
      m_selectiveWipe(new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("&Selective wipe…"), this)),
      m_fullWipe(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Erase device…"), this)),
      m_reset(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reset for next patient…"), this)),
      m_lostMode(new QAction(QIcon::fromTheme(QStringLiteral("dialog-warning")), tr("Lost &Mode…"), this)),
      m_locate(new QAction(QIcon::fromTheme(QStringLiteral("find-location")), tr("L&ocate"), this)),
      m_playSound(new QAction(QIcon::fromTheme(QStringLiteral("audio-volume-high")), tr("&Play sound"), this)),
      m_endLostMode(new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("E&nd Lost Mode"), this)),
      m_privacyManifest(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Privacy manifest…"), this)),
      m_resetSchedule(new QAction(QIcon::fromTheme(QStringLiteral("appointment-new")), tr("Reset &schedule…"), this)),
      m_signOutUser(new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), tr("Sign &out user…"), this)),
      m_leaveKiosk(new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Leave &kiosk mode for maintenance…"), this)),
      m_resumeKiosk(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume kiosk &mode"), this)),
      m_expectReenrollment(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Expect re-enrollment…"), this)),
      m_addToGroup(new QAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("Add to &group…"), this)),
      m_assignPolicy(new QAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("Assign &policy…"), this)),
      m_installApp(new QAction(QIcon::fromTheme(QStringLiteral("system-software-install")), tr("&Install app…"), this)),
      m_pushNow(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Push &now"), this))
{
    namespace Id = DeviceActionCatalog::Id;
    bind(m_lock, "actionLockDevice", Id::Lock, tr("Lock the device's screen with a message and a phone number"));
    bind(m_selectiveWipe, "actionSelectiveWipe", Id::SelectiveWipe, tr("Remove the clinic's apps, accounts and data; personal data stays"));
    bind(m_fullWipe, "actionFullWipe", Id::FullWipe, tr("Erase everything on the device and return it to factory state"));
    bind(m_reset, "actionResetDevice", Id::ResetForNextPatient, tr("End the clinician's session and clear the patient apps (shared tablets)"));
    bind(m_resetSchedule, "actionResetSchedule", Id::ResetSchedule, tr("When this shared tablet is reset for the next patient on its own"));
    bind(m_signOutUser, "actionSignOutUser", Id::SignOutUser,
         tr("Sign the clinician out of this Shared iPad (Android tablets sign out on the tablet)"));
    bind(m_privacyManifest, "actionPrivacyManifest", Id::PrivacyManifest,
         tr("Save a PDF for the clinician: what the clinic's IT can and cannot see and do on this device"));
    bind(m_leaveKiosk, "actionLeaveKiosk", Id::LeaveKiosk, tr("Take the kiosk out of single-app mode for a while, with a reason (audited)"));
    bind(m_resumeKiosk, "actionResumeKiosk", Id::ResumeKiosk, tr("Put the kiosk back in single-app mode now"));
    bind(m_lostMode, "actionLostMode", Id::LostMode, tr("Lock the device in Lost Mode with a message and a phone number, so it can be located"));
    bind(m_locate, "actionLocateDevice", Id::Locate, tr("Ask the device in Lost Mode where it is"));
    bind(m_playSound, "actionPlayLostSound", Id::PlaySound, tr("Make the device in Lost Mode play a sound until someone finds it"));
    bind(m_endLostMode, "actionEndLostMode", Id::EndLostMode, tr("Take the device out of Lost Mode"));
    bind(m_expectReenrollment, "actionExpectReenrollment", Id::ExpectReenrollment,
         tr("Let this device enroll again as the same record after a wipe or reset (24 hours by default, at most a week; audited)"));
    bind(m_addToGroup, "actionAddToGroup", Id::AddToGroup, tr("Add the selected devices to a device group"));
    bind(m_assignPolicy, "actionAssignPolicy", Id::AssignPolicy, tr("Assign a policy to the selected devices; it is queued for each"));
    bind(m_installApp, "actionInstallApp", Id::InstallApp, tr("Install an app of the catalog on the selected devices"));
    bind(m_pushNow, "actionPushNow", Id::PushNow, tr("Wake the selected devices now, so they check in and fetch what waits for them"));
    for (QAction *a : {m_addToGroup, m_assignPolicy, m_installApp, m_pushNow})
        connect(a, &QAction::triggered, this, [this, a] { runOnSelection(declarationOf(a), {}); });
    connect(m_expectReenrollment, &QAction::triggered, this, [this] {
        if (!m_device)
            return;
        const Device device = *m_device;
        auto *command = new ExpectReenrollmentCommand(m_context, device, m_dialogParent);
        // Nothing is queued for the device: the news is how long the record now waits for it.
        connect(command, &ConsoleCommand::finished, this, [this, device](const Status &s) {
            updateActions();
            if (!s) {
                emit commandFinished(s);
                return;
            }
            const std::optional<ReenrollmentExpectation> open = ReenrollmentService(*m_context.db).openExpectation(device.id);
            emit noticeShown(tr("%1 may enroll again as the same record until %2 UTC.")
                                 .arg(device.name, open ? QDateTime::fromSecsSinceEpoch(open->expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                        : QString()));
        });
        command->start();
    });
    connect(m_lostMode, &QAction::triggered, this, [this] {
        if (m_device)
            run(new EnableLostModeCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_locate, &QAction::triggered, this, [this] {
        if (m_device)
            run(new LocateDeviceCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_playSound, &QAction::triggered, this, [this] {
        if (m_device)
            run(new PlayLostSoundCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_endLostMode, &QAction::triggered, this, [this] {
        if (m_device)
            run(new DisableLostModeCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_privacyManifest, &QAction::triggered, this, [this] {
        if (!m_device)
            return;
        auto *command = new PrivacyManifestCommand(m_context, *m_device, m_dialogParent, m_privacyChooser);
        connect(command, &PrivacyManifestCommand::written, this, &DeviceActionController::privacyManifestWritten);
        connect(command, &ConsoleCommand::finished, this, [this](const Status &s) {
            if (!s)
                emit commandFinished(s); // nothing was queued: only a refusal or failure is news
        });
        command->start();
    });
    connect(m_resetSchedule, &QAction::triggered, this, [this] {
        if (m_device)
            run(new EditResetScheduleCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_signOutUser, &QAction::triggered, this, [this] {
        if (m_device)
            run(new SignOutUserCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_leaveKiosk, &QAction::triggered, this, [this] {
        if (m_device)
            run(new LeaveKioskCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_resumeKiosk, &QAction::triggered, this, [this] {
        if (m_device)
            run(new ResumeKioskCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_reset, &QAction::triggered, this, [this] {
        runOnSelection(DeviceActionCatalog::Id::ResetForNextPatient,
                       [this](const Device &d) { return new ResetForNextPatientCommand(m_context, d, m_dialogParent); });
    });
    connect(m_lock, &QAction::triggered, this, [this] {
        runOnSelection(DeviceActionCatalog::Id::Lock, [this](const Device &d) { return new LockDeviceCommand(m_context, d, m_dialogParent); });
    });
    connect(m_selectiveWipe, &QAction::triggered, this, [this] {
        runOnSelection(DeviceActionCatalog::Id::SelectiveWipe,
                       [this](const Device &d) { return new SelectiveWipeCommand(m_context, d, m_dialogParent); });
    });
    connect(m_fullWipe, &QAction::triggered, this, [this] {
        if (m_device)
            run(new FullWipeCommand(m_context, *m_device, m_dialogParent));
    });
    updateActions();
}

QAction *DeviceActionController::bind(QAction *action, const char *objectName, const QString &declaration, const QString &description)
{
    action->setObjectName(QLatin1String(objectName));
    m_bindings.append({action, declaration, description});
    return action;
}

QString DeviceActionController::declarationOf(const QAction *action) const
{
    for (const Binding &b : m_bindings)
        if (b.action == action)
            return b.declaration;
    return {};
}

QList<QAction *> DeviceActionController::actions() const
{
    return {m_lock, m_selectiveWipe, m_fullWipe, m_reset, m_lostMode, m_locate, m_playSound, m_endLostMode, m_privacyManifest,
            m_resetSchedule, m_signOutUser, m_leaveKiosk, m_resumeKiosk, m_expectReenrollment, m_addToGroup, m_assignPolicy,
            m_installApp, m_pushNow};
}

QList<QAction *> DeviceActionController::moreActions() const
{
    return {m_reset, m_resetSchedule, m_signOutUser, nullptr, m_leaveKiosk, m_resumeKiosk, nullptr,
            m_lostMode, m_locate, m_playSound, m_endLostMode, nullptr, m_privacyManifest, nullptr, m_expectReenrollment, nullptr,
            m_addToGroup, m_assignPolicy, m_installApp, m_pushNow};
}

QList<QAction *> DeviceActionController::selectionActions() const
{
    QList<QAction *> out;
    for (const Binding &b : m_bindings)
        if (const std::optional<DeviceActionDeclaration> d = DeviceActionCatalog::find(b.declaration); d && d->multiple)
            out << b.action;
    return out;
}

void DeviceActionController::setDevice(const std::optional<Device> &device)
{
    setSelection(device ? QList<Device>{*device} : QList<Device>{});
}

void DeviceActionController::setSelection(const QList<Device> &devices)
{
    m_selection = devices;
    m_device = devices.size() == 1 ? std::optional<Device>(devices.first()) : std::nullopt;
    updateActions();
}

void DeviceActionController::run(ConsoleCommand *command)
{
    const qint64 deviceId = m_device ? m_device->id : 0;
    connect(command, &ConsoleCommand::finished, this, [this, deviceId](const Status &s) {
        updateActions(); // a kiosk that left kiosk mode can now be resumed, and the other way round
        emit commandFinished(s);
        if (s)
            emit queueChanged(deviceId);
    });
    command->start();
}

void DeviceActionController::runOnSelection(const QString &declaration, const std::function<ConsoleCommand *(const Device &)> &single)
{
    if (m_selection.isEmpty())
        return;
    if (m_selection.size() == 1 && single)
        return run(single(m_selection.first()));
    auto *command = new BulkActionCommand(m_context, declaration, m_selection, m_dialogParent);
    connect(command, &BulkActionCommand::done, this, [this, declaration](int queued, int refused) {
        updateActions();
        emit bulkFinished(queued, refused);
        emit noticeShown(refused == 0 ? tr("Done: %1 queued.").arg(queued)
                                      : tr("Done: %1 queued, %2 refused (the list of outcomes says why).").arg(queued).arg(refused));
        if (m_selection.size() == 1 && queued > 0)
            emit queueChanged(m_selection.first().id);
    });
    command->start();
}

void DeviceActionController::updateActions()
{
    const DeviceActionRules rules(m_context.db, m_context.session);
    for (const Binding &b : m_bindings) {
        const std::optional<DeviceActionDeclaration> d = DeviceActionCatalog::find(b.declaration);
        // Actions that ask the engine about the device's state need the fleet database.
        const bool needsDb = !d->conditions.isEmpty() || d->kioskOnly;
        b.action->setVisible(rules.visible(*d) && (!needsDb || m_context.db));
        const Status accepted = b.action->isVisible() ? rules.acceptsSelection(*d, m_selection) : Status::success();
        b.action->setEnabled(b.action->isVisible() && accepted.ok());
        b.action->setToolTip(accepted ? b.description : accepted.message());
    }
    // The detail pane shows the device's Lost Mode state whatever the actions say.
    const AdminSession *session = m_context.session;
    m_lostStatus = (m_device && session && m_context.db)
                       ? LostModeService(*m_context.db).status(*session, *m_device)
                       : LostModeStatus{};
    updateReenrollmentTip();
}

void DeviceActionController::updateReenrollmentTip()
{
    if (!m_expectReenrollment->isEnabled() || !m_device || !m_context.db)
        return;
    const std::optional<ReenrollmentExpectation> open = ReenrollmentService(*m_context.db).openExpectation(m_device->id);
    if (open)
        m_expectReenrollment->setToolTip(
            tr("Re-enrollment expected until %1 UTC (set by %2); choosing this again replaces it")
                .arg(QDateTime::fromSecsSinceEpoch(open->expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")), open->createdBy));
}
