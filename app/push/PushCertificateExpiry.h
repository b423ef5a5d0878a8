#pragma once

#include <QDateTime>
#include <QString>

// How loudly to warn about the push certificate's expiry: from 30, 14, 7 and 1 days before, and
// once expired (every Apple device stops answering pushes; renewing with the SAME Apple ID keeps
// the topic and the fleet).
namespace PushCertificateExpiry {
enum class Level { None, Days30, Days14, Days7, Days1, Expired };

Level level(const QDateTime &notAfter, const QDateTime &now);
// Seconds until the level next changes (for a timer), 0 when expired.
qint64 secondsToNextLevel(const QDateTime &notAfter, const QDateTime &now);
QString message(Level level, const QDateTime &notAfter);
}
