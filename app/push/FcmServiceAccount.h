#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A Google service account as its JSON key file gives it. The private key belongs in the secret
// store; metadata() is what may go into the database.
struct FcmServiceAccount {
    QString projectId;
    QString clientEmail;
    QString tokenUri;
    QString privateKeyId;
    QByteArray privateKeyPem;

    // Checks the file: type service_account, the fields FCM needs, an RSA private key.
    static Status fromJson(const QByteArray &json, FcmServiceAccount &out);
    QJsonObject metadata() const; // everything but the key
    static FcmServiceAccount fromMetadata(const QJsonObject &metadata, const QByteArray &privateKeyPem);
};
