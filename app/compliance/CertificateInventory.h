#pragma once

#include "compliance/CertificateStatus.h"

#include <QList>

#include <functional>

// The certificates whose expiry the dashboard and the report show: CA, endpoint TLS and the APNs
// push certificate. Where each is kept belongs to the pki / endpoint / push code, which registers a
// provider here; a role without one is listed as not configured (the slot stays visible).
namespace CertificateInventory {
using Provider = std::function<QList<CertificateStatus>()>;
void setProvider(Provider provider);
QList<CertificateStatus> current(); // always the three roles, in that order
}
