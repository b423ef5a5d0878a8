#include "pages/AuditPage.h"

#include "AuditTableModel.h"
#include "audit/AuditCheckpointer.h"
#include "audit/AuditExporter.h"
#include "audit/AuditLog.h"
#include "audit/AuditPublicKeys.h"
#include "audit/AuditSigningKey.h"
#include "audit/AuditVerifyJob.h"
#include "changes/ChangeNotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

AuditPage::AuditPage(Database &db, SecretStore *store, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_store(store), m_actor(actor), m_model(new AuditTableModel(db, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The whole date and time, in any language's format, and the whole action name.
    for (int column : {AuditTableModel::Time, AuditTableModel::Action})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_count = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setToolTip(tr("Recompute the hash chain from the first entry and check the signed checkpoints"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON Lines"), QStringLiteral("jsonl"));
    m_export = new QPushButton(tr("&Export…"), this);
    if (!m_store) {
        m_export->setEnabled(false);
        m_export->setToolTip(tr("Export needs the console's audit key from the keychain, which is not available"));
    } else {
        m_checkpointer = new AuditCheckpointer(m_db, *m_store, this);
    }
    m_keyFingerprint = new QLabel(this);
    m_keyFingerprint->setObjectName(QStringLiteral("auditKeyFingerprint"));
    m_keyFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showKeyFingerprint();
    layout->addWidget(m_keyFingerprint);
    actions->addWidget(m_count);
    actions->addWidget(m_result, 1);
    actions->addWidget(m_verify);
    actions->addWidget(m_format);
    actions->addWidget(m_export);
    layout->addLayout(actions);

    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyNow);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFolder);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n entries", nullptr, m_model->totalCount())); });
    m_count->setText(tr("%n entries", nullptr, m_model->totalCount()));
}

void AuditPage::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_admin = new QComboBox(bar);
    m_admin->setEditable(true);
    m_admin->setToolTip(tr("Admin"));
    m_action = new QComboBox(bar);
    m_action->setEditable(true);
    m_action->setToolTip(tr("Action; a name ending in '.' matches every action that starts with it"));
    m_device = new QLineEdit(bar);
    m_device->setPlaceholderText(tr("Device id"));
    m_device->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_device));
    m_useFrom = new QCheckBox(tr("From"), bar);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), bar);
    m_useTo = new QCheckBox(tr("To"), bar);
    m_to = new QDateEdit(QDate::currentDate(), bar);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    row->addWidget(new QLabel(tr("Admin:"), bar));
    row->addWidget(m_admin);
    row->addWidget(new QLabel(tr("Action:"), bar));
    row->addWidget(m_action);
    row->addWidget(m_device);
    row->addWidget(m_useFrom);
    row->addWidget(m_from);
    row->addWidget(m_useTo);
    row->addWidget(m_to);
    row->addStretch();
    refreshFilterChoices();

    connect(m_admin, &QComboBox::currentTextChanged, this, &AuditPage::applyFilters);
    connect(m_action, &QComboBox::currentTextChanged, this, &AuditPage::applyFilters);
    connect(m_device, &QLineEdit::textChanged, this, &AuditPage::applyFilters);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &AuditPage::applyFilters);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditPage::applyFilters);
}

void AuditPage::refreshFilterChoices()
{
    const QSignalBlocker a(m_admin);
    const QSignalBlocker b(m_action);
    const QString admin = m_admin->currentText();
    const QString action = m_action->currentText();
    AuditLog log(m_db);
    m_admin->clear();
    m_admin->addItem(QString());
    m_admin->addItems(log.actors());
    m_admin->setCurrentText(admin);
    m_action->clear();
    m_action->addItem(QString());
    m_action->addItems(log.actions());
    m_action->setCurrentText(action);
}

void AuditPage::applyFilters()
{
    AuditQuery q;
    q.actor = m_admin->currentText().trimmed();
    q.action = m_action->currentText().trimmed();
    if (!m_device->text().isEmpty())
        q.deviceId = m_device->text().toLongLong();
    // The dates are the admin's local days.
    if (m_useFrom->isChecked())
        q.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_useTo->isChecked())
        q.to = QDateTime(m_to->date(), QTime(23, 59, 59)).toUTC();
    if (q != m_model->query())
        m_model->setQuery(q);
}

QString AuditPage::resultText() const { return m_result->text(); }

void AuditPage::showResult(bool good, const QString &text)
{
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_result->setText(text);
}

void AuditPage::verifyNow()
{
    if (!m_verifyJob) {
        m_verifyJob = new AuditVerifyJob(m_db, this);
        connect(m_verifyJob, &AuditVerifyJob::finished, this, &AuditPage::showVerification);
    }
    if (m_verifyJob->isRunning())
        return;
    m_verify->setEnabled(false);
    showResult(true, tr("Verifying the audit trail…"));
    m_verifyJob->start();
}

