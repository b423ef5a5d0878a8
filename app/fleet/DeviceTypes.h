#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of the fleet. Database spellings are fixed (they are stored); display names are
// translated where they are shown.
enum class Platform { iOS, iPadOS, Android };
enum class Ownership { BYOD, COPE, COSU, Shared };
enum class EnrollmentState { Pending, Enrolled, Unenrolled, Unreachable, Wiped };

namespace DeviceTypes {
QString toDb(Platform p);
QString toDb(Ownership o);
QString toDb(EnrollmentState s);
std::optional<Platform> platformFromDb(const QString &s);     // also accepts "iPhone", "iPad", any case
std::optional<Ownership> ownershipFromDb(const QString &s);   // any case
std::optional<EnrollmentState> stateFromDb(const QString &s); // any case

QString displayName(Platform p);
QString displayName(Ownership o);
QString displayName(EnrollmentState s);
QString ownershipDescription(Ownership o);

QStringList allPlatformsDb();
QStringList allOwnershipsDb();
QStringList allStatesDb();

// "17.4.1" -> "00017.00004.00001": OS versions sort numerically as text, in SQL, on both backends.
QString osVersionSortKey(const QString &version);
}
