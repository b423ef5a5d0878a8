#include "audit/AuditLog.h"
#include "fleet/DeviceFact.h"
#include "fleet/DeviceFactRepository.h"
#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyService.h"
#include "report/CsvReportWriter.h"
#include "report/ComplianceReportBuilder.h"
#include "report/ReportService.h"
#include "report/VendorRepository.h"
#include "settings/SettingsRepository.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// Issue 7: the compliance PDF read back with the real pdftotext shows every section and the right
// numbers for a known fleet; the real qpdf --check accepts it; the CSV has the same rows; exporting
// is audited and refused without ExportReports.
class TestReport : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;
    qint64 m_now = 0;

    qint64 addDevice(const QString &name, const QString &serial, Ownership o, EnrollmentState state, qint64 lastSeen,
                     const QHash<QString, QString> &facts)
    {
        Device d;
        d.name = name;
        d.serial = serial;
        // Shared tablets are Android (an iPad refuses a shared-device policy, issue 21).
        d.platform = Platform::Android;
        d.ownership = o;
        d.osVersion = QStringLiteral("14");
        d.state = state;
        if (lastSeen)
            d.lastSeen = QDateTime::fromSecsSinceEpoch(lastSeen, Qt::UTC);
        if (!DeviceRepository(m_tdb->db()).insert(d))
            return 0;
        if (!facts.isEmpty())
            DeviceFactRepository(m_tdb->db()).record(d.id, facts, lastSeen);
        return d.id;
    }

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_now = QDateTime::currentSecsSinceEpoch();
        m_admin = AdminSession(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        SettingsRepository(m_tdb->db()).setValue(Setting::ClinicName, QStringLiteral("Riverside Family Clinic"));
        QHash<QString, QString> good{{DeviceFact::Encrypted, QStringLiteral("true")},      {DeviceFact::PasscodePresent, QStringLiteral("true")},
                                     {DeviceFact::PasscodeCompliant, QStringLiteral("true")}, {DeviceFact::AutoLockSeconds, QStringLiteral("120")},
                                     {DeviceFact::VpnAlwaysOn, QStringLiteral("true")},     {DeviceFact::PolicyVersion, QStringLiteral("1")},
                                     {DeviceFact::ManagementMode, QStringLiteral("device_owner")},
                                     {DeviceFact::SecurityPatch, QDateTime::fromSecsSinceEpoch(m_now - 20 * 86400, Qt::UTC).date().toString(Qt::ISODate)}};
        QHash<QString, QString> unencrypted = good;
        unencrypted[DeviceFact::Encrypted] = QStringLiteral("false");
        const qint64 a = addDevice(QStringLiteral("Ward 3 shared tablet 001"), QStringLiteral("F4GXK29LQ7"), Ownership::Shared, EnrollmentState::Enrolled, m_now - 600, good);
        const qint64 b = addDevice(QStringLiteral("Ward 3 shared tablet 002"), QStringLiteral("F4GXK29LQ8"), Ownership::Shared, EnrollmentState::Enrolled, m_now - 900, unencrypted);
        const qint64 c = addDevice(QStringLiteral("Ward 3 shared tablet 003"), QStringLiteral("F4GXK29LQ9"), Ownership::Shared, EnrollmentState::Enrolled, m_now - 20 * 86400, good);
        addDevice(QStringLiteral("Front desk kiosk 001"), QStringLiteral("HA12345678"), Ownership::COSU, EnrollmentState::Pending, 0, {});
        DeviceGroup g;
        QVERIFY(DeviceGroupService(m_tdb->db()).create(m_admin, QStringLiteral("Ward 3"), {}, &g).ok());
        QVERIFY(DeviceGroupService(m_tdb->db()).add(m_admin, g.id, {a, b, c}, std::nullopt, {}).ok());
        PolicyRecord p;
        QVERIFY(PolicyService(m_tdb->db()).createFromBaseline(m_admin, QStringLiteral("shared"), QStringLiteral("Ward tablets"), &p).ok());
        QVERIFY(PolicyService(m_tdb->db()).assignToGroup(m_admin, p.id, g.id).ok());
        Vendor v{0, QStringLiteral("Example EHR Vendor Inc."), QStringLiteral("EHR client"), true, m_now - 86400 * 100, 0, {}};
        QVERIFY(VendorRepository(m_tdb->db()).add(v, m_now).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void pdfReadsBackWithSectionsAndNumbers()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (pdftotext.isEmpty() || qpdf.isEmpty())
            QSKIP("pdftotext or qpdf is not installed (packaging/install-deps.sh --with-tests installs them)");
        const QString pdf = m_tdb->dir() + QStringLiteral("/report.pdf");
        QVERIFY(ReportService(m_tdb->db()).exportReport(m_admin, ReportService::Format::Pdf, pdf).ok());

        int code = -1;
        const QString check = run(qpdf, {QStringLiteral("--check"), pdf}, &code);
        QVERIFY2(code == 0, qPrintable(check));
        QVERIFY(check.contains(QLatin1String("No syntax or stream encoding errors")));

        const QString text = run(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const char *section : {"HIPAA Security Rule compliance report", "Riverside Family Clinic", "Prepared by", "alice (Administrator)",
                                    "Executive summary", "Compliance by safeguard", "164.312(a)(1) — Access control",
                                    "164.312(a)(2)(iv) — Encryption at rest", "164.310(d)(1) — Device and media controls", "164.312(b) — Audit controls",
                                    "Non-compliant devices and reasons", "Devices whose state is unknown", "Policies in use",
                                    "Addressable specifications: decisions and rationale", "Audit trail verification",
                                    "Vendor and Business Associate Agreement register", "Example EHR Vendor Inc.", "Appendix: every managed device",
                                    "Certificates", "APNs push"})
            QVERIFY2(text.contains(QString::fromUtf8(section)), section);
        auto row = [&](const QString &label, const QString &value) {
            const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral("\\s+") + QRegularExpression::escape(value));
            QVERIFY2(re.match(text).hasMatch(), qPrintable(label + QStringLiteral(" -> ") + value));
        };
        row(QStringLiteral("Devices in the fleet"), QStringLiteral("4"));
        row(QStringLiteral("Managed devices evaluated"), QStringLiteral("3"));
        row(QStringLiteral("Compliant with every safeguard"), QStringLiteral("1 (33%)"));
        row(QStringLiteral("Non-compliant (at least one safeguard)"), QStringLiteral("1 (33%)"));
        row(QStringLiteral("Hash chain"), QStringLiteral("intact"));
        // The unencrypted tablet, with the value it reported and when.
        const QString nonCompliant = text.mid(text.indexOf(QLatin1String("Non-compliant devices and reasons")));
        QVERIFY(nonCompliant.contains(QLatin1String("Ward 3 shared tablet 002")));
        QVERIFY(nonCompliant.contains(QLatin1String("storage not encrypted:")));
        const QRegularExpression reported(QStringLiteral("encrypted=false, reported[\\s\\S]{0,160}?\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        QVERIFY2(reported.match(nonCompliant).hasMatch(), "the reported value and its time are missing");
        QVERIFY(text.contains(QLatin1String("no check-in for 20 days")));
        QVERIFY(text.contains(QLatin1String("Alternative measure")) == false); // the shared baseline implements both
        QVERIFY(text.contains(QLatin1String("Automatic logoff")));
        const QRegularExpression pages(QStringLiteral("Page 1 of (\\d+)"));
        const auto m = pages.match(text);
        QVERIFY(m.hasMatch());
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(m.captured(1))));

        // Audited, with the hash of exactly the file written.
        const AuditEvent last = *AuditLog(m_tdb->db()).latest();
        QCOMPARE(last.action, QStringLiteral("report.export"));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(last.details.contains(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())));
    }

    void csvHasTheSameRows()
    {
        const ComplianceReportData data = ComplianceReportBuilder(m_tdb->db()).build(m_admin.actor(), {}, {}, m_now);
        const QString csv = QString::fromUtf8(CsvReportWriter::toCsv(data));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        int nonCompliant = 0, appendix = 0;
        for (const QString &l : lines) {
            nonCompliant += l.startsWith(QLatin1String("non_compliant,")) ? 1 : 0;
            appendix += l.startsWith(QLatin1String("appendix,")) ? 1 : 0;
        }
        QCOMPARE(appendix, 3);
        QCOMPARE(nonCompliant, 1);
        QVERIFY(csv.contains(QLatin1String("#non_compliant,Device,Serial,Ownership,Safeguard,Reason")));
        QVERIFY(csv.contains(QLatin1String("summary,Managed devices evaluated,3")));
        const QString path = m_tdb->dir() + QStringLiteral("/report.csv");
        QVERIFY(ReportService(m_tdb->db()).exportReport(m_admin, ReportService::Format::Csv, path).ok());
        QVERIFY(QFile::exists(path));
    }

    void exportNeedsThePermission()
    {
        const QString pdf = m_tdb->dir() + QStringLiteral("/tech.pdf");
        const AdminSession tech(&m_tdb->db(), 2, QStringLiteral("tom"), Role::Technician, true);
        QCOMPARE(ReportService(m_tdb->db()).exportReport(tech, ReportService::Format::Pdf, pdf).code(), ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(AuditLog(m_tdb->db()).latest()->action, QStringLiteral("access.denied"));
        const AdminSession auditor(&m_tdb->db(), 3, QStringLiteral("ann"), Role::Auditor, true);
        QVERIFY(ReportService(m_tdb->db()).exportReport(auditor, ReportService::Format::Csv, m_tdb->dir() + QStringLiteral("/a.csv")).ok());
        QCOMPARE(ReportService(m_tdb->db()).exportReport(m_admin, ReportService::Format::Csv, m_tdb->dir() + QStringLiteral("/b.csv"),
                                                         QDate(2026, 5, 2), QDate(2026, 5, 1)).code(), ErrorCode::InvalidInput);
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
