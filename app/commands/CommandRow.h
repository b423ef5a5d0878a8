#pragma once

#include "commands/DeviceCommand.h"

class QSqlQuery;

// Reading a commands row: the column list every command query selects (prefixed for joins) and
// the DeviceCommand made from those columns, starting at `first`.
namespace CommandRow {
QString columns(const QString &tableAlias = {});
DeviceCommand from(const QSqlQuery &query, int first = 0);
}
