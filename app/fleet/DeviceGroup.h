#pragma once

#include <QString>

// A named set of devices (device_groups); policies are assigned to groups or single devices.
struct DeviceGroup {
    qint64 id = 0;
    QString name;
    QString description;
    int members = 0; // filled by DeviceGroupRepository::list()
};
