#include "MainWindow.h"

#include "NavigationList.h"
#include "changes/ChangeNotifier.h"
#include "compliance/ComplianceRefresher.h"
#include "db/Database.h"
#include "pages/DevicesPage.h"
#include "pages/PlaceholderPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_changes(new ChangeNotifier(db, this)), m_compliance(new ComplianceRefresher(db, this)),
      m_navigation(new NavigationList), m_pages(new QStackedWidget),
      m_devices(new DevicesPage(db)), m_databaseLabel(new QLabel), m_countLabel(new QLabel)
{
    setWindowTitle(tr("ClinicMDM"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    // Quitting ends the event loop; the console is then destroyed, and with it what it started
    // (the endpoint, an adb server of its own).
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    restoreWindowGeometry();
    m_pages->setObjectName(QStringLiteral("pageStack"));

    addPlaceholder(QStringLiteral("dashboard"), sectionIcon("go-home", QStyle::SP_DesktopIcon), tr("Dashboard"),
                   tr("Your fleet at a glance will be here: HIPAA compliance, devices that stopped checking in, "
                      "and certificates that expire soon."));
    addPage(QStringLiteral("devices"), sectionIcon("computer", QStyle::SP_ComputerIcon), tr("Devices"), m_devices);
    addPlaceholder(QStringLiteral("groups"), sectionIcon("folder", QStyle::SP_DirIcon), tr("Groups"),
                   tr("Groups of devices, filled by rule or by selection, to assign policies and apps to."));
    addPlaceholder(QStringLiteral("enrollment"), sectionIcon("list-add", QStyle::SP_FileDialogNewFolder),
                   tr("Enrollment"),
                   tr("Enroll new phones and tablets here: many at once over USB with progress for each device, "
                      "or with a QR code or an enrollment profile."));
    addPlaceholder(QStringLiteral("policies"), sectionIcon("security-high", QStyle::SP_DialogApplyButton),
                   tr("Policies"),
                   tr("HIPAA baseline policies will be set here — passcode, encryption, automatic lock, VPN — "
                      "and assigned to groups of devices."));
    addPlaceholder(QStringLiteral("apps"), sectionIcon("applications-other", QStyle::SP_FileDialogDetailedView),
                   tr("Apps"),
                   tr("Clinical apps and their managed configuration, and the single app of each patient kiosk, "
                      "will be managed here."));
    addPlaceholder(QStringLiteral("commands"), sectionIcon("system-run", QStyle::SP_MediaPlay), tr("Commands"),
                   tr("Lock, wipe and the other commands sent to devices will be listed here, with whether each "
                      "device has carried them out."));
    addPlaceholder(QStringLiteral("audit"), sectionIcon("document-properties", QStyle::SP_FileDialogInfoView),
                   tr("Audit"),
                   tr("The tamper-evident audit trail will be here: who did what, when, to which device — and a "
                      "check that nobody has edited it."));
    addPlaceholder(QStringLiteral("reports"), sectionIcon("x-office-document", QStyle::SP_FileIcon), tr("Reports"),
                   tr("Compliance reports in PDF for your auditor and CSV exports of the fleet will be made here."));
    addPlaceholder(QStringLiteral("settings"), sectionIcon("preferences-system", QStyle::SP_FileDialogListView),
                   tr("Settings"),
                   tr("Admin accounts and sign-in codes, push certificates, the check-in address and automatic "
                      "logoff will be configured here."));

    connect(m_navigation, &NavigationList::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_db.path()));
    m_countLabel->setObjectName(QStringLiteral("deviceCountLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_devices, &DevicesPage::fleetCountChanged, this, &MainWindow::showFleetCount);
    // Live views: the stored compliance verdicts follow devices, facts, policies and settings.
    m_changes->start();
    connect(m_changes, &ChangeNotifier::changed, m_compliance, [this](ChangeSubject s) {
        if (s == ChangeSubject::Devices || s == ChangeSubject::Policies || s == ChangeSubject::Settings
            || s == ChangeSubject::Groups)
            m_compliance->requestRefresh();
    });
    m_compliance->start();
    m_devices->setChangeNotifier(m_changes);
    showFleetCount(m_devices->fleetCount());

    // The device list is the one section with content so far, so the console opens on it.
    m_navigation->setCurrentRow(m_navigation->rowOfKey(QStringLiteral("devices")));
}

void MainWindow::addPage(const QString &key, const QIcon &icon, const QString &title, QWidget *page)
{
    if (page->objectName().isEmpty())
        page->setObjectName(QStringLiteral("page_") + key);
    m_navigation->addEntry(icon, title, key);
    m_pages->addWidget(page);
}

void MainWindow::replaceSection(const QString &key, QWidget *page)
{
    const int row = m_navigation->rowOfKey(key);
    QWidget *old = m_pages->widget(row);
    if (row < 0 || !old)
        return;
    if (page->objectName().isEmpty())
        page->setObjectName(QStringLiteral("page_") + key);
    const bool wasCurrent = m_pages->currentIndex() == row;
    m_pages->insertWidget(row, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(row);
}

QWidget *MainWindow::sectionPage(const QString &key) const { return m_pages->widget(m_navigation->rowOfKey(key)); }

void MainWindow::addPlaceholder(const QString &key, const QIcon &icon, const QString &title,
                                const QString &whatWillComeHere)
{
    addPage(key, icon, title, new PlaceholderPage(icon, title, whatWillComeHere));
}

QIcon MainWindow::sectionIcon(const char *themeName, int fallback) const
{
    return QIcon::fromTheme(QLatin1String(themeName), style()->standardIcon(static_cast<QStyle::StandardPixmap>(fallback)));
}

void MainWindow::showFleetCount(int count) { m_countLabel->setText(tr("%Ln device(s) in the fleet", nullptr, count)); }

void MainWindow::showSection(const QString &key)
{
    const int row = m_navigation->rowOfKey(key);
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QRect MainWindow::fittedGeometry(const QRect &saved, const QRect &available)
{
    const QSize preferred(1360, 840);
    QSize size = (saved.isValid() ? saved.size() : preferred).boundedTo(available.size());
    QRect r(saved.isValid() ? saved.topLeft() : QPoint(), size);
    if (!saved.isValid() || !available.contains(r))
        r.moveCenter(available.center());
    return r;
}

void MainWindow::restoreWindowGeometry()
{
    // A geometry saved on a larger screen must not open the window bigger than this one.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    const QRect saved = QSettings().value(QStringLiteral("mainWindow/geometry")).toRect();
    const QRect fitted = fittedGeometry(saved, available);
    resize(fitted.size());
    move(fitted.topLeft());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isMaximized() && !isFullScreen())
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), geometry());
    QMainWindow::closeEvent(event);
}
