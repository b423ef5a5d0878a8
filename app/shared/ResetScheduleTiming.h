#pragma once

#include "shared/ResetSchedule.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

// The calendar arithmetic of reset schedules, apart from storage so it can be tested alone.
namespace ResetScheduleTiming {
// "mon,tue,fri", "weekdays", "weekend", "daily" (or "all") -> mask; nullopt for anything else.
std::optional<int> parseDays(const QString &text);
QString daysText(int mask);        // "mon,tue,fri", or "daily" / "weekdays" / "weekend"
bool validTime(const QString &hhmm); // 00:00 .. 23:59, two digits each
// The latest scheduled moment at or before `now` (local time), within the last 8 days; invalid when
// none (no day selected, malformed time).
QDateTime latestSlot(const ResetSchedule &schedule, const QDateTime &now);
// Due when a slot passed since the schedule last ran (or, never run, since it was set up). One
// run covers every slot missed meanwhile: a console that was off catches up once.
bool isDue(const ResetSchedule &schedule, const QDateTime &now);
}
