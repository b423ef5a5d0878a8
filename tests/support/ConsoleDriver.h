#pragma once

#include "pages/DevicesPage.h"
#include "security/LoginDialog.h"
#include "security/SecureConsole.h"
#include "MainWindow.h"
#include "DeviceTableModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

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

inline DevicesPage *selectDevice(SecureConsole &console, qint64 id)
{
    auto *page = qobject_cast<DevicesPage *>(console.window()->sectionPage(QStringLiteral("devices")));
    if (!page || !QTest::qWaitFor([&] { return page->model()->rowOfDevice(id) >= 0; }))
        return nullptr;
    page->findChild<QTableView *>()->selectRow(page->model()->rowOfDevice(id));
    return page;
}

} // namespace ConsoleDriver
