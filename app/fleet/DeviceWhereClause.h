#pragma once

#include "fleet/DeviceQuery.h"

#include <QString>
#include <QVariantList>

// The WHERE clause of DeviceRepository's page() and count() for a query, with its bound values
// (" WHERE ..." or empty). Only DeviceRepository runs it.
struct DeviceWhereClause {
    // How a text search is written (without text, the filters are plain conditions).
    struct TextPlan {
        // The text condition as a sub-select, so that SQLite finds the matching ids by scanning an
        // index and reads only those rows (see DeviceRepository::page()).
        bool subSelect = false;
        // SQLite only: the other filters are decided by the text's scan too, spelled with a leading
        // + so that the planner cannot pick a filter's own index (a third of the fleet for "ios")
        // and look up every row it lists. It scans devices_by_search_filters (SchemaV6) instead,
        // which holds the text and the filters, and reads rows only for full matches.
        bool filtersInScan = false;
    };

    explicit DeviceWhereClause(const DeviceQuery &query);
    DeviceWhereClause(const DeviceQuery &query, TextPlan plan);

    QString sql;
    QVariantList values;
};
