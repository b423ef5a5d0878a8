// The kiosk in the console: the Policies page's Kiosk tab edits and saves the kiosk settings (a
// new version, delivered), refusing a bad allowlist entry; the "Leave kiosk mode for maintenance"
// action is hidden from a Technician, disabled for a device that is not a kiosk, and for an
// Administrator asks for a reason before the engine takes the kiosk out, after which "Resume kiosk
// mode" puts it back.
#include "actions/DeviceActionController.h"
#include "audit/AuditLog.h"
#include "dialogs/KioskMaintenanceDialog.h"
#include "fleet/DeviceRepository.h"
#include "kiosk/KioskMaintenanceRepository.h"
#include "pages/PoliciesPage.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "policy/PolicyService.h"
#include "widgets/KioskSettingsForm.h"

#include "TestDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestKioskGui : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;
    PolicyRecord m_kiosk;
    qint64 m_tablet = 0, m_office = 0;

    Database &db() { return m_tdb->db(); }
    qint64 addDevice(const QString &name)
    {
        Device d;
        d.name = name;
        d.serial = name.toUpper().remove(QLatin1Char(' '));
        d.platform = Platform::Android;
        d.ownership = Ownership::COSU;
        d.state = EnrollmentState::Enrolled;
        return DeviceRepository(db()).insert(d) ? d.id : 0;
    }
    PolicySettings current()
    {
        PolicySettings s;
        [&] { QVERIFY(PolicyJson::fromJson(PolicyRepository(db()).findById(m_kiosk.id)->body, &s).ok()); }();
        return s;
    }

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&db(), 1, QStringLiteral("alice"), Role::Administrator, true);
        m_tablet = addDevice(QStringLiteral("Lobby Tab"));
        m_office = addDevice(QStringLiteral("Office Tab"));
        PolicyService policies(db());
        QVERIFY(policies.createFromBaseline(m_admin, QStringLiteral("cosu"), QStringLiteral("Lobby"), &m_kiosk).ok());
        QVERIFY(policies.assignToDevice(m_admin, m_kiosk.id, m_tablet).ok());
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void kioskTabRoundTrip()
    {
        PoliciesPage page(db(), m_admin);
        page.selectRow(0);
        KioskSettingsForm *form = page.kioskForm();
        QVERIFY(form->isEnabled());
        // The form shows the policy's kiosk.
        QCOMPARE(form->findChild<QCheckBox *>(QStringLiteral("kioskEnabled"))->isChecked(), true);
        QCOMPARE(form->settings().androidPackage, QStringLiteral("com.example.clinic.checkin"));
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("kioskDepartment"))->text(), QStringLiteral("Front desk"));
        QCOMPARE(form->findChild<QPlainTextEdit *>(QStringLiteral("kioskUrls"))->toPlainText(), QStringLiteral("https://checkin.clinic.example"));

        // Edit and save: a new version with exactly these kiosk settings.
        auto *department = form->findChild<QLineEdit *>(QStringLiteral("kioskDepartment"));
        department->clear();
        QTest::keyClicks(department, QStringLiteral("Emergency"));
        form->findChild<QPlainTextEdit *>(QStringLiteral("kioskUrls"))->setPlainText(QStringLiteral("https://checkin.clinic.example\n\n*.insurer.example\n"));
        form->findChild<QComboBox *>(QStringLiteral("kioskAppleApp"))->setEditText(QStringLiteral("org.clinic.wayfinding"));
        form->findChild<QCheckBox *>(QStringLiteral("kioskFactoryReset"))->setChecked(false);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveKiosk")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QLatin1String("Saved version 2")), qPrintable(page.statusText()));
        PolicySettings s = current();
        QCOMPARE(s.kiosk.branding.department, QStringLiteral("Emergency"));
        QCOMPARE(s.kiosk.urlAllowlist, (QStringList{QStringLiteral("https://checkin.clinic.example"), QStringLiteral("*.insurer.example")}));
        QCOMPARE(s.kiosk.appleBundleId, QStringLiteral("org.clinic.wayfinding"));
        QVERIFY(!s.kiosk.factoryResetProtection);
        QCOMPARE(s.kiosk.branding.supportContact, QStringLiteral("IT help desk, ext. 4357")); // untouched
        QCOMPARE(s.passcode.required, false);                                               // the other tab's settings too

        // A bad entry is refused, named, and nothing is saved.
        form->findChild<QPlainTextEdit *>(QStringLiteral("kioskUrls"))->setPlainText(QStringLiteral("ftp://files.clinic.example"));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("kioskProblems"))->text().contains(QLatin1String("ftp://files.clinic.example")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveKiosk")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QLatin1String("ftp://files.clinic.example")), qPrintable(page.statusText()));
        QCOMPARE(PolicyRepository(db()).findById(m_kiosk.id)->version, 2);
        // A kiosk without its app is refused too.
        form->findChild<QPlainTextEdit *>(QStringLiteral("kioskUrls"))->clear();
        form->findChild<QComboBox *>(QStringLiteral("kioskAppleApp"))->setEditText({});
        form->findChild<QComboBox *>(QStringLiteral("kioskAndroidApp"))->setEditText({});
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveKiosk")), Qt::LeftButton);
        QCOMPARE(PolicyRepository(db()).findById(m_kiosk.id)->version, 2);
    }

    void maintenanceActionIsHiddenFromATechnician()
    {
        QWidget parent;
        AdminSession tech(&db(), 2, QStringLiteral("tom"), Role::Technician, true);
        DeviceActionController actions({&db(), &tech, nullptr}, &parent);
        actions.setDevice(DeviceRepository(db()).findById(m_tablet));
        QVERIFY(!actions.leaveKioskAction()->isVisible());
        QVERIFY(!actions.resumeKioskAction()->isVisible());
        // Nor can it be triggered (a stale shortcut): no dialog, nothing leaves kiosk mode.
        QVERIFY(!actions.leaveKioskAction()->isEnabled());
        actions.leaveKioskAction()->trigger();
        QVERIFY(!parent.findChild<KioskMaintenanceDialog *>());
        QVERIFY(KioskMaintenanceRepository(db()).openWindows().isEmpty());
    }

    void administratorLeavesAndResumesKioskMode()
    {
        QWidget parent;
        DeviceActionController actions({&db(), &m_admin, nullptr}, &parent);
        actions.setDevice(DeviceRepository(db()).findById(m_office));
        QVERIFY(actions.leaveKioskAction()->isVisible());
        QVERIFY(!actions.leaveKioskAction()->isEnabled()); // not a kiosk
        actions.setDevice(DeviceRepository(db()).findById(m_tablet));
        QVERIFY(actions.leaveKioskAction()->isEnabled());
        QVERIFY(!actions.resumeKioskAction()->isEnabled());

        actions.leaveKioskAction()->trigger();
        auto *dialog = parent.findChild<KioskMaintenanceDialog *>(QStringLiteral("kioskMaintenanceDialog"));
        QVERIFY(dialog);
        auto *leave = dialog->findChild<QPushButton *>(QStringLiteral("leaveKioskButton"));
        QVERIFY(!leave->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kioskReason")), QStringLiteral("update the check-in app"));
        dialog->findChild<QSpinBox *>(QStringLiteral("kioskMinutes"))->setValue(45);
        QVERIFY(leave->isEnabled());
        QSignalSpy finished(&actions, &DeviceActionController::commandFinished);
        QTest::mouseClick(leave, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().first().value<Status>().ok(), qPrintable(finished.first().first().value<Status>().message()));
        const std::optional<KioskMaintenanceWindow> w = KioskMaintenanceRepository(db()).openWindow(m_tablet);
        QVERIFY(w);
        QCOMPARE(w->reason, QStringLiteral("update the check-in app"));
        QCOMPARE(w->endsAt - w->startedAt, 45 * 60);
        QVERIFY(!actions.leaveKioskAction()->isEnabled());
        QVERIFY(actions.resumeKioskAction()->isEnabled());

        actions.resumeKioskAction()->trigger();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(finished.last().first().value<Status>().ok());
        QVERIFY(KioskMaintenanceRepository(db()).openWindows().isEmpty());
        QVERIFY(actions.leaveKioskAction()->isEnabled());
    }
};

QTEST_MAIN(TestKioskGui)
#include "test_kiosk_gui.moc"
