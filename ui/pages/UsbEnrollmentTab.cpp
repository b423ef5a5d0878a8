#include "pages/UsbEnrollmentTab.h"

#include "UsbDeviceTableModel.h"
#include "android/AdbClient.h"
#include "android/AdbDeviceTracker.h"
#include "android/AdbProtocol.h"
#include "android/AdbServerStarter.h"
#include "android/AndroidPolicyRepository.h"
#include "android/UsbEnrollmentEngine.h"
#include "fleet/DeviceRepository.h"
#include "pages/UsbProgressDelegate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UsbEnrollmentTab::UsbEnrollmentTab(Database &db, const Actor &actor, quint16 adbPort, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor),
      m_adb(new AdbClient(adbPort ? adbPort : AdbProtocol::serverPort(), this)),
      m_tracker(new AdbDeviceTracker(m_adb->port(), this)), m_engine(new UsbEnrollmentEngine(db, *m_adb, this)),
      m_model(new UsbDeviceTableModel(this))
{
    // An adb server this console had to start ends with the console (issue 14); the user's own stays.
    m_adb->setStopStartedServer(true);
    auto *layout = new QVBoxLayout(this);
    m_adbStatus = new QLabel(tr("Waiting to contact the adb server…"));
    m_adbStatus->setObjectName(QStringLiteral("adbStatus"));
    m_adbStatus->setWordWrap(true);
    layout->addWidget(m_adbStatus);
    layout->addWidget(buildOptions());

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("usbDeviceTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(UsbDeviceTableModel::ProgressColumn, new UsbProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UsbDeviceTableModel::ConnectionColumn, 260);
    m_table->setColumnWidth(UsbDeviceTableModel::ProgressColumn, 160);
    // Model, serial and state as wide as their values and headers, in any language.
    for (int column : {UsbDeviceTableModel::ModelColumn, UsbDeviceTableModel::SerialColumn, UsbDeviceTableModel::StateColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("usbSummary"));
    buttons->addWidget(m_summary, 1);
    m_retry = new QPushButton(tr("Retry failed"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_enroll = new QPushButton(tr("Enroll all"));
    m_enroll->setObjectName(QStringLiteral("enrollAll"));
    m_enroll->setDefault(true);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_enroll);
    layout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("usbStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_enroll, &QPushButton::clicked, this, &UsbEnrollmentTab::enrollAll);
    connect(m_retry, &QPushButton::clicked, this, &UsbEnrollmentTab::retryFailed);
    connect(m_tracker, &AdbDeviceTracker::devicesChanged, this, [this](const QList<AdbDevice> &devices) {
        m_model->setDevices(devices);
        m_engine->setAttached(devices);
        refreshButtons();
    });
    connect(m_tracker, &AdbDeviceTracker::trackingStarted, this,
            [this] { m_adbStatus->setText(tr("Connected to the adb server on port %1. Plug the tablets in and allow USB debugging.").arg(m_adb->port())); });
    connect(m_tracker, &AdbDeviceTracker::trackingLost, this, [this](const QString &why) { m_adbStatus->setText(why); });
    connect(m_engine, &UsbEnrollmentEngine::jobChanged, this, [this](const UsbEnrollmentJob &job) {
        m_model->updateJob(job);
        refreshButtons();
    });
    connect(m_engine, &UsbEnrollmentEngine::batchFinished, this, [this](int enrolled, int failed) {
        showStatus(failed == 0, failed == 0 ? tr("All %n device(s) enrolled.", nullptr, enrolled)
                                            : tr("%1 enrolled, %2 failed: see the reasons in the list, fix them and retry.").arg(enrolled).arg(failed));
        refreshButtons();
    });
    refreshButtons();
}

QWidget *UsbEnrollmentTab::buildOptions()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_ownership = new QComboBox;
    m_ownership->setObjectName(QStringLiteral("usbOwnership"));
    for (const QString &o : DeviceTypes::allOwnershipsDb()) {
        const Ownership value = *DeviceTypes::ownershipFromDb(o);
        m_ownership->addItem(DeviceTypes::displayName(value), o);
        m_ownership->setItemData(m_ownership->count() - 1, DeviceTypes::ownershipDescription(value), Qt::ToolTipRole);
    }
    m_ownership->setCurrentIndex(m_ownership->findData(QStringLiteral("Shared")));
    form->addRow(tr("Ownership:"), m_ownership);
    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("usbPolicy"));
    m_policy->addItem(tr("HIPAA baseline for the ownership model"), qint64(0));
    for (const AndroidPolicyRepository::Row &p : AndroidPolicyRepository(m_db).androidPolicies())
        m_policy->addItem(p.name, p.id);
    form->addRow(tr("Policy:"), m_policy);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("usbDepartment"));
    m_department->setEditable(true);
    m_department->addItems(DeviceRepository(m_db).departments());
    m_department->setCurrentText(QString());
    form->addRow(tr("Department:"), m_department);
    auto *apkRow = new QHBoxLayout;
    m_apk = new QLineEdit;
    m_apk->setObjectName(QStringLiteral("usbApk"));
    m_apk->setPlaceholderText(tr("The ClinicMDM agent APK"));
    auto *browse = new QPushButton(tr("Browse…"));
    apkRow->addWidget(m_apk, 1);
    apkRow->addWidget(browse);
    form->addRow(tr("Agent APK:"), apkRow);
    m_apkSha = new QLabel;
    m_apkSha->setObjectName(QStringLiteral("usbApkSha"));
    m_apkSha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("APK SHA-256:"), m_apkSha);
    m_console = new QLabel;
    m_console->setObjectName(QStringLiteral("usbConsole"));
    m_console->setWordWrap(true);
    form->addRow(tr("Console:"), m_console);
    connect(browse, &QPushButton::clicked, this, &UsbEnrollmentTab::chooseApk);
    connect(m_apk, &QLineEdit::editingFinished, this, [this] { setApkPath(m_apk->text()); });
    setConsoleIdentity({}, {});
    return box;
}

