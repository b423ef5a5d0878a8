#include "pages/ReportsPage.h"

#include "TextRowsModel.h"
#include "privacy/PrivacyManifestBatch.h"
#include "report/ReportExportHistory.h"
#include "report/ReportExportJob.h"
#include "report/ReportService.h"

#include <QComboBox>
#include <QEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewPages = 3;

ReportsPage::FileChooser dialogFileChooser()
{
    return [](QWidget *parent, const QString &suggested, ReportFormat format, std::function<void(const QString &)> done) {
        const bool pdf = format == ReportFormat::Pdf;
        auto *dialog = new QFileDialog(parent, ReportsPage::tr("Save the compliance report"), QDir::home().filePath(suggested),
                                       pdf ? ReportsPage::tr("PDF documents (*.pdf)") : ReportsPage::tr("CSV files (*.csv)"));
        dialog->setObjectName(QStringLiteral("reportFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done](const QString &path) { done(path); });
        dialog->open();
    };
}

ReportsPage::FolderChooser dialogFolderChooser()
{
    return [](QWidget *parent, std::function<void(const QString &)> done) {
        auto *dialog = new QFileDialog(parent, ReportsPage::tr("Folder for the privacy manifests"), QDir::homePath());
        dialog->setObjectName(QStringLiteral("manifestFolderDialog"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done](const QString &folder) { done(folder); });
        dialog->open();
    };
}
} // namespace

ReportsPage::ReportsPage(Database &db, const AdminSession &session, AuditCheckpointer *checkpointer, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_checkpointer(checkpointer), m_fileChooser(dialogFileChooser()),
      m_folderChooser(dialogFolderChooser()), m_urlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildReportBox());

    // Tabs rather than side by side: the past exports need the full width for the SHA-256.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_historyModel = new TextRowsModel(this);
    m_historyView = new QTableView(m_tabs);
    m_historyView->setObjectName(QStringLiteral("reportHistory"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    m_tabs->addTab(m_historyView, tr("Past exports"));

    m_previewScroll = new QScrollArea(m_tabs);
    m_previewScroll->setObjectName(QStringLiteral("reportPreview"));
    m_previewScroll->setWidgetResizable(true);
    m_previewPages = new QWidget(m_previewScroll);
    m_previewLayout = new QHBoxLayout(m_previewPages);
    m_previewHint = new QLabel(tr("The first pages of the report appear here once it is written."), m_previewPages);
    m_previewHint->setWordWrap(true);
    m_previewHint->setAlignment(Qt::AlignCenter);
    m_previewLayout->addWidget(m_previewHint);
    m_previewScroll->setWidget(m_previewPages);
    // The pages are scaled to the height there is, whenever it changes.
    m_previewScroll->viewport()->installEventFilter(this);
    m_tabs->addTab(m_previewScroll, tr("Preview"));
    m_tabs->addTab(buildManifestBox(), tr("BYOD privacy manifests"));
    layout->addWidget(m_tabs, 1);

    refreshChoices();
    refreshHistory();
}

QWidget *ReportsPage::buildReportBox()
{
    auto *box = new QGroupBox(tr("HIPAA compliance report"), this);
    auto *grid = new QGridLayout(box);
    m_format = new QComboBox(box);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    m_scope = new QComboBox(box);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scope->setMinimumContentsLength(18);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOf = new QDateEdit(QDate::currentDate(), box);
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMaximumDate(QDate::currentDate());
    m_asOf->setToolTip(tr("The last day of the reporting period: device states are judged at the end of that day, "
                          "and the period covers the 30 days up to it."));
    m_export = new QPushButton(tr("&Export…"), box);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_export->setDefault(true);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_cancel->setEnabled(false);
    m_status = new QLabel(tr("Choose the format, the devices and the day, then Export…"), box);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFile = new QPushButton(tr("Open file"), box);
    m_openFile->setObjectName(QStringLiteral("reportOpenFile"));
    m_openFolder = new QPushButton(tr("Open folder"), box);
    m_openFolder->setObjectName(QStringLiteral("reportOpenFolder"));
    m_openFile->setEnabled(false);
    m_openFolder->setEnabled(false);

    grid->addWidget(new QLabel(tr("Format:"), box), 0, 0);
    grid->addWidget(m_format, 0, 1);
    grid->addWidget(new QLabel(tr("Devices:"), box), 0, 2);
    grid->addWidget(m_scope, 0, 3);
    grid->addWidget(new QLabel(tr("As of:"), box), 0, 4);
    grid->addWidget(m_asOf, 0, 5);
    grid->addWidget(m_export, 0, 6);
    grid->addWidget(m_progress, 1, 0, 1, 6);
    grid->addWidget(m_cancel, 1, 6);
    auto *opens = new QHBoxLayout;
    opens->addWidget(m_status, 1);
    opens->addWidget(m_openFile);
    opens->addWidget(m_openFolder);
    grid->addLayout(opens, 2, 0, 1, 7);
    grid->setColumnStretch(3, 1);

    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_openFile, &QPushButton::clicked, this, [this] { open(QUrl::fromLocalFile(m_lastFile)); });
    connect(m_openFolder, &QPushButton::clicked, this, [this] { open(QUrl::fromLocalFile(QFileInfo(m_lastFile).absolutePath())); });
    return box;
}

QWidget *ReportsPage::buildManifestBox()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    auto *about = new QLabel(tr("One PDF per personally owned device, saying what the clinic can and cannot see or do on it."), box);
    about->setWordWrap(true);
    m_manifestButton = new QPushButton(tr("Write all manifests…"), box);
    m_manifestButton->setObjectName(QStringLiteral("reportManifests"));
    m_manifestProgress = new QProgressBar(box);
    m_manifestProgress->setObjectName(QStringLiteral("manifestProgress"));
    m_manifestProgress->setValue(0);
    m_manifestStatus = new QLabel(box);
    m_manifestStatus->setObjectName(QStringLiteral("manifestStatus"));
    m_manifestStatus->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_manifestButton);
    row->addWidget(m_manifestProgress, 1);
    layout->addWidget(about);
    layout->addLayout(row);
    layout->addWidget(m_manifestStatus);
    layout->addStretch(1);
    connect(m_manifestButton, &QPushButton::clicked, this, &ReportsPage::chooseManifestFolder);
    return box;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    // Groups and departments change elsewhere in the console; the list is cheap to re-read.
    refreshChoices();
    QWidget::showEvent(event);
}

