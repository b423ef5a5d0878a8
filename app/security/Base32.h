#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// RFC 4648 base32 (A-Z, 2-7), the alphabet authenticator apps expect for TOTP secrets.
namespace Base32 {
// Without '=' padding, as otpauth:// URIs carry it.
QString encode(const QByteArray &data);
// Accepts lower case, spaces, dashes and padding; nullopt on any other character.
std::optional<QByteArray> decode(const QString &text);
}
