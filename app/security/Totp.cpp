#include "security/Totp.h"

#include "security/Base32.h"
#include "security/SecureRandom.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <openssl/crypto.h>

namespace {
QCryptographicHash::Algorithm qtAlgorithm(Totp::Algorithm a)
{
    switch (a) {
    case Totp::Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Totp::Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    case Totp::Algorithm::Sha1:
        break;
    }
    return QCryptographicHash::Sha1;
}
} // namespace

QByteArray Totp::generateSecret() { return SecureRandom::bytes(kSecretBytes); }

QString Totp::codeForStep(const QByteArray &secret, qint64 step, int digits, Algorithm algorithm)
{
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = char(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, qtAlgorithm(algorithm));
    // Dynamic truncation, RFC 4226 section 5.3.
    const int offset = quint8(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
                           | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

std::optional<qint64> Totp::verify(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                   std::optional<qint64> lastUsedStep)
{
    QString given = code;
    given.remove(QLatin1Char(' '));
    if (given.size() != kDigits || secret.isEmpty())
        return std::nullopt;
    const QByteArray givenBytes = given.toLatin1();
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> match;
    // Every candidate is computed and compared in constant time, so timing tells nothing about which matched.
    for (qint64 step = now - kWindowSteps; step <= now + kWindowSteps; ++step) {
        const QByteArray expected = codeForStep(secret, step).toLatin1();
        const bool equal = CRYPTO_memcmp(expected.constData(), givenBytes.constData(), size_t(kDigits)) == 0;
        if (equal && !match && (!lastUsedStep || step > *lastUsedStep))
            match = step;
    }
    return match;
}

QString Totp::provisioningUri(const QByteArray &secret, const QString &accountName, const QString &issuer)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':')
                          + QString::fromLatin1(QUrl::toPercentEncoding(accountName));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, Base32::encode(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(kDigits)
        .arg(kPeriodSeconds);
}
