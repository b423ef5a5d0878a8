#include "FilterOptionsModel.h"

#include "fleet/DeviceRepository.h"
#include "fleet/DeviceTypes.h"

FilterOptionsModel::FilterOptionsModel(Kind kind, Database &db, QObject *parent)
    : QAbstractListModel(parent), m_kind(kind), m_db(db)
{
    reload();
}

int FilterOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant FilterOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &o = m_options.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return o.label;
    case Qt::ToolTipRole: return o.toolTip.isEmpty() ? QVariant() : QVariant(o.toolTip);
    case ValueRole: return o.value;
    default: return {};
    }
}

void FilterOptionsModel::reload()
{
    QList<Option> fresh = optionsFor(m_kind);
    if (fresh.size() == m_options.size()) {
        bool same = true;
        for (int i = 0; same && i < fresh.size(); ++i)
            same = fresh[i].value == m_options[i].value && fresh[i].label == m_options[i].label;
        if (same)
            return; // a reset would make the combo box forget its current choice for nothing
    }
    beginResetModel();
    m_options = std::move(fresh);
    endResetModel();
}

QString FilterOptionsModel::valueAt(int row) const
{
    return row >= 0 && row < m_options.size() ? m_options.at(row).value : QString();
}

int FilterOptionsModel::rowOfValue(const QString &value) const
{
    for (int row = 0; row < m_options.size(); ++row)
        if (m_options.at(row).value == value)
            return row;
    return 0;
}

QList<FilterOptionsModel::Option> FilterOptionsModel::optionsFor(Kind kind) const
{
    QList<Option> out;
    switch (kind) {
    case Kind::Platform:
        out << Option{tr("All platforms"), {}, {}};
        for (const QString &v : DeviceTypes::allPlatformsDb())
            out << Option{DeviceTypes::displayName(*DeviceTypes::platformFromDb(v)), v, {}};
        break;
    case Kind::Ownership:
        out << Option{tr("All ownership types"), {}, {}};
        for (const QString &v : DeviceTypes::allOwnershipsDb()) {
            const Ownership o = *DeviceTypes::ownershipFromDb(v);
            out << Option{DeviceTypes::displayName(o), v, DeviceTypes::ownershipDescription(o)};
        }
        break;
    case Kind::State:
        out << Option{tr("All states"), {}, {}};
        for (const QString &v : DeviceTypes::allStatesDb())
            out << Option{DeviceTypes::displayName(*DeviceTypes::stateFromDb(v)), v, {}};
        break;
    case Kind::Compliance:
        out << Option{tr("Any compliance"), {}, {}};
        for (ComplianceState s : {ComplianceState::Compliant, ComplianceState::NonCompliant, ComplianceState::Unknown})
            out << Option{ComplianceStateInfo::displayName(s), ComplianceStateInfo::id(s), {}};
        break;
    case Kind::Department:
        out << Option{tr("All departments"), {}, {}};
        for (const QString &v : DeviceRepository(m_db).departments())
            out << Option{v, v, {}};
        break;
    }
    return out;
}