void AuditPage::showVerification(const AuditVerification &v)
{
    m_verify->setEnabled(true);
    if (!v.error.isEmpty()) {
        showResult(false, tr("The verification could not run: %1").arg(v.error));
    } else if (!v.chainIntact()) {
        showResult(false, tr("Chain broken at entry %1: %2").arg(v.brokenId).arg(v.chainProblem));
    } else if (!v.checkpointProblems.isEmpty()) {
        showResult(false, tr("Chain broken at entry %1: %2").arg(v.checkpointBrokenId).arg(v.checkpointProblems.first()));
    } else {
        QString text = tr("Chain intact: %n entries.", nullptr, int(v.entries));
        if (v.lastGoodCheckpoint)
            text += QLatin1Char(' ')
                    + tr("Last checkpoint: entry %1, key %2.")
                          .arg(v.lastGoodCheckpoint->uptoId)
                          .arg(v.lastGoodCheckpoint->keyFingerprint.left(16));
        showResult(true, text);
        if (m_checkpointer && v.entries > 0)
            return signVerified(v, text);
    }
    m_model->reload();
    refreshFilterChoices();
    emit verified(v.ok());
}

void AuditPage::signVerified(const AuditVerification &v, const QString &text)
{
    // What was just verified is signed, so the next verification (and every report) starts from a
    // checkpoint of it.
    m_verify->setEnabled(false);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_checkpointer, &AuditCheckpointer::finished, this, [this, conn, text](const Status &s, const AuditCheckpoint &c) {
        disconnect(*conn);
        m_verify->setEnabled(true);
        if (s)
            showResult(true, text + QLatin1Char(' ') + tr("Signed checkpoint of entry %1.").arg(c.uptoId));
        else
            showResult(s.code() != ErrorCode::Conflict, tr("Chain intact, but no checkpoint was signed: %1").arg(s.message()));
        showKeyFingerprint();
        m_model->reload();
        refreshFilterChoices();
        emit verified(s.code() != ErrorCode::Conflict);
    });
    m_checkpointer->checkpoint(v.lastId);
}

void AuditPage::showKeyFingerprint()
{
    const QString fp = AuditSigningKey::fingerprintOf(AuditPublicKeys(m_db).current());
    m_keyFingerprint->setText(fp.isEmpty() ? tr("Audit key: none yet (created when the first checkpoint is signed)")
                                           : tr("Audit key fingerprint (SHA-256): %1").arg(fp));
}

void AuditPage::chooseExportFolder()
{
    if (m_exportGate)
        m_exportGate([this] { openFolderDialog(); });
    else
        openFolderDialog();
}

void AuditPage::openFolderDialog()
{
    if (!m_dialog) {
        m_dialog = new QFileDialog(this, tr("Export the audit trail into folder"));
        m_dialog->setFileMode(QFileDialog::Directory);
        m_dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(m_dialog, &QFileDialog::fileSelected, this, &AuditPage::exportInto);
    }
    m_dialog->open();
}

void AuditPage::exportInto(const QString &parentFolder)
{
    if (!m_checkpointer)
        return;
    const AuditQuery q = m_model->query();
    const std::optional<std::pair<qint64, qint64>> range = AuditExporter(m_db).idRange(q.from, q.to);
    const QString folder = QDir(parentFolder).filePath(
        QStringLiteral("clinicmdm-audit-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!range) {
        const Status s = Status::failure(ErrorCode::NotFound, tr("There are no audit entries in that period."));
        showResult(false, s.message());
        emit exportFinished(s, folder);
        return;
    }
    const auto format = AuditExporter::parseFormat(m_format->currentData().toString()).value_or(AuditExporter::Format::Csv);
    m_export->setEnabled(false);
    showResult(true, tr("Signing and exporting…"));
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_checkpointer, &AuditCheckpointer::finished, this,
                    [this, conn, range, folder, format](const Status &signedStatus, const AuditCheckpoint &c) {
                        disconnect(*conn);
                        m_export->setEnabled(true);
                        Status s = signedStatus;
                        AuditExporter::Result result;
                        if (s)
                            s = AuditExporter(m_db).write(range->first, range->second, format, folder, m_actor, &result);
                        if (s)
                            showResult(true, tr("Exported %n entries to %1 (key %2).", nullptr, int(result.entries))
                                                 .arg(QDir::toNativeSeparators(folder), c.keyFingerprint.left(16)));
                        else
                            showResult(false, tr("Export failed: %1").arg(s.message()));
                        m_model->reload();
                        emit exportFinished(s, folder);
                    });
    m_checkpointer->checkpoint(range->second);
}

void AuditPage::setChangeNotifier(ChangeNotifier *notifier)
{
    connect(notifier, &ChangeNotifier::changed, this, [this](ChangeSubject subject) {
        if (subject != ChangeSubject::Audit)
            return;
        // Keep the admin's place: the selected entry stays selected, the view where it was.
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const qint64 selectedId = rows.isEmpty() ? 0 : rows.first().data(AuditTableModel::IdRole).toLongLong();
        const int scroll = m_table->verticalScrollBar()->value();
        m_model->refresh();
        m_table->verticalScrollBar()->setValue(scroll);
        for (int row = 0; selectedId && row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(AuditTableModel::IdRole).toLongLong() == selectedId) {
                m_table->selectRow(row);
                break;
            }
    });
}
