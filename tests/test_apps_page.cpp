// The Apps page as an admin uses it: add the EHR client from its template, fill in the FHIR
// endpoint (http refused, https saved), install it on the assigned group, watch its state.
#include "AppInstallStateModel.h"
#include "catalog/AppCatalogService.h"
#include "fleet/DeviceAppRepository.h"
#include "catalog/CatalogRepository.h"
#include "commands/CommandRepository.h"
#include "dialogs/AddAppDialog.h"
#include "fleet/DeviceRepository.h"
#include "pages/AppsPage.h"
#include "security/AdminSession.h"

#include "TestDatabase.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

class TestAppsPage : public QObject
{
    Q_OBJECT
private slots:
    void addConfigureAndInstallTheEhrClient()
    {
        TestDatabase tdb;
        AdminSession root(&tdb.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        Device ipad;
        ipad.name = QStringLiteral("Ward 3 iPad");
        ipad.serial = QStringLiteral("W3");
        ipad.platform = Platform::iPadOS;
        ipad.ownership = Ownership::Shared;
        QVERIFY(DeviceRepository(tdb.db()).insert(ipad).ok());
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO device_groups (name, created_at) VALUES ('Nursing', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO group_members (group_id, device_id) VALUES (%1, %2)")
                           .arg(q.lastInsertId().toLongLong()).arg(ipad.id)));

        AppsPage page({&tdb.db(), &root, nullptr});
        page.resize(1000, 700);
        page.show();
        QVERIFY(page.statusText().contains(QLatin1String("No apps yet")));

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("addApp")), Qt::LeftButton);
        AddAppDialog *dialog = page.addDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("appTemplate"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("ehr")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("appIdentifier")), QStringLiteral("org example ehr"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("appSourceValue")), QStringLiteral("1234567"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAppButton")), Qt::LeftButton);
        QVERIFY2(dialog->isVisible() && !dialog->errorText().isEmpty(), "a bad bundle id keeps the dialog open with the reason");
        auto *identifier = dialog->findChild<QLineEdit *>(QStringLiteral("appIdentifier"));
        identifier->clear();
        QTest::keyClicks(identifier, QStringLiteral("org.example.ehr"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAppButton")), Qt::LeftButton);
        QTRY_VERIFY(!page.addDialog());
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("catalogList"))->count(), 1);
        const qint64 appId = CatalogRepository(tdb.db()).all().first().id;

        // Configuration: an http FHIR endpoint is refused; https with the rest is saved.
        auto *fhir = page.findChild<QLineEdit *>(QStringLiteral("config_fhir_base_url"));
        QVERIFY(fhir);
        QTest::keyClicks(fhir, QStringLiteral("http://fhir.stmary.example/r4"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("config_sso_issuer")), QStringLiteral("https://sso.stmary.example"));
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("config_tenant")), QStringLiteral("stmary"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveAppConfig")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QLatin1String("https")), qPrintable(page.statusText()));
        QVERIFY(CatalogRepository(tdb.db()).findById(appId)->configValues.isEmpty());
        fhir = page.findChild<QLineEdit *>(QStringLiteral("config_fhir_base_url"));
        fhir->setText(QStringLiteral("https://fhir.stmary.example/r4"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveAppConfig")), Qt::LeftButton);
        QVERIFY2(page.statusText().startsWith(QLatin1String("Configuration saved")), qPrintable(page.statusText()));

        QVERIFY(AppCatalogService(tdb.db()).assignToGroup(root, appId, QStringLiteral("Nursing")).ok());
        page.reload();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("installApp")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QLatin1String("1 device")), qPrintable(page.statusText()));
        const QList<DeviceCommand> queued = CommandRepository(tdb.db()).list(ipad.id);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(queued.first().payload).object().value(QStringLiteral("Configuration")).toObject()
                     .value(QStringLiteral("fhir_base_url")).toString(),
                 QStringLiteral("https://fhir.stmary.example/r4"));
        auto *states = page.findChild<QTableView *>(QStringLiteral("appInstallStates"));
        QVERIFY(states);
        QCOMPARE(states->model()->rowCount(), 1);
        QCOMPARE(states->model()->index(0, AppInstallStateModel::DeviceColumn).data().toString(), QStringLiteral("Ward 3 iPad"));
        QCOMPARE(states->model()->index(0, AppInstallStateModel::StateColumn).data().toString(), QStringLiteral("Installing"));
        QCOMPARE(states->model()->index(0, AppInstallStateModel::ReportedColumn).data().toString(), QStringLiteral("never"));
        // The form's rows are rebuilt for the selected app; they are shown once the event loop runs.
        QTRY_VERIFY(page.findChild<QLineEdit *>(QStringLiteral("config_fhir_base_url"))->isVisible());
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/apps.png")));
    }

    // The per-device table follows what devices report: installed with version and time, a removal,
    // a failure with the device's own reason.
    void statusTableShowsVersionTimeRemovalAndFailure()
    {
        TestDatabase tdb;
        AdminSession root(&tdb.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        QList<qint64> ids;
        for (const QString &name : {QStringLiteral("Ward 1 iPad"), QStringLiteral("Ward 2 iPad")}) {
            Device d;
            d.name = name;
            d.serial = name.simplified().remove(QLatin1Char(' '));
            d.platform = Platform::iPadOS;
            d.ownership = Ownership::Shared;
            QVERIFY(DeviceRepository(tdb.db()).insert(d).ok());
            ids << d.id;
        }
        CatalogApp app;
        app.name = QStringLiteral("Charting");
        app.identifier = QStringLiteral("org.example.charting");
        app.storeId = QStringLiteral("77");
        AppCatalogService service(tdb.db());
        QVERIFY(service.add(root, app).ok());
        AppCatalogService::Outcome outcome;
        QVERIFY(service.install(root, app.id, ids, outcome).ok());
        QCOMPARE(outcome.queued, 2);

        // Ward 1 reports the app; Ward 2's device answers the install with an error chain.
        const qint64 reportedAt = QDateTime::currentSecsSinceEpoch() - 120;
        QVERIFY(DeviceAppRepository(tdb.db()).replace(ids[0], {{app.identifier, app.name, QStringLiteral("4.2"), true, 0}}, reportedAt).ok());
        QSqlQuery q(tdb.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE commands SET status = 'error', completed_at = %1 WHERE device_id = %2").arg(reportedAt).arg(ids[1])));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO command_results (command_id, status, error_chain, received_at) SELECT id, 'error', "
                                      "'[{\"ErrorCode\":12036,\"ErrorDomain\":\"MCMDMErrorDomain\",\"LocalizedDescription\":"
                                      "\"The app could not be found\"}]', %1 FROM commands WHERE device_id = %2").arg(reportedAt).arg(ids[1])));

        AppsPage page({&tdb.db(), &root, nullptr});
        page.show();
        auto *view = page.findChild<QTableView *>(QStringLiteral("appInstallStates"));
        QVERIFY(view);
        QAbstractItemModel *m = view->model();
        QCOMPARE(m->rowCount(), 2);
        auto row = [&](qint64 device) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 0).data(AppInstallStateModel::DeviceIdRole).toLongLong() == device)
                    return r;
            return -1;
        };
        const int installed = row(ids[0]);
        const int failed = row(ids[1]);
        QVERIFY(installed >= 0 && failed >= 0);
        QCOMPARE(m->index(installed, AppInstallStateModel::StateColumn).data().toString(), QStringLiteral("Installed"));
        QCOMPARE(m->index(installed, AppInstallStateModel::VersionColumn).data().toString(), QStringLiteral("4.2"));
        QVERIFY2(m->index(installed, AppInstallStateModel::ReportedColumn).data().toString().startsWith(QLatin1String("2 minute")),
                 qPrintable(m->index(installed, AppInstallStateModel::ReportedColumn).data().toString()));
        QVERIFY(m->index(installed, AppInstallStateModel::ReportedColumn).data(Qt::ToolTipRole).toString().endsWith(QLatin1String("UTC")));
        QCOMPARE(m->index(failed, AppInstallStateModel::StateColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(m->index(failed, AppInstallStateModel::DetailColumn).data().toString(),
                 QStringLiteral("The app could not be found (MCMDMErrorDomain 12036)"));

        // A removal the device acknowledged, once the device no longer lists the app.
        outcome = {};
        QVERIFY(service.removeFromDevices(root, app.id, {ids[0]}, outcome).ok());
        page.reload();
        QCOMPARE(m->index(row(ids[0]), AppInstallStateModel::StateColumn).data().toString(), QStringLiteral("Removing"));
        QVERIFY(q.exec(QStringLiteral("UPDATE commands SET status = 'acknowledged', completed_at = %1 WHERE device_id = %2 "
                                      "AND request_type = 'RemoveApplication'").arg(reportedAt + 60).arg(ids[0])));
        QVERIFY(DeviceAppRepository(tdb.db()).replace(ids[0], {}, reportedAt + 60).ok());
        page.reload();
        QCOMPARE(m->index(row(ids[0]), AppInstallStateModel::StateColumn).data().toString(), QStringLiteral("Removed"));
        QCOMPARE(m->index(row(ids[0]), AppInstallStateModel::VersionColumn).data().toString(), QString());
    }
};

QTEST_MAIN(TestAppsPage)
#include "test_apps_page.moc"
