#pragma once

#include <QList>
#include <QString>

class Database;

// What a new clinic still has to do before the console is useful, read from the database each
// time (nothing to keep in sync): the endpoint was found reachable through its public URL, a valid
// APNs push certificate is installed, a device has enrolled, a baseline policy is assigned, and a
// compliance report has been exported. The dashboard's Getting started checklist shows these.
class GettingStartedStatus
{
public:
    enum class Step { EndpointReachable, PushCertificate, FirstDevice, BaselineAssigned, ReportExported };

    struct Item {
        Step step;
        bool done = false;
    };

    explicit GettingStartedStatus(Database &db);

    QList<Item> items(qint64 now) const;
    bool isDone(Step step, qint64 now) const;
    bool allDone(qint64 now) const;
    static QList<Step> steps();
    // A stable name for each step (object names, tests).
    static QString key(Step step);

private:
    Database &m_db;
};
