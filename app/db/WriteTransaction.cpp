#include "db/WriteTransaction.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    QSqlDatabase conn = db.connection();
    if (db.backend() == Database::Backend::SQLite) {
        QSqlQuery q(conn);
        m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            m_begun = Status::failure(ErrorCode::DatabaseRefused, q.lastError().text());
    } else {
        m_open = conn.transaction();
        if (!m_open)
            m_begun = Status::failure(ErrorCode::DatabaseRefused, conn.lastError().text());
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_db.backend() == Database::Backend::SQLite)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.connection().rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status::failure(ErrorCode::Failure, QStringLiteral("no open transaction")) : m_begun;
    m_open = false;
    if (m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("COMMIT")))
            return Status::failure(ErrorCode::Failure, q.lastError().text());
        return Status::success();
    }
    QSqlDatabase conn = m_db.connection();
    if (!conn.commit())
        return Status::failure(ErrorCode::Failure, conn.lastError().text());
    return Status::success();
}
