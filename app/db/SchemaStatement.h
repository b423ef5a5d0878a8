#pragma once

// One DDL statement of a migration, in portable SQL with the ${ID}/${BLOB} placeholders that
// Database::dialect() spells per backend. Triggers and the like differ per backend and say so.
struct SchemaStatement {
    const char *sql;
    bool sqliteOnly = false;
    bool postgresOnly = false;
};
