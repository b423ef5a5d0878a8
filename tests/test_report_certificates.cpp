// Issue 14: the report's certificate section, the dashboard's expiry chart and the command line's
// report all read the certificates the console really has: the console CA and the endpoint's TLS
// certificate (ConsolePki), the APNs push certificate and the FCM service account (push credentials),
// each with its real not-after date; "not configured" only while nothing is stored.
#include "AuditTestSupport.h"
#include "PushTestPki.h"
#include "TestDatabase.h"

#include "DashboardData.h"
#include "compliance/CertificateInventory.h"
#include "pki/ConsolePki.h"
#include "push/PushCertificate.h"
#include "push/PushCertificateService.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "report/CsvReportWriter.h"
#include "report/ComplianceReportBuilder.h"
#include "report/ReportService.h"
#include "security/AdminSession.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
QDateTime opensslNotAfter(const QString &pemPath)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pemPath, QStringLiteral("-noout"), QStringLiteral("-enddate")});
    p.waitForFinished(30000);
    // notAfter=Dec 27 12:00:00 2026 GMT
    QString text = QString::fromLatin1(p.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
    text.remove(QLatin1String(" GMT"));
    QDateTime t = QLocale(QLocale::English).toDateTime(text.simplified(), QStringLiteral("MMM d HH:mm:ss yyyy"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString isoDate(const QDateTime &t) { return t.toUTC().date().toString(Qt::ISODate); }
} // namespace

class TestReportCertificates : public QObject
{
    Q_OBJECT
private slots:
    void reportAndDashboardShowTheRealCertificates()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("the openssl command is not installed");
        TestDatabase tdb;
        auto store = fileSecretStore(tdb.dir());
        AdminSession admin(&tdb.db(), 1, QStringLiteral("alice"), Role::Administrator, true);

        // A fresh console: nothing stored, four slots, all "not configured".
        QList<CertificateStatus> before = CertificateInventory::current(tdb.db());
        QCOMPARE(before.size(), 4);
        for (const CertificateStatus &c : before)
            QVERIFY2(!c.present && c.notAfter == 0, qPrintable(c.role));

        // The console's own PKI: the CA and the endpoint's TLS certificate, as the endpoint makes them.
        ConsolePki pki(tdb.db(), *store);
        QSignalSpy ready(&pki, &ConsolePki::ready);
        QSignalSpy failed(&pki, &ConsolePki::failed);
        pki.load();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        // The APNs push certificate through the push credential service, and the FCM service account.
        PushTestPki push(tdb.dir());
        QVERIFY(push.create());
        PushCertificate apns;
        QVERIFY(PushCertificate::fromCertificateAndKey(push.read(QStringLiteral("push.pem")), push.read(QStringLiteral("push.key")), {}, apns).ok());
        QVERIFY(PushCertificateService(tdb.db()).commit(admin, apns, QStringLiteral("it@clinic.example"), QDateTime::currentSecsSinceEpoch()).ok());
        QVERIFY(PushCredentialRepository(tdb.db())
                    .put(QString::fromLatin1(PushCredentialNames::FcmServiceAccount),
                         {{QStringLiteral("project_id"), QStringLiteral("clinic-mdm")},
                          {QStringLiteral("client_email"), QStringLiteral("mdm@clinic-mdm.iam.gserviceaccount.com")},
                          {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")},
                          {QStringLiteral("private_key_id"), QStringLiteral("k1")}},
                         QDateTime::currentSecsSinceEpoch())
                    .ok());

        const QDateTime apnsNotAfter = opensslNotAfter(push.path(QStringLiteral("push.pem")));
        QVERIFY(apnsNotAfter.isValid());
        const QList<CertificateStatus> now = CertificateInventory::current(tdb.db());
        QCOMPARE(now.size(), 4);
        QVERIFY(now[0].present && now[1].present && now[2].present && now[3].present);
        QCOMPARE(now[0].notAfter, pki.caInfo().notAfter().toSecsSinceEpoch());
        QCOMPARE(now[0].subject, pki.caInfo().subject());
        QCOMPARE(now[1].notAfter, pki.tlsInfo().notAfter().toSecsSinceEpoch());
        QCOMPARE(now[2].notAfter, apnsNotAfter.toSecsSinceEpoch());
        QVERIFY(now[2].subject.contains(push.topic()));
        QVERIFY(!now[3].expires());
        QCOMPARE(now[3].subject, QStringLiteral("mdm@clinic-mdm.iam.gserviceaccount.com"));

        // The report prints those dates (CSV rows: the same table as the PDF's).
        const QString csvPath = tdb.dir() + QStringLiteral("/report.csv");
        QVERIFY(ReportService(tdb.db()).exportReport(admin, ReportService::Format::Csv, csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QStringList rows;
        for (const QByteArray &line : csv.readAll().split('\n'))
            if (line.startsWith("certificates,"))
                rows << QString::fromUtf8(line).trimmed();
        QCOMPARE(rows.size(), 4);
        QVERIFY2(rows[0].contains(isoDate(pki.caInfo().notAfter())), qPrintable(rows[0]));
        QVERIFY2(rows[1].contains(isoDate(pki.tlsInfo().notAfter())), qPrintable(rows[1]));
        QVERIFY2(rows[2].contains(isoDate(apnsNotAfter)), qPrintable(rows[2]));
        QVERIFY2(rows[3].contains(QLatin1String("mdm@clinic-mdm.iam.gserviceaccount.com")), qPrintable(rows[3]));
        for (const QString &r : rows)
            QVERIFY2(!r.contains(QLatin1String("not configured")), qPrintable(r));

        // The PDF too (read back with pdftotext).
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString pdfPath = tdb.dir() + QStringLiteral("/report.pdf");
            QVERIFY(ReportService(tdb.db()).exportReport(admin, ReportService::Format::Pdf, pdfPath).ok());
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            const QString section = text.mid(text.lastIndexOf(QLatin1String("Certificates")));
            for (const QDateTime &t : {pki.caInfo().notAfter(), pki.tlsInfo().notAfter(), apnsNotAfter})
                QVERIFY2(section.contains(isoDate(t)), qPrintable(section.left(2000)));
            QVERIFY(!section.contains(QLatin1String("not configured")));
            if (const QString dir = qEnvironmentVariable("CLINICMDM_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QFile::remove(dir + QStringLiteral("/certificates.pdf"));
                QFile::copy(pdfPath, dir + QStringLiteral("/certificates.pdf"));
            }
        }

        // The dashboard's expiry chart reads the same list.
        DashboardData dashboard(tdb.db());
        dashboard.reload(QDateTime::currentSecsSinceEpoch());
        QCOMPARE(dashboard.certificates().size(), 4);
        QCOMPARE(dashboard.certificates()[1].notAfter, now[1].notAfter);
        QCOMPARE(dashboard.certificates()[2].notAfter, now[2].notAfter);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the report's fonts
    TestReportCertificates t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_report_certificates.moc"
