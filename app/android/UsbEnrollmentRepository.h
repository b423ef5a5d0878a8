#pragma once

#include "android/UsbEnrollmentJob.h"
#include "core/Status.h"

#include <QList>

class Database;

// All SQL for usb_enrollment_jobs: every step of every device is written as it happens, so a
// crash or a closed window resumes where it stopped.
class UsbEnrollmentRepository
{
public:
    explicit UsbEnrollmentRepository(Database &db);

    Status insert(UsbEnrollmentJob &job); // sets id
    Status update(const UsbEnrollmentJob &job);
    QList<UsbEnrollmentJob> batch(const QString &batchId) const;
    // The newest batch id, empty when none.
    QString latestBatch() const;
    // Devices of any batch that are neither enrolled nor failed.
    QList<UsbEnrollmentJob> unfinished() const;

private:
    QList<UsbEnrollmentJob> select(const QString &where, const QVariantList &values) const;
    Database &m_db;
};
