#include "report/VendorRepository.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

VendorRepository::VendorRepository(Database &db) : m_db(db) {}

Status VendorRepository::add(Vendor &v, qint64 now)
{
    if (v.name.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("VendorRepository", "A vendor needs a name."));
    for (const Vendor &existing : list())
        if (existing.name.compare(v.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("VendorRepository", "Vendor %1 is already registered.").arg(existing.name));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO vendors (name, service, handles_ephi, baa_signed_on, baa_expires_on, notes, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)") + m_db.returningId());
    q.addBindValue(v.name.trimmed());
    q.addBindValue(v.service.isNull() ? QStringLiteral("") : v.service);
    q.addBindValue(v.handlesEphi ? 1 : 0);
    q.addBindValue(v.baaSignedOn > 0 ? QVariant(v.baaSignedOn) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(v.baaExpiresOn > 0 ? QVariant(v.baaExpiresOn) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(v.notes.isNull() ? QStringLiteral("") : v.notes);
    q.addBindValue(now);
    if (!q.exec())
        return Status::failure(ErrorCode::Failure, q.lastError().text());
    v.id = m_db.insertedId(q);
    return Status::success();
}

QList<Vendor> VendorRepository::list() const
{
    QList<Vendor> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, name, service, handles_ephi, baa_signed_on, baa_expires_on, notes FROM vendors ORDER BY name")))
        while (q.next())
            out << Vendor{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                          q.value(4).isNull() ? 0 : q.value(4).toLongLong(), q.value(5).isNull() ? 0 : q.value(5).toLongLong(),
                          q.value(6).toString()};
    return out;
}
