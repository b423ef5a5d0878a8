#include "security/Base32.h"
#include "security/FieldCipher.h"
#include "security/QrCode.h"
#include "security/RecoveryCodes.h"
#include "security/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    // RFC 6238 appendix B, SHA-1 rows: 8-digit codes for the ASCII seed "12345678901234567890".
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        QTest::newRow("59") << qint64(59) << "94287082";
        QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
        QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
        QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
        QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
        QTest::newRow("20000000000") << qint64(20000000000) << "65353130";
    }
    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::codeAt(QByteArrayLiteral("12345678901234567890"), time, 8), code);
        // The 6-digit code an authenticator app shows is the low six digits of the same value.
        QCOMPARE(Totp::codeAt(QByteArrayLiteral("12345678901234567890"), time), code.right(6));
    }

    void acceptsOneStepEitherSideOnly()
    {
        const QByteArray secret = Totp::generateSecret();
        QCOMPARE(secret.size(), 20);
        const qint64 now = 1'700'000'015; // mid-step
        const qint64 step = Totp::stepAt(now);
        QCOMPARE(Totp::verify(secret, Totp::codeForStep(secret, step), now), std::optional<qint64>(step));
        QCOMPARE(Totp::verify(secret, Totp::codeForStep(secret, step - 1), now), std::optional<qint64>(step - 1));
        QCOMPARE(Totp::verify(secret, Totp::codeForStep(secret, step + 1), now), std::optional<qint64>(step + 1));
        QVERIFY(!Totp::verify(secret, Totp::codeForStep(secret, step - 2), now));
        QVERIFY(!Totp::verify(secret, Totp::codeForStep(secret, step + 2), now));
        QVERIFY(!Totp::verify(secret, QStringLiteral("12345"), now));
        QVERIFY(!Totp::verify(secret, QStringLiteral("abcdef"), now));
        QVERIFY(!Totp::verify(Totp::generateSecret(), Totp::codeForStep(secret, step), now)
                || Totp::codeForStep(secret, step) == QString()); // another secret's code fails
    }

    void refusesReplayedAndOlderSteps()
    {
        const QByteArray secret = Totp::generateSecret();
        const qint64 now = 1'700'000'015;
        const qint64 step = Totp::stepAt(now);
        const QString code = Totp::codeForStep(secret, step);
        const std::optional<qint64> used = Totp::verify(secret, code, now);
        QVERIFY(used);
        QVERIFY(!Totp::verify(secret, code, now, used));                                 // same code again
        QVERIFY(!Totp::verify(secret, Totp::codeForStep(secret, step - 1), now, used)); // an older one
        QCOMPARE(Totp::verify(secret, Totp::codeForStep(secret, step + 1), now + 30, used),
                 std::optional<qint64>(step + 1)); // the next step is fine
    }

    void base32RoundTripAndRfc4648Vectors()
    {
        QCOMPARE(Base32::encode("foobar"), QStringLiteral("MZXW6YTBOI"));
        QCOMPARE(Base32::encode("f"), QStringLiteral("MY"));
        QCOMPARE(Base32::decode(QStringLiteral("mzxw 6ytb-oi======")).value(), QByteArray("foobar"));
        QVERIFY(!Base32::decode(QStringLiteral("MZ1W")));
        const QByteArray random = Totp::generateSecret();
        QCOMPARE(Base32::decode(Base32::encode(random)).value(), random);
    }

    void provisioningUriCarriesSecretIssuerAndAccount()
    {
        const QByteArray secret = QByteArrayLiteral("12345678901234567890");
        const QUrl uri(Totp::provisioningUri(secret, QStringLiteral("dr who")));
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/ClinicMDM:dr who"));
        const QUrlQuery q(uri);
        QCOMPARE(q.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(q.queryItemValue(QStringLiteral("issuer")), QStringLiteral("ClinicMDM"));
        QCOMPARE(q.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(q.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    }

    void qrCodeEncodesTheUri()
    {
        const QString uri = Totp::provisioningUri(Totp::generateSecret(), QStringLiteral("alice"));
        const QrCode qr = QrCode::encode(uri);
        QVERIFY(qr.isValid());
        QVERIFY2(qr.size() >= 21 && (qr.size() - 17) % 4 == 0, "a QR symbol has 17 + 4*version modules");
        // Finder pattern: the top-left 7x7 ring is dark, its inner ring light.
        QVERIFY(qr.isDark(0, 0) && qr.isDark(6, 0) && qr.isDark(0, 6) && !qr.isDark(1, 1) && qr.isDark(3, 3));
        QVERIFY(qr.darkCount() > qr.size() * qr.size() / 4);
        const QImage image = qr.toImage(4);
        QCOMPARE(image.width(), (qr.size() + 8) * 4);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(image.pixelColor(4 * 4, 4 * 4), QColor(Qt::black));
        const QStringList lines = qr.toTerminalText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), (qr.size() + 4 + 1) / 2);
        QCOMPARE(lines.first().size(), qr.size() + 4);
    }

    void recoveryCodesAreRandomAndHashed()
    {
        const QStringList codes = RecoveryCodes::generate();
        QCOMPARE(codes.size(), 10);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);
        for (const QString &c : codes) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")).match(c).hasMatch(),
                     qPrintable(c));
            QVERIFY(RecoveryCodes::looksLikeRecoveryCode(c.toLower().remove(QLatin1Char('-'))));
            QCOMPARE(RecoveryCodes::hash(c), RecoveryCodes::hash(c.toLower()));
            QVERIFY(!RecoveryCodes::hash(c).contains(RecoveryCodes::normalize(c)));
        }
        QVERIFY(!RecoveryCodes::looksLikeRecoveryCode(QStringLiteral("123456")));
    }

    void fieldCipherSealsAndDetectsTampering()
    {
        const FieldCipher cipher(FieldCipher::generateKey());
        const QByteArray secret = Totp::generateSecret();
        const QByteArray sealed = cipher.encrypt(secret, "row:1");
        QCOMPARE(sealed.size(), 1 + 12 + secret.size() + 16);
        QVERIFY(!sealed.contains(secret));
        QCOMPARE(cipher.decrypt(sealed, "row:1").value(), secret);
        QVERIFY(cipher.encrypt(secret, "row:1") != sealed); // fresh nonce
        QVERIFY(!cipher.decrypt(sealed, "row:2"));          // moved to another row
        QByteArray flipped = sealed;
        flipped[14] = char(flipped[14] ^ 1);
        QVERIFY(!cipher.decrypt(flipped, "row:1"));
        QVERIFY(!FieldCipher(FieldCipher::generateKey()).decrypt(sealed, "row:1")); // another key
        QVERIFY(FieldCipher(QByteArray(16, 'k')).encrypt(secret, "row:1").isEmpty()); // short key refused
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "test_totp.moc"
