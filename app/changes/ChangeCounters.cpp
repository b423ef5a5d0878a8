#include "changes/ChangeCounters.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QStringList>

ChangeCounters::ChangeCounters(Database &db) : m_db(db) {}

QHash<ChangeSubject, qint64> ChangeCounters::read() const
{
    QString sql;
    if (m_db.backend() == Database::Backend::SQLite) {
        sql = QStringLiteral("SELECT subject, counter FROM change_counters");
    } else {
        // A sequence not yet used reports last_value 1 with is_called false.
        QStringList parts;
        for (ChangeSubject s : ChangeSubjects::all())
            parts << QStringLiteral("SELECT '%1', CASE WHEN is_called THEN last_value ELSE 0 END FROM change_seq_%1")
                         .arg(ChangeSubjects::id(s));
        sql = parts.join(QLatin1String(" UNION ALL "));
    }
    QHash<ChangeSubject, qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return out;
    QHash<QString, ChangeSubject> byId;
    for (ChangeSubject s : ChangeSubjects::all())
        byId.insert(ChangeSubjects::id(s), s);
    while (q.next()) {
        const auto s = byId.constFind(q.value(0).toString());
        if (s != byId.constEnd())
            out.insert(*s, q.value(1).toLongLong());
    }
    return out;
}
