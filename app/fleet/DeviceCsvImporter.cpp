#include "fleet/DeviceCsvImporter.h"

#include "audit/AuditLog.h"
#include "core/CsvReader.h"
#include "fleet/DeviceRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace {


// Column order here is only the order of kColumns; files may order them any way.
enum Column { Serial, Model, PlatformColumn, OwnershipColumn, Department, AssignedTo, Name, Imei, OsVersion, ColumnCount };
const char *const kColumns[ColumnCount] = {"serial", "model", "platform", "ownership", "department",
                                           "assigned_to", "name", "imei", "os_version"};
constexpr int kRequiredCount = 6;
// Generous for every real value, small enough to catch a shifted column or a pasted paragraph.
constexpr int kMaxLength[ColumnCount] = {64, 128, 16, 16, 64, 128, 128, 24, 32};
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString columnKey(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

bool hasControlCharacter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

struct Header {
    int index[ColumnCount];
    qsizetype fieldCount = 0;
};

QList<DeviceImportIssue> readHeader(const CsvReader::Record &record, Header &header)
{
    QList<DeviceImportIssue> issues;
    std::fill(std::begin(header.index), std::end(header.index), -1);
    header.fieldCount = record.fields.size();
    QStringList unknown;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString key = columnKey(record.fields[i]);
        const auto known = std::find_if(std::begin(kColumns), std::end(kColumns),
                                        [&](const char *name) { return key == QLatin1String(name); });
        if (key.isEmpty()) {
            issues << DeviceImportIssue{record.line, QCoreApplication::translate("DeviceCsvImporter", "column %1 of the header has no name").arg(i + 1)};
        } else if (known == std::end(kColumns)) {
            unknown << record.fields[i].trimmed();
        } else if (int &slot = header.index[known - std::begin(kColumns)]; slot >= 0) {
            issues << DeviceImportIssue{record.line, QCoreApplication::translate("DeviceCsvImporter", "column \"%1\" appears twice in the header").arg(key)};
        } else {
            slot = i;
        }
    }
    if (!unknown.isEmpty())
        issues << DeviceImportIssue{record.line, QCoreApplication::translate("DeviceCsvImporter", "unknown column(s): %1 (known columns: %2)")
                                                     .arg(unknown.join(QLatin1String(", ")),
                                                          (DeviceCsvImporter::requiredColumns()
                                                           + DeviceCsvImporter::optionalColumns())
                                                              .join(QLatin1String(", ")))};
    QStringList missing;
    for (int c = 0; c < kRequiredCount; ++c)
        if (header.index[c] < 0)
            missing << QLatin1String(kColumns[c]);
    if (!missing.isEmpty())
        issues << DeviceImportIssue{record.line,
                                    QCoreApplication::translate("DeviceCsvImporter", "missing required column(s): %1").arg(missing.join(QLatin1String(", ")))};
    return issues;
}

// Checks one data row; appends its problems and, when it has none, fills `device`.
void readRow(const CsvReader::Record &record, const Header &header, Device &device, QList<DeviceImportIssue> &issues)
{
    const qsizetype before = issues.size();
    auto problem = [&](const QString &reason) { issues << DeviceImportIssue{record.line, reason}; };
    if (record.fields.size() != header.fieldCount) {
        problem(QCoreApplication::translate("DeviceCsvImporter", "the row has %1 fields but the header has %2").arg(record.fields.size()).arg(header.fieldCount));
        return;
    }
    QString value[ColumnCount];
    for (int c = 0; c < ColumnCount; ++c) {
        if (header.index[c] < 0)
            continue;
        value[c] = record.fields[header.index[c]].trimmed();
        if (hasControlCharacter(value[c])) {
            problem(QCoreApplication::translate("DeviceCsvImporter", "%1 contains a line break or control character").arg(QLatin1String(kColumns[c])));
        } else if (value[c].size() > kMaxLength[c]) {
            problem(QCoreApplication::translate("DeviceCsvImporter", "%1 is %2 characters long (at most %3)")
                        .arg(QLatin1String(kColumns[c])).arg(value[c].size()).arg(kMaxLength[c]));
        }
    }

    const QString &serial = value[Serial];
    if (serial.isEmpty())
        problem(QCoreApplication::translate("DeviceCsvImporter", "serial is empty"));
    else if (serial.contains(QLatin1Char(' ')) || serial.contains(QLatin1Char('\t')))
        problem(QCoreApplication::translate("DeviceCsvImporter", "serial \"%1\" contains a space").arg(serial));

    const auto platform = DeviceTypes::platformFromDb(value[PlatformColumn]);
    if (value[PlatformColumn].isEmpty())
        problem(QCoreApplication::translate("DeviceCsvImporter", "platform is empty (expected ios, ipados or android)"));
    else if (!platform)
        problem(QCoreApplication::translate("DeviceCsvImporter", "platform \"%1\" is not ios, ipados or android (iPhone and iPad are accepted too)")
                    .arg(value[PlatformColumn]));

    const auto ownership = DeviceTypes::ownershipFromDb(value[OwnershipColumn]);
    if (value[OwnershipColumn].isEmpty())
        problem(QCoreApplication::translate("DeviceCsvImporter", "ownership is empty (expected BYOD, COPE, COSU or Shared)"));
    else if (!ownership)
        problem(QCoreApplication::translate("DeviceCsvImporter", "ownership \"%1\" is not BYOD, COPE, COSU or Shared").arg(value[OwnershipColumn]));

    QString imei = value[Imei];
    imei.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool imeiDigits = std::all_of(imei.cbegin(), imei.cend(), [](QChar c) { return c.isDigit(); });
    if (!imei.isEmpty() && (!imeiDigits || imei.size() < 14 || imei.size() > 16))
        problem(QCoreApplication::translate("DeviceCsvImporter", "IMEI \"%1\" is not 15 digits").arg(value[Imei]));

    if (issues.size() != before)
        return;
    device = Device{};
    device.serial = serial;
    device.model = value[Model];
    device.platform = *platform;
    device.ownership = *ownership;
    device.department = value[Department];
    device.assignedTo = value[AssignedTo];
    device.imei = imei;
    device.osVersion = value[OsVersion];
    device.name = value[Name].isEmpty()
        ? (device.model.isEmpty() ? serial : QStringLiteral("%1 %2").arg(device.model, serial))
        : value[Name];
}

} // namespace

