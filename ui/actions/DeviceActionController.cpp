#include "actions/DeviceActionController.h"

#include "actions/FullWipeCommand.h"
#include "actions/LeaveKioskCommand.h"
#include "actions/LockDeviceCommand.h"
#include "actions/ResetForNextPatientCommand.h"
#include "actions/ResumeKioskCommand.h"
#include "actions/SelectiveWipeCommand.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "kiosk/KioskMaintenanceService.h"
#include "security/AdminSession.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

DeviceActionController::DeviceActionController(const DeviceCommandContext &context, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_dialogParent(dialogParent),
      m_lock(new QAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock…"), this)),
      m_selectiveWipe(new QAction(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("&Selective wipe…"), this)),
      m_fullWipe(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Erase device…"), this)),
      m_reset(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reset for next patient…"), this)),
      m_leaveKiosk(new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Leave &kiosk mode for maintenance…"), this)),
      m_resumeKiosk(new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("Resume kiosk &mode"), this))
{
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
    return {m_lock, m_selectiveWipe, m_fullWipe, m_reset, m_leaveKiosk, m_resumeKiosk};
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
    m_lock->setToolTip(tr("Lock the device's screen with a message and a phone number"));
    m_selectiveWipe->setToolTip(tr("Remove the clinic's apps, accounts and data; personal data stays"));
    // Kiosk maintenance: only for devices whose policy locks them to a single app.
    const bool maySeeKiosk = session && session->can(Permission::KioskMaintenance) && m_context.db;
    m_leaveKiosk->setVisible(maySeeKiosk);
    m_resumeKiosk->setVisible(maySeeKiosk);
    const bool inMaintenance = maySeeKiosk && any && KioskMaintenanceRepository(*m_context.db).openWindow(m_device->id).has_value();
    m_leaveKiosk->setEnabled(maySeeKiosk && any && !wiped && !inMaintenance && KioskMaintenanceService(*m_context.db).hasKiosk(m_device->id));
    m_resumeKiosk->setEnabled(inMaintenance);
    m_leaveKiosk->setToolTip(tr("Take the kiosk out of single-app mode for a while, with a reason (audited)"));
    m_resumeKiosk->setToolTip(tr("Put the kiosk back in single-app mode now"));
}
