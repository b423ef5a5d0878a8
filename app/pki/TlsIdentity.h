#pragma once

#include <QByteArray>

// A TLS server identity ready for the endpoint: the leaf certificate, its private key (PKCS#8 PEM,
// unencrypted: store it in the secret store, never in the database) and the certificates between
// the leaf and the root (PEM, may be empty).
struct TlsIdentity {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QByteArray chainPem;
};
