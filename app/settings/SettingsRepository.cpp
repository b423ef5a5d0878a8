#include "settings/SettingsRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

SettingsRepository::SettingsRepository(Database &db) : m_db(db) {}

QVariant SettingsRepository::value(Setting s) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(SettingInfo::key(s));
    if (!q.exec() || !q.next())
        return SettingInfo::defaultValue(s);
    QVariant v = q.value(0).toString();
    if (!v.convert(SettingInfo::type(s)))
        return SettingInfo::defaultValue(s);
    return v;
}

Status SettingsRepository::setValue(Setting s, const QVariant &v)
{
    QVariant typed = v;
    if (!typed.convert(SettingInfo::type(s)))
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("SettingsRepository", "%1 is not a valid value for %2")
                                   .arg(v.toString(), SettingInfo::key(s)));
    QSqlQuery q(m_db.connection());
    // Portable upsert: both SQLite (3.24+) and PostgreSQL understand ON CONFLICT.
    q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(SettingInfo::key(s));
    q.addBindValue(typed.toString());
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    return Status::success();
}
