#pragma once

#include "compliance/CertificateStatus.h"

#include <QList>

class Database;

// The certificates whose expiry the dashboard and the report show, read from where the engine keeps
// their public parts: the console CA and the endpoint's TLS certificate (ConsolePki, in the
// settings), the APNs push certificate and the FCM service account (push_credentials). A role is
// "not configured" only when nothing is stored for it; the slot stays visible either way.
namespace CertificateInventory {
QList<CertificateStatus> current(Database &db); // always the four roles, in that order
}
