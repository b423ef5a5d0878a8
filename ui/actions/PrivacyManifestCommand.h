#pragma once

#include "actions/ConsoleCommand.h"
#include "actions/DeviceCommandContext.h"
#include "fleet/Device.h"

#include <functional>

// "Privacy manifest…": asks where to save, then writes the device's privacy manifest PDF for the
// clinician (PrivacyManifestService: ViewFleet, audited as privacy.manifest.export).
class PrivacyManifestCommand : public ConsoleCommand
{
    Q_OBJECT
public:
    // Asks for the file and calls `done` with its path ("" = cancelled). The default opens a
    // QFileDialog (opened, never exec()'d); tests give one that answers at once.
    using FileChooser = std::function<void(QWidget *parent, const QString &suggestedName, std::function<void(const QString &)> done)>;

    PrivacyManifestCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget,
                           FileChooser chooser = {});

    static FileChooser dialogChooser();
    static QString suggestedFileName(const Device &device);

signals:
    void written(const QString &path); // just before finished(success)

private:
    void doStart() override;

    DeviceCommandContext m_context;
    Device m_device;
    FileChooser m_chooser;
};
