#pragma once

#include "actions/DeviceCommandContext.h"
#include "core/Status.h"

#include <QWidget>

class AddAppDialog;
class ManagedConfigForm;
class QLabel;
class QListWidget;
class QPushButton;
class AppInstallStateModel;
class QTableView;

// The clinical app catalog: the apps, one app's source and managed configuration (edited and
// validated by the engine), where it is installed, pending or failed, and installing it on the
// devices of the groups it is assigned to.
class AppsPage : public QWidget
{
    Q_OBJECT
public:
    AppsPage(const DeviceCommandContext &context, QWidget *parent = nullptr);

    AddAppDialog *addDialog() const;
    QString statusText() const;
    AppInstallStateModel *installStates() const { return m_stateModel; }

public slots:
    void reload();
    void openAddDialog();
    void saveConfiguration();
    void installOnAssignedGroups();

private:
    void showSelected();
    void showStatus(const Status &s, const QString &success);
    qint64 selectedAppId() const;

    DeviceCommandContext m_context;
    QListWidget *m_apps;
    QLabel *m_title;
    QLabel *m_source;
    ManagedConfigForm *m_config;
    QPushButton *m_save;
    QPushButton *m_install;
    AppInstallStateModel *m_stateModel;
    QTableView *m_states;
    QLabel *m_status;
    QWidget *m_details;
};
