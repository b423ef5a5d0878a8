#include "push/PushCertificateExpiry.h"

#include <QCoreApplication>

namespace PushCertificateExpiry {

namespace {
constexpr qint64 Day = 24 * 3600;
constexpr qint64 Thresholds[] = {30 * Day, 14 * Day, 7 * Day, 1 * Day, 0};
}

Level level(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 left = now.secsTo(notAfter);
    if (left <= 0)
        return Level::Expired;
    if (left <= Day)
        return Level::Days1;
    if (left <= 7 * Day)
        return Level::Days7;
    if (left <= 14 * Day)
        return Level::Days14;
    if (left <= 30 * Day)
        return Level::Days30;
    return Level::None;
}

qint64 secondsToNextLevel(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 left = now.secsTo(notAfter);
    for (qint64 t : Thresholds)
        if (left > t)
            return left - t;
    return 0;
}

QString message(Level level, const QDateTime &notAfter)
{
    const QString date = notAfter.toUTC().toString(Qt::ISODate);
    switch (level) {
    case Level::None:
        return {};
    case Level::Expired:
        return QCoreApplication::translate("PushCertificateExpiry", "The Apple push certificate expired on %1: Apple devices can no longer be "
                                           "woken. Renew it with the same Apple ID at identity.apple.com.").arg(date);
    default: {
        const int days = level == Level::Days30 ? 30 : level == Level::Days14 ? 14 : level == Level::Days7 ? 7 : 1;
        return QCoreApplication::translate("PushCertificateExpiry", "The Apple push certificate expires on %1 (within %n day(s)). Renew it with the "
                                           "same Apple ID at identity.apple.com; a new certificate instead of a renewal means "
                                           "every Apple device must enroll again.", nullptr, days).arg(date);
    }
    }
    return {};
}

} // namespace PushCertificateExpiry
