#include "catalog/CatalogAppJson.h"

#include <QCoreApplication>

QString CatalogApp::sourceName(Source s)
{
    switch (s) {
    case Source::Manifest:
        return QStringLiteral("manifest");
    case Source::Apk:
        return QStringLiteral("apk");
    case Source::Store:
        break;
    }
    return QStringLiteral("store");
}

namespace CatalogAppJson {

QJsonArray schemaToJson(const QList<ManagedConfigKey> &schema)
{
    QJsonArray out;
    for (const ManagedConfigKey &k : schema)
        out.append(QJsonObject{{QStringLiteral("key"), k.key},
                               {QStringLiteral("type"), ManagedConfigKey::typeName(k.type)},
                               {QStringLiteral("required"), k.required},
                               {QStringLiteral("description"), k.description}});
    return out;
}

Status schemaFromJson(const QJsonArray &array, QList<ManagedConfigKey> &out)
{
    out.clear();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ManagedConfigKey k;
        k.key = o.value(QStringLiteral("key")).toString();
        if (k.key.isEmpty() || !ManagedConfigKey::typeFromName(o.value(QStringLiteral("type")).toString(), k.type))
            return Status::failure(ErrorCode::InvalidInput,
                                   QCoreApplication::translate("CatalogAppJson", "A configuration key needs a name and a type "
                                                                                 "(string, url, integer or boolean)."));
        k.required = o.value(QStringLiteral("required")).toBool();
        k.description = o.value(QStringLiteral("description")).toString();
        out.append(k);
    }
    return Status::success();
}

QJsonObject toJson(const CatalogApp &app)
{
    return {{QStringLiteral("id"), app.id},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("platform"), CatalogApp::platformName(app.platform)},
            {QStringLiteral("identifier"), app.identifier},
            {QStringLiteral("source"), CatalogApp::sourceName(app.source)},
            {QStringLiteral("store_id"), app.storeId},
            {QStringLiteral("manifest_url"), app.manifestUrl},
            {QStringLiteral("apk_sha256"), app.apkSha256},
            {QStringLiteral("version"), app.version},
            {QStringLiteral("vpn_uuid"), app.vpnUuid},
            {QStringLiteral("config_schema"), schemaToJson(app.configSchema)},
            {QStringLiteral("config_values"), app.configValues}};
}

} // namespace CatalogAppJson
