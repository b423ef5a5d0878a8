#pragma once

#include "catalog/CatalogApp.h"
#include "core/Status.h"

#include <QJsonArray>

// The managed configuration schema as stored (catalog_apps.config_schema) and printed (--json).
namespace CatalogAppJson {
QJsonArray schemaToJson(const QList<ManagedConfigKey> &schema);
Status schemaFromJson(const QJsonArray &array, QList<ManagedConfigKey> &out);
QJsonObject toJson(const CatalogApp &app);
}
