#include "TestDatabase.h"
#include "SecretJobWaiter.h"

#include "secrets/DataKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char *ChildEnv = "CLINICMDM_SECRET_STORE_CHILD";

// Scoped environment variable for the passphrase-file tests.
class EnvOverride
{
public:
    EnvOverride(const char *name, const QByteArray &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)),
        m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

std::unique_ptr<SecretStore> openStore(Database &db)
{
    Status s;
    std::unique_ptr<SecretStore> store(SecretStore::open(db, &s));
    if (!s.ok())
        qWarning("%s", qPrintable(s.message()));
    return store;
}

// Run in a child process whose D-Bus address points nowhere: prints the store's answer and exits
// with its error code.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database db;
    if (!db.openSqlite(dir.filePath(QStringLiteral("child.sqlite"))))
        return 99;
    Status s;
    SecretStore *store = SecretStore::open(db, &s, &app);
    if (!store)
        return 98;
    store->setTimeout(20000);
    SecretJob *job = store->read(QStringLiteral("probe"));
    QObject::connect(job, &SecretJob::finished, &app, [](SecretJob *j) {
        QTextStream(stdout) << (j->status().ok() ? QStringLiteral("REACHABLE") : j->status().message()) << Qt::endl;
        QCoreApplication::exit(j->status().ok() ? 0 : int(j->status().code()));
    });
    return app.exec();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void keychainRoundTrip()
    {
        REQUIRE_DBUS_SESSION();
        TestDatabase tdb;
        auto store = openStore(tdb.db());
        QVERIFY(store);
        QVERIFY(store->service().startsWith(QLatin1String("ClinicMDM:")));
        const QByteArray secret = QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n\x01\x02\x00\xff binary");
        SecretJobResult r;
        WAIT_SECRET_JOB(store->write(QStringLiteral("console-ca-key"), secret), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        WAIT_SECRET_JOB(store->read(QStringLiteral("console-ca-key")), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        QCOMPARE(r.data, secret);

        // A second store over the same database finds it: the service id is kept in the database.
        auto again = openStore(tdb.db());
        QCOMPARE(again->service(), store->service());
        WAIT_SECRET_JOB(again->read(QStringLiteral("console-ca-key")), r);
        QCOMPARE(r.data, secret);

        WAIT_SECRET_JOB(store->remove(QStringLiteral("console-ca-key")), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        WAIT_SECRET_JOB(store->read(QStringLiteral("console-ca-key")), r);
        QCOMPARE(r.status.code(), ErrorCode::NotFound);
    }

    void keychainSeparatesDatabases()
    {
        REQUIRE_DBUS_SESSION();
        TestDatabase a;
        TestDatabase b;
        auto storeA = openStore(a.db());
        auto storeB = openStore(b.db());
        QVERIFY(storeA && storeB);
        QVERIFY(storeA->service() != storeB->service());
        SecretJobResult r;
        WAIT_SECRET_JOB(storeA->write(QStringLiteral("fcm-key"), "key of A"), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        WAIT_SECRET_JOB(storeB->read(QStringLiteral("fcm-key")), r);
        QCOMPARE(r.status.code(), ErrorCode::NotFound);
        WAIT_SECRET_JOB(storeB->write(QStringLiteral("fcm-key"), "key of B"), r);
        WAIT_SECRET_JOB(storeA->read(QStringLiteral("fcm-key")), r);
        QCOMPARE(r.data, QByteArray("key of A"));
        WAIT_SECRET_JOB(storeB->read(QStringLiteral("fcm-key")), r);
        QCOMPARE(r.data, QByteArray("key of B"));
    }

    void keychainDataKeyIsCreatedOnceAndKept()
    {
        REQUIRE_DBUS_SESSION();
        TestDatabase tdb;
        auto store = openStore(tdb.db());
        SecretJobResult first;
        WAIT_SECRET_JOB(DataKey::obtain(*store), first);
        QVERIFY2(first.status.ok(), qPrintable(first.status.message()));
        QCOMPARE(first.data.size(), DataKey::Size);
        QVERIFY(first.data != QByteArray(DataKey::Size, '\0'));
        SecretJobResult second;
        WAIT_SECRET_JOB(DataKey::obtain(*store), second);
        QCOMPARE(second.data, first.data);
    }

    void missingKeychainGivesClearError()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(ChildEnv), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/clinicmdm-bus"));
        env.remove(QLatin1String(SecretStore::FileEnv));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() != 0, qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("REACHABLE")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("not reachable")) || out.contains(QLatin1String("did not answer")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("gnome-keyring")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("CLINICMDM_SECRET_FILE")), qPrintable(out));
    }

    void passphraseFileRoundTrip()
    {
        TestDatabase tdb;
        const QString file = tdb.dir() + QStringLiteral("/secrets/secrets.bin");
        EnvOverride f(SecretStore::FileEnv, file.toUtf8());
        const QByteArray secret = QByteArrayLiteral("push-key-very-secret-0123456789");
        SecretJobResult r;
        {
            EnvOverride p(SecretStore::PassphraseEnv, "correct horse battery staple");
            auto store = openStore(tdb.db());
            QVERIFY(store);
            QVERIFY(store->backendDescription().contains(file));
            WAIT_SECRET_JOB(store->write(QStringLiteral("apns-key"), secret), r);
            QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
            WAIT_SECRET_JOB(store->read(QStringLiteral("apns-key")), r);
            QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
            QCOMPARE(r.data, secret);
            WAIT_SECRET_JOB(DataKey::obtain(*store), r);
            QCOMPARE(r.data.size(), DataKey::Size);
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(raw.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("CMDMSEC1"));
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains(secret.toBase64()));

        {
            EnvOverride p(SecretStore::PassphraseEnv, "wrong passphrase");
            auto store = openStore(tdb.db());
            WAIT_SECRET_JOB(store->read(QStringLiteral("apns-key")), r);
            QCOMPARE(r.status.code(), ErrorCode::AuthenticationFailed);
            QVERIFY(r.data.isEmpty());
            // Nor may a wrong passphrase overwrite the file.
            WAIT_SECRET_JOB(store->write(QStringLiteral("other"), "x"), r);
            QCOMPARE(r.status.code(), ErrorCode::AuthenticationFailed);
        }
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), bytes);
    }

    void passphraseFileNeedsPassphrase()
    {
        TestDatabase tdb;
        EnvOverride f(SecretStore::FileEnv, (tdb.dir() + QStringLiteral("/s.bin")).toUtf8());
        EnvOverride p(SecretStore::PassphraseEnv, "");
        Status s;
        std::unique_ptr<SecretStore> store(SecretStore::open(tdb.db(), &s));
        QVERIFY(!store);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QLatin1String(SecretStore::PassphraseEnv)), qPrintable(s.message()));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildEnv))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_secret_store.moc"
