#pragma once

#include "core/Status.h"
#include "security/Actor.h"

#include <QWidget>

#include <functional>

class ChangeNotifier;
class AuditCheckpointer;
class AuditTableModel;
class AuditVerifyJob;
struct AuditVerification;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SecretStore;

// The audit trail page: filter by admin, device, action and date; the entries, newest first, loaded
// as the table scrolls; Verify (recomputes the chain and checks the signed checkpoints) and
// Export… (signs a checkpoint of the last entry, then writes an export folder that an auditor checks
// offline with openssl). Self-contained: the window that shows it passes the database, the secret
// store (null: export disabled) and the signed-in admin, who is recorded as the exporter.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(Database &db, SecretStore *store, const Actor &actor, QWidget *parent = nullptr);

    // Export is sensitive: when a gate is set, Export… first passes through it (the console asks for the
    // password and code again there) and the folder is chosen only once the gate calls back.
    using ExportGate = std::function<void(std::function<void()> proceed)>;
    void setExportGate(ExportGate gate) { m_exportGate = std::move(gate); }

    AuditTableModel *model() const { return m_model; }
    // New entries (from this console, the endpoint, the command line) show at once.
    void setChangeNotifier(ChangeNotifier *notifier);
    QFileDialog *folderDialog() const { return m_dialog; }
    QString resultText() const;

public slots:
    void applyFilters();
    void verifyNow();
    void chooseExportFolder();
    // Exports the filtered date range into a new folder inside `parentFolder`.
    void exportInto(const QString &parentFolder);

signals:
    void verified(bool intact);
    void exportFinished(const Status &status, const QString &folder);

private:
    void buildFilters(QWidget *bar);
    void refreshFilterChoices();
    void showResult(bool good, const QString &text);
    void showVerification(const AuditVerification &v);
    void signVerified(const AuditVerification &v, const QString &text);
    void showKeyFingerprint();
    void openFolderDialog();

    Database &m_db;
    SecretStore *m_store;
    Actor m_actor;
    AuditTableModel *m_model;
    AuditCheckpointer *m_checkpointer = nullptr;
    AuditVerifyJob *m_verifyJob = nullptr;
    QComboBox *m_admin = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_device = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_keyFingerprint = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_export = nullptr;
    QFileDialog *m_dialog = nullptr;
    ExportGate m_exportGate;
};
