#pragma once

#include "actions/DeviceCommandContext.h"
#include "core/Status.h"

#include <QWidget>

class ChangeNotifier;
class CommandTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The command queue: every lock, wipe and inventory request with where it stands (waiting, sent,
// done, failed with the device's answer), filtered by status and text, and a queued command can be
// cancelled. Follows the engine's change notifier, since devices answer in the background.
class CommandsPage : public QWidget
{
    Q_OBJECT
public:
    CommandsPage(const DeviceCommandContext &context, QWidget *parent = nullptr);

    CommandTableModel *model() const { return m_model; }
    // Commands queued, fetched or answered anywhere (the endpoint's threads, the command line,
    // another console) show without a reload.
    void setChangeNotifier(ChangeNotifier *notifier);

public slots:
    void refresh();
    void cancelSelected();

signals:
    void commandFinished(const Status &status);

private:
    void applyFilters();
    void updateButtons();
    void updateSummary();

    DeviceCommandContext m_context;
    CommandTableModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_cancel;
};
