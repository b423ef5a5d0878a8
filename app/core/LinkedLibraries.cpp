#include "core/LinkedLibraries.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace LinkedLibraries {

QList<LinkedLibrary> all()
{
    const QString qt = QString::fromLatin1(qVersion());
    return {
        {QStringLiteral("Qt (Core, Gui, Widgets, Network, Sql, WebSockets)"), qt, QStringLiteral("LGPL-3.0")},
        // The open-source editions of these two Qt modules are GPL only (Debian: GPL-3).
        {QStringLiteral("Qt Charts"), qt, QStringLiteral("GPL-3.0")},
        {QStringLiteral("Qt HTTP Server"), qt, QStringLiteral("GPL-3.0")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), QStringLiteral("Apache-2.0")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("libplist"), QString(), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("libimobiledevice"), QString(), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("libqrencode"), QString(), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("Argon2 (libargon2)"), QString(), QStringLiteral("CC0-1.0 or Apache-2.0")},
        {QStringLiteral("nghttp2"), QString(), QStringLiteral("MIT")},
        {QStringLiteral("libcurl"), QString(), QStringLiteral("curl (MIT-style)")},
    };
}

} // namespace LinkedLibraries
