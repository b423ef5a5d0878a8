#include "AuditTestSupport.h"
#include "TestDatabase.h"

#include "AuditTableModel.h"
#include "pages/AuditPage.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void modelPagesAndFilters()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 450);
        AuditTableModel model(tdb.db());
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), AuditTableModel::PageSize);
        QCOMPARE(model.data(model.index(0, 0), AuditTableModel::IdRole).toLongLong(), 450); // newest first
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));

        AuditQuery q;
        q.action = QStringLiteral("device.lock");
        q.actor = QStringLiteral("alice");
        model.setQuery(q);
        QVERIFY(model.totalCount() > 0 && model.totalCount() < 225);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, AuditTableModel::Action)).toString(), QStringLiteral("device.lock"));
            QCOMPARE(model.data(model.index(row, AuditTableModel::Admin)).toString(), QStringLiteral("alice"));
        }
        q = AuditQuery();
        q.action = QStringLiteral("device."); // prefix
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 225);
        q = AuditQuery();
        q.deviceId = 105;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.data(model.index(0, AuditTableModel::Device)).toLongLong(), 105);
        q = AuditQuery();
        q.to = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 0);
    }

    void pageFiltersVerifiesAndExports()
    {
        TestDatabase tdb;
        fillTrail(tdb.db(), 12);
        auto store = fileSecretStore(tdb.dir());
        AuditPage page(tdb.db(), store.get(), Actor{QStringLiteral("alice"), QStringLiteral("Administrator")});
        page.show();
        QCOMPARE(page.model()->totalCount(), 12);

        auto *device = page.findChild<QLineEdit *>();
        QVERIFY(device);
        QTest::keyClicks(device, QStringLiteral("105"));
        QCOMPARE(page.model()->totalCount(), 1);
        device->clear();
        QCOMPARE(page.model()->totalCount(), 12);

        QSignalSpy verified(&page, &AuditPage::verified);
        page.verifyNow();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QVERIFY(verified.last().first().toBool());
        QVERIFY2(page.resultText().contains(QLatin1String("Chain intact")), qPrintable(page.resultText()));

        QSignalSpy exported(&page, &AuditPage::exportFinished);
        page.exportInto(tdb.dir());
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
        const Status s = exported.first().first().value<Status>();
        QVERIFY2(s.ok(), qPrintable(page.resultText()));
        const QString folder = exported.first().at(1).toString();
        QVERIFY(QFile::exists(folder + QStringLiteral("/chain.tsv")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/entries.csv")));
        const AuditEvent last = *AuditLog(tdb.db()).latest();
        QCOMPARE(last.action, QStringLiteral("audit.export"));
        QCOMPARE(last.actor, QStringLiteral("alice"));

        RawSqlite(tdb.path()).exec(QStringLiteral("UPDATE audit_events SET actor = 'bob' WHERE id = 5"));
        page.verifyNow();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 30000);
        QVERIFY(!verified.last().first().toBool());
        QVERIFY2(page.resultText().contains(QLatin1String("Chain broken at entry 5")), qPrintable(page.resultText()));

        // Export… opens a folder dialog object (never a blocking static call).
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        auto it = std::find_if(buttons.begin(), buttons.end(),
                               [](QPushButton *b) { return b->text().contains(QLatin1String("Export")); });
        QVERIFY(it != buttons.end());
        (*it)->click();
        auto *dialog = page.findChild<QFileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestAuditPage)
#include "test_audit_page.moc"
