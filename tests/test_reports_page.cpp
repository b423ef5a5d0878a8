// Issue 14: the Reports page, driven as an admin does after signing in. A PDF for one group as of
// yesterday is written in the background; pdftotext shows that group's devices and no other; the
// past-exports list shows it with the file's real SHA-256; Open folder opens its folder; the preview
// shows its first pages. Cancelling a long export leaves no file and is audited as cancelled; a role
// without Export reports is refused and audited. BYOD privacy manifests are written one per device.
#include "ConsoleDriver.h"
#include "TestDatabase.h"

#include "NavigationList.h"
#include "TextRowsModel.h"
#include "audit/AuditLog.h"
#include "core/AppLanguage.h"
#include "fleet/DemoSeeder.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "pages/ReportsPage.h"
#include "report/ReportExportJob.h"
#include "security/FieldCipher.h"
#include "settings/SettingsRepository.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

namespace {
const QString kPassword = QStringLiteral("reports page password");

qint64 addDevice(Database &db, const QString &name, Ownership ownership, const QString &department = {})
{
    Device d;
    d.name = name;
    d.serial = name.toUpper().remove(QLatin1Char('-'));
    d.platform = Platform::iPadOS;
    d.ownership = ownership;
    d.department = department;
    d.osVersion = QStringLiteral("17.5");
    d.state = EnrollmentState::Enrolled;
    return DeviceRepository(db).insert(d) ? d.id : 0;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QList<AuditEvent> exportEntries(Database &db)
{
    AuditQuery q;
    q.action = QStringLiteral("report.export");
    return AuditLog(db).page(q, 0, 100);
}

void showReports(MainWindow *window)
{
    auto *navigation = window->findChild<NavigationList *>();
    navigation->setCurrentRow(navigation->rowOfKey(QStringLiteral("reports")));
    window->show();
}

// For looking at the page: CLINICMDM_SCREENSHOT_DIR=/some/dir writes reports-<name>.png at 1280x720.
void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window->resize(1280, 720);
    QApplication::processEvents();
    window->grab().save(QDir(dir).filePath(QStringLiteral("reports-%1.png").arg(name)));
}
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void exportsAGroupCancelsAndListsThePastExports()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        QVERIFY(console.accounts().addAdmin(root, QStringLiteral("tina"), {}, Role::Technician, kPassword));

        QList<qint64> ward;
        for (const QString &name : {QStringLiteral("WardA-iPad-1"), QStringLiteral("WardA-iPad-2"), QStringLiteral("WardA-Phone-3")})
            ward << addDevice(tdb.db(), name, Ownership::COPE, QStringLiteral("Ward A"));
        addDevice(tdb.db(), QStringLiteral("Cardio-Phone-1"), Ownership::BYOD, QStringLiteral("Cardiology"));
        addDevice(tdb.db(), QStringLiteral("Cardio-Phone-2"), Ownership::BYOD, QStringLiteral("Cardiology"));
        DeviceGroup group;
        QVERIFY(DeviceGroupService(tdb.db()).create(root, QStringLiteral("Ward A carts"), {}, &group).ok());
        QVERIFY(DeviceGroupService(tdb.db()).add(root, group.id, ward, std::nullopt, {}).ok());

        QVERIFY(ConsoleDriver::signIn(console, QStringLiteral("root"), kPassword));
        auto *page = qobject_cast<ReportsPage *>(console.window()->sectionPage(QStringLiteral("reports")));
        QVERIFY2(page, "the Reports section is still a placeholder");
        QString chosen;
        page->setFileChooser([&chosen](QWidget *, const QString &suggested, ReportFormat, std::function<void(const QString &)> done) {
            QVERIFY(suggested.endsWith(QLatin1String(".pdf")));
            done(chosen);
        });
        QList<QUrl> opened;
        page->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        console.window()->resize(1280, 720);
        showReports(console.window());

        // PDF, scope = the group, as of yesterday.
        auto *scope = page->findChild<QComboBox *>(QStringLiteral("reportScope"));
        QVERIFY(scope);
        const int groupRow = scope->findData(QStringLiteral("group:Ward A carts"));
        QVERIFY2(groupRow >= 0, "the group is not offered as a scope");
        QVERIFY(scope->findData(QStringLiteral("department:Cardiology")) >= 0);
        QVERIFY(scope->findData(QStringLiteral("ownership:BYOD")) >= 0);
        scope->setCurrentIndex(groupRow);
        auto *format = page->findChild<QComboBox *>(QStringLiteral("reportFormat"));
        format->setCurrentIndex(format->findData(int(ReportFormat::Pdf)));
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        page->findChild<QDateEdit *>(QStringLiteral("reportAsOf"))->setDate(yesterday);

