#include "endpoint/SelfCheckResult.h"

#include "settings/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

SelfCheckResult SelfCheckResult::load(Database &db)
{
    const QJsonObject o = QJsonDocument::fromJson(SettingsRepository(db).stringValue(Setting::EndpointSelfCheck).toUtf8()).object();
    SelfCheckResult r;
    r.url = o.value(QLatin1String("url")).toString();
    r.outcome = o.value(QLatin1String("outcome")).toString();
    r.at = qint64(o.value(QLatin1String("at")).toDouble());
    r.ok = o.value(QLatin1String("ok")).toBool();
    return r;
}

Status SelfCheckResult::store(Database &db) const
{
    const QJsonObject o{{QLatin1String("url"), url}, {QLatin1String("outcome"), outcome}, {QLatin1String("at"), double(at)},
                        {QLatin1String("ok"), ok}};
    return SettingsRepository(db).setValue(Setting::EndpointSelfCheck,
                                           QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
