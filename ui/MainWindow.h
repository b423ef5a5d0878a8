#pragma once

#include <QMainWindow>

class ChangeNotifier;
class ComplianceRefresher;
class Database;
class DevicesPage;
class NavigationList;
class QLabel;
class QStackedWidget;

// The console's frame: sections on the left, the chosen page on the right, the database and fleet
// size in the status bar. Pages do their own work; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    // Puts `page` in place of the section's current page (a placeholder until the section is built);
    // the window takes ownership. Does nothing for an unknown key.
    void replaceSection(const QString &key, QWidget *page);
    QWidget *sectionPage(const QString &key) const;
    // What this console's live views listen to (see ChangeNotifier).
    ChangeNotifier *changeNotifier() const { return m_changes; }
    // Opens a section as a click in the navigation would.
    void showSection(const QString &key);
    // The window's size on `available` (a screen's free area): the saved geometry, else the
    // preferred size, never larger than the screen.
    static QRect fittedGeometry(const QRect &saved, const QRect &available);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &key, const QIcon &icon, const QString &title, QWidget *page);
    void addPlaceholder(const QString &key, const QIcon &icon, const QString &title, const QString &whatWillComeHere);
    QIcon sectionIcon(const char *themeName, int fallback) const;
    void showFleetCount(int count);
    void restoreWindowGeometry();

    Database &m_db;
    ChangeNotifier *m_changes;
    ComplianceRefresher *m_compliance;
    NavigationList *m_navigation;
    QStackedWidget *m_pages;
    DevicesPage *m_devices;
    QLabel *m_databaseLabel;
    QLabel *m_countLabel;
};
