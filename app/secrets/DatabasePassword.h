#pragma once

#include "db/PostgresTarget.h"

#include <QString>

// Where the password of a PostgreSQL fleet database is kept. It cannot live under the database's
// own secret service (that id is stored in the database, which needs the password to open), so it
// has a service of its own named after the server, database and user: "ClinicMDM-db:<url>".
// libpq's own sources (PGPASSWORD, PGPASSFILE or ~/.pgpass) come first: when one is there the
// keychain is not asked at all.
namespace DatabasePassword {
constexpr const char *SecretName = "password";
constexpr const char *InputEnv = "CLINICMDM_DB_PASSWORD"; // for `db password` in scripts

QString serviceFor(const PostgresTarget &target);
bool libpqWillSupplyPassword();
}