void ReportsPage::refreshChoices()
{
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    for (const ReportScope &s : ReportService(m_db).scopeChoices())
        m_scope->addItem(s.label(), s.id());
    const int keep = m_scope->findData(current);
    m_scope->setCurrentIndex(keep >= 0 ? keep : 0);
}

void ReportsPage::refreshHistory()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const ReportExportRecord &r : ReportExportHistory::list(m_db)) {
        const std::optional<ReportScope> scope = ReportScope::fromId(r.scope);
        rows << QStringList{r.when.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.who, r.format.toUpper(),
                            scope ? scope->label() : r.scope, r.asOf, r.fileName, r.sha256};
        ids << r.auditId;
    }
    m_historyModel->setRows({tr("When (UTC)"), tr("Who"), tr("Format"), tr("Devices"), tr("As of"), tr("File"), tr("SHA-256")}, rows, ids);
    m_historyView->resizeColumnsToContents();
}

ReportRequest ReportsPage::request(const QString &path) const
{
    ReportRequest r;
    r.format = ReportFormat(m_format->currentData().toInt());
    r.path = path;
    r.scope = ReportScope::fromId(m_scope->currentData().toString()).value_or(ReportScope{});
    r.asOf = m_asOf->date();
    r.previewPages = kPreviewPages;
    return r;
}

void ReportsPage::chooseFile()
{
    if (isExporting())
        return;
    const ReportRequest r = request({});
    QString scope = r.scope.isFleet() ? QStringLiteral("fleet") : r.scope.value;
    scope.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString suggested = QStringLiteral("compliance-%1-%2.%3").arg(scope, r.asOf.toString(Qt::ISODate), r.formatName());
    m_fileChooser(this, suggested, r.format, [this](const QString &path) {
        if (!path.isEmpty())
            exportTo(path);
    });
}

bool ReportsPage::isExporting() const { return m_job && m_job->isRunning(); }

void ReportsPage::exportTo(const QString &path)
{
    if (isExporting())
        return;
    if (!m_job) {
        m_job = new ReportExportJob(m_db, m_session, m_checkpointer, this);
        connect(m_job, &ReportExportJob::progress, m_progress, &QProgressBar::setValue);
        connect(m_job, &ReportExportJob::finished, this, &ReportsPage::exportDone);
    }
    setBusy(true);
    m_progress->setValue(0);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_job->start(request(path));
}

void ReportsPage::cancelExport()
{
    if (!isExporting())
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
    m_job->cancel();
}

