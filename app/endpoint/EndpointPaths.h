#pragma once

#include <QByteArray>

// The endpoint's routes. Enrollment profiles, SCEP and the MDM URLs all live on one HTTPS origin.
// Exact paths, except the two ending in '/' (registered with sub-paths: EndpointRoutes).
namespace EndpointPaths {
inline constexpr char AppleCheckIn[] = "/mdm/checkin";     // application/x-apple-aspen-mdm-checkin
inline constexpr char AppleServer[] = "/mdm/server";       // Idle / Acknowledged / Error / NotNow
inline constexpr char Scep[] = "/scep";                    // RFC 8894 (?operation=...)
inline constexpr char EnrollProfile[] = "/enroll/";       // + one-time token: the .mobileconfig
inline constexpr char CaCertificate[] = "/ca.crt";         // the console CA, DER
inline constexpr char AndroidAgent[] = "/agent/v1/";       // the Android agent protocol (JSON)
} // namespace EndpointPaths
