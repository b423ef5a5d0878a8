#include "actions/DeviceActionController.h"

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
#include "kiosk/KioskMaintenanceService.h"
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
      m_expectReenrollment(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Expect re-enrollment…"), this))
{
    m_expectReenrollment->setObjectName(QStringLiteral("actionExpectReenrollment"));
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
    m_lostMode->setObjectName(QStringLiteral("actionLostMode"));
    m_locate->setObjectName(QStringLiteral("actionLocateDevice"));
    m_playSound->setObjectName(QStringLiteral("actionPlayLostSound"));
    m_endLostMode->setObjectName(QStringLiteral("actionEndLostMode"));
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
    m_privacyManifest->setObjectName(QStringLiteral("actionPrivacyManifest"));
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
    m_resetSchedule->setObjectName(QStringLiteral("actionResetSchedule"));
    m_signOutUser->setObjectName(QStringLiteral("actionSignOutUser"));
    connect(m_resetSchedule, &QAction::triggered, this, [this] {
        if (m_device)
            run(new EditResetScheduleCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_signOutUser, &QAction::triggered, this, [this] {
        if (m_device)
            run(new SignOutUserCommand(m_context, *m_device, m_dialogParent));
    });
    m_leaveKiosk->setObjectName(QStringLiteral("actionLeaveKiosk"));
    m_resumeKiosk->setObjectName(QStringLiteral("actionResumeKiosk"));
    connect(m_leaveKiosk, &QAction::triggered, this, [this] {
        if (m_device)
            run(new LeaveKioskCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_resumeKiosk, &QAction::triggered, this, [this] {
        if (m_device)
            run(new ResumeKioskCommand(m_context, *m_device, m_dialogParent));
    });
    m_reset->setObjectName(QStringLiteral("actionResetDevice"));
    connect(m_reset, &QAction::triggered, this, [this] {
        if (m_device)
            run(new ResetForNextPatientCommand(m_context, *m_device, m_dialogParent));
    });
    m_lock->setObjectName(QStringLiteral("actionLockDevice"));
    m_selectiveWipe->setObjectName(QStringLiteral("actionSelectiveWipe"));
    m_fullWipe->setObjectName(QStringLiteral("actionFullWipe"));
    connect(m_lock, &QAction::triggered, this, [this] {
        if (m_device)
            run(new LockDeviceCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_selectiveWipe, &QAction::triggered, this, [this] {
        if (m_device)
            run(new SelectiveWipeCommand(m_context, *m_device, m_dialogParent));
    });
    connect(m_fullWipe, &QAction::triggered, this, [this] {
        if (m_device)
            run(new FullWipeCommand(m_context, *m_device, m_dialogParent));
    });
    updateActions();
}

QList<QAction *> DeviceActionController::actions() const
{
    return {m_lock, m_selectiveWipe, m_fullWipe, m_reset, m_lostMode, m_locate, m_playSound, m_endLostMode, m_privacyManifest, m_resetSchedule, m_signOutUser, m_leaveKiosk, m_resumeKiosk, m_expectReenrollment};
}

QList<QAction *> DeviceActionController::moreActions() const
{
    return {m_reset, m_resetSchedule, m_signOutUser, nullptr, m_leaveKiosk, m_resumeKiosk, nullptr,
            m_lostMode, m_locate, m_playSound, m_endLostMode, nullptr, m_privacyManifest, nullptr, m_expectReenrollment};
}

void DeviceActionController::setDevice(const std::optional<Device> &device)
{
    m_device = device;
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

void DeviceActionController::updateActions()
{
    const AdminSession *session = m_context.session;
    const bool any = m_device.has_value();
    const bool wiped = any && m_device->state == EnrollmentState::Wiped;
    m_lock->setVisible(session && session->can(Permission::LockDevice));
    m_selectiveWipe->setVisible(session && session->can(Permission::SelectiveWipe));
    m_fullWipe->setVisible(session && session->can(Permission::FullWipe));
    m_lock->setEnabled(any && !wiped);
    m_selectiveWipe->setEnabled(any && !wiped);
    const bool personal = any && m_device->ownership == Ownership::BYOD;
    m_fullWipe->setEnabled(any && !wiped && !personal);
    m_fullWipe->setToolTip(personal ? tr("A personal (BYOD) device is never erased: use a selective wipe, which removes "
                                         "only the clinic's apps and data.")
                                    : tr("Erase everything on the device and return it to factory state"));
    // Only shared clinical tablets have sessions to end between patients.
    m_reset->setVisible(session && session->can(Permission::LockDevice));
    m_reset->setEnabled(any && !wiped && m_device->ownership == Ownership::Shared);
    m_reset->setToolTip(tr("End the clinician's session and clear the patient apps (shared tablets)"));
    const bool shared = any && !wiped && m_device->ownership == Ownership::Shared;
    m_resetSchedule->setVisible(session && session->can(Permission::ViewFleet));
    m_resetSchedule->setEnabled(shared);
    m_resetSchedule->setToolTip(tr("When this shared tablet is reset for the next patient on its own"));
    m_signOutUser->setVisible(session && session->can(Permission::LockDevice));
    m_signOutUser->setEnabled(shared && m_device->platform != Platform::Android);
    m_signOutUser->setToolTip(tr("Sign the clinician out of this Shared iPad (Android tablets sign out on the tablet)"));
    m_lock->setToolTip(tr("Lock the device's screen with a message and a phone number"));
    m_selectiveWipe->setToolTip(tr("Remove the clinic's apps, accounts and data; personal data stays"));
    m_privacyManifest->setVisible(session && session->can(Permission::ViewFleet));
    m_privacyManifest->setEnabled(any);
    m_privacyManifest->setToolTip(tr("Save a PDF for the clinician: what the clinic's IT can and cannot see and do on this device"));
    // Kiosk maintenance: only for devices whose policy locks them to a single app.
    const bool maySeeKiosk = session && session->can(Permission::KioskMaintenance) && m_context.db;
    m_leaveKiosk->setVisible(maySeeKiosk);
    m_resumeKiosk->setVisible(maySeeKiosk);
    const bool inMaintenance = maySeeKiosk && any && KioskMaintenanceService(*m_context.db).inMaintenance(m_device->id);
    m_leaveKiosk->setEnabled(maySeeKiosk && any && !wiped && !inMaintenance && KioskMaintenanceService(*m_context.db).hasKiosk(m_device->id));
    m_resumeKiosk->setEnabled(inMaintenance);
    m_leaveKiosk->setToolTip(tr("Take the kiosk out of single-app mode for a while, with a reason (audited)"));
    m_resumeKiosk->setToolTip(tr("Put the kiosk back in single-app mode now"));
    updateLostModeActions();
    updateReenrollmentAction();
}

void DeviceActionController::updateReenrollmentAction()
{
    const AdminSession *session = m_context.session;
    const bool permitted = session && session->can(Permission::ExpectReenrollment) && m_context.db;
    m_expectReenrollment->setVisible(permitted);
    if (!permitted)
        return;
    const Status applies = m_device ? ReenrollmentService(*m_context.db).applies(*m_device)
                                    : Status::failure(ErrorCode::InvalidInput, tr("Select one device"));
    m_expectReenrollment->setEnabled(applies.ok());
    if (!applies) {
        m_expectReenrollment->setToolTip(applies.message());
        return;
    }
    const std::optional<ReenrollmentExpectation> open = ReenrollmentService(*m_context.db).openExpectation(m_device->id);
    m_expectReenrollment->setToolTip(
        open ? tr("Re-enrollment expected until %1 UTC (set by %2); choosing this again replaces it")
                   .arg(QDateTime::fromSecsSinceEpoch(open->expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")), open->createdBy)
             : tr("Let this device enroll again as the same record after a wipe or reset (24 hours by default, at most a week; audited)"));
}

void DeviceActionController::updateLostModeActions()
{
    const AdminSession *session = m_context.session;
    const bool permitted = session && session->can(Permission::LostMode);
    for (QAction *a : {m_lostMode, m_locate, m_playSound, m_endLostMode})
        a->setVisible(permitted);
    m_lostStatus = (m_device && session && m_context.db) ? LostModeService(*m_context.db).status(*session, *m_device)
                                                         : LostModeStatus{};
    const bool eligible = m_device && m_lostStatus.eligible;
    const bool lost = eligible && m_lostStatus.inLostMode;
    m_lostMode->setEnabled(eligible);
    m_locate->setEnabled(lost);
    m_playSound->setEnabled(lost);
    m_endLostMode->setEnabled(eligible); // also ends a Lost Mode the device has not confirmed yet
    // A disabled action says why: the engine's own refusal for an ineligible device.
    const QString whyNot = !m_device ? tr("Select one device") : m_lostStatus.whyNot.message();
    const QString notLost = tr("The device has not reported being in Lost Mode: put it in Lost Mode first");
    m_lostMode->setToolTip(eligible ? tr("Lock the device in Lost Mode with a message and a phone number, so it can be located")
                                    : whyNot);
    m_locate->setToolTip(!eligible ? whyNot : lost ? tr("Ask the device in Lost Mode where it is") : notLost);
    m_playSound->setToolTip(!eligible ? whyNot : lost ? tr("Make the device in Lost Mode play a sound until someone finds it")
                                                      : notLost);
    m_endLostMode->setToolTip(eligible ? tr("Take the device out of Lost Mode") : whyNot);
}
