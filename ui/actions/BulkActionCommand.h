#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "commands/BulkActionRequest.h"
#include "fleet/Device.h"

class BulkDeviceActionJob;

// One action on the selected devices: ONE confirmation (with what the action needs: a lock message,
// a group, a policy, an app), then ONE progress dialog while BulkDeviceActionJob runs the devices
// through the engine a slice at a time, and the outcome per device at the end. Finishes with
// success when at least one device got the action.
class BulkActionCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    BulkActionCommand(const DeviceCommandContext &context, const QString &action, const QList<Device> &devices, QWidget *parentWidget);

signals:
    void done(int queued, int refused); // before finished(), for the status bar

private:
    void doStart() override;
    void confirm(const QString &title, const QString &text, const QString &acceptText);
    void chooseTarget(const QString &title, const QString &question, const QString &acceptText, const QString &whenEmpty);
    void run(const BulkActionRequest &request);
    QString title() const;

    DeviceCommandContext m_context;
    QString m_action;
    QList<Device> m_devices;
};