void ReportsPage::setBusy(bool busy)
{
    m_export->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_format->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    m_asOf->setEnabled(!busy);
    if (busy) {
        m_openFile->setEnabled(false);
        m_openFolder->setEnabled(false);
    }
}

void ReportsPage::exportDone(const Status &status, const ReportOutcome &outcome)
{
    setBusy(false);
    if (status) {
        m_lastFile = outcome.path;
        m_progress->setValue(100);
        m_status->setText(tr("Wrote %1: %2 devices, SHA-256 %3.").arg(QDir::toNativeSeparators(outcome.path)).arg(outcome.devices).arg(outcome.sha256));
        m_openFile->setEnabled(true);
        m_openFolder->setEnabled(true);
        showPreview(outcome);
        m_tabs->setCurrentWidget(m_previewScroll);
    } else {
        m_progress->setValue(0);
        m_status->setText(outcome.cancelled ? tr("Export cancelled; no file was written.") : tr("Export failed: %1").arg(status.message()));
    }
    refreshHistory();
    emit exportFinished(status, outcome.path);
}

bool ReportsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_previewScroll->viewport() && event->type() == QEvent::Resize)
        scalePreview();
    return QWidget::eventFilter(watched, event);
}

void ReportsPage::scalePreview()
{
    const int height = qMax(120, m_previewScroll->viewport()->height() - 24);
    const QList<QLabel *> labels = m_previewPages->findChildren<QLabel *>(QStringLiteral("reportPreviewPage"));
    for (qsizetype i = 0; i < labels.size() && i < m_previewImages.size(); ++i)
        labels[i]->setPixmap(QPixmap::fromImage(m_previewImages[i].scaledToHeight(height, Qt::SmoothTransformation)));
}

void ReportsPage::showPreview(const ReportOutcome &outcome)
{
    while (QLayoutItem *item = m_previewLayout->takeAt(0)) {
        if (item->widget() && item->widget() != m_previewHint)
            delete item->widget();
        delete item;
    }
    m_previewHint->hide();
    m_previewImages = outcome.previewPages;
    for (qsizetype i = 0; i < m_previewImages.size(); ++i) {
        auto *label = new QLabel(m_previewPages);
        label->setObjectName(QStringLiteral("reportPreviewPage"));
        label->setFrameShape(QFrame::Box);
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        m_previewLayout->addWidget(label, 0, Qt::AlignTop);
    }
    scalePreview();
    if (!outcome.previewLines.isEmpty()) {
        auto *text = new QLabel(outcome.previewLines.join(QLatin1Char('\n')), m_previewPages);
        text->setObjectName(QStringLiteral("reportPreviewText"));
        text->setTextFormat(Qt::PlainText);
        text->setFont(QFont(QStringLiteral("monospace")));
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_previewLayout->addWidget(text);
    }
    m_previewLayout->addStretch(1);
}

int ReportsPage::previewPageCount() const
{
    int n = 0;
    for (QLabel *l : m_previewPages->findChildren<QLabel *>(QStringLiteral("reportPreviewPage")))
        n += l->pixmap().isNull() ? 0 : 1;
    return n;
}

void ReportsPage::open(const QUrl &url)
{
    if (!m_urlOpener(url))
        m_status->setText(tr("Cannot open %1 on this system.").arg(url.toLocalFile()));
}

void ReportsPage::chooseManifestFolder()
{
    if (m_manifests && m_manifests->isRunning()) {
        m_manifests->cancel();
        return;
    }
    m_folderChooser(this, [this](const QString &folder) {
        if (!folder.isEmpty())
            exportManifestsTo(folder);
    });
}

void ReportsPage::exportManifestsTo(const QString &folder)
{
    if (!m_manifests) {
        m_manifests = new PrivacyManifestBatch(m_db, m_session, this);
        connect(m_manifests, &PrivacyManifestBatch::progress, this, [this](int done, int total) {
            m_manifestProgress->setRange(0, total);
            m_manifestProgress->setValue(done);
        });
        connect(m_manifests, &PrivacyManifestBatch::finished, this, [this](const Status &s, int written) {
            m_manifestButton->setText(tr("Write all manifests…"));
            m_manifestStatus->setText(s ? tr("%1 manifests written.").arg(written) : s.message());
            emit manifestsFinished(s, written);
        });
    }
    m_manifestButton->setText(tr("Stop"));
    m_manifestProgress->setValue(0);
    m_manifestStatus->setText(tr("Writing into %1…").arg(QDir::toNativeSeparators(folder)));
    m_manifests->start(folder);
}
