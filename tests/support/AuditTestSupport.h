#pragma once

#include "audit/AuditCheckpointer.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "secrets/PassphraseFileSecretBackend.h"
#include "secrets/SecretStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

// Tampering with the fleet database behind the engine's back, as an attacker with file access would:
// a second, raw SQLite connection that drops the append-only triggers first.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_update"));
        exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete"));
    }
    ~RawSqlite()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
    }

private:
    QString m_name;
};

// A secret store on the passphrase-file backend, so audit tests do not depend on a keyring.
inline std::unique_ptr<SecretStore> fileSecretStore(const QString &dir)
{
    return std::make_unique<SecretStore>(
        QStringLiteral("ClinicMDM:test"),
        std::make_unique<PassphraseFileSecretBackend>(dir + QStringLiteral("/secrets.bin"), "test passphrase"));
}

// Entries whose details exercise the canonical escaping.
inline void fillTrail(Database &db, int count)
{
    AuditLog log(db);
    const QStringList details{QStringLiteral("plain"), QStringLiteral("two\nlines"), QStringLiteral("tab\there"),
                              QStringLiteral("back\\slash and \"quotes\", commas"), QStringLiteral("bell\x07 ctl"),
                              QStringLiteral("Ünïcödé — ✓"), QString(), QStringLiteral("trailing tab\t"),
                              QStringLiteral("cr\r\n"), QStringLiteral("%1 %2 placeholders")};
    for (int i = 0; i < count; ++i) {
        const Actor actor = i % 3 ? Actor{QStringLiteral("alice"), QStringLiteral("Administrator")} : Actor::system();
        const Status s = log.record(actor, i % 2 ? QStringLiteral("device.lock") : QStringLiteral("admin.signin"),
                                    QStringLiteral("success"), details[i % details.size()],
                                    i % 4 ? std::optional<qint64>(100 + i) : std::nullopt);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
}

// Runs one checkpoint request to its answer.
struct CheckpointOutcome {
    bool done = false;
    Status status;
    AuditCheckpoint checkpoint;
};

inline void runCheckpoint(AuditCheckpointer &cp, qint64 uptoId, CheckpointOutcome *out)
{
    auto r = std::make_shared<CheckpointOutcome>();
    auto conn = QObject::connect(&cp, &AuditCheckpointer::finished, &cp,
                                 [r](const Status &s, const AuditCheckpoint &c) {
                                     if (r->done)
                                         return;
                                     r->done = true;
                                     r->status = s;
                                     r->checkpoint = c;
                                 });
    cp.checkpoint(uptoId);
    QTRY_VERIFY_WITH_TIMEOUT(r->done, 60000);
    QObject::disconnect(conn);
    *out = *r;
}

#define RUN_CHECKPOINT(cp, upto, outcome)                                                                              \
    do {                                                                                                               \
        runCheckpoint((cp), (upto), &(outcome));                                                                       \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
