// Issue 14: audit/checkpointEvery does something. The periodic checkpointer (started by the console
// window and by `serve`) signs a checkpoint once that many entries are unsigned, and not before;
// Verify on the Audit page signs what it verified and shows the key's fingerprint; a report from a
// fresh console carries a signed checkpoint and the audit key's fingerprint (CSV and PDF).
#include "AuditTestSupport.h"
#include "TestDatabase.h"

#include "audit/AuditCheckpointRepository.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "pages/AuditPage.h"
#include "report/ReportExportJob.h"
#include "security/AdminSession.h"
#include "settings/SettingsRepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
void record(Database &db, int n)
{
    for (int i = 0; i < n; ++i)
        QVERIFY(AuditLog(db).record(Actor{QStringLiteral("alice"), QStringLiteral("Administrator")}, QStringLiteral("device.lock"),
                                    QStringLiteral("success"), QStringLiteral("entry %1").arg(i)).ok());
}

int checkpoints(Database &db) { return int(AuditCheckpointRepository(db).all().size()); }

QString text(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestAuditCheckpoints : public QObject
{
    Q_OBJECT
private slots:
    void signsEveryNEntries()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::AuditCheckpointInterval, 5).ok());
        AuditCheckpointer checkpointer(tdb.db(), *store);
        QSignalSpy signedSpy(&checkpointer, &AuditCheckpointer::finished);

        record(tdb.db(), 4);
        checkpointer.checkpointIfDue(); // 4 unsigned of 5: nothing to do
        QVERIFY(!checkpointer.isBusy());
        QCOMPARE(checkpoints(tdb.db()), 0);

        record(tdb.db(), 1);
        checkpointer.startPeriodic(20); // what the console and `serve` start
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints(tdb.db()), 1, 20000);
        QTRY_VERIFY(!checkpointer.isBusy());
        const AuditCheckpoint first = *AuditCheckpointRepository(tdb.db()).latest();
        QCOMPARE(first.uptoId, AuditLog(tdb.db()).latest()->id); // the newest entry (the key's creation included)
        QVERIFY(AuditSigningKey::verify(AuditPublicKeys(tdb.db()).current(), first.signedMessage(), first.signature));
        QCOMPARE(first.keyFingerprint, checkpointer.keyFingerprint());

        // Four more entries: still below the interval, however often the timer looks.
        record(tdb.db(), 4);
        for (int i = 0; i < 3; ++i) {
            checkpointer.checkpointIfDue();
            QVERIFY(!checkpointer.isBusy());
        }
        QCOMPARE(checkpoints(tdb.db()), 1);
        // The fifth: signed by the timer.
        record(tdb.db(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(checkpoints(tdb.db()), 2, 20000);
        const AuditCheckpoint second = *AuditCheckpointRepository(tdb.db()).latest();
        QCOMPARE(second.uptoId, first.uptoId + 5);
        QVERIFY(AuditSigningKey::verify(AuditPublicKeys(tdb.db()).current(), second.signedMessage(), second.signature));
    }

    void verifyOnTheAuditPageSignsAndShowsTheKey()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        record(tdb.db(), 3);
        AuditPage page(tdb.db(), store.get(), Actor{QStringLiteral("alice"), QStringLiteral("Administrator")});
        page.show();
        auto *key = page.findChild<QLabel *>(QStringLiteral("auditKeyFingerprint"));
        QVERIFY(key);
        QVERIFY(!key->text().contains(QRegularExpression(QStringLiteral("[0-9a-f]{64}"))));
        QSignalSpy verified(&page, &AuditPage::verified);
        page.verifyNow();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QVERIFY(verified.first().first().toBool());
        QCOMPARE(checkpoints(tdb.db()), 1);
        const QString fp = AuditSigningKey::fingerprintOf(AuditPublicKeys(tdb.db()).current());
        QCOMPARE(fp.size(), 64);
        QVERIFY2(key->text().contains(fp), qPrintable(key->text()));
        QVERIFY2(page.resultText().contains(QLatin1String("Signed checkpoint")), qPrintable(page.resultText()));
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.resize(1130, 680); // the page's share of a 1280x720 window
            QApplication::processEvents();
            page.grab().save(dir + QStringLiteral("/audit-page.png"));
        }
    }

    void aFreshConsolesReportCarriesASignedCheckpoint()
    {
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        record(tdb.db(), 2);
        AuditCheckpointer checkpointer(tdb.db(), *store);
        const AdminSession admin(&tdb.db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        QCOMPARE(checkpoints(tdb.db()), 0);

        for (ReportFormat format : {ReportFormat::Csv, ReportFormat::Pdf}) {
            ReportRequest request;
            request.format = format;
            request.path = tdb.dir() + (format == ReportFormat::Csv ? QStringLiteral("/fresh.csv") : QStringLiteral("/fresh.pdf"));
            ReportExportJob job(tdb.db(), admin, &checkpointer);
            QSignalSpy done(&job, &ReportExportJob::finished);
            job.start(request);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
            QVERIFY2(done.first().first().value<Status>().ok(), qPrintable(done.first().first().value<Status>().message()));
            const AuditCheckpoint c = *AuditCheckpointRepository(tdb.db()).latest();
            const QString fp = checkpointer.keyFingerprint();
            QCOMPARE(c.keyFingerprint, fp);
            QString content;
            if (format == ReportFormat::Csv) {
                content = text(request.path);
            } else {
                if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                    QSKIP("pdftotext (poppler-utils) is not installed");
                QProcess p;
                p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), request.path, QStringLiteral("-")});
                QVERIFY(p.waitForFinished(60000));
                content = QString::fromUtf8(p.readAllStandardOutput());
            }
            QString compact = content;
            compact.remove(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(compact.contains(fp), qPrintable(content.left(4000)));
            QVERIFY2(content.contains(QStringLiteral("Latest signed audit checkpoint")), qPrintable(content.left(2000)));
            QVERIFY2(content.contains(QStringLiteral("entry %1, signed").arg(c.uptoId)), qPrintable(content.left(4000)));
            QVERIFY(!content.contains(QLatin1String("no audit key yet")));
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qRegisterMetaType<Status>();
    TestAuditCheckpoints t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_audit_checkpoints.moc"
