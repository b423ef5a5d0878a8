#pragma once

#include "audit/AuditCheckpoint.h"
#include "core/Status.h"

#include <QList>
#include <QObject>

#include <memory>

class AuditSigningKey;
class Database;
class QTimer;
class SecretStore;

// Signs checkpoints of the audit chain with the console's audit key. The key comes from the
// SecretStore (created there, with its public half added to the settings, the first time), so
// everything here is asynchronous: checkpoint() queues a request and finished() answers it.
// A checkpoint is only signed over a chain that verifies up to that entry: the console never
// vouches for a trail that was already tampered with.
//
// The newest checkpoint this console signed is also kept in the SecretStore ("audit-anchor"), outside
// the database: whoever deletes the checkpoints to hide a rewritten chain is caught at the next
// checkpoint, which the console then refuses to sign.
class AuditCheckpointer : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *AnchorSecretName = "audit-anchor";
    // How often the console and `serve` look whether audit/checkpointEvery entries are unsigned.
    static constexpr int PeriodicCheckMsec = 10'000;

    AuditCheckpointer(Database &db, SecretStore &store, QObject *parent = nullptr);
    ~AuditCheckpointer() override;

    // Full: recompute the whole chain up to the entry first (export, verify). SinceLastCheckpoint:
    // only the entries after the newest checkpoint that still holds (the periodic checkpoints).
    enum class Check { Full, SinceLastCheckpoint };

    // Signs entry `uptoId` (0: the newest entry at the time the key is ready). An existing checkpoint
    // of that entry by the same key is reused rather than repeated.
    void checkpoint(qint64 uptoId = 0, Check check = Check::Full);
    // Checks every `intervalMsec` whether Setting::AuditCheckpointInterval entries are unsigned and
    // signs the newest one if so.
    void startPeriodic(int intervalMsec);
    // The periodic check, once: queues a checkpoint of the newest entry when enough are unsigned.
    void checkpointIfDue();
    bool isBusy() const { return !m_queue.isEmpty() || m_loading || m_signing; }
    QString keyFingerprint() const; // empty until the key is loaded

signals:
    // On a tampered trail: status Conflict, with the problem (naming the entry or checkpoint) as message.
    void finished(const Status &status, const AuditCheckpoint &checkpoint);

private:
    void loadKey();
    void keyFailed(const Status &status);
    void useKey(std::unique_ptr<AuditSigningKey> key, bool created);
    void loadAnchor();
    void processQueue();
    void done(const Status &status, const AuditCheckpoint &checkpoint);
    Status checkAnchor() const;
    Status sign(qint64 uptoId, Check check, AuditCheckpoint *out, bool *created);

    Database &m_db;
    SecretStore &m_store;
    std::unique_ptr<AuditSigningKey> m_key;
    QList<std::pair<qint64, Check>> m_queue;
    bool m_loading = false;
    bool m_signing = false;
    QString m_anchor; // "<checkpoint id> <upto_id> <upto_hash>" of the newest checkpoint signed here
    QTimer *m_timer = nullptr;
};
