#include "security/AccountService.h"
#include "security/AuthService.h"
#include "security/FieldCipher.h"
#include "security/IdleLock.h"
#include "security/LockScreen.h"

#include "TestDatabase.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {
const QString kPassword = QStringLiteral("a technician's password");
}

class TestIdleLock : public QObject
{
    Q_OBJECT

    struct Fixture {
        TestDatabase tdb;
        QByteArray key = FieldCipher::generateKey();
        AccountService accounts{tdb.db(), key, PasswordHasher::testCost()};
        AuthService auth{tdb.db(), key};
        AdminSession session;
        QMainWindow window;
        QLineEdit *work = nullptr;

        Fixture()
        {
            AdminSession root;
            QVERIFY(accounts.createFirstAdministrator(QStringLiteral("root"), {}, QStringLiteral("root's long password"), &root));
            // A Technician: no MFA needed, so the lock screen asks for the password only.
            root.markMfaEnrolled();
            QVERIFY(accounts.addAdmin(root, QStringLiteral("tina"), {}, Role::Technician, kPassword));
            const SignInResult r = auth.signIn(QStringLiteral("tina"), kPassword, {});
            QVERIFY(r.ok());
            session = r.session;
            auto *central = new QWidget;
            auto *layout = new QVBoxLayout(central);
            work = new QLineEdit;
            work->setObjectName(QStringLiteral("work"));
            layout->addWidget(work);
            window.setCentralWidget(central);
            window.resize(600, 400);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
        }
    };

private slots:
    void locksAfterIdleTimeoutAndUnlocksWithPassword()
    {
        Fixture f;
        IdleLock lock(f.auth, f.session, &f.window);
        QSignalSpy locked(&lock, &IdleLock::locked);
        QSignalSpy unlocked(&lock, &IdleLock::unlocked);
        QTest::keyClicks(f.work, QStringLiteral("half-typed note"));
        auto *dialog = new QDialog(&f.window);
        dialog->open(); // e.g. a confirmation left open when the admin walked away
        lock.setIdleTimeout(150);
        QTRY_VERIFY(lock.isLocked());
        QCOMPARE(locked.count(), 1);
        LockScreen *screen = lock.lockScreen();
        QVERIFY(screen->isVisible());
        QCOMPARE(screen->geometry(), f.window.rect()); // covers the whole window
        QVERIFY(!dialog->isVisible());                  // and nothing shows past it

        // Typing meant for the console behind the cover does not reach it.
        QTest::keyClicks(f.work, QStringLiteral("XYZ"));
        QCOMPARE(f.work->text(), QStringLiteral("half-typed note"));

        auto *password = screen->findChild<QLineEdit *>(QStringLiteral("password"));
        auto *unlock = screen->findChild<QPushButton *>(QStringLiteral("unlock"));
        QTest::keyClicks(password, QStringLiteral("wrong password!"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(!unlock->isEnabled()); // checked on a worker thread; the screen shows it is busy
        QTRY_VERIFY(unlock->isEnabled());
        QVERIFY(lock.isLocked());
        QVERIFY(!screen->findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());

        // The wrong password started a 1 s delay; the right one after it unlocks.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     if (!lock.isLocked())
                                         return true;
                                     if (unlock->isEnabled()) { // the previous attempt has been answered
                                         password->clear();
                                         QTest::keyClicks(password, kPassword);
                                         QTest::mouseClick(unlock, Qt::LeftButton);
                                     }
                                     return false;
                                 }()),
                                 8000);
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(!screen->isVisible());
        QCOMPARE(f.work->text(), QStringLiteral("half-typed note")); // the admin's place is kept
        QVERIFY(dialog->isVisible());
        QVERIFY(lock.remainingMs() > 0);                             // counting again
    }

    void activityPostponesTheLock()
    {
        Fixture f;
        IdleLock lock(f.auth, f.session, &f.window);
        lock.setIdleTimeout(60000);
        QTRY_VERIFY(lock.remainingMs() < 60000);
        const int before = lock.remainingMs();
        QTRY_VERIFY(lock.remainingMs() < before);
        QTest::keyClick(f.work, Qt::Key_A);
        QVERIFY2(lock.remainingMs() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(lock.remainingMs())));
        QVERIFY(!lock.isLocked());
        lock.setIdleTimeout(0); // off
        QCOMPARE(lock.remainingMs(), -1);
    }

    void signOutFromTheLockScreen()
    {
        Fixture f;
        IdleLock lock(f.auth, f.session, &f.window);
        QSignalSpy signOut(&lock, &IdleLock::signOutRequested);
        lock.lockNow();
        QVERIFY(lock.isLocked());
        QTest::mouseClick(lock.lockScreen()->findChild<QPushButton *>(QStringLiteral("signOut")), Qt::LeftButton);
        QCOMPARE(signOut.count(), 1);
    }
};

QTEST_MAIN(TestIdleLock)
#include "test_idle_lock.moc"
