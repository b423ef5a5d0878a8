#pragma once

#include "core/Status.h"
#include "report/ReportOutcome.h"
#include "report/ReportRequest.h"
#include "security/AdminSession.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class AuditCheckpointer;
class Database;
class PrivacyManifestBatch;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableView;
class ReportExportJob;
class TextRowsModel;

// Reports: the compliance report as PDF or CSV for the whole fleet, a group, a department or an
// ownership model, as of a chosen day, written in the background (ReportExportJob) with progress and
// Cancel; then the first pages as a preview, Open file / Open folder, and the list of past exports
// (from the audit trail, with SHA-256, who and when). Also the BYOD privacy manifests in a batch.
// The file and folder choosers and the URL opener are injectable, so tests need no real dialog.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    using FileChooser = std::function<void(QWidget *parent, const QString &suggestedName, ReportFormat format,
                                           std::function<void(const QString &path)> done)>;
    using FolderChooser = std::function<void(QWidget *parent, std::function<void(const QString &folder)> done)>;
    using UrlOpener = std::function<bool(const QUrl &url)>;

    ReportsPage(Database &db, const AdminSession &session, AuditCheckpointer *checkpointer, QWidget *parent = nullptr);

    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    void setFolderChooser(FolderChooser chooser) { m_folderChooser = std::move(chooser); }
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }

    TextRowsModel *history() const { return m_historyModel; }
    int previewPageCount() const;
    QString lastFile() const { return m_lastFile; }
    bool isExporting() const;

public slots:
    void chooseFile();                     // Export…: asks for the file, then exports
    void exportTo(const QString &path);
    void cancelExport();
    void chooseManifestFolder();           // BYOD privacy manifests…
    void exportManifestsTo(const QString &folder);
    void refreshChoices();
    void refreshHistory();

signals:
    void exportFinished(const Status &status, const QString &path);
    void manifestsFinished(const Status &status, int written);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildReportBox();
    QWidget *buildManifestBox();
    ReportRequest request(const QString &path) const;
    void exportDone(const Status &status, const ReportOutcome &outcome);
    void showPreview(const ReportOutcome &outcome);
    void scalePreview();
    void setBusy(bool busy);
    void open(const QUrl &url);

    Database &m_db;
    AdminSession m_session;
    AuditCheckpointer *m_checkpointer;
    FileChooser m_fileChooser;
    FolderChooser m_folderChooser;
    UrlOpener m_urlOpener;
    ReportExportJob *m_job = nullptr;
    PrivacyManifestBatch *m_manifests = nullptr;
    QString m_lastFile;

    QComboBox *m_format = nullptr;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_manifestButton = nullptr;
    QProgressBar *m_manifestProgress = nullptr;
    QLabel *m_manifestStatus = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_previewScroll = nullptr;
    QList<QImage> m_previewImages;
    QWidget *m_previewPages = nullptr;
    QHBoxLayout *m_previewLayout = nullptr;
    QLabel *m_previewHint = nullptr;
    TextRowsModel *m_historyModel = nullptr;
    QTableView *m_historyView = nullptr;
};
