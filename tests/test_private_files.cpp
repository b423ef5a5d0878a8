// Issue 13, section 5: the files the console writes for the admin that hold fleet or audit data are
// mode 0600 like the database, whatever the umask (here 000, the most permissive), and also when
// they replace an existing world-readable file.
#include "TestAdmin.h"
#include "TestDatabase.h"

#include "android/ProvisioningSheet.h"
#include "audit/AuditExporter.h"
#include "audit/AuditLog.h"
#include "privacy/PrivacyManifest.h"
#include "privacy/PrivacyManifestPdfWriter.h"
#include "report/ComplianceReportBuilder.h"
#include "report/CsvReportWriter.h"
#include "report/PdfReportWriter.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// A world-readable file already at `path`, as an earlier version (or another program) left it.
void plantWorldReadable(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old");
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(path), 0644);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
    mode_t m_umask = 0;
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_umask = ::umask(0);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void complianceReports()
    {
        TestDatabase tdb;
        QVERIFY(TestAdmin::create(tdb.db(), QStringLiteral("root"), Role::Administrator));
        const ComplianceReportData data = ComplianceReportBuilder(tdb.db()).build(Actor::system(), {}, {}, 1796637605);
        for (const bool replace : {false, true}) {
            const QString csv = path(replace ? "replaced.csv" : "report.csv");
            const QString pdf = path(replace ? "replaced.pdf" : "report.pdf");
            if (replace) {
                plantWorldReadable(csv);
                plantWorldReadable(pdf);
            }
            QVERIFY(CsvReportWriter::write(data, csv).ok());
            QVERIFY(PdfReportWriter::write(data, pdf).ok());
            QCOMPARE(modeOf(csv), 0600);
            QCOMPARE(modeOf(pdf), 0600);
            QVERIFY(QFileInfo(pdf).size() > 1000);
        }
    }

    void auditExport()
    {
        TestDatabase tdb;
        for (int i = 0; i < 3; ++i)
            QVERIFY(AuditLog(tdb.db()).record(Actor::system(), QStringLiteral("test.event"), QStringLiteral("success")).ok());
        const QString folder = path("audit-export");
        AuditExporter::Result result;
        QVERIFY(AuditExporter(tdb.db()).write(1, 3, AuditExporter::Format::Csv, folder, Actor::system(), &result).ok());
        int files = 0;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QCOMPARE(modeOf(file), 0600);
            ++files;
        }
        QVERIFY(files >= 2);
    }

    void privacyManifest()
    {
        PrivacyManifest m;
        m.clinicName = QStringLiteral("Test Clinic");
        m.deviceName = QStringLiteral("Dr Ruiz's phone");
        const QString pdf = path("manifest.pdf");
        plantWorldReadable(pdf);
        QVERIFY(PrivacyManifestPdfWriter::write(m, pdf).ok());
        QCOMPARE(modeOf(pdf), 0600);
    }

    void provisioningSheet()
    {
        AndroidProvisioningPayload payload;
        payload.enrollToken = QStringLiteral("secret-token");
        payload.consoleUrl = QStringLiteral("https://mdm.clinic.test:8443");
        const ProvisioningSheet sheet(payload, QStringLiteral("Test Clinic"), QStringLiteral("COPE"), QStringLiteral("tomorrow"));
        for (const char *name : {"sheet.png", "sheet.pdf"}) {
            QVERIFY(sheet.save(path(name)).ok());
            QCOMPARE(modeOf(path(name)), 0600);
        }
    }
};

QTEST_MAIN(TestPrivateFiles)
#include "test_private_files.moc"
