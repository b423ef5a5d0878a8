#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QMap>

class Database;

// The audit public keys this database has used, as PEM blocks in the settings (Setting::AuditPublicKeys),
// newest last. Older keys stay so that checkpoints signed before a key change still verify.
class AuditPublicKeys
{
public:
    explicit AuditPublicKeys(Database &db);

    QMap<QString, QByteArray> byFingerprint() const;
    QByteArray current() const; // newest PEM, empty when none
    Status add(const QByteArray &publicPem);

private:
    QList<QByteArray> blocks() const;
    Database &m_db;
};
