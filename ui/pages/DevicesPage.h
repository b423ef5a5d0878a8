#pragma once

#include <QTimer>
#include <QWidget>

class ChangeNotifier;
class CommandTableModel;
class Database;
class DeviceActionController;
class DeviceDetailPane;
class DeviceSessionModel;
class DeviceFilterBar;
class DeviceTableView;
class DeviceTableModel;
class EmptyStateWidget;
class QLabel;
class QStackedWidget;
class QPushButton;

// The fleet: search and filters on top, the paged device table, and the selected device's details.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DevicesPage(Database &db, QWidget *parent = nullptr);

    int fleetCount() const;
    DeviceTableModel *model() const { return m_model; }
    DeviceDetailPane *detailPane() const { return m_detail; }
    DeviceSessionModel *sessionModel() const { return m_sessions; }
    // Lock and wipe for the selected device (given once the admin is known): buttons in the
    // detail pane, the table's context menu, and the selected device's command history.
    void setDeviceActions(DeviceActionController *actions, CommandTableModel *history);
    DeviceActionController *deviceActions() const { return m_actions; }
    // The table, the filters' departments and the selected device's details and command history
    // follow what the engine says changed; no F5 needed.
    void setChangeNotifier(ChangeNotifier *notifier);
    DeviceTableView *table() const { return m_table; }

public slots:
    void refresh(); // re-reads the fleet with the same search, filters and sort

signals:
    void fleetCountChanged(int count);

private:
    void applyFilters();
    void showSelection();
    void updateEmptyState();
    void rememberSelection();
    void restoreSelection();
    void setupTable();

    Database &m_db;
    DeviceTableModel *m_model;
    DeviceFilterBar *m_filters;
    QLabel *m_summary;
    QStackedWidget *m_tableStack;
    DeviceTableView *m_table;
    EmptyStateWidget *m_empty;
    DeviceDetailPane *m_detail;
    DeviceActionController *m_actions = nullptr;
    CommandTableModel *m_history = nullptr;
    DeviceSessionModel *m_sessions;
    QPushButton *m_selectionButton = nullptr; // the actions on a selection of several devices
    qint64 m_selectedBeforeReset = 0;
    int m_scrollBeforeReset = 0;
    ChangeNotifier *m_changes = nullptr;
    QTimer m_loadingHint;
};
