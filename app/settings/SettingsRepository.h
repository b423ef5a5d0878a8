#pragma once

#include "core/Status.h"
#include "settings/Setting.h"

class Database;

// Console settings kept in the fleet database (so every console on a shared database agrees).
// Values come back in the type of their default; an unset or unreadable value gives the default.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    QVariant value(Setting s) const;
    int intValue(Setting s) const { return value(s).toInt(); }
    QString stringValue(Setting s) const { return value(s).toString(); }
    bool boolValue(Setting s) const { return value(s).toBool(); }
    Status setValue(Setting s, const QVariant &v);

private:
    Database &m_db;
};
