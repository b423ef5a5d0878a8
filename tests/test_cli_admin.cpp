#include "security/Base32.h"
#include "security/Totp.h"

#include "CliRunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kRootPassword = QStringLiteral("root password for the clinic");
const QString kTechPassword = QStringLiteral("technician's long password");
const QString kAuditorPassword = QStringLiteral("auditor reads everything");

QHash<QString, QString> password(const QString &p) { return {{QStringLiteral("CLINICMDM_PASSWORD"), p}}; }

// Runs once (the expression is a process run) and shows both streams when the exit code is wrong.
#define CLI_EXPECT(expression, code)                                                                           \
    do {                                                                                                       \
        const CliRunner::Result result_ = (expression);                                                        \
        QVERIFY2(result_.exitCode == (code),                                                                   \
                 qPrintable(QStringLiteral("exit %1 (want %2)\nstdout: %3\nstderr: %4")                          \
                                .arg(result_.exitCode).arg(code).arg(result_.out, result_.err)));             \
    } while (false)
} // namespace

class TestCliAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (CliRunner::binary().isEmpty() || !QFile::exists(CliRunner::binary()))
            QSKIP("CLINICMDM_BINARY does not name the clinicmdm executable (run through ctest)");
    }

    void initSignInRolesAndExitCodes()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("fleet.sqlite"));
        const CliRunner cli(dbPath);

        // No admin yet: init needs a password from the environment when there is no terminal.
        CLI_EXPECT(cli.run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("root")}), 7);
        CLI_EXPECT(cli.run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("root")},
                           password(QStringLiteral("short"))),
                   5);
        CliRunner::Result r = cli.run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--user"),
                                       QStringLiteral("root")},
                                      password(kRootPassword));
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains(QChar(0x2588))); // the terminal QR code
        const QRegularExpressionMatch uri = QRegularExpression(QStringLiteral("otpauth://\\S+")).match(r.out);
        QVERIFY(uri.hasMatch());
        const QByteArray secret = Base32::decode(QUrlQuery(QUrl(uri.captured()))
                                                     .queryItemValue(QStringLiteral("secret")))
                                      .value();
        QCOMPARE(secret.size(), 20);
        QStringList recovery;
        QRegularExpressionMatchIterator it =
            QRegularExpression(QStringLiteral("^  ([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})$"), QRegularExpression::MultilineOption)
                .globalMatch(r.out);
        while (it.hasNext())
            recovery << it.next().captured(1);
        QCOMPARE(recovery.size(), 10);
        QVERIFY(!r.out.contains(kRootPassword));

        // Only once.
        CLI_EXPECT(cli.run({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("eve")},
                           password(kRootPassword)),
                   8);
        // Until MFA is confirmed the Administrator may do nothing else.
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("list")},
                           password(kRootPassword)),
                   6);
        const qint64 step = Totp::stepAt(QDateTime::currentSecsSinceEpoch());
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("admin"),
                            QStringLiteral("mfa-confirm"), Totp::codeForStep(secret, step)},
                           password(kRootPassword)),
                   0);

        // Each TOTP step signs in once (replay protection), so further sign-ins use the next step and
        // then recovery codes.
        QHash<QString, QString> addEnv = password(kRootPassword);
        addEnv.insert(QStringLiteral("CLINICMDM_NEW_PASSWORD"), kTechPassword);
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--otp"),
                            Totp::codeForStep(secret, step + 1), QStringLiteral("admin"), QStringLiteral("add"),
                            QStringLiteral("tina"), QStringLiteral("--role"), QStringLiteral("Technician")},
                           addEnv),
                   0);
        addEnv.insert(QStringLiteral("CLINICMDM_NEW_PASSWORD"), kAuditorPassword);
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--otp"), recovery.at(0),
                            QStringLiteral("admin"), QStringLiteral("add"), QStringLiteral("ann"), QStringLiteral("--role"),
                            QStringLiteral("Auditor")},
                           addEnv),
                   0);
        r = cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--otp"), recovery.at(1),
                     QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")},
                    password(kRootPassword));
        CLI_EXPECT(r, 0);
        const QJsonArray admins = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(admins.size(), 3);
        QCOMPARE(admins.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("ann"));
        QCOMPARE(admins.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("Auditor"));
        QCOMPARE(admins.at(1).toObject().value(QStringLiteral("mfa")).toBool(), true);
        QCOMPARE(admins.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("Technician"));

        // A Technician is refused account work (6); the Auditor may read the list.
        for (const QStringList &action : {QStringList{QStringLiteral("list")},
                                          QStringList{QStringLiteral("set-role"), QStringLiteral("tina"), QStringLiteral("Administrator")},
                                          QStringList{QStringLiteral("disable"), QStringLiteral("root")}}) {
            r = cli.run(QStringList{QStringLiteral("--user"), QStringLiteral("tina"), QStringLiteral("admin")} + action,
                        password(kTechPassword));
            CLI_EXPECT(r, 6);
            QVERIFY2(r.err.contains(QLatin1String("Technician")), qPrintable(r.err));
        }
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("admin"), QStringLiteral("list")},
                           password(kAuditorPassword)),
                   0);
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("admin"),
                            QStringLiteral("disable"), QStringLiteral("tina")},
                           password(kAuditorPassword)),
                   6);

        // Bad credentials: 7. A used recovery code is refused like a wrong code.
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--otp"), recovery.at(0),
                            QStringLiteral("admin"), QStringLiteral("list")},
                           password(kRootPassword)),
                   7);
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("tina"), QStringLiteral("admin"), QStringLiteral("list")},
                           password(QStringLiteral("not tina's password"))),
                   7);
        CLI_EXPECT(cli.run({QStringLiteral("--user"), QStringLiteral("nobody"), QStringLiteral("admin"), QStringLiteral("list")},
                           password(kTechPassword)),
                   7);
        CLI_EXPECT(cli.run({QStringLiteral("admin"), QStringLiteral("list")}, password(kRootPassword)), 7);
        CLI_EXPECT(cli.run({QStringLiteral("admin"), QStringLiteral("frobnicate")}), 2);

        // Nothing secret reached the database file.
        QFile db(dbPath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QFile wal(dbPath + QStringLiteral("-wal"));
        const QByteArray bytes = db.readAll() + (wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray());
        for (const QString &s : {kRootPassword, kTechPassword, kAuditorPassword, Base32::encode(secret), recovery.at(5)})
            QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(s));
        QVERIFY(!bytes.contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "test_cli_admin.moc"
