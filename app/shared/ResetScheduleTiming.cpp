#include "shared/ResetScheduleTiming.h"

#include <QRegularExpression>

namespace {
const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr int kWeekdays = 0x1f;
constexpr int kWeekend = 0x60;
constexpr int kDaily = 0x7f;
} // namespace

namespace ResetScheduleTiming {

std::optional<int> parseDays(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("daily") || t == QLatin1String("all"))
        return kDaily;
    if (t == QLatin1String("weekdays"))
        return kWeekdays;
    if (t == QLatin1String("weekend"))
        return kWeekend;
    int mask = 0;
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        int bit = -1;
        for (int i = 0; i < 7; ++i)
            if (part.trimmed() == QLatin1String(kDays[i]))
                bit = i;
        if (bit < 0)
            return std::nullopt;
        mask |= 1 << bit;
    }
    return mask == 0 ? std::nullopt : std::optional<int>(mask);
}

QString daysText(int mask)
{
    if (mask == kDaily)
        return QStringLiteral("daily");
    if (mask == kWeekdays)
        return QStringLiteral("weekdays");
    if (mask == kWeekend)
        return QStringLiteral("weekend");
    QStringList names;
    for (int i = 0; i < 7; ++i)
        if (mask & (1 << i))
            names << QLatin1String(kDays[i]);
    return names.join(QLatin1Char(','));
}

bool validTime(const QString &hhmm)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return re.match(hhmm).hasMatch();
}

QDateTime latestSlot(const ResetSchedule &schedule, const QDateTime &now)
{
    if (!validTime(schedule.localTime) || (schedule.daysMask & kDaily) == 0)
        return {};
    const QDateTime local = now.toLocalTime();
    const QTime time = QTime::fromString(schedule.localTime, QStringLiteral("HH:mm"));
    for (int back = 0; back <= 7; ++back) {
        const QDate day = local.date().addDays(-back);
        if (!(schedule.daysMask & (1 << (day.dayOfWeek() - 1))))
            continue;
        const QDateTime slot(day, time, Qt::LocalTime); // a slot in a DST gap moves forward, as Qt does
        if (slot <= local)
            return slot;
    }
    return {};
}

bool isDue(const ResetSchedule &schedule, const QDateTime &now)
{
    if (!schedule.enabled)
        return false;
    const QDateTime slot = latestSlot(schedule, now);
    const qint64 since = schedule.lastRunAt > 0 ? schedule.lastRunAt : schedule.createdAt;
    return slot.isValid() && slot.toSecsSinceEpoch() > since;
}

} // namespace ResetScheduleTiming
