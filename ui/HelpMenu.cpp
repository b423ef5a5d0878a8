#include "HelpMenu.h"

#include "core/AppInfo.h"
#include "dialogs/AboutDialog.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

HelpMenu::HelpMenu(const QString &databasePath, QWidget *parent) : QMenu(tr("&Help"), parent), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *assistant = addAction(tr("&Setup assistant…"));
    assistant->setObjectName(QStringLiteral("actionSetupAssistant"));
    assistant->setProperty("permission", QStringLiteral("ManageSettings"));
    connect(assistant, &QAction::triggered, this, &HelpMenu::setupAssistantRequested);
    QAction *readme = addAction(tr("&README"));
    readme->setObjectName(QStringLiteral("actionReadme"));
    connect(readme, &QAction::triggered, this, [this] {
        const QUrl url = readmeUrl();
        if (QDesktopServices::openUrl(url))
            return;
        // No browser or viewer on this machine: say where the README is instead of doing nothing.
        auto *box = new QMessageBox(QMessageBox::Information, tr("README"),
                                    tr("This computer has no program to open %1. Open it from a file manager or a "
                                       "browser.").arg(url.isLocalFile() ? url.toLocalFile() : url.toString()),
                                    QMessageBox::Close, parentWidget());
        box->setObjectName(QStringLiteral("readmeUnavailable"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    addSeparator();
    QAction *about = addAction(tr("&About ClinicMDM"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_databasePath, parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

QUrl HelpMenu::readmeUrl()
{
    const QString local = AppInfo::localReadmePath();
    return local.isEmpty() ? QUrl(AppInfo::homepage()) : QUrl::fromLocalFile(local);
}
