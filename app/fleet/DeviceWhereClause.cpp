#include "fleet/DeviceWhereClause.h"

#include "fleet/DeviceTypes.h"

#include <QStringList>

DeviceWhereClause::DeviceWhereClause(const DeviceQuery &query) : DeviceWhereClause(query, TextPlan{}) {}

DeviceWhereClause::DeviceWhereClause(const DeviceQuery &query, TextPlan plan)
{
    QStringList parts;
    const QString text = query.text.trimmed();
    const bool inScan = plan.filtersInScan && !text.isEmpty();
    const QString column = inScan ? QStringLiteral("+%1 = ?") : QStringLiteral("%1 = ?");
    if (!text.isEmpty()) {
        QString pattern = text.toLower();
        const bool escape = pattern.contains(QLatin1Char('\\')) || pattern.contains(QLatin1Char('%'))
            || pattern.contains(QLatin1Char('_'));
        if (escape)
            pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
                .replace(QLatin1String("%"), QLatin1String("\\%"))
                .replace(QLatin1String("_"), QLatin1String("\\_"));
        // ESCAPE only when needed: SQLite's LIKE is several times slower with an ESCAPE clause.
        parts << (escape ? QStringLiteral("search_text LIKE ? ESCAPE '\\'") : QStringLiteral("search_text LIKE ?"));
        values << QLatin1Char('%') + pattern + QLatin1Char('%');
    }
    if (query.platform) {
        parts << column.arg(QLatin1String("platform"));
        values << DeviceTypes::toDb(*query.platform);
    }
    if (query.ownership) {
        parts << column.arg(QLatin1String("ownership"));
        values << DeviceTypes::toDb(*query.ownership);
    }
    if (query.state) {
        parts << column.arg(QLatin1String("enrollment_state"));
        values << DeviceTypes::toDb(*query.state);
    }
    if (!query.department.isEmpty()) {
        parts << column.arg(QLatin1String("department"));
        values << query.department;
    }
    if (query.compliance) {
        parts << column.arg(QLatin1String("compliance"));
        values << ComplianceStateInfo::id(*query.compliance);
    }
    if (parts.isEmpty())
        return;
    if (plan.subSelect && !text.isEmpty()) {
        // Text first: only the conditions that the scan decides go into the sub-select.
        const qsizetype inner = inScan ? parts.size() : 1;
        parts.replace(0, QStringLiteral("id IN (SELECT id FROM devices WHERE %1)")
                             .arg(QStringList(parts.mid(0, inner)).join(QLatin1String(" AND "))));
        parts.remove(1, inner - 1);
    }
    sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

