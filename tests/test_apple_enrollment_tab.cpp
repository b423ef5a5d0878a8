// Enrollment > Apple: links and QR codes for a batch, the list of pending enrollments, and a role
// that may not enroll.
#include "apple/AppleEnrollmentRepository.h"
#include "pages/AppleEnrollmentTab.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "security/AdminSession.h"

#include "TestDatabase.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

class TestAppleEnrollmentTab : public QObject
{
    Q_OBJECT
private slots:
    void batchOfLinksWithQrCodesAndPendingList()
    {
        TestDatabase tdb;
        AdminSession root(&tdb.db(), 1, QStringLiteral("root"), Role::Administrator, true);
        AppleEnrollmentTab tab(tdb.db(), root);
        // No push certificate: a warning instead of links that could never enroll a device.
        QVERIFY(tab.pushWarningText().contains(QLatin1String("push certificate")));
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("createAppleLinks"))->isEnabled());
        tab.createLinks();
        QVERIFY(AppleEnrollmentRepository(tdb.db()).list().isEmpty());
        QVERIFY(PushCredentialRepository(tdb.db())
                    .put(QString::fromLatin1(PushCredentialNames::ApnsCertificate),
                         QJsonObject{{QStringLiteral("topic"), QStringLiteral("com.apple.mgmt.External.test")}}, 0));
        tab.hide();
        tab.show(); // the tab looks again when it is shown
        QVERIFY(tab.pushWarningText().isEmpty());
        QVERIFY(tab.findChild<QPushButton *>(QStringLiteral("createAppleLinks"))->isEnabled());
        auto *ownership = tab.findChild<QComboBox *>(QStringLiteral("appleOwnership"));
        ownership->setCurrentIndex(ownership->findData(int(Ownership::Shared)));
        tab.findChild<QSpinBox *>(QStringLiteral("appleCount"))->setValue(3);
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("createAppleLinks")), Qt::LeftButton);
        auto *links = tab.findChild<QListWidget *>(QStringLiteral("appleLinks"));
        QCOMPARE(links->count(), 3);
        QVERIFY(links->item(0)->text().startsWith(QLatin1String("https://")));
        QVERIFY(links->item(0)->text().contains(QLatin1String("/enroll/")));
        QVERIFY(links->item(0)->text() != links->item(1)->text());
        QVERIFY(!tab.findChild<QLabel *>(QStringLiteral("appleQr"))->pixmap().isNull());
        QVERIFY2(tab.statusText().contains(QLatin1String("3 link")), qPrintable(tab.statusText()));
        auto *table = tab.findChild<QTableWidget *>(QStringLiteral("appleEnrollments"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Waiting for the device"));
        QCOMPARE(table->item(0, 0)->text(), DeviceTypes::displayName(Ownership::Shared));
        // Only hashes of the tokens are stored.
        for (const AppleEnrollment &e : AppleEnrollmentRepository(tdb.db()).list())
            QVERIFY(!links->item(0)->text().contains(e.tokenHash));
    }

    void auditorCannotCreateLinks()
    {
        TestDatabase tdb;
        AdminSession auditor(&tdb.db(), 2, QStringLiteral("aud"), Role::Auditor, true);
        AppleEnrollmentTab tab(tdb.db(), auditor);
        QVERIFY(!tab.findChild<QPushButton *>(QStringLiteral("createAppleLinks"))->isVisibleTo(&tab));
        tab.createLinks(); // even when asked directly, the engine refuses
        QVERIFY(AppleEnrollmentRepository(tdb.db()).list().isEmpty());
        QVERIFY(!tab.statusText().isEmpty());
    }
};

QTEST_MAIN(TestAppleEnrollmentTab)
#include "test_apple_enrollment_tab.moc"
