#include "compliance/ComplianceSnapshotRepository.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

ComplianceSnapshotRepository::ComplianceSnapshotRepository(Database &db) : m_db(db) {}

Status ComplianceSnapshotRepository::recordDay(qint64 day, Safeguard safeguard, const SafeguardTally &t, qint64 takenAt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO compliance_snapshots (day, safeguard, compliant, non_compliant, unknown, taken_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (day, safeguard) DO UPDATE SET compliant = excluded.compliant, "
                             "non_compliant = excluded.non_compliant, unknown = excluded.unknown, taken_at = excluded.taken_at"));
    q.addBindValue(day);
    q.addBindValue(SafeguardInfo::id(safeguard));
    q.addBindValue(t.compliant);
    q.addBindValue(t.nonCompliant);
    q.addBindValue(t.unknown);
    q.addBindValue(takenAt);
    return q.exec() ? Status::success() : Status::failure(ErrorCode::Failure, q.lastError().text());
}

Status ComplianceSnapshotRepository::record(qint64 now, const QMap<Safeguard, SafeguardTally> &tallies)
{
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        if (Status s = recordDay(dayOf(now), it.key(), it.value(), now); !s)
            return s;
    return Status::success();
}

QList<ComplianceSnapshot> ComplianceSnapshotRepository::between(qint64 fromDay, qint64 toDay) const
{
    QHash<QString, Safeguard> byId;
    for (Safeguard s : SafeguardInfo::all())
        byId.insert(SafeguardInfo::id(s), s);
    QList<ComplianceSnapshot> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT day, safeguard, compliant, non_compliant, unknown FROM compliance_snapshots "
                             "WHERE day >= ? AND day <= ? ORDER BY day, safeguard"));
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (q.exec())
        while (q.next())
            if (byId.contains(q.value(1).toString()))
                out << ComplianceSnapshot{q.value(0).toLongLong(), byId.value(q.value(1).toString()),
                                          {q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()}};
    return out;
}
