// The console's privacy pieces: "Privacy manifest…" writes the PDF through an injected file
// chooser (no real dialog), the device pane shows the privacy line for personal phones only, and
// "Help me choose…" on the enrollment tabs sets the Ownership combo from the advisor's answer.
#include "actions/DeviceActionController.h"
#include "audit/AuditLog.h"
#include "dialogs/OwnershipAdvisorDialog.h"
#include "fleet/DeviceRepository.h"
#include "pages/AppleEnrollmentTab.h"
#include "pages/QrProvisioningTab.h"
#include "security/AdminSession.h"
#include "widgets/DeviceDetailPane.h"

#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
Device addDevice(Database &db, const QString &name, Ownership ownership)
{
    Device d;
    d.name = name;
    d.serial = name.toUpper().remove(QLatin1Char(' '));
    d.platform = Platform::Android;
    d.ownership = ownership;
    d.state = EnrollmentState::Enrolled;
    DeviceRepository(db).insert(d);
    return d;
}

// Answers the advisor's questions and accepts, as the admin would.
void answer(OwnershipAdvisorDialog *dialog, OwnershipAdvisor::Owner owner, bool ephi)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("advisorOwner"));
    combo->setCurrentIndex(combo->findData(int(owner)));
    dialog->findChild<QCheckBox *>(QStringLiteral("advisorEphi"))->setChecked(ephi);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("advisorAccept")), Qt::LeftButton);
}
} // namespace

class TestPrivacyGui : public QObject
{
    Q_OBJECT

    TestDatabase *m_tdb = nullptr;
    AdminSession m_admin;

private slots:
    void init()
    {
        m_tdb = new TestDatabase;
        m_admin = AdminSession(&m_tdb->db(), 1, QStringLiteral("alice"), Role::Administrator, true);
    }
    void cleanup()
    {
        delete m_tdb;
        m_tdb = nullptr;
    }

    void manifestActionWritesThePdf()
    {
        QWidget window;
        const Device phone = addDevice(m_tdb->db(), QStringLiteral("Rivera phone"), Ownership::BYOD);
        DeviceActionController controller({&m_tdb->db(), &m_admin, nullptr}, &window);
        const QString path = m_tdb->dir() + QStringLiteral("/manifest.pdf");
        QString suggested;
        controller.setPrivacyFileChooser([&](QWidget *, const QString &name, std::function<void(const QString &)> done) {
            suggested = name;
            done(path);
        });
        QAction *action = controller.privacyManifestAction();
        QVERIFY(controller.actions().contains(action));
        QVERIFY(action->isVisible());
        QVERIFY(!action->isEnabled()); // nothing selected yet
        controller.setDevice(phone);
        QVERIFY(action->isEnabled());
        QSignalSpy written(&controller, &DeviceActionController::privacyManifestWritten);
        QSignalSpy failed(&controller, &DeviceActionController::commandFinished);
        action->trigger();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(written.first().first().toString(), path);
        QCOMPARE(suggested, QStringLiteral("privacy-manifest-Rivera-phone.pdf"));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const std::optional<AuditEvent> last = AuditLog(m_tdb->db()).latest();
        QCOMPARE(last->action, QStringLiteral("privacy.manifest.export"));
        QCOMPARE(last->deviceId.value_or(0), phone.id);

        // Cancelling the chooser writes nothing and reports nothing.
        QFile::remove(path);
        controller.setPrivacyFileChooser([](QWidget *, const QString &, std::function<void(const QString &)> done) { done(QString()); });
        action->trigger();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(written.count(), 1);
        QCOMPARE(failed.count(), 0);
    }

    void paneShowsPrivacyForPersonalPhonesOnly()
    {
        DeviceDetailPane pane;
        pane.show();
        auto *privacy = pane.findChild<QLabel *>(QStringLiteral("detail_privacy"));
        QVERIFY(privacy);
        pane.showDevice(addDevice(m_tdb->db(), QStringLiteral("Own phone"), Ownership::BYOD));
        QVERIFY(privacy->isVisibleTo(&pane));
        QVERIFY(privacy->text().contains(QLatin1String("cannot see personal apps")));
        pane.showDevice(addDevice(m_tdb->db(), QStringLiteral("Clinic phone"), Ownership::COPE));
        QVERIFY(!privacy->isVisibleTo(&pane));
    }

    void advisorSetsTheAppleOwnership()
    {
        AppleEnrollmentTab tab(m_tdb->db(), m_admin);
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("appleOwnership"));
        auto *help = tab.findChild<QPushButton *>(QStringLiteral("ownershipHelp"));
        QVERIFY(combo && help);
        QCOMPARE(combo->currentData().toInt(), int(Ownership::COPE));

        QTest::mouseClick(help, Qt::LeftButton);
        auto *dialog = tab.findChild<OwnershipAdvisorDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        answer(dialog, OwnershipAdvisor::Owner::Personal, false);
        QCOMPARE(combo->currentData().toInt(), int(Ownership::BYOD));

        // A personal phone that must keep ePHI: the advice is a clinic-issued COPE device, with a warning.
        QTRY_VERIFY(!tab.findChild<OwnershipAdvisorDialog *>()); // the first one closed and deleted itself
        QTest::mouseClick(help, Qt::LeftButton);
        dialog = tab.findChild<OwnershipAdvisorDialog *>();
        QVERIFY(dialog);
        auto *combo2 = dialog->findChild<QComboBox *>(QStringLiteral("advisorOwner"));
        combo2->setCurrentIndex(combo2->findData(int(OwnershipAdvisor::Owner::Personal)));
        dialog->findChild<QCheckBox *>(QStringLiteral("advisorEphi"))->setChecked(true);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("advisorAdvice"))->text().contains(QLatin1String("selectively wiped")));
        answer(dialog, OwnershipAdvisor::Owner::Personal, true);
        QCOMPARE(combo->currentData().toInt(), int(Ownership::COPE));
    }

    void advisorOnTheQrTab()
    {
        QrProvisioningTab tab(m_tdb->db(), Actor::system());
        auto *combo = tab.findChild<QComboBox *>(QStringLiteral("qrOwnership"));
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("ownershipHelp")), Qt::LeftButton);
        auto *dialog = tab.findChild<OwnershipAdvisorDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("advisorShared"))->setChecked(true);
        answer(dialog, OwnershipAdvisor::Owner::Clinic, false);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("Shared"));
    }
};

QTEST_MAIN(TestPrivacyGui)
#include "test_privacy_gui.moc"
