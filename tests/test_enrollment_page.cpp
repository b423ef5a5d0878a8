// The Enrollment page offscreen: the USB (Android) tab lists the fake adb server's tablets live
// (an unauthorized one tells the admin to accept the RSA prompt), "Enroll all" fills a progress bar
// per device up to a summary; the QR tab makes a provisioning code and a printable sheet.
#include "FakeAdbServer.h"
#include "TestDatabase.h"
#include "TestEndpointContext.h"
#include "sim/AndroidAgentSimulator.h"

#include "UsbDeviceTableModel.h"
#include "android/AgentProtocol.h"
#include "android/AndroidAgentRouter.h"
#include "pages/EnrollmentPage.h"
#include "pages/QrProvisioningTab.h"
#include "pages/UsbEnrollmentTab.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestEnrollmentPage : public QObject
{
    Q_OBJECT

private slots:
    void usbTabEnrollsWithProgress()
    {
        TestDatabase t;
        CertificateAuthority ca;
        QVERIFY(CertificateAuthority::create(QStringLiteral("CA"), {}, KeyAlgorithm::Rsa2048, 30, ca).ok());
        FakeAdbServer fake;
        for (int i = 1; i <= 4; ++i) {
            FakeAdbServer::Device d;
            d.serial = QStringLiteral("GUI%1").arg(i);
            d.model = QStringLiteral("Galaxy Tab A%1").arg(i);
            d.workDelayMs = 150;
            if (i == 3)
                d.state = QStringLiteral("unauthorized");
            fake.addDevice(d);
        }
        AndroidAgentRouter router(ca);
        TestEndpointContext context(t.db());
        std::vector<std::unique_ptr<AndroidAgentSimulator>> agents;
        fake.onBroadcast = [&](const QString &serial, const QHash<QString, QString> &extras) {
            agents.push_back(std::make_unique<AndroidAgentSimulator>(router, context, serial));
            if (agents.back()->enroll(extras.value(AgentProtocol::ExtraEnrollToken)).status == 200)
                agents.back()->checkIn();
        };
        QTemporaryDir dir;
        const QString apk = dir.filePath(QStringLiteral("agent.apk"));
        QFile f(apk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(256 * 1024, 'k'));
        f.close();

        EnrollmentPage page(t.db(), {QStringLiteral("alice"), QStringLiteral("Administrator")}, fake.port());
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("USB (Android)"));
        page.resize(1100, 700);
        page.show(); // showing the tab contacts adb
        UsbEnrollmentTab *usb = page.usbTab();
        UsbDeviceTableModel *model = usb->model();
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, UsbDeviceTableModel::ModelColumn).data().toString(), QStringLiteral("Galaxy Tab A1"));
        QVERIFY(model->index(2, UsbDeviceTableModel::ConnectionColumn).data().toString().contains(QLatin1String("RSA prompt")));
        auto *enroll = usb->findChild<QPushButton *>(QStringLiteral("enrollAll"));
        QVERIFY(!enroll->isEnabled()); // no APK, no console yet
        page.setConsoleIdentity(QStringLiteral("https://mdm.clinic.example:8443"), QString(64, QLatin1Char('c')));
        usb->setApkPath(apk);
        QCOMPARE(usb->findChild<QLabel *>(QStringLiteral("usbApkSha"))->text().size(), 64);
        auto *ownership = usb->findChild<QComboBox *>(QStringLiteral("usbOwnership"));
        ownership->setCurrentIndex(ownership->findData(QStringLiteral("COSU")));
        usb->findChild<QComboBox *>(QStringLiteral("usbDepartment"))->setCurrentText(QStringLiteral("Lobby"));
        QVERIFY(enroll->isEnabled());

        QList<int> progressSeen;
        connect(model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            progressSeen << from.sibling(from.row(), UsbDeviceTableModel::ProgressColumn).data(UsbDeviceTableModel::ProgressRole).toInt();
        });
        QTest::mouseClick(enroll, Qt::LeftButton);
        QVERIFY(!enroll->isEnabled()); // running
        QTRY_COMPARE_WITH_TIMEOUT(usb->summaryText(), QStringLiteral("3 enrolled, 1 failed, 0 in progress."), 30000);
        QVERIFY(usb->statusText().contains(QLatin1String("3 enrolled, 1 failed")));
        for (int row : {0, 1, 3})
            QCOMPARE(model->index(row, UsbDeviceTableModel::ProgressColumn).data(UsbDeviceTableModel::ProgressRole).toInt(), 100);
        QVERIFY(model->index(2, UsbDeviceTableModel::DetailColumn).data().toString().contains(QLatin1String("RSA prompt")));
        // Bars moved through intermediate values, not straight from 0 to 100.
        int intermediate = 0;
        for (int p : std::as_const(progressSeen))
            intermediate += p > 0 && p < 100 ? 1 : 0;
        QVERIFY2(intermediate >= 6, qPrintable(QString::number(intermediate)));
        auto *retry = usb->findChild<QPushButton *>(QStringLiteral("retryFailed"));
        QVERIFY(retry->isEnabled());
        fake.device(QStringLiteral("GUI3"))->state = QStringLiteral("device");
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(usb->summaryText(), QStringLiteral("4 enrolled, 0 failed, 0 in progress."), 30000);
        QCOMPARE(fake.device(QStringLiteral("GUI1"))->deviceOwner, QStringLiteral("org.clinicmdm.agent/.AdminReceiver"));
    }

    void qrTabMakesCodeAndSheet()
    {
        TestDatabase t;
        EnrollmentPage page(t.db(), {QStringLiteral("alice"), QStringLiteral("Administrator")}, 1);
        page.setConsoleIdentity(QStringLiteral("https://mdm.clinic.example:8443"), QString(64, QLatin1Char('d')));
        QrProvisioningTab *qr = page.qrTab();
        qr->generate();
        QVERIFY(qr->statusText().contains(QLatin1String("https://"))); // refused: no download location yet
        QVERIFY(qr->payloadJson().isEmpty());
        qr->findChild<QLineEdit *>(QStringLiteral("qrDownloadUrl"))->setText(QStringLiteral("https://mdm.clinic.example/agent.apk"));
        qr->findChild<QLineEdit *>(QStringLiteral("qrChecksum"))->setText(QStringLiteral("gJD2YwtOiWJHkSMkkIfLRlj-quNqG1fb6v100QmzM9w"));
        qr->findChild<QLineEdit *>(QStringLiteral("qrWifiSsid"))->setText(QStringLiteral("ClinicStaff"));
        qr->generate();
        QVERIFY2(qr->statusText().contains(QLatin1String("password")), qPrintable(qr->statusText())); // WPA without a password
        QVERIFY(qr->payloadJson().isEmpty());
        qr->findChild<QLineEdit *>(QStringLiteral("qrWifiSsid"))->clear();
        qr->generate();
        const QJsonObject json = QJsonDocument::fromJson(qr->payloadJson().toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME")).toString(),
                 QStringLiteral("org.clinicmdm.agent/.AdminReceiver"));
        QVERIFY(!json.contains(QLatin1String("android.app.extra.PROVISIONING_SKIP_ENCRYPTION")));
        const QJsonObject extras = json.value(QLatin1String("android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE")).toObject();
        QCOMPARE(extras.value(QLatin1String(AgentProtocol::ExtraConsoleUrl)).toString(), QStringLiteral("https://mdm.clinic.example:8443"));
        QCOMPARE(extras.value(QLatin1String(AgentProtocol::ExtraEnrollToken)).toString().size(), 43);
        QVERIFY(!qr->findChild<QLabel *>(QStringLiteral("qrImage"))->pixmap().isNull());

        QTemporaryDir dir;
        qr->saveSheet(dir.filePath(QStringLiteral("sheet.png")));
        QImage sheet(dir.filePath(QStringLiteral("sheet.png")));
        QCOMPARE(sheet.size(), QSize(1240, 1754));
        qr->saveSheet(dir.filePath(QStringLiteral("sheet.pdf")));
        QFile pdf(dir.filePath(QStringLiteral("sheet.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TestEnrollmentPage)
#include "test_enrollment_page.moc"
