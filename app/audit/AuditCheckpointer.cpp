#include "audit/AuditCheckpointer.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditVerifier.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsRepository.h"

#include <QTimer>

AuditCheckpointer::AuditCheckpointer(Database &db, SecretStore &store, QObject *parent)
    : QObject(parent), m_db(db), m_store(store)
{
}

AuditCheckpointer::~AuditCheckpointer() = default;

QString AuditCheckpointer::keyFingerprint() const { return m_key ? m_key->fingerprint() : QString(); }

void AuditCheckpointer::checkpoint(qint64 uptoId, Check check)
{
    m_queue << std::make_pair(uptoId, check);
    if (m_key && !m_loading)
        QMetaObject::invokeMethod(this, &AuditCheckpointer::processQueue, Qt::QueuedConnection);
    else if (!m_loading)
        loadKey();
}

void AuditCheckpointer::startPeriodic(int intervalMsec)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &AuditCheckpointer::checkpointIfDue);
    }
    m_timer->start(intervalMsec);
}

void AuditCheckpointer::checkpointIfDue()
{
    if (isBusy())
        return;
    const std::optional<AuditEvent> newest = AuditLog(m_db).latest();
    const std::optional<AuditCheckpoint> last = AuditCheckpointRepository(m_db).latest();
    const qint64 every = std::max(1, SettingsRepository(m_db).intValue(Setting::AuditCheckpointInterval));
    if (newest && newest->id - (last ? last->uptoId : 0) >= every)
        checkpoint(0, Check::SinceLastCheckpoint);
}

void AuditCheckpointer::loadKey()
{
    m_loading = true;
    SecretJob *job = m_store.read(QLatin1String(AuditSigningKey::SecretName));
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (j->status().code() == ErrorCode::NotFound) {
            Status s;
            std::unique_ptr<AuditSigningKey> key = AuditSigningKey::generate(&s);
            if (!key)
                return keyFailed(s);
            SecretJob *write = m_store.write(QLatin1String(AuditSigningKey::SecretName), key->privatePem());
            auto *pending = key.release(); // owned by the lambda until the write answers
            connect(write, &SecretJob::finished, this, [this, pending](SecretJob *w) {
                std::unique_ptr<AuditSigningKey> created(pending);
                if (!w->status().ok())
                    return keyFailed(w->status());
                useKey(std::move(created), true);
            });
            return;
        }
        if (!j->status().ok())
            return keyFailed(j->status());
        Status s;
        std::unique_ptr<AuditSigningKey> key = AuditSigningKey::fromPrivatePem(j->data(), &s);
        if (!key)
            return keyFailed(s);
        useKey(std::move(key), false);
    });
}

void AuditCheckpointer::keyFailed(const Status &status)
{
    m_loading = false;
    const auto failed = std::exchange(m_queue, {});
    for (qsizetype i = 0; i < failed.size(); ++i)
        emit finished(status, AuditCheckpoint());
}

void AuditCheckpointer::useKey(std::unique_ptr<AuditSigningKey> key, bool created)
{
    m_key = std::move(key);
    // The settings may have lost the public key (or never had it): the keychain's key is the truth.
    if (Status s = AuditPublicKeys(m_db).add(m_key->publicPem()); !s)
        return keyFailed(s);
    if (created)
        AuditLog(m_db).record(Actor::system(), QStringLiteral("audit.key.create"), QStringLiteral("success"),
                              QStringLiteral("fingerprint %1").arg(m_key->fingerprint()));
    loadAnchor();
}

void AuditCheckpointer::loadAnchor()
{
    SecretJob *job = m_store.read(QLatin1String(AnchorSecretName));
    connect(job, &SecretJob::finished, this, [this](SecretJob *j) {
        if (!j->status().ok() && j->status().code() != ErrorCode::NotFound) {
            m_key.reset();
            return keyFailed(j->status());
        }
        m_anchor = QString::fromLatin1(j->data());
        m_loading = false;
        processQueue();
    });
}

Status AuditCheckpointer::checkAnchor() const
{
    const QStringList parts = m_anchor.split(QLatin1Char(' '));
    if (parts.size() != 3)
        return Status::success(); // this console has not signed a checkpoint of this database yet
    const std::optional<AuditCheckpoint> c = AuditCheckpointRepository(m_db).byId(parts[0].toLongLong());
    if (!c || QString::number(c->uptoId) != parts[1] || c->uptoHash != parts[2])
        return Status::failure(ErrorCode::Conflict,
                               tr("checkpoint %1 (entry %2), the newest this console signed, is missing from the "
                                  "database or was changed: checkpoints were deleted or altered")
                                   .arg(parts[0], parts[1]));
    return Status::success();
}

void AuditCheckpointer::processQueue()
{
    if (m_signing || m_queue.isEmpty())
        return;
    const auto [requested, check] = m_queue.takeFirst();
    AuditCheckpoint c;
    bool created = false;
    const Status s = sign(requested, check, &c, &created);
    if (!s || !created)
        return done(s, c);
    // Anchor the new checkpoint outside the database before reporting it.
    m_signing = true;
    const QString anchor = QStringLiteral("%1 %2 %3").arg(c.id).arg(c.uptoId).arg(c.uptoHash);
    SecretJob *job = m_store.write(QLatin1String(AnchorSecretName), anchor.toLatin1());
    connect(job, &SecretJob::finished, this, [this, c, anchor](SecretJob *j) {
        m_signing = false;
        if (j->status().ok())
            m_anchor = anchor;
        done(j->status(), c);
    });
}

void AuditCheckpointer::done(const Status &status, const AuditCheckpoint &checkpoint)
{
    emit finished(status, checkpoint);
    if (!m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &AuditCheckpointer::processQueue, Qt::QueuedConnection);
}

Status AuditCheckpointer::sign(qint64 uptoId, Check check, AuditCheckpoint *out, bool *created)
{
    // Conflict answers carry just the problem found; callers say what they refused (export, sign).
    if (Status s = checkAnchor(); !s)
        return s;
    AuditLog log(m_db);
    const std::optional<AuditEvent> target = uptoId > 0 ? log.event(uptoId) : log.latest();
    if (!target)
        return Status::failure(ErrorCode::NotFound, tr("There is no audit entry %1 to sign.").arg(uptoId));
    // The quick check trusts the hashes up to the last checkpoint; an entry edited in place before it
    // is still caught by every full verification, since its contents no longer match its hash.
    const AuditVerifier verifier(m_db);
    const AuditVerification v = check == Check::Full ? verifier.verify(target->id)
                                                     : verifier.verifySinceLastCheckpoint(target->id);
    if (!v.ok())
        return Status::failure(ErrorCode::Conflict, v.chainIntact() ? v.checkpointProblems.first() : v.chainProblem);
    AuditCheckpointRepository checkpoints(m_db);
    const std::optional<AuditCheckpoint> last = checkpoints.latest();
    if (last && last->uptoId == target->id && last->uptoHash == target->hash && last->keyFingerprint == m_key->fingerprint()) {
        *out = *last;
        return Status::success();
    }
    AuditCheckpoint c;
    c.uptoId = target->id;
    c.uptoHash = target->hash;
    c.keyFingerprint = m_key->fingerprint();
    c.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    c.signature = m_key->sign(c.signedMessage());
    if (c.signature.isEmpty())
        return Status::failure(ErrorCode::Failure, tr("Signing the audit checkpoint failed."));
    if (Status s = checkpoints.insert(c); !s)
        return s;
    *out = c;
    *created = true;
    return Status::success();
}