void UsbEnrollmentTab::chooseApk()
{
    auto *dialog = new QFileDialog(this, tr("Choose the agent APK"), QString(), tr("Android packages (*.apk)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &UsbEnrollmentTab::setApkPath);
    dialog->open();
}

void UsbEnrollmentTab::setApkPath(const QString &path)
{
    m_apk->setText(path);
    QString sha;
    const Status s = path.isEmpty() ? Status::success() : UsbEnrollmentEngine::sha256OfFile(path, &sha);
    m_apkSha->setText(s ? sha : s.message());
    refreshButtons();
}

void UsbEnrollmentTab::setConsoleIdentity(const QString &consoleUrl, const QString &caSha256)
{
    m_consoleUrl = consoleUrl;
    m_caSha256 = caSha256;
    m_console->setText(m_consoleUrl.isEmpty() || m_caSha256.isEmpty()
                           ? tr("The console's address and CA are not set up yet: start the device endpoint first.")
                           : tr("%1 (CA SHA-256 %2)").arg(m_consoleUrl, m_caSha256));
    refreshButtons();
}

void UsbEnrollmentTab::connectToAdb()
{
    if (m_adbStarted)
        return;
    m_adbStarted = true;
    m_adbStatus->setText(tr("Contacting the adb server…"));
    AdbServerStarter *starter = m_adb->ensureServer();
    connect(starter, &AdbJob::finished, this, [this, starter] {
        if (!starter->ok()) {
            m_adbStatus->setText(starter->errorString());
            m_adbStarted = false; // the admin may install adb and come back to the tab
            return;
        }
        m_tracker->start();
        if (const int resumed = m_engine->resume(); resumed > 0)
            showStatus(true, tr("Resumed the enrollment of %n device(s) that was interrupted.", nullptr, resumed));
    });
}

void UsbEnrollmentTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    connectToAdb();
}

void UsbEnrollmentTab::enrollAll()
{
    UsbEnrollmentSettings s;
    s.ownership = DeviceTypes::ownershipFromDb(m_ownership->currentData().toString()).value_or(Ownership::COPE);
    s.policyId = m_policy->currentData().toLongLong();
    s.department = m_department->currentText().trimmed();
    s.apkPath = m_apk->text();
    s.consoleUrl = m_consoleUrl;
    s.caSha256 = m_caSha256;
    s.actor = m_actor;
    m_engine->setSettings(s);
    m_model->clearJobs();
    const Status st = m_engine->enroll(m_model->attachedDevices());
    if (!st)
        showStatus(false, st.message());
    else
        showStatus(true, tr("Enrolling %n device(s)…", nullptr, int(m_model->attachedDevices().size())));
    refreshButtons();
}

void UsbEnrollmentTab::retryFailed()
{
    const int n = m_engine->retryFailed();
    showStatus(n > 0, n > 0 ? tr("Retrying %n device(s)…", nullptr, n) : tr("No failed device to retry."));
    refreshButtons();
}

void UsbEnrollmentTab::refreshButtons()
{
    if (!m_enroll) // still building the page
        return;
    const bool running = m_engine->isRunning();
    m_enroll->setEnabled(!running && m_model->readyCount() + m_model->attachedDevices().size() > 0 && !m_apk->text().isEmpty()
                         && !m_consoleUrl.isEmpty() && !m_caSha256.isEmpty());
    m_retry->setEnabled(m_model->count(UsbEnrollmentJob::State::Failed) > 0);
    m_summary->setText(m_model->summary());
}

void UsbEnrollmentTab::showStatus(bool good, const QString &text)
{
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color: #b02020;"));
    m_status->setText(text);
}

QString UsbEnrollmentTab::statusText() const { return m_status->text(); }
QString UsbEnrollmentTab::summaryText() const { return m_summary->text(); }
