#pragma once

#include <QString>

// One reason an inventory file was refused: the physical line it is about (0: the file as a whole)
// and a sentence for the admin.
struct DeviceImportIssue {
    int line = 0;
    QString reason;

    bool operator==(const DeviceImportIssue &) const = default;
};