        chosen = tdb.dir() + QStringLiteral("/ward-a.pdf");
        QSignalSpy finished(page, &ReportsPage::exportFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportExport")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.first().first().value<Status>().ok(), qPrintable(finished.first().first().value<Status>().message()));
        QVERIFY(QFile::exists(chosen));
        const QString text = pdfText(chosen);
        for (const QString &name : {QStringLiteral("WardA-iPad-1"), QStringLiteral("WardA-iPad-2"), QStringLiteral("WardA-Phone-3")})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(!text.contains(QLatin1String("Cardio-Phone")));
        QVERIFY(text.contains(QStringLiteral("Group “Ward A carts”")));
        QVERIFY(text.contains(QStringLiteral("to %1 (UTC)").arg(yesterday.toString(Qt::ISODate))));
        QVERIFY(page->previewPageCount() >= 2);

        // The past exports list it, with the SHA-256 of the bytes on disk.
        TextRowsModel *history = page->history();
        QCOMPARE(history->rowCount(), 1);
        QStringList row;
        for (int c = 0; c < history->columnCount(); ++c)
            row << history->data(history->index(0, c)).toString();
        QVERIFY2(row.contains(QStringLiteral("ward-a.pdf")), qPrintable(row.join(QLatin1Char('|'))));
        QVERIFY2(row.contains(sha256(chosen)), qPrintable(row.join(QLatin1Char('|'))));
        QVERIFY(row.contains(QStringLiteral("root")));
        QVERIFY(row.contains(QStringLiteral("Group “Ward A carts”")));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportOpenFolder")), Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportOpenFile")), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened[0].toLocalFile(), tdb.dir());
        QCOMPARE(opened[1].toLocalFile(), chosen);
        screenshot(console.window(), QStringLiteral("en"));
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile::remove(QDir(dir).filePath(QStringLiteral("ward-a.pdf")));
            QFile::copy(chosen, QDir(dir).filePath(QStringLiteral("ward-a.pdf")));
            page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(0);
            screenshot(console.window(), QStringLiteral("en-history"));
        }

        // BYOD privacy manifests: one PDF per personal phone.
        const QString manifests = tdb.dir() + QStringLiteral("/manifests");
        QVERIFY(QDir().mkpath(manifests));
        page->setFolderChooser([&manifests](QWidget *, std::function<void(const QString &)> done) { done(manifests); });
        QSignalSpy manifestsDone(page, &ReportsPage::manifestsFinished);
        page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(2);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportManifests")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(manifestsDone.count(), 1, 60000);
        QVERIFY(manifestsDone.first().first().value<Status>().ok());
        QCOMPARE(manifestsDone.first().at(1).toInt(), 2);
        const QStringList pdfs = QDir(manifests).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 2);
        QVERIFY(pdfText(QDir(manifests).filePath(pdfs.first())).contains(QLatin1String("Cardio-Phone")));

        // A long export (a few thousand devices), cancelled while it writes: no file, audited.
        DemoSeeder seeder(tdb.db(), Actor::system());
        seeder.setForce(true);
        QVERIFY(seeder.seed(4000).ok());
        scope->setCurrentIndex(scope->findData(QStringLiteral("fleet")));
        page->findChild<QDateEdit *>(QStringLiteral("reportAsOf"))->setDate(QDateTime::currentDateTimeUtc().date());
        chosen = tdb.dir() + QStringLiteral("/fleet.pdf");
        auto *bar = page->findChild<QProgressBar *>(QStringLiteral("reportProgress"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportExport")), Qt::LeftButton);
        QVERIFY(page->isExporting());
        // Wait until the pages are being written, then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 11 || finished.count() == 2, 120000);
        QCOMPARE(finished.count(), 1);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("reportCancel")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(!finished.last().first().value<Status>().ok());
        QVERIFY(!QFile::exists(chosen));
        QCOMPARE(QDir(tdb.dir()).entryList({QStringLiteral("fleet.pdf*")}, QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(exportEntries(tdb.db()).first().outcome, QStringLiteral("cancelled"));
        QCOMPARE(history->rowCount(), 1); // a cancelled export is no past export

        // A technician may not export reports: refused, audited, nothing written.
        AdminSession tina(&tdb.db(), 2, QStringLiteral("tina"), Role::Technician, true);
        ReportExportJob refused(tdb.db(), tina);
        QSignalSpy refusedDone(&refused, &ReportExportJob::finished);
        ReportRequest request;
        request.path = tdb.dir() + QStringLiteral("/tina.pdf");
        refused.start(request);
        QTRY_COMPARE(refusedDone.count(), 1);
        QCOMPARE(refusedDone.first().first().value<Status>().code(), ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(request.path));
        const AuditEvent denied = *AuditLog(tdb.db()).latest();
        QCOMPARE(denied.action, QStringLiteral("access.denied"));
        QCOMPARE(denied.actor, QStringLiteral("tina"));
        QCOMPARE(exportEntries(tdb.db()).first().outcome, QStringLiteral("cancelled")); // no export entry for tina

        // A group that does not exist: a clear error, audited, nothing written.
        ReportExportJob unknown(tdb.db(), root);
        QSignalSpy unknownDone(&unknown, &ReportExportJob::finished);
        request.scope = ReportScope{ReportScope::Kind::Group, QStringLiteral("No such group")};
        request.path = tdb.dir() + QStringLiteral("/none.pdf");
        unknown.start(request);
        QTRY_COMPARE(unknownDone.count(), 1);
        QCOMPARE(unknownDone.first().first().value<Status>().code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(request.path));
        QCOMPARE(exportEntries(tdb.db()).first().outcome, QStringLiteral("failure"));

        // Spanish, for looking at it (the .qm built with the console).
        const QString qm = qEnvironmentVariable("CLINICMDM_SCREENSHOT_QM");
        if (!qm.isEmpty()) {
            QTranslator es;
            if (es.load(qm)) {
                QApplication::installTranslator(&es);
                SecureConsole spanish(tdb.db(), FieldCipher::generateKey());
                QVERIFY(ConsoleDriver::signIn(spanish, QStringLiteral("root"), kPassword));
                showReports(spanish.window());
                screenshot(spanish.window(), QStringLiteral("es"));
                // The page itself fits (other pages set the window's minimum width).
                QVERIFY(spanish.window()->sectionPage(QStringLiteral("reports"))->minimumSizeHint().width() < 1000);
                auto *spanishPage = qobject_cast<ReportsPage *>(spanish.window()->sectionPage(QStringLiteral("reports")));
                spanishPage->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentIndex(0);
                screenshot(spanish.window(), QStringLiteral("es-history"));
                QApplication::removeTranslator(&es);
            }
        }
    }

    // A console running in Spanish (--lang es) exports a Spanish report: the headings and labels of the
    // PDF and the CSV come from clinicmdm_es.ts (they were once out of lupdate's sight, so always English).
    void exportsASpanishReportInSpanish()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TestDatabase tdb;
        SecureConsole console(tdb.db(), FieldCipher::generateKey());
        QVERIFY(SettingsRepository(tdb.db()).setValue(Setting::MfaRequiredForAdministrators, false));
        AdminSession root;
        QVERIFY(console.accounts().createFirstAdministrator(QStringLiteral("root"), {}, kPassword, &root));
        addDevice(tdb.db(), QStringLiteral("Sala-iPad-1"), Ownership::COPE, QStringLiteral("Sala B"));
        QCOMPARE(AppLanguage::apply(QStringLiteral("es"), QStringLiteral(CLINICMDM_QM_DIR)).language(), QLocale::Spanish);
        const auto english = qScopeGuard([] { AppLanguage::apply(QStringLiteral("en"), QStringLiteral(CLINICMDM_QM_DIR)); });
        QVERIFY2(QCoreApplication::translate("ReportTables", "Executive summary") != QLatin1String("Executive summary"),
                 "the Spanish translations are not loaded");

        QString texts[2];
        for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Csv}) {
            ReportExportJob job(tdb.db(), root);
            QSignalSpy done(&job, &ReportExportJob::finished);
            ReportRequest request;
            request.format = format;
            request.path = tdb.dir() + QStringLiteral("/informe.") + request.formatName();
            job.start(request);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 120000);
            QVERIFY2(done.first().first().value<Status>().ok(), qPrintable(done.first().first().value<Status>().message()));
            QFile csv(request.path);
            QVERIFY(format == ReportFormat::Pdf || csv.open(QIODevice::ReadOnly));
            texts[int(format == ReportFormat::Csv)] = format == ReportFormat::Pdf ? pdfText(request.path) : QString::fromUtf8(csv.readAll());
        }
        if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile::remove(QDir(dir).filePath(QStringLiteral("informe.pdf")));
            QFile::copy(tdb.dir() + QStringLiteral("/informe.pdf"), QDir(dir).filePath(QStringLiteral("informe.pdf")));
        }
        const QString pdf = texts[0].simplified(); // a long heading may wrap
        QVERIFY(pdf.contains(QLatin1String("Sala-iPad-1")));
        for (const char *heading : {"Informe de cumplimiento de la Regla de Seguridad de HIPAA", "Período del informe", "Salvaguardas",
                                    "Resumen ejecutivo", "Políticas en uso", "Dispositivos con estado desconocido",
                                    "Verificación del registro de auditoría", "Apéndice: todos los dispositivos gestionados"})
            QVERIFY2(pdf.contains(QString::fromUtf8(heading)), heading);
        for (const char *source : {"Executive summary", "Reporting period", "Policies in use", "Appendix: every managed device"})
            QVERIFY2(!pdf.contains(QLatin1String(source)), source);
        QVERIFY2(texts[1].contains(QStringLiteral("Dispositivos gestionados evaluados")), qPrintable(texts[1].left(400)));
        QVERIFY(!texts[1].contains(QLatin1String("Managed devices evaluated")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qRegisterMetaType<Status>();
    TestReportsPage t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_reports_page.moc"
