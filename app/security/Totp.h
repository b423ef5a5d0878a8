#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Time-based one-time passwords, RFC 6238 over HOTP (RFC 4226): 30-second steps, 6 digits, HMAC-SHA-1,
// the parameters every authenticator app supports. Verification accepts the step before and after
// the current one (clock drift) but never a step at or before the last one already used (replay).
class Totp
{
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };
    static constexpr int kPeriodSeconds = 30;
    static constexpr int kDigits = 6;
    static constexpr int kSecretBytes = 20; // 160 bits, as RFC 4226 recommends for SHA-1
    static constexpr int kWindowSteps = 1;

    static QByteArray generateSecret();
    static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / kPeriodSeconds; }

    // The zero-padded code of one step (HOTP with counter = step).
    static QString codeForStep(const QByteArray &secret, qint64 step, int digits = kDigits,
                               Algorithm algorithm = Algorithm::Sha1);
    static QString codeAt(const QByteArray &secret, qint64 unixSeconds, int digits = kDigits,
                          Algorithm algorithm = Algorithm::Sha1)
    {
        return codeForStep(secret, stepAt(unixSeconds), digits, algorithm);
    }

    // The matching step, or nullopt. `lastUsedStep`: the newest step this secret already signed in
    // with; codes of that step or older are refused so a seen code cannot be replayed.
    static std::optional<qint64> verify(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                        std::optional<qint64> lastUsedStep = std::nullopt);

    // otpauth://totp/ClinicMDM:<account>?secret=...&issuer=ClinicMDM&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QByteArray &secret, const QString &accountName,
                                   const QString &issuer = QStringLiteral("ClinicMDM"));
};
