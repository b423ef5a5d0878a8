#include "HelpMenu.h"

#include "core/AppInfo.h"
#include "dialogs/AboutDialog.h"

#include <QDesktopServices>
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
    connect(readme, &QAction::triggered, this, [] { QDesktopServices::openUrl(readmeUrl()); });
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
