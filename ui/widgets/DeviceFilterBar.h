#pragma once

#include "fleet/DeviceQuery.h"

#include <QTimer>
#include <QWidget>

class Database;
class FilterOptionsModel;
class QComboBox;
class QLineEdit;
class QPushButton;

// Search box and filter combos above the device table. Typing is debounced so that a query runs
// once the admin pauses, not on every key; combos apply at once.
class DeviceFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 200;

    explicit DeviceFilterBar(Database &db, QWidget *parent = nullptr);

    // Writes search text and filters into `query`, leaving its sort alone.
    void applyTo(DeviceQuery &query) const;
    bool isFiltering() const;
    void reloadOptions(); // departments come and go with the devices
    void focusSearch();

public slots:
    void clearFilters();

signals:
    void filtersChanged();

private:
    QComboBox *addCombo(FilterOptionsModel *options, const QString &objectName, const QString &accessibleName);
    void updateClearButton();

    QLineEdit *m_search;
    QList<QComboBox *> m_combos;
    QComboBox *m_platform = nullptr;
    QComboBox *m_ownership = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_compliance = nullptr;
    QPushButton *m_clear;
    QTimer m_debounce;
};
