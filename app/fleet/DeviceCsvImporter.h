#pragma once

#include "core/Status.h"
#include "fleet/Device.h"
#include "fleet/DeviceImportIssue.h"
#include "security/Actor.h"

#include <QList>
#include <QStringList>

#include <functional>

class Database;

// Imports an inventory CSV (the clinic's spreadsheet of phones and tablets) into the fleet.
//
// The header row names the columns, in any order, case-insensitively: serial, model, platform,
// ownership, department, assigned_to are required; name, imei, os_version are optional; any other
// column is an error. Quoting follows RFC 4180; UTF-8 with or without BOM; CRLF or LF; blank lines
// are ignored.
//
// Every row is checked before anything is written. If any row is bad, every problem is reported
// (with the physical line the row starts on) and NOTHING of the file is imported. A good file is
// imported in one transaction together with one audit entry ("device.import").
//
// A file without a header, or with a header and no device rows, is refused as invalid input: an
// admin who imports an empty export almost certainly picked the wrong file.
class DeviceCsvImporter
{
public:
    struct Result {
        Status status;
        int imported = 0;
        QList<DeviceImportIssue> issues; // empty on success
    };

    DeviceCsvImporter(Database &db, const Actor &actor);

    void setProgress(const std::function<void(int done, int total)> &progress) { m_progress = progress; }

    Result importFile(const QString &path);
    // `sourceName` names the data in messages and in the audit entry (usually the file name).
    Result importData(const QByteArray &data, const QString &sourceName);

    // Parses and validates without writing anything: the devices a good file would add, or issues.
    QList<DeviceImportIssue> parse(const QByteArray &data, QList<Device> &devices) const;

    static QStringList requiredColumns();
    static QStringList optionalColumns();

private:
    Result refuse(const QString &sourceName, const QList<DeviceImportIssue> &issues) const;

    Database &m_db;
    Actor m_actor;
    std::function<void(int, int)> m_progress;
};
