#include "audit/AuditExporter.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditPublicKeys.h"
#include "core/OwnerOnlyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {


constexpr int BatchSize = 5000;
const char *CsvHeader = "hash,prev_hash,id,occurred_at,actor,actor_role,device_id,action,outcome,details\n";

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (QString f : fields)
        quoted << QLatin1Char('"') + f.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

// Fields are already in canonical escaped form (no control characters), so JSON only needs \ and ".
QString jsonString(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString jsonLine(const QStringList &f)
{
    return QStringLiteral("{\"hash\":%1,\"prev_hash\":%2,\"id\":%3,\"occurred_at\":%4,\"actor\":%5,\"actor_role\":%6,"
                          "\"device_id\":%7,\"action\":%8,\"outcome\":%9,")
               .arg(jsonString(f[0]), jsonString(f[1]), f[2], jsonString(f[3]), jsonString(f[4]), jsonString(f[5]),
                    f[6].isEmpty() ? QStringLiteral("null") : f[6], jsonString(f[7]), jsonString(f[8]))
           + QStringLiteral("\"details\":%1}\n").arg(jsonString(f[9]));
}

class OutFile
{
public:
    OutFile(const QString &path) : m_file(path) { m_ok = m_file.open(QIODevice::WriteOnly) && OwnerOnlyFile::restrict(m_file); }
    void write(const QString &text)
    {
        if (m_ok)
            m_ok = m_file.write(text.toUtf8()) >= 0;
    }
    Status commit()
    {
        if (m_ok && m_file.commit())
            return Status::success();
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AuditExporter", "Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QSaveFile m_file;
    bool m_ok = false;
};

} // namespace

AuditExporter::AuditExporter(Database &db) : m_db(db) {}

std::optional<AuditExporter::Format> AuditExporter::parseFormat(const QString &name)
{
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("jsonl"))
        return Format::Jsonl;
    return std::nullopt;
}

std::optional<std::pair<qint64, qint64>> AuditExporter::idRange(const QDateTime &from, const QDateTime &to) const
{
    AuditLog log(m_db);
    AuditQuery q;
    q.from = from;
    q.to = to;
    q.newestFirst = false;
    const QList<AuditEvent> first = log.page(q, 0, 1);
    q.newestFirst = true;
    const QList<AuditEvent> last = log.page(q, 0, 1);
    if (first.isEmpty() || last.isEmpty())
        return std::nullopt;
    return std::make_pair(first.first().id, last.first().id);
}

Status AuditExporter::write(qint64 firstId, qint64 lastId, Format format, const QString &folder, const Actor &actor,
                            Result *result) const
{
    const Status s = writeFiles(firstId, lastId, format, folder, result);
    const QString details = s ? QCoreApplication::translate("AuditExporter", "entries %1-%2 (%3) to %4")
                                    .arg(firstId)
                                    .arg(lastId)
                                    .arg(format == Format::Csv ? QLatin1String("csv") : QLatin1String("jsonl"), folder)
                              : s.message();
    if (Status a = AuditLog(m_db).record(actor, QStringLiteral("audit.export"), s ? QStringLiteral("success")
                                                                                  : QStringLiteral("failure"),
                                         details);
        !a && s)
        return a;
    return s;
}

Status AuditExporter::writeFiles(qint64 firstId, qint64 lastId, Format format, const QString &folder,
                                 Result *result) const
{
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return Status::failure(ErrorCode::Conflict, QCoreApplication::translate("AuditExporter", "%1 is not empty; export into a new folder.").arg(folder));
    if (!QDir().mkpath(dir.filePath(QStringLiteral("keys"))))
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("AuditExporter", "Cannot create the folder %1.").arg(folder));
    *result = Result();
    result->firstId = firstId;
    result->lastId = lastId;

    const QString entriesName = format == Format::Csv ? QStringLiteral("entries.csv") : QStringLiteral("entries.jsonl");
    OutFile chain(dir.filePath(QStringLiteral("chain.tsv")));
    OutFile entries(dir.filePath(entriesName));
    if (format == Format::Csv)
        entries.write(QLatin1String(CsvHeader));
    AuditLog log(m_db);
    qint64 after = firstId - 1;
    bool done = false;
    while (!done) {
        const QList<AuditEvent> batch = log.events(after, BatchSize);
        done = batch.isEmpty();
        for (const AuditEvent &e : batch) {
            if (e.id > lastId) {
                done = true;
                break;
            }
            const QString canonical = AuditLog::canonical(e);
            chain.write(e.hash + QLatin1Char('\t') + e.prevHash + QLatin1Char('\t') + canonical + QLatin1Char('\n'));
            const QStringList fields = QStringList{e.hash, e.prevHash} + canonical.split(QLatin1Char('\t'));
            entries.write(format == Format::Csv ? csvLine(fields) : jsonLine(fields));
            ++result->entries;
            after = e.id;
        }
    }
    for (OutFile *f : {&chain, &entries})
        if (Status s = f->commit(); !s)
            return s;

    const QMap<QString, QByteArray> keys = AuditPublicKeys(m_db).byFingerprint();
    OutFile checkpoints(dir.filePath(QStringLiteral("checkpoints.tsv")));
    QSet<QString> usedKeys;
    for (const AuditCheckpoint &c : AuditCheckpointRepository(m_db).covering(firstId, lastId)) {
        checkpoints.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                              .arg(c.id)
                              .arg(c.uptoId)
                              .arg(c.uptoHash, c.createdAt.toUTC().toString(Qt::ISODate), c.keyFingerprint, c.signature));
        usedKeys.insert(c.keyFingerprint);
        ++result->checkpoints;
    }
    if (Status s = checkpoints.commit(); !s)
        return s;
    for (const QString &fp : usedKeys) {
        if (!keys.contains(fp))
            continue; // the offline procedure reports the checkpoint as signed by an unknown key
        OutFile pem(dir.filePath(QStringLiteral("keys/%1.pem").arg(fp)));
        pem.write(QString::fromLatin1(keys.value(fp)));
        if (Status s = pem.commit(); !s)
            return s;
    }
    OutFile current(dir.filePath(QStringLiteral("audit-public-key.pem")));
    current.write(QString::fromLatin1(AuditPublicKeys(m_db).current()));
    if (Status s = current.commit(); !s)
        return s;
    result->files = dir.entryList(QDir::Files, QDir::Name);
    return Status::success();
}
