#include "UsbDeviceTableModel.h"

#include <QBrush>
#include <QColor>

UsbDeviceTableModel::UsbDeviceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int UsbDeviceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int UsbDeviceTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int UsbDeviceTableModel::rowOf(const QString &serial) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).device.serial == serial)
            return i;
    return -1;
}

QString UsbDeviceTableModel::connectionText(const Row &r) const
{
    if (!r.attached)
        return tr("Unplugged");
    if (r.device.isUnauthorized())
        return tr("Unauthorized: accept the RSA prompt on the tablet's screen");
    if (r.device.isReady())
        return tr("Connected");
    return r.device.state;
}

QVariant UsbDeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == SerialRole)
        return r.device.serial;
    if (role == FailedRole)
        return r.hasJob && r.job.state == UsbEnrollmentJob::State::Failed;
    if (role == ProgressRole)
        return r.hasJob ? r.job.progress : 0;
    if (role == Qt::ForegroundRole && index.column() == ConnectionColumn && r.device.isUnauthorized())
        return QBrush(QColor(0xb0, 0x5a, 0x00));
    if (role == Qt::ForegroundRole && index.column() == StateColumn && r.hasJob && r.job.state == UsbEnrollmentJob::State::Failed)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return r.hasJob ? r.job.reason : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ModelColumn:
        return r.hasJob && !r.job.model.isEmpty() ? r.job.model : r.device.model;
    case SerialColumn:
        return r.device.serial;
    case ConnectionColumn:
        return connectionText(r);
    case StateColumn:
        return r.hasJob ? UsbEnrollmentJob::displayName(r.job.state) : tr("Not enrolled");
    case ProgressColumn:
        return r.hasJob ? QStringLiteral("%1%").arg(r.job.progress) : QString();
    case DetailColumn:
        return r.hasJob ? r.job.reason : QString();
    default:
        return {};
    }
}

QVariant UsbDeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn: return tr("Model");
    case SerialColumn: return tr("Serial number");
    case ConnectionColumn: return tr("Connection");
    case StateColumn: return tr("Enrollment");
    case ProgressColumn: return tr("Progress");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

void UsbDeviceTableModel::setDevices(const QList<AdbDevice> &devices)
{
    beginResetModel();
    QList<Row> rows;
    for (const AdbDevice &d : devices) {
        Row r;
        r.device = d;
        r.attached = true;
        const int old = rowOf(d.serial);
        if (old >= 0 && m_rows.at(old).hasJob) {
            r.hasJob = true;
            r.job = m_rows.at(old).job;
        }
        rows << r;
    }
    // Devices of the batch that left keep their row, marked unplugged.
    for (const Row &old : std::as_const(m_rows)) {
        if (!old.hasJob)
            continue;
        bool present = false;
        for (const Row &r : std::as_const(rows))
            present = present || r.device.serial == old.device.serial;
        if (!present) {
            Row gone = old;
            gone.attached = false;
            rows << gone;
        }
    }
    m_rows = rows;
    endResetModel();
}

void UsbDeviceTableModel::updateJob(const UsbEnrollmentJob &job)
{
    int row = rowOf(job.serial);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        Row r;
        r.device.serial = job.serial;
        r.device.model = job.model;
        r.attached = false;
        m_rows << r;
        endInsertRows();
        row = int(m_rows.size()) - 1;
    }
    m_rows[row].hasJob = true;
    m_rows[row].job = job;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsbDeviceTableModel::clearJobs()
{
    beginResetModel();
    m_rows.removeIf([](const Row &r) { return !r.attached; });
    for (Row &r : m_rows)
        r.hasJob = false;
    endResetModel();
}

QList<AdbDevice> UsbDeviceTableModel::attachedDevices() const
{
    QList<AdbDevice> out;
    for (const Row &r : m_rows)
        if (r.attached)
            out << r.device;
    return out;
}

int UsbDeviceTableModel::readyCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.attached && r.device.isReady() ? 1 : 0;
    return n;
}

int UsbDeviceTableModel::count(UsbEnrollmentJob::State state) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.hasJob && r.job.state == state ? 1 : 0;
    return n;
}

int UsbDeviceTableModel::runningCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.hasJob && !r.job.isFinished() ? 1 : 0;
    return n;
}

QString UsbDeviceTableModel::summary() const
{
    const int enrolled = count(UsbEnrollmentJob::State::Enrolled);
    const int failed = count(UsbEnrollmentJob::State::Failed);
    const int running = runningCount();
    if (enrolled + failed + running == 0)
        return tr("%n device(s) attached, %1 ready.", nullptr, int(attachedDevices().size())).arg(readyCount());
    return tr("%1 enrolled, %2 failed, %3 in progress.").arg(enrolled).arg(failed).arg(running);
}
