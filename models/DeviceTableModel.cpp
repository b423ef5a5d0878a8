#include "DeviceTableModel.h"

#include "DeviceLoader.h"
#include "RelativeTime.h"
#include "changes/ChangeNotifier.h"

#include <QCoreApplication>
#include <QThread>

namespace {
DeviceField fieldOf(int column) { return static_cast<DeviceField>(column); }
QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }
} // namespace

DeviceTableModel::DeviceTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_repository(db), m_db(db)
{
    reload();
}

DeviceTableModel::~DeviceTableModel()
{
    if (m_thread) {
        // The loader closes its connection in its own thread (finished -> deleteLater); waiting for
        // at most the query in flight keeps that connection from outliving the database it clones.
        m_thread->quit();
        m_thread->wait();
    }
}

void DeviceTableModel::setBackgroundLoading(bool on)
{
    if (on == bool(m_thread))
        return;
    if (!on) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_loader = nullptr;
        if (m_loading) { // the answer in flight is gone with the thread: ask again, here
            m_loading = false;
            reload();
            emit loadingChanged(false);
        }
        return;
    }
    qRegisterMetaType<DeviceQuery>();
    qRegisterMetaType<QList<Device>>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("DeviceLoader"));
    m_loader = new DeviceLoader(m_db, m_generation);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DeviceLoader::loaded, this, &DeviceTableModel::applyLoaded, Qt::QueuedConnection);
    m_thread->start();
}

QString DeviceTableModel::headerTitle(DeviceField field)
{
    switch (field) {
    case DeviceField::Name: return tr("Name");
    case DeviceField::Platform: return tr("Platform");
    case DeviceField::Model: return tr("Model");
    case DeviceField::OsVersion: return tr("OS version");
    case DeviceField::Ownership: return tr("Ownership");
    case DeviceField::Department: return tr("Department");
    case DeviceField::AssignedTo: return tr("Clinician");
    case DeviceField::State: return tr("State");
    case DeviceField::LastSeen: return tr("Last seen");
    case DeviceField::Serial: return tr("Serial number");
    case DeviceField::Compliance: return tr("Compliance");
    case DeviceField::Policy: return tr("Policy");
    }
    return {};
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DeviceFieldCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Device &d = m_rows.at(index.row());
    const DeviceField field = fieldOf(index.column());
    switch (role) {
    case Qt::DisplayRole: return displayValue(d, field);
    case Qt::ToolTipRole: return toolTipValue(d, field);
    case DeviceIdRole: return d.id;
    default: return {};
    }
}

QVariant DeviceTableModel::displayValue(const Device &d, DeviceField field) const
{
    switch (field) {
    case DeviceField::Name: return d.name;
    case DeviceField::Platform: return DeviceTypes::displayName(d.platform);
    case DeviceField::Model: return d.model;
    case DeviceField::OsVersion: return d.osVersion;
    case DeviceField::Ownership: return DeviceTypes::displayName(d.ownership);
    case DeviceField::Department: return d.department;
    case DeviceField::AssignedTo: return d.assignedTo;
    case DeviceField::State: return DeviceTypes::displayName(d.state);
    case DeviceField::LastSeen: return RelativeTime::describe(d.lastSeen);
    case DeviceField::Serial: return d.serial;
    case DeviceField::Compliance: return ComplianceStateInfo::displayName(d.compliance);
    case DeviceField::Policy: return d.policyLabel.isEmpty() ? tr("None") : d.policyLabel;
    }
    return {};
}

QVariant DeviceTableModel::toolTipValue(const Device &d, DeviceField field) const
{
    switch (field) {
    case DeviceField::LastSeen:
        return d.lastSeen.isValid() ? RelativeTime::exactUtc(d.lastSeen) : tr("This device has never checked in.");
    case DeviceField::Ownership: return DeviceTypes::ownershipDescription(d.ownership);
    case DeviceField::Name: return tr("%1\nSerial number: %2").arg(d.name, orDash(d.serial));
    case DeviceField::Policy:
        return d.policyLabel.isEmpty() ? tr("No policy assigned: judged against its ownership model's baseline.") : QVariant();
    case DeviceField::Compliance:
        return d.compliance == ComplianceState::Unknown
            ? tr("Unknown: not managed, silent for too long, or a safeguard not reported yet. The details list each safeguard.")
            : QVariant();
    default: return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= DeviceFieldCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerTitle(fieldOf(section));
    return {};
}

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> DeviceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DeviceIdRole, QByteArrayLiteral("deviceId"));
    return names;
}

