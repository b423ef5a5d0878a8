#include "security/RecoveryCodes.h"

#include "security/Base32.h"
#include "security/SecureRandom.h"

#include <QCryptographicHash>

namespace RecoveryCodes {

QStringList generate(int count)
{
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        const QString raw = Base32::encode(SecureRandom::bytes(8)).left(12);
        codes << raw.left(4) + QLatin1Char('-') + raw.mid(4, 4) + QLatin1Char('-') + raw.mid(8, 4);
    }
    return codes;
}

QString normalize(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c.toUpper();
    return out;
}

bool looksLikeRecoveryCode(const QString &code)
{
    const QString n = normalize(code);
    return n.size() == 12 && Base32::decode(n).has_value();
}

QString hash(const QString &code)
{
    const QByteArray input = QByteArrayLiteral("clinicmdm-recovery-code:") + normalize(code).toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

} // namespace RecoveryCodes
