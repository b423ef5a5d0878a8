// The Apps page as an admin uses it: add the EHR client from its template, fill in the FHIR
// endpoint (http refused, https saved), install it on the assigned group, watch its state.
#include "catalog/AppCatalogService.h"
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
#include <QTableWidget>
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
        auto *states = page.findChild<QTableWidget *>(QStringLiteral("appInstallStates"));
        QCOMPARE(states->rowCount(), 1);
        QCOMPARE(states->item(0, 0)->text(), QStringLiteral("Ward 3 iPad"));
        QCOMPARE(states->item(0, 1)->text(), QStringLiteral("Installing"));
        // The form's rows are rebuilt for the selected app; they are shown once the event loop runs.
        QTRY_VERIFY(page.findChild<QLineEdit *>(QStringLiteral("config_fhir_base_url"))->isVisible());
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/apps.png")));
    }
};

QTEST_MAIN(TestAppsPage)
#include "test_apps_page.moc"
