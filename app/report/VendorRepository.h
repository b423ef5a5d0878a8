#pragma once

#include "core/Status.h"
#include "report/Vendor.h"

#include <QList>

class Database;

// All SQL for the vendor / BAA register.
class VendorRepository
{
public:
    explicit VendorRepository(Database &db);
    Status add(Vendor &vendor, qint64 nowSeconds); // Conflict when the name exists
    QList<Vendor> list() const;                    // by name

private:
    Database &m_db;
};
