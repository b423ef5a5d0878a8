#pragma once

#include <QString>
#include <QStringList>

// One-time MFA recovery codes: shown once at enrolment, stored only as hashes, each usable once.
// A code is 60 random bits (12 base32 characters, printed as XXXX-XXXX-XXXX). With that much entropy
// a plain SHA-256 cannot be brute-forced from a stolen database, so no slow hash is needed.
namespace RecoveryCodes {
constexpr int kCount = 10;
QStringList generate(int count = kCount);
// Upper case, without spaces and dashes: what the admin typed, made comparable.
QString normalize(const QString &code);
bool looksLikeRecoveryCode(const QString &code);
QString hash(const QString &code); // hex SHA-256 of the normalized code
}
