#include "changes/ChangeNotifier.h"

#include "changes/ChangeCounters.h"
#include "db/Database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace {
const QString kChannel = QStringLiteral("clinicmdm_changes");
}

ChangeNotifier::ChangeNotifier(const Database &main, QObject *parent) : QObject(parent), m_main(main)
{
    qRegisterMetaType<ChangeSubject>();
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
}

ChangeNotifier::~ChangeNotifier() = default;

bool ChangeNotifier::start(int intervalMs)
{
    m_db = std::make_unique<Database>();
    if (Status s = m_db->openAnother(m_main); !s) {
        m_db.reset();
        return false;
    }
    m_last = ChangeCounters(*m_db).read();
    anyCommit(); // the baseline data_version
    if (m_db->backend() == Database::Backend::PostgreSQL) {
        QSqlDriver *driver = m_db->connection().driver();
        if (driver->hasFeature(QSqlDriver::EventNotifications) && driver->subscribeToNotification(kChannel)) {
            connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
                if (name == kChannel)
                    poke();
            });
            m_listening = true;
            // Anything committed between the first reading and LISTEN is caught by one more check.
            poke();
            return true;
        }
    }
    m_timer.start(intervalMs);
    return true;
}

void ChangeNotifier::poke()
{
    if (m_pokeQueued || !m_db)
        return;
    m_pokeQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pokeQueued = false;
        m_dataVersion = -2; // read the counters even if data_version says nothing new
        checkNow();
    }, Qt::QueuedConnection);
}

bool ChangeNotifier::anyCommit()
{
    if (m_db->backend() != Database::Backend::SQLite)
        return true;
    // data_version changes when another connection commits; this connection never writes.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return true;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

int ChangeNotifier::checkNow()
{
    if (!m_db)
        return 0;
    ++m_checks;
    if (!anyCommit())
        return 0;
    ++m_counterReads;
    const QHash<ChangeSubject, qint64> now = ChangeCounters(*m_db).read();
    if (now.isEmpty())
        return 0;
    QList<ChangeSubject> changedSubjects;
    for (ChangeSubject s : ChangeSubjects::all())
        if (now.value(s) != m_last.value(s))
            changedSubjects << s;
    m_last = now;
    for (ChangeSubject s : changedSubjects)
        emit changed(s);
    return int(changedSubjects.size());
}
