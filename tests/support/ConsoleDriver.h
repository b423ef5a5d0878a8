#pragma once

#include "pages/DevicesPage.h"
#include "security/Base32.h"
#include "security/FirstAdminDialog.h"
#include "security/LoginDialog.h"
#include "security/MfaSetupWidget.h"
#include "security/Totp.h"
#include "security/SecureConsole.h"
#include "MainWindow.h"
#include "DeviceTableModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QDateTime>

// Drives the console window as an admin does in the GUI tests: sign in through the login dialog,
// then select a device in the Devices page.
namespace ConsoleDriver {

inline LoginDialog *visibleLogin()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<LoginDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

inline bool signIn(SecureConsole &console, const QString &user, const QString &password)
{
    console.start();
    if (!QTest::qWaitFor([] { return visibleLogin() != nullptr; }))
        return false;
    LoginDialog *login = visibleLogin();
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("username")), user);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    return QTest::qWaitFor([&] { return console.window() != nullptr; });
}

// First run: creates the first Administrator in the FirstAdminDialog (and sets up their MFA with
// a code computed from the QR code's secret, as the authenticator app would).
inline bool createFirstAdmin(SecureConsole &console, const QString &user, const QString &password)
{
    console.start();
    FirstAdminDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<FirstAdminDialog *>(w); d && d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        }))
        return false;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("username")), user);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("password")), password);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeat")), password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("create")), Qt::LeftButton);
    if (auto *mfa = dialog->findChild<MfaSetupWidget *>(); mfa && QTest::qWaitFor([&] { return console.window() || mfa->isVisible(); })
                                                           && !console.window()) {
        const auto secret = Base32::decode(QUrlQuery(QUrl(mfa->provisioningUri())).queryItemValue(QStringLiteral("secret")));
        if (!secret)
            return false;
        QTest::keyClicks(mfa->findChild<QLineEdit *>(QStringLiteral("firstCode")), Totp::codeAt(*secret, QDateTime::currentSecsSinceEpoch()));
        QTest::mouseClick(mfa->findChild<QPushButton *>(QStringLiteral("confirm")), Qt::LeftButton);
    }
    return QTest::qWaitFor([&] { return console.window() != nullptr; }, 30000);
}

inline DevicesPage *selectDevice(SecureConsole &console, qint64 id)
{
    auto *page = qobject_cast<DevicesPage *>(console.window()->sectionPage(QStringLiteral("devices")));
    if (!page || !QTest::qWaitFor([&] { return page->model()->rowOfDevice(id) >= 0; }))
        return nullptr;
    page->findChild<QTableView *>()->selectRow(page->model()->rowOfDevice(id));
    return page;
}

} // namespace ConsoleDriver
