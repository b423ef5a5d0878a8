#pragma once

#include <QString>

// When a shared device (or every shared device of a group) is reset for the next patient on its
// own: on the days of `daysMask` (bit 0 Monday ... bit 6 Sunday) at `localTime` (HH:MM, the
// console's local time).
struct ResetSchedule {
    qint64 id = 0;
    qint64 deviceId = 0; // exactly one of deviceId and groupId
    qint64 groupId = 0;
    int daysMask = 0x7f;
    QString localTime;
    bool enabled = true;
    qint64 lastRunAt = 0; // 0: never ran
    QString createdBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString targetName; // the device's or the group's name (filled by the repository's reads)
};
