// `clinicmdm enroll create` and `clinicmdm command queue|list` on the real executable.

#include "CliRunner.h"
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "audit/AuditLog.h"
#include "commands/CommandRepository.h"
#include "fleet/DeviceRepository.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

class TestCliApple : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    qint64 m_ipad = 0;
    qint64 m_byod = 0;

    CliRunner::Result as(const QString &user, const QStringList &args)
    {
        QHash<QString, QString> env = TestAdmin::signInEnv();
        env.insert(QLatin1String(SecretStore::FileEnv), m_tdb->dir() + QStringLiteral("/secrets.bin"));
        env.insert(QLatin1String(SecretStore::PassphraseEnv), QStringLiteral("apple cli test passphrase"));
        return CliRunner(m_tdb->path()).run(TestAdmin::signInArgs(user) + args, env);
    }
    int count(const QString &sql)
    {
        QSqlQuery q(m_tdb->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(CliRunner::binary()), "CLINICMDM_BINARY does not name the built clinicmdm");
        m_tdb = new TestDatabase;
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("test-root"), Role::Administrator));
        QVERIFY(TestAdmin::create(m_tdb->db(), QStringLiteral("auditor"), Role::Auditor));
        Device ipad;
        ipad.name = QStringLiteral("Ward 3 iPad");
        ipad.serial = QStringLiteral("DMPWARD3");
        ipad.platform = Platform::iPadOS;
        ipad.ownership = Ownership::COPE;
        QVERIFY(DeviceRepository(m_tdb->db()).insert(ipad).ok());
        m_ipad = ipad.id;
        Device phone;
        phone.name = QStringLiteral("Dr Lee iPhone");
        phone.serial = QStringLiteral("LEEPHONE");
        phone.platform = Platform::iOS;
        phone.ownership = Ownership::BYOD;
        QVERIFY(DeviceRepository(m_tdb->db()).insert(phone).ok());
        m_byod = phone.id;
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void enrollCreatePrintsOneLinkPerDevice()
    {
        const CliRunner::Result r = as(QStringLiteral("test-root"), {QStringLiteral("enroll"), QStringLiteral("create"), QStringLiteral("--ownership"),
                                                                     QStringLiteral("byod"), QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList links = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(links.size(), 3);
        for (const QString &l : links)
            QVERIFY2(l.startsWith(QLatin1String("https://localhost:8443/enroll/")), qPrintable(l));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE ownership = 'BYOD' AND state = 'open'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'enrollment.create'")), 1);

        const CliRunner::Result json = as(QStringLiteral("test-root"), {QStringLiteral("enroll"), QStringLiteral("create"),
                                                                        QStringLiteral("--ownership"), QStringLiteral("shared"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject().value(QStringLiteral("ownership")).toString(),
                 QStringLiteral("Shared"));
    }

    void enrollCreateRefusals()
    {
        QCOMPARE(as(QStringLiteral("auditor"), {QStringLiteral("enroll"), QStringLiteral("create"), QStringLiteral("--ownership"), QStringLiteral("cope")})
                     .exitCode,
                 int(ErrorCode::PermissionDenied));
        QCOMPARE(as(QStringLiteral("test-root"), {QStringLiteral("enroll"), QStringLiteral("create"), QStringLiteral("--ownership"), QStringLiteral("mine")})
                     .exitCode,
                 int(ErrorCode::Usage));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM enrollments")), 0);
    }

    void commandQueueAndList()
    {
        const CliRunner::Result lock = as(QStringLiteral("test-root"),
                                          {QStringLiteral("command"), QStringLiteral("queue"), QStringLiteral("--device"), QString::number(m_ipad),
                                           QStringLiteral("--type"), QStringLiteral("DeviceLock"), QStringLiteral("--message"), QStringLiteral("Call IT")});
        QVERIFY2(lock.exitCode == 0, qPrintable(lock.err));
        const CliRunner::Result rename = as(QStringLiteral("test-root"),
                                            {QStringLiteral("command"), QStringLiteral("queue"), QStringLiteral("--device"), QStringLiteral("DMPWARD3"),
                                             QStringLiteral("--type"), QStringLiteral("Settings"), QStringLiteral("--name"), QStringLiteral("Ward 3")});
        QVERIFY2(rename.exitCode == 0, qPrintable(rename.err));
        const QList<DeviceCommand> queued = CommandRepository(m_tdb->db()).list(m_ipad);
        QCOMPARE(queued.size(), 2);
        QVERIFY(queued.at(0).payload.contains("Ward 3") || queued.at(1).payload.contains("Ward 3"));

        const CliRunner::Result list = as(QStringLiteral("test-root"), {QStringLiteral("command"), QStringLiteral("list"), QStringLiteral("--device"),
                                                                        QString::number(m_ipad), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

        // Refusals: BYOD erase (audited), unknown type, an auditor's lock. Nothing queued.
        QCOMPARE(as(QStringLiteral("test-root"), {QStringLiteral("command"), QStringLiteral("queue"), QStringLiteral("--device"), QString::number(m_byod),
                                                  QStringLiteral("--type"), QStringLiteral("EraseDevice"), QStringLiteral("--confirm"),
                                                  QStringLiteral("Dr Lee iPhone")})
                     .exitCode,
                 int(ErrorCode::PermissionDenied));
        QCOMPARE(as(QStringLiteral("test-root"), {QStringLiteral("command"), QStringLiteral("queue"), QStringLiteral("--device"), QString::number(m_ipad),
                                                  QStringLiteral("--type"), QStringLiteral("Nonsense")})
                     .exitCode,
                 int(ErrorCode::InvalidInput));
        QCOMPARE(as(QStringLiteral("auditor"), {QStringLiteral("command"), QStringLiteral("queue"), QStringLiteral("--device"), QString::number(m_ipad),
                                                QStringLiteral("--type"), QStringLiteral("DeviceLock")})
                     .exitCode,
                 int(ErrorCode::PermissionDenied));
        QCOMPARE(CommandRepository(m_tdb->db()).list().size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'command.queue' AND outcome = 'refused'")), 2);
    }
};

QTEST_MAIN(TestCliApple)
#include "test_cli_apple.moc"
