#pragma once

#include "actions/DeviceCommandContext.h"
#include "core/Status.h"
#include "fleet/Device.h"

#include <QObject>
#include <optional>

class ConsoleCommand;
class QAction;
class QWidget;

// The device actions of the console (lock, selective wipe, full wipe, reset a shared tablet, kiosk
// maintenance) as QActions, enabled from
// the current selection and the admin's role; triggering one starts its ConsoleCommand. Views only
// place the actions (toolbar, context menu, detail pane).
class DeviceActionController : public QObject
{
    Q_OBJECT
public:
    DeviceActionController(const DeviceCommandContext &context, QWidget *dialogParent);

    QList<QAction *> actions() const;
    QAction *lockAction() const { return m_lock; }
    QAction *selectiveWipeAction() const { return m_selectiveWipe; }
    QAction *fullWipeAction() const { return m_fullWipe; }
    QAction *resetAction() const { return m_reset; }
    QAction *leaveKioskAction() const { return m_leaveKiosk; }
    QAction *resumeKioskAction() const { return m_resumeKiosk; }

public slots:
    void setDevice(const std::optional<Device> &device);

signals:
    void commandFinished(const Status &status); // the engine's answer, for the status bar
    void queueChanged(qint64 deviceId);         // a command was queued for this device

private:
    void updateActions();
    void run(ConsoleCommand *command);

    DeviceCommandContext m_context;
    QWidget *m_dialogParent;
    std::optional<Device> m_device;
    QAction *m_lock;
    QAction *m_selectiveWipe;
    QAction *m_fullWipe;
    QAction *m_reset;
    QAction *m_leaveKiosk;
    QAction *m_resumeKiosk;
};
