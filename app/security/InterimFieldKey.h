#pragma once

#include "core/Status.h"

#include <QByteArray>

class Database;

// INTERIM, until the secret store (app/secrets, DataKey) is wired in: the 32-byte field key kept in
// a file beside the database (<db>.fieldkey, mode 0600, created on first use). It keeps TOTP secrets
// out of the database file itself, but it is not the keychain; replacing it is one call in
// CliSignIn::fieldKey and ConsoleLauncher.
namespace InterimFieldKey {
Status load(const Database &db, QByteArray *key);
}
