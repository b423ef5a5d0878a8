#include "AuditTestSupport.h"
#include "TestDatabase.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditVerifier.h"
#include "settings/SettingsRepository.h"

#include <QTest>
#include <QThread>

namespace {

AuditVerification verify(Database &db) { return AuditVerifier(db).verify(); }

QString hashOf(Database &db, qint64 id) { return AuditLog(db).event(id)->hash; }

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void canonicalIsOneUnambiguousLine()
    {
        AuditEvent e;
        e.id = 7;
        e.occurredAt = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        e.actor = QStringLiteral("al\tice");
        e.actorRole = QStringLiteral("Administrator");
        e.deviceId = 42;
        e.action = QStringLiteral("device.wipe");
        e.outcome = QStringLiteral("success");
        e.details = QStringLiteral("a\\b\nc\rd\x01");
        QCOMPARE(AuditLog::canonical(e),
                 QStringLiteral("7\t2023-11-14T22:13:20Z\tal\\tice\tAdministrator\t42\tdevice.wipe\tsuccess\ta\\\\b\\nc\\rd\\x01"));
        // Same value with a different split must hash differently.
        AuditEvent f = e;
        f.actor = QStringLiteral("al");
        f.actorRole = QStringLiteral("ice\tAdministrator");
        QVERIFY(AuditLog::chainHash(QString(), e) != AuditLog::chainHash(QString(), f));
    }

