#pragma once

#include <QByteArray>
#include <QString>

// The device certificate that signed a message, once its signature and chain have verified.
struct VerifiedSigner {
    QByteArray certificateDer;
    QByteArray sha256; // of certificateDer: what an enrollment is bound to
    QString subject;   // RFC 2253
};
