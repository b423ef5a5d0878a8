#include "android/WriteTransaction.h"

#include "db/Database.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    QSqlDatabase conn = db.connection();
    m_active = db.backend() == Database::Backend::SQLite ? QSqlQuery(conn).exec(QStringLiteral("BEGIN IMMEDIATE"))
                                                         : conn.transaction();
}

WriteTransaction::~WriteTransaction() { rollback(); }

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    if (m_db.backend() == Database::Backend::SQLite)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.connection().rollback();
    m_active = false;
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool ok = m_db.backend() == Database::Backend::SQLite ? QSqlQuery(m_db.connection()).exec(QStringLiteral("COMMIT"))
                                                                : m_db.connection().commit();
    m_active = !ok;
    return ok;
}
