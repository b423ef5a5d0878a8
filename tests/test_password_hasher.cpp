#include "security/PasswordHasher.h"
#include "security/PasswordRules.h"

#include <QElapsedTimer>
#include <QTest>

class TestPasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void hashesInEncodedArgon2idFormWithRandomSalt()
    {
        const PasswordHasher hasher(PasswordHasher::testCost());
        const QString a = hasher.hash(QStringLiteral("correct horse battery"));
        const QString b = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY2(a.startsWith(QLatin1String("$argon2id$v=19$m=1024,t=1,p=1$")), qPrintable(a));
        QVERIFY(a != b); // a fresh salt each time
        QVERIFY(!a.contains(QLatin1String("correct horse")));
    }

    void verifiesOnlyTheRightPassword()
    {
        const PasswordHasher hasher(PasswordHasher::testCost());
        const QString h = hasher.hash(QStringLiteral("Grüße aus der Klinik"));
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("Grüße aus der Klinik")));
        QVERIFY(!PasswordHasher::verify(h, QStringLiteral("Grüsse aus der Klinik")));
        QVERIFY(!PasswordHasher::verify(h, QString()));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2i$v=19$garbage"), QStringLiteral("x")));
        QString tampered = h;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == QLatin1Char('A') ? QLatin1Char('B')
                                                                                            : QLatin1Char('A');
        QVERIFY(!PasswordHasher::verify(tampered, QStringLiteral("Grüße aus der Klinik")));
    }

    void productionCostIsSensible()
    {
        const PasswordHasher hasher;
        QCOMPARE(hasher.cost().memoryKiB, 64u * 1024u);
        QCOMPARE(hasher.cost().timeCost, 3u);
        QElapsedTimer t;
        t.start();
        const QString h = hasher.hash(QStringLiteral("a long enough password"));
        const qint64 hashMs = t.elapsed();
        QVERIFY(h.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=3,p=1$")));
        t.restart();
        QVERIFY(PasswordHasher::verify(h, QStringLiteral("a long enough password")));
        qInfo("Argon2id m=64MiB t=3 p=1: hash %lld ms, verify %lld ms", hashMs, t.elapsed());
        QVERIFY2(hashMs < 5000, "hashing should stay usable at a login prompt");
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("too short") << "alice" << "elevenchars" << false;
        QTest::newRow("twelve") << "alice" << "twelve chars" << true;
        QTest::newRow("user name") << "nurse.station.01" << "Nurse.Station.01" << false;
        QTest::newRow("blank") << "alice" << "              " << false;
    }
    void passwordRules()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status s = PasswordRules::check(user, password);
        QCOMPARE(s.ok(), accepted);
        if (!accepted)
            QCOMPARE(s.code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
