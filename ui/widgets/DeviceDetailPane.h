#pragma once

#include "compliance/DeviceCompliance.h"
#include "fleet/Device.h"
#include "lost/LostModeStatus.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class DeviceSessionsPanel;
class QAbstractItemModel;
class QAction;
class QFormLayout;
class QGridLayout;
class QTreeView;
class QLabel;
class QMenu;
class QStackedWidget;
class QVBoxLayout;

// Everything the console knows about one device, laid out to be read (and copied) at a glance,
// next to the device table.
class DeviceDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceDetailPane(QWidget *parent = nullptr);

    void showDevice(const Device &device);
    void showSelectionCount(int count); // 0: nothing selected; > 1: several devices
    // The push channel and the last push (PushDeviceSummary::rows()), shown under the device.
    void showPushSummary(const QList<QPair<QString, QString>> &rows);
    qint64 shownDeviceId() const { return m_deviceId; }
    // "In Lost Mode" and the last location (accuracy, age, an "Open map" link), for a device Lost
    // Mode applies to; nothing at all for the others (call after showDevice()).
    void showLostMode(const LostModeStatus &status);
    // The policy the device is judged by and each safeguard's verdict with the reported value and
    // when it was reported (ComplianceService::evaluateDevice); none: not managed, nothing judged.
    void showCompliance(const std::optional<DeviceCompliance> &compliance);

    // The device actions (lock, wipe) as buttons under the title; only the visible ones are shown.
    void setActions(const QList<QAction *> &primary, const QList<QAction *> &more);
    QMenu *moreActionsMenu() const { return m_moreMenu; }
    // The device's recent commands (a CommandTableModel limited to this device).
    void setCommandHistory(QAbstractItemModel *model);

    // A shared tablet's sessions and "who held it at"; shown only for shared devices.
    DeviceSessionsPanel *sessionsPanel() const { return m_sessions; }

    QSize sizeHint() const override;

private:
    QLabel *addField(const QString &key, const QString &label);
    void setField(const QString &key, const QString &value);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_state;
    QLabel *m_ownershipNote;
    QLabel *m_sinceLabel = nullptr;
    QFormLayout *m_form;
    QGridLayout *m_actionRow;
    QMenu *m_moreMenu = nullptr;
    QLabel *m_historyTitle;
    QTreeView *m_history;
    void openMap(const QString &url);

    QLabel *m_mapLink = nullptr;
    DeviceSessionsPanel *m_sessions;
    QLabel *m_complianceTitle;
    QVBoxLayout *m_complianceRows;
    QHash<QString, QLabel *> m_fields;
    qint64 m_deviceId = 0;
};