bool DeviceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && !m_loading && m_rows.size() < m_totalCount;
}

void DeviceTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Device> more = m_repository.page(m_query, int(m_rows.size()), m_pageSize);
    if (more.isEmpty()) {
        // Rows were removed behind our back (another console, the CLI): stop asking for more.
        m_totalCount = int(m_rows.size());
        emit totalCountChanged(m_totalCount);
        return;
    }
    const int first = int(m_rows.size());
    // Whoever listens to rowsInserted or modelReset (a view, QAbstractItemModelTester) may ask for
    // more while the signal is still being delivered; that nested insert would invalidate what the
    // listeners after it were told, so a nested request waits for the next call.
    m_changing = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

void DeviceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= DeviceFieldCount)
        return;
    DeviceQuery q = m_query;
    q.sortField = fieldOf(column);
    q.sortOrder = order;
    setQuery(q);
}

void DeviceTableModel::setQuery(const DeviceQuery &query)
{
    m_query = query;
    reload();
}

void DeviceTableModel::refresh() { reload(true); }

void DeviceTableModel::setChangeNotifier(ChangeNotifier *notifier)
{
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject == ChangeSubject::Devices)
            refresh();
    });
}

void DeviceTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

std::optional<Device> DeviceTableModel::deviceAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int DeviceTableModel::rowOfDevice(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void DeviceTableModel::reload(bool keepLoaded)
{
    // A refresh re-reads as many rows as are loaded, so that a view scrolled down stays where it is.
    const int limit = keepLoaded ? qMax(m_pageSize, int(m_rows.size())) : m_pageSize;
    m_keepView = keepLoaded;
    const quint64 generation = ++*m_generation;
    if (m_loader) {
        if (!m_loading) {
            m_loading = true;
            emit loadingChanged(true);
        }
        QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation, query = m_query, limit] {
            loader->load(generation, query, limit);
        }, Qt::QueuedConnection);
        return;
    }
    const int total = m_repository.count(m_query);
    const int fleet = DeviceLoader::isUnfiltered(m_query) ? total : m_repository.countAll();
    setRows(total > 0 ? m_repository.page(m_query, 0, limit) : QList<Device>{}, total, fleet);
}

void DeviceTableModel::applyLoaded(quint64 generation, const QList<Device> &rows, int totalCount, int fleetCount)
{
    if (generation != m_generation->load())
        return; // overtaken by a newer query
    m_loading = false;
    setRows(rows, totalCount, fleetCount);
    emit loadingChanged(false);
}

void DeviceTableModel::setRows(const QList<Device> &rows, int totalCount, int fleetCount)
{
    const int oldTotal = m_totalCount;
    const int oldFleet = m_fleetCount;
    if (!rows.isEmpty() && sameDevices(rows) && totalCount == oldTotal && fleetCount == oldFleet) {
        // The same devices in the same order (a check-in, a new verdict): new values in place, so
        // that the selection, the current row and the scroll position stay as they are.
        m_rows = rows;
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, DeviceFieldCount - 1));
        return;
    }
    m_changing = true;
    beginResetModel();
    m_rows = rows;
    m_totalCount = totalCount;
    m_fleetCount = fleetCount;
    endResetModel();
    m_changing = false;
    if (m_totalCount != oldTotal)
        emit totalCountChanged(m_totalCount);
    if (m_fleetCount != oldFleet)
        emit fleetCountChanged(m_fleetCount);
}

bool DeviceTableModel::sameDevices(const QList<Device> &rows) const
{
    if (rows.size() != m_rows.size())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).id != m_rows.at(i).id)
            return false;
    return true;
}
