#pragma once

#include <QAbstractListModel>
#include <QList>

class Database;

// The choices of one filter combo of the device table: "All ..." first, then every value. Each row
// carries the value's database spelling in ValueRole (empty for "All"), so the page can turn the
// admin's choice into a DeviceQuery without knowing display strings.
class FilterOptionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { Platform, Ownership, Department, State, Compliance };
    enum Role { ValueRole = Qt::UserRole + 1 };

    FilterOptionsModel(Kind kind, Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    Kind kind() const { return m_kind; }
    // Reads the values again (departments come and go with the devices).
    void reload();
    QString valueAt(int row) const;
    int rowOfValue(const QString &value) const; // 0 ("All") when the value is no longer there

private:
    struct Option {
        QString label;
        QString value;
        QString toolTip;
    };
    QList<Option> optionsFor(Kind kind) const;

    Kind m_kind;
    Database &m_db;
    QList<Option> m_options;
};