DeviceCsvImporter::DeviceCsvImporter(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

QStringList DeviceCsvImporter::requiredColumns()
{
    QStringList out;
    for (int c = 0; c < kRequiredCount; ++c)
        out << QLatin1String(kColumns[c]);
    return out;
}

QStringList DeviceCsvImporter::optionalColumns()
{
    QStringList out;
    for (int c = kRequiredCount; c < ColumnCount; ++c)
        out << QLatin1String(kColumns[c]);
    return out;
}

QList<DeviceImportIssue> DeviceCsvImporter::parse(const QByteArray &data, QList<Device> &devices) const
{
    devices.clear();
    QString text;
    if (!CsvReader::decodeUtf8(data, text))
        return {{0, QCoreApplication::translate("DeviceCsvImporter", "the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")")}};

    CsvReader reader(text);
    CsvReader::Record record;
    if (!reader.next(record)) {
        if (reader.hasError())
            return {{reader.errorLine(), reader.errorString()}};
        return {{0, QCoreApplication::translate("DeviceCsvImporter", "the file is empty; expected a header row naming the columns %1")
                        .arg(requiredColumns().join(QLatin1String(", ")))}};
    }
    const int headerLine = record.line;
    Header header;
    QList<DeviceImportIssue> issues = readHeader(record, header);
    if (!issues.isEmpty())
        return issues;

    QHash<QString, int> firstLineOfSerial;
    QList<int> lineOfDevice;
    int rows = 0;
    while (reader.next(record)) {
        ++rows;
        Device device;
        const qsizetype before = issues.size();
        readRow(record, header, device, issues);
        const int serialIndex = header.index[Serial];
        const QString serial = serialIndex < record.fields.size() ? record.fields[serialIndex].trimmed() : QString();
        if (!serial.isEmpty()) {
            if (const auto it = firstLineOfSerial.constFind(serial); it != firstLineOfSerial.cend())
                issues << DeviceImportIssue{record.line, QCoreApplication::translate("DeviceCsvImporter", "serial %1 is already on line %2").arg(serial).arg(*it)};
            else
                firstLineOfSerial.insert(serial, record.line);
        }
        if (issues.size() == before) {
            devices << device;
            lineOfDevice << record.line;
        }
    }
    if (reader.hasError())
        issues << DeviceImportIssue{reader.errorLine(), reader.errorString()};
    else if (rows == 0)
        issues << DeviceImportIssue{headerLine, QCoreApplication::translate("DeviceCsvImporter", "the file has a header but no device rows")};

    const QStringList inDatabase = DeviceRepository(m_db).existingSerials(firstLineOfSerial.keys());
    for (const QString &serial : inDatabase)
        issues << DeviceImportIssue{firstLineOfSerial.value(serial),
                                    QCoreApplication::translate("DeviceCsvImporter", "serial %1 is already in the fleet database").arg(serial)};

    std::stable_sort(issues.begin(), issues.end(),
                     [](const DeviceImportIssue &a, const DeviceImportIssue &b) { return a.line < b.line; });
    if (!issues.isEmpty())
        devices.clear();
    return issues;
}

DeviceCsvImporter::Result DeviceCsvImporter::refuse(const QString &sourceName, const QList<DeviceImportIssue> &issues) const
{
    Result r;
    r.issues = issues;
    r.status = Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("DeviceCsvImporter", "%1: %2 problem(s); nothing was imported").arg(sourceName).arg(issues.size()));
    return r;
}

DeviceCsvImporter::Result DeviceCsvImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    QString why;
    if (!info.exists())
        why = QCoreApplication::translate("DeviceCsvImporter", "the file does not exist");
    else if (info.isDir())
        why = QCoreApplication::translate("DeviceCsvImporter", "it is a folder, not a file");
    else if (info.size() > kMaxFileBytes)
        why = QCoreApplication::translate("DeviceCsvImporter", "the file is larger than %1 MB; split it").arg(kMaxFileBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        why = file.errorString();
    if (!why.isEmpty())
        return refuse(path, {{0, QCoreApplication::translate("DeviceCsvImporter", "cannot read the file: %1").arg(why)}});
    return importData(file.readAll(), info.fileName());
}

DeviceCsvImporter::Result DeviceCsvImporter::importData(const QByteArray &data, const QString &sourceName)
{
    QList<Device> devices;
    const QList<DeviceImportIssue> issues = parse(data, devices);
    if (!issues.isEmpty())
        return refuse(sourceName, issues);

    AuditLog audit(m_db);
    const int count = int(devices.size());
    // The audit entry commits with the devices or not at all. Not translated: the trail is evidence.
    const Status s = DeviceRepository(m_db).insertAll(devices, m_progress, [&] {
        return audit.record(m_actor, QStringLiteral("device.import"), QStringLiteral("success"),
                            QStringLiteral("%1: %2 devices").arg(sourceName).arg(count));
    });
    Result r;
    r.status = s;
    r.imported = s ? count : 0;
    return r;
}
