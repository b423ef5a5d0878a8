#include "audit/AuditPublicKeys.h"

#include "audit/AuditSigningKey.h"
#include "settings/SettingsRepository.h"

AuditPublicKeys::AuditPublicKeys(Database &db) : m_db(db) {}

QList<QByteArray> AuditPublicKeys::blocks() const
{
    const QByteArray all = SettingsRepository(m_db).stringValue(Setting::AuditPublicKeys).toLatin1();
    const QByteArray end = "-----END PUBLIC KEY-----";
    QList<QByteArray> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = all.indexOf("-----BEGIN PUBLIC KEY-----", from);
        const qsizetype stop = begin < 0 ? -1 : all.indexOf(end, begin);
        if (stop < 0)
            break;
        out << all.mid(begin, stop + end.size() - begin) + '\n';
        from = stop + end.size();
    }
    return out;
}

QMap<QString, QByteArray> AuditPublicKeys::byFingerprint() const
{
    QMap<QString, QByteArray> out;
    for (const QByteArray &pem : blocks()) {
        const QString fp = AuditSigningKey::fingerprintOf(pem);
        if (!fp.isEmpty())
            out.insert(fp, pem);
    }
    return out;
}

QByteArray AuditPublicKeys::current() const
{
    const QList<QByteArray> all = blocks();
    return all.isEmpty() ? QByteArray() : all.last();
}

Status AuditPublicKeys::add(const QByteArray &publicPem)
{
    if (byFingerprint().contains(AuditSigningKey::fingerprintOf(publicPem)) && current() == publicPem)
        return Status::success();
    QByteArray all;
    for (const QByteArray &pem : blocks())
        if (pem != publicPem)
            all += pem;
    all += publicPem.endsWith('\n') ? publicPem : publicPem + '\n';
    return SettingsRepository(m_db).setValue(Setting::AuditPublicKeys, QString::fromLatin1(all));
}
