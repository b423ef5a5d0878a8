#pragma once

#include "commands/CommandOverview.h"

#include <QHash>
#include <QList>

class Database;

// The read side of the command queue for the console's Commands page and a device's history:
// commands joined with their device and their last result. Paged and filtered in SQL.
class CommandOverviewRepository
{
public:
    explicit CommandOverviewRepository(Database &db);

    QList<CommandOverview> page(const CommandListQuery &query) const;
    int count(const CommandListQuery &query) const;
    // How many commands wait in each status (queued, sent, notnow, ...), for the page's summary.
    QHash<QString, int> countsByStatus() const;

private:
    Database &m_db;
};
