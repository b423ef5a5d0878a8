#pragma once

#include <QMenu>

// The console's Help menu: the setup assistant again, the README (the local copy when installed,
// else the project's web page) and About (version, licences, database).
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    HelpMenu(const QString &databasePath, QWidget *parent);

    static QUrl readmeUrl();

signals:
    void setupAssistantRequested();

private:
    QString m_databasePath;
};
