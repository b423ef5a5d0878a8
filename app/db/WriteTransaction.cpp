#include "db/WriteTransaction.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    QSqlDatabase conn = m_db.connection();
    if (m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery q(conn);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    } else {
        m_active = m_db.beginTransaction();
        if (!m_active)
            m_error = conn.lastError().text();
    }
}

WriteTransaction::~WriteTransaction() { rollback(); }

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_db.backend() == Database::Backend::SQLite)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollbackTransaction();
}

Status WriteTransaction::status() const
{
    if (m_active)
        return Status::success();
    return Status::failure(ErrorCode::DatabaseRefused,
                           QCoreApplication::translate("WriteTransaction", "Cannot start a database transaction: %1").arg(m_error));
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return status();
    QSqlDatabase conn = m_db.connection();
    bool ok = false;
    QString error;
    if (m_db.backend() == Database::Backend::SQLite) {
        QSqlQuery q(conn);
        ok = q.exec(QStringLiteral("COMMIT"));
        error = q.lastError().text();
    } else {
        ok = m_db.commitTransaction();
        error = conn.lastError().text();
    }
    if (!ok)
        return Status::failure(ErrorCode::DatabaseRefused,
                               QCoreApplication::translate("WriteTransaction", "Cannot commit to the database: %1").arg(error));
    m_active = false;
    return Status::success();
}
