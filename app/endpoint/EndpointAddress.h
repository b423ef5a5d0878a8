#pragma once

#include <QString>

class Database;

// The one place that says where devices reach the console: the public URL setting when an admin
// set one (a router's name or a port forward), else https://<endpoint host>:<port>. Enrollment
// links, enrollment profiles, the Android QR payload and USB provisioning all hand devices this.
namespace EndpointAddress {
// https://host[:port], no trailing slash.
QString publicUrl(Database &db);
// An empty string when `url` is acceptable as the public URL (empty included), else why not.
// `normalized` gets https://host[:port] without a trailing slash.
QString problem(const QString &url, QString *normalized = nullptr);
// The host name of publicUrl(db) (what the TLS certificate must name).
QString publicHost(Database &db);
}
