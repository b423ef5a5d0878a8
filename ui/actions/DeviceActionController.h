#pragma once

#include "actions/DeviceCommandContext.h"
#include "actions/PrivacyManifestCommand.h"
#include "core/Status.h"
#include "fleet/Device.h"
#include "lost/LostModeStatus.h"

#include <QObject>
#include <functional>
#include <optional>

class ConsoleCommand;
class QAction;
class QWidget;

// The device actions of the console (lock, selective wipe, full wipe, reset a shared tablet, kiosk
// maintenance, Lost Mode, expect re-enrollment, and on a selection: add to group, assign policy,
// install app, push now) as QActions. Each is bound to its engine declaration
// (DeviceActionCatalog) and enabled from it, the current selection and the admin's role
// (DeviceActionRules), never by code of its own; triggering one starts its ConsoleCommand, or
// BulkActionCommand when several devices are selected. Views only place the actions.
class DeviceActionController : public QObject
{
    Q_OBJECT
public:
    DeviceActionController(const DeviceCommandContext &context, QWidget *dialogParent);

    QList<QAction *> actions() const;
    // The everyday ones (lock, wipes), shown as buttons; the rest, grouped (nullptr: a separator), go in a menu.
    QList<QAction *> primaryActions() const { return {m_lock, m_selectiveWipe, m_fullWipe}; }
    QList<QAction *> moreActions() const;
    QAction *lockAction() const { return m_lock; }
    QAction *selectiveWipeAction() const { return m_selectiveWipe; }
    QAction *fullWipeAction() const { return m_fullWipe; }
    QAction *resetAction() const { return m_reset; }
    // Lost Mode (supervised corporate iPhones and iPads, Administrators only).
    QAction *lostModeAction() const { return m_lostMode; }
    QAction *locateAction() const { return m_locate; }
    QAction *playSoundAction() const { return m_playSound; }
    QAction *endLostModeAction() const { return m_endLostMode; }
    // The selected device's Lost Mode state (for the detail pane), as of the last setDevice().
    LostModeStatus lostModeStatus() const { return m_lostStatus; }
    QAction *privacyManifestAction() const { return m_privacyManifest; }
    // Where "Privacy manifest…" asks for the file (default: a QFileDialog); tests answer directly.
    void setPrivacyFileChooser(PrivacyManifestCommand::FileChooser chooser) { m_privacyChooser = std::move(chooser); }
    QAction *resetScheduleAction() const { return m_resetSchedule; }
    QAction *signOutUserAction() const { return m_signOutUser; }
    QAction *leaveKioskAction() const { return m_leaveKiosk; }
    QAction *resumeKioskAction() const { return m_resumeKiosk; }
    // Let a wiped or reset device enroll again as this record (Administrators, enrolled devices).
    QAction *expectReenrollmentAction() const { return m_expectReenrollment; }
    // On one or many devices (always through BulkActionCommand).
    QAction *addToGroupAction() const { return m_addToGroup; }
    QAction *assignPolicyAction() const { return m_assignPolicy; }
    QAction *installAppAction() const { return m_installApp; }
    QAction *pushNowAction() const { return m_pushNow; }
    // The actions that take a selection of several devices, for a "selected devices" menu.
    QList<QAction *> selectionActions() const;
    // The engine declaration an action of this controller is bound to ("" for another action).
    QString declarationOf(const QAction *action) const;
    QList<Device> selection() const { return m_selection; }

public slots:
    void setDevice(const std::optional<Device> &device);
    void setSelection(const QList<Device> &devices);

signals:
    void commandFinished(const Status &status); // the engine's answer, for the status bar
    void noticeShown(const QString &text);      // a success that queued nothing, for the status bar
    void queueChanged(qint64 deviceId);         // a command was queued for this device
    void privacyManifestWritten(const QString &path); // the PDF is saved (a failure comes as commandFinished)
    void bulkFinished(int queued, int refused);       // a bulk action ended; its dialog lists each device

private:
    struct Binding {
        QAction *action;
        QString declaration;
        QString description; // the tooltip while enabled; a disabled action shows why instead
    };
    QAction *bind(QAction *action, const char *objectName, const QString &declaration, const QString &description);
    void updateActions();
    void updateReenrollmentTip();
    void run(ConsoleCommand *command);
    void runOnSelection(const QString &declaration, const std::function<ConsoleCommand *(const Device &)> &single);

    DeviceCommandContext m_context;
    QWidget *m_dialogParent;
    std::optional<Device> m_device;
    QAction *m_lock;
    QAction *m_selectiveWipe;
    QAction *m_fullWipe;
    QAction *m_reset;
    QAction *m_lostMode;
    QAction *m_locate;
    QAction *m_playSound;
    QAction *m_endLostMode;
    LostModeStatus m_lostStatus;
    QAction *m_privacyManifest;
    PrivacyManifestCommand::FileChooser m_privacyChooser;
    QAction *m_resetSchedule;
    QAction *m_signOutUser;
    QAction *m_leaveKiosk;
    QAction *m_resumeKiosk;
    QAction *m_expectReenrollment;
    QAction *m_addToGroup;
    QAction *m_assignPolicy;
    QAction *m_installApp;
    QAction *m_pushNow;
    QList<Device> m_selection;
    QList<Binding> m_bindings;
};