    void intactTrailVerifies()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 12);
        const AuditVerification v = verify(tdb.db());
        QVERIFY2(v.ok(), qPrintable(v.chainProblem));
        QCOMPARE(v.entries, 12);
        QCOMPARE(v.firstId, 1);
        QCOMPARE(v.lastId, 12);
    }

    void editedEntryIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        RawSqlite(tdb.path()).exec(QStringLiteral("UPDATE audit_events SET details = 'nothing happened' WHERE id = 5"));
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 5);
        QVERIFY2(v.chainProblem.contains(QLatin1String("edited")), qPrintable(v.chainProblem));
    }

    void editedEntryWithRecomputedHashIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        AuditEvent e = *AuditLog(tdb.db()).event(5);
        e.actor = QStringLiteral("mallory");
        RawSqlite(tdb.path()).exec(QStringLiteral("UPDATE audit_events SET actor = ?, hash = ? WHERE id = 5"),
                                   {e.actor, AuditLog::chainHash(e.prevHash, e)});
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 5);
        QVERIFY2(v.chainProblem.contains(QLatin1String("recomputed")), qPrintable(v.chainProblem));
    }

    void deletedEntryIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_events WHERE id = 4"));
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 4);
        QVERIFY2(v.chainProblem.contains(QLatin1String("deleted")), qPrintable(v.chainProblem));
    }

    void deletedFirstEntryIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 5);
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_events WHERE id = 1"));
        QCOMPARE(verify(tdb.db()).brokenId, 1);
    }

    void deletedAndRenumberedEntryIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        RawSqlite raw(tdb.path());
        raw.exec(QStringLiteral("DELETE FROM audit_events WHERE id = 4"));
        for (int id = 5; id <= 10; ++id)
            raw.exec(QStringLiteral("UPDATE audit_events SET id = id - 1 WHERE id = ?"), {id});
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 4);
        QVERIFY2(v.chainProblem.contains(QLatin1String("deleted")), qPrintable(v.chainProblem));
    }

    void insertedEntryIsNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        RawSqlite raw(tdb.path());
        for (int id = 10; id >= 4; --id)
            raw.exec(QStringLiteral("UPDATE audit_events SET id = id + 1 WHERE id = ?"), {id});
        // A forger who knows the algorithm gives the new entry a correct hash of its own.
        AuditEvent forged;
        forged.id = 4;
        forged.occurredAt = AuditLog(tdb.db()).event(3)->occurredAt;
        forged.actor = QStringLiteral("alice");
        forged.actorRole = QStringLiteral("Administrator");
        forged.action = QStringLiteral("device.wipe");
        forged.outcome = QStringLiteral("refused");
        forged.prevHash = hashOf(tdb.db(), 3);
        forged.hash = AuditLog::chainHash(forged.prevHash, forged);
        raw.exec(QStringLiteral("INSERT INTO audit_events (id, occurred_at, actor, actor_role, device_id, action, outcome, "
                                "details, prev_hash, hash) VALUES (4, ?, ?, ?, NULL, ?, ?, '', ?, ?)"),
                 {forged.occurredAt.toSecsSinceEpoch(), forged.actor, forged.actorRole, forged.action, forged.outcome,
                  forged.prevHash, forged.hash});
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 4);
        QVERIFY2(v.chainProblem.contains(QLatin1String("inserted")), qPrintable(v.chainProblem));
    }

    void reorderedEntriesAreNamed()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 10);
        RawSqlite raw(tdb.path());
        raw.exec(QStringLiteral("UPDATE audit_events SET id = -1 WHERE id = 6"));
        raw.exec(QStringLiteral("UPDATE audit_events SET id = 6 WHERE id = 7"));
        raw.exec(QStringLiteral("UPDATE audit_events SET id = 7 WHERE id = -1"));
        const AuditVerification v = verify(tdb.db());
        QCOMPARE(v.brokenId, 6);
        QVERIFY2(v.chainProblem.contains(QLatin1String("swapped")), qPrintable(v.chainProblem));
    }

    void concurrentWritersKeepOneChain()
    {
        TestDatabase tdb;
        // Two connections appending at once, as the console and the endpoint service do.
        auto writer = [&tdb](const QString &who, QAtomicInt *failures) {
            Database own;
            if (!own.openAnother(tdb.db())) {
                failures->ref();
                return;
            }
            AuditLog log(own);
            for (int i = 0; i < 150; ++i)
                if (!log.record(Actor{who, QStringLiteral("Technician")}, QStringLiteral("device.lock"),
                                QStringLiteral("success")))
                    failures->ref();
        };
        QAtomicInt failures;
        std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a"), &failures));
        std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b"), &failures));
        a->start();
        b->start();
        QVERIFY(a->wait(60000) && b->wait(60000));
        QCOMPARE(failures.loadRelaxed(), 0);
        const AuditVerification v = verify(tdb.db());
        QVERIFY2(v.ok(), qPrintable(v.chainProblem));
        QCOMPARE(v.entries, 300);
    }

    void checkpointSignsAndVerifies()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        fillTrail(tdb.db(), 6);
        AuditCheckpointer cp(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 0, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
        // Creating the key was itself audited, so the newest entry is that record (7).
        QCOMPARE(out.checkpoint.uptoId, 7);
        QCOMPARE(AuditLog(tdb.db()).event(7)->action, QStringLiteral("audit.key.create"));
        QCOMPARE(out.checkpoint.keyFingerprint, cp.keyFingerprint());
        QCOMPARE(AuditSigningKey::fingerprintOf(AuditPublicKeys(tdb.db()).current()), cp.keyFingerprint());

        // Asking again for the same entry reuses the checkpoint.
        CheckpointOutcome again;
        RUN_CHECKPOINT(cp, 0, again);
        QCOMPARE(again.checkpoint.id, out.checkpoint.id);
        QCOMPARE(AuditCheckpointRepository(tdb.db()).all().size(), 1);

        const AuditVerification v = verify(tdb.db());
        QVERIFY2(v.ok(), qPrintable(v.checkpointProblems.join(QLatin1Char('\n'))));
        QCOMPARE(v.checkpointsChecked, 1);
        QVERIFY(v.lastGoodCheckpoint);
        QCOMPARE(v.lastGoodCheckpoint->uptoId, 7);

        // A second checkpointer (another run of the console) loads the same key from the store.
        AuditCheckpointer second(tdb.db(), *store);
        fillTrail(tdb.db(), 2);
        RUN_CHECKPOINT(second, 0, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
        QCOMPARE(out.checkpoint.uptoId, 9);
        QCOMPARE(second.keyFingerprint(), cp.keyFingerprint());
        QVERIFY(verify(tdb.db()).ok());
    }

    void rewrittenChainIsCaughtByCheckpoint()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        fillTrail(tdb.db(), 10);
        AuditCheckpointer cp(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 8, out);
        QVERIFY2(out.status.ok(), qPrintable(out.status.message()));

        // Edit entry 5 and recompute every hash after it: the chain alone looks intact.
        RawSqlite raw(tdb.path());
        QList<AuditEvent> all = AuditLog(tdb.db()).events();
        QString prev = all[3].hash;
        for (int i = 4; i < all.size(); ++i) {
            AuditEvent &e = all[i];
            if (e.id == 5)
                e.details = QStringLiteral("rewritten");
            e.prevHash = prev;
            e.hash = AuditLog::chainHash(prev, e);
            raw.exec(QStringLiteral("UPDATE audit_events SET details = ?, prev_hash = ?, hash = ? WHERE id = ?"),
                     {e.details, e.prevHash, e.hash, e.id});
            prev = e.hash;
        }
        const AuditVerification v = verify(tdb.db());
        QVERIFY(v.chainIntact());
        QVERIFY(!v.ok());
        QCOMPARE(v.checkpointBrokenId, 1); // no earlier checkpoint: anywhere from entry 1 to 8
        QVERIFY2(v.checkpointProblems.first().contains(QLatin1String("rewritten")),
                 qPrintable(v.checkpointProblems.first()));

        // And the console refuses to sign over it.
        RUN_CHECKPOINT(cp, 0, out);
        QCOMPARE(out.status.code(), ErrorCode::Conflict);
    }

    void truncatedEndIsCaughtByCheckpoint()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        fillTrail(tdb.db(), 10);
        AuditCheckpointer cp(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 0, out);
        QCOMPARE(out.checkpoint.uptoId, 11);
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_events WHERE id >= 10"));
        const AuditVerification v = verify(tdb.db());
        QVERIFY(v.chainIntact());
        QCOMPARE(v.checkpointBrokenId, 11);
        QVERIFY2(v.checkpointProblems.first().contains(QLatin1String("10 to 11 were deleted")),
                 qPrintable(v.checkpointProblems.first()));
    }

    void checkpointSignedWithWrongKeyFails()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        fillTrail(tdb.db(), 5);
        AuditCheckpointer cp(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(cp, 0, out);
        QVERIFY(out.status.ok());

        Status s;
        const std::unique_ptr<AuditSigningKey> other = AuditSigningKey::generate(&s);
        QVERIFY(other);
        AuditCheckpoint forged = out.checkpoint;
        forged.createdAt = forged.createdAt.addSecs(1);
        forged.signature = other->sign(forged.signedMessage()); // claims to be by the console's key
        QVERIFY(AuditCheckpointRepository(tdb.db()).insert(forged).ok());
        AuditVerification v = verify(tdb.db());
        QVERIFY(v.chainIntact());
        QCOMPARE(v.checkpointProblems.size(), 1);
        QVERIFY2(v.checkpointProblems.first().contains(QLatin1String("does not verify")),
                 qPrintable(v.checkpointProblems.first()));

        AuditCheckpoint unknown = forged;
        unknown.keyFingerprint = other->fingerprint();
        QVERIFY(AuditCheckpointRepository(tdb.db()).insert(unknown).ok());
        v = verify(tdb.db());
        QCOMPARE(v.checkpointProblems.size(), 2);
        QVERIFY2(v.checkpointProblems.last().contains(QLatin1String("unknown key")), qPrintable(v.checkpointProblems.last()));
    }

    void deletedCheckpointsAreCaught()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        fillTrail(tdb.db(), 4);
        {
            AuditCheckpointer cp(tdb.db(), *store);
            CheckpointOutcome out;
            for (int i = 0; i < 3; ++i) {
                fillTrail(tdb.db(), 2);
                RUN_CHECKPOINT(cp, 0, out);
                QVERIFY2(out.status.ok(), qPrintable(out.status.message()));
            }
            QCOMPARE(out.checkpoint.id, 3);
        }
        // One deleted in the middle: the ids show it.
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_checkpoints WHERE id = 2"));
        AuditVerification v = verify(tdb.db());
        QVERIFY(v.chainIntact());
        QCOMPARE(v.checkpointProblems, QStringList{QStringLiteral("checkpoint 2 is missing: it was deleted")});

        // All deleted (nothing left in the database to compare): the anchor in the keychain shows it,
        // and a new console session refuses to sign.
        RawSqlite(tdb.path()).exec(QStringLiteral("DELETE FROM audit_checkpoints"));
        QVERIFY(verify(tdb.db()).ok()); // the database alone cannot tell
        AuditCheckpointer later(tdb.db(), *store);
        CheckpointOutcome out;
        RUN_CHECKPOINT(later, 0, out);
        QCOMPARE(out.status.code(), ErrorCode::Conflict);
        QVERIFY2(out.status.message().contains(QLatin1String("checkpoint 3")), qPrintable(out.status.message()));
        QVERIFY2(out.status.message().contains(QLatin1String("deleted")), qPrintable(out.status.message()));
    }

    void periodicCheckpoints()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::AuditCheckpointInterval, 5).ok());
        AuditCheckpointer cp(tdb.db(), *store);
        fillTrail(tdb.db(), 3);
        cp.checkpointIfDue(); // below the interval: nothing is queued
        QVERIFY(!cp.isBusy());
        cp.startPeriodic(20);
        fillTrail(tdb.db(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!AuditCheckpointRepository(tdb.db()).all().isEmpty(), 30000);
        QTRY_VERIFY(!cp.isBusy());
        QVERIFY(AuditCheckpointRepository(tdb.db()).latest()->uptoId >= 6);
        QVERIFY(verify(tdb.db()).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
