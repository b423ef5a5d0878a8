#include "AuditTestSupport.h"
#include "SecretJobWaiter.h"
#include "TestDatabase.h"

#include "audit/AuditExporter.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditVerifier.h"
#include "secrets/DataKey.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QTest>

#include <openssl/rand.h>

// Secrets go to the SecretStore and nowhere else: not into the database file (nor its WAL), not
// into an audit export, not into the log.
namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QByteArray filesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("secrets.bin")))
            continue; // the encrypted secret file is where secrets belong (checked separately)
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// The forms in which a secret could leak: raw, base64, hex, and (for PEM keys) the base64 body.
QList<QByteArray> leakForms(const QByteArray &secret)
{
    QList<QByteArray> forms{secret, secret.toBase64(), secret.toHex(), secret.toHex().toUpper()};
    if (secret.startsWith("-----BEGIN")) {
        for (const QByteArray &line : secret.split('\n'))
            if (line.size() > 20 && !line.startsWith("-----"))
                forms << line;
    }
    return forms;
}

} // namespace

class TestNoSecretLeak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordingHandler); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void keychainSecretsStayOutOfDatabaseAndLog()
    {
        REQUIRE_DBUS_SESSION();
        TestDatabase tdb;
        Status s;
        std::unique_ptr<SecretStore> store(SecretStore::open(tdb.db(), &s));
        QVERIFY2(store, qPrintable(s.message()));
        exercise(tdb, *store);
    }

    void fileSecretsStayOutOfDatabaseAndLog()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        exercise(tdb, *store);
        if (QTest::currentTestFailed())
            return;
        // Nor are they readable in the secret file itself.
        QFile f(tdb.dir() + QStringLiteral("/secrets.bin"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray &secret : m_secrets)
            for (const QByteArray &form : leakForms(secret))
                QVERIFY2(!bytes.contains(form), "a secret is readable in the encrypted secret file");
    }

private:
    void exercise(TestDatabase &tdb, SecretStore &store)
    {
        m_secrets.clear();
        QByteArray token(24, '\0');
        QCOMPARE(RAND_bytes(reinterpret_cast<unsigned char *>(token.data()), int(token.size())), 1);
        token.prepend("fcm-service-account-");
        SecretJobResult r;
        WAIT_SECRET_JOB(store.write(QStringLiteral("fcm-key"), token), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        m_secrets << token;
        WAIT_SECRET_JOB(DataKey::obtain(store), r);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        m_secrets << r.data;

        // The audit key is created, used to sign, and the trail exported and verified.
        fillTrail(tdb.db(), 5);
        AuditCheckpointer cp(tdb.db(), store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 0, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
        WAIT_SECRET_JOB(store.read(QLatin1String(AuditSigningKey::SecretName)), r);
        QVERIFY(r.data.startsWith("-----BEGIN PRIVATE KEY-----"));
        m_secrets << r.data;
        AuditExporter::Result exported;
        QVERIFY(AuditExporter(tdb.db()).write(1, out.checkpoint.uptoId, AuditExporter::Format::Jsonl,
                                              tdb.dir() + QStringLiteral("/export"), Actor::system(), &exported));
        QVERIFY(AuditVerifier(tdb.db()).verify().ok());
        // Failure paths log and report too: reading a missing secret must not echo others.
        WAIT_SECRET_JOB(store.read(QStringLiteral("missing")), r);
        QCOMPARE(r.status.code(), ErrorCode::NotFound);

        const QByteArray onDisk = filesUnder(tdb.dir());
        QVERIFY(onDisk.contains("audit.key.create")); // the scan did read the database
        QString log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog.join(QLatin1Char('\n'));
        }
        for (const QByteArray &secret : m_secrets) {
            for (const QByteArray &form : leakForms(secret)) {
                QVERIFY2(!onDisk.contains(form), "a secret's bytes are in the database folder");
                QVERIFY2(!log.toUtf8().contains(form), "a secret's bytes are in the log");
            }
        }
    }

    QList<QByteArray> m_secrets;
};

QTEST_GUILESS_MAIN(TestNoSecretLeak)
#include "test_no_secret_leak.moc"
