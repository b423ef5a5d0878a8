#pragma once

#include "core/Status.h"
#include "pki/CertificateAuthority.h"

#include <QByteArrayList>

class Database;

// The simulated fleet of bench_endpoint: N enrolled iPads in the real on-disk fleet database, each
// with its own identity certificate from the console CA (bound to its enrollment), and for each one
// the complete HTTP request of a signed Idle check-in (PUT /mdm/server with a detached CMS
// Mdm-Signature over the exact plist body). RSA-2048 device keys come from a small pool (key
// generation would otherwise dominate the setup); certificates, bodies and signatures are per
// device.
namespace BenchFleet {
Status create(Database &db, const CertificateAuthority &ca, int devices, int keyPool, QByteArrayList &requests);
}
