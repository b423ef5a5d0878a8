#pragma once

#include "push/FcmServiceAccount.h"

#include <QByteArray>
#include <QString>

// Everything the push clients need to authenticate, as loaded from the database (public parts)
// and the secret store (keys). Lives in memory only.
struct PushCredentials {
    QByteArray apnsCertificatePem; // the MDM push certificate
    QByteArray apnsKeyPem;
    QString apnsTopic;
    QByteArray apnsAuthKeyPem;     // .p8 for token-based app pushes
    QString apnsAuthKeyId;
    QString apnsTeamId;
    FcmServiceAccount fcm;

    bool hasApnsCertificate() const { return !apnsCertificatePem.isEmpty() && !apnsKeyPem.isEmpty(); }
    bool hasApnsAuthKey() const { return !apnsAuthKeyPem.isEmpty(); }
    bool hasFcm() const { return !fcm.privateKeyPem.isEmpty(); }
};
