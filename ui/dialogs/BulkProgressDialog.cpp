#include "dialogs/BulkProgressDialog.h"

#include "commands/BulkDeviceActionJob.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

BulkProgressDialog::BulkProgressDialog(const QString &title, BulkDeviceActionJob *job, const QHash<qint64, QString> &names,
                                       QWidget *parent)
    : QDialog(parent), m_job(job), m_names(names), m_summary(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_outcomes(new QTreeWidget(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("bulkProgress"));
    m_bar->setRange(0, qMax(1, job->total()));
    m_bar->setValue(0);
    m_outcomes->setObjectName(QStringLiteral("bulkOutcomes"));
    m_outcomes->setHeaderLabels({tr("Device"), tr("Outcome")});
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->setUniformRowHeights(true); // thousands of rows stay quick to show
    m_outcomes->header()->setStretchLastSection(true);
    m_outcomes->setWordWrap(false);
    m_outcomes->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_outcomes, 1);
    layout->addWidget(m_buttons);
    resize(560, 200);
    connect(job, &BulkDeviceActionJob::progress, this, &BulkProgressDialog::showProgress);
    connect(job, &BulkDeviceActionJob::finished, this, &BulkProgressDialog::showOutcomes);
    showProgress(0, job->total());
}

void BulkProgressDialog::showProgress(int done, int total)
{
    const QLocale locale;
    m_bar->setValue(done);
    m_summary->setText(tr("%1 of %2 devices done…").arg(locale.toString(done), locale.toString(total)));
}

void BulkProgressDialog::reject()
{
    if (m_finished)
        return QDialog::reject();
    m_cancel->setEnabled(false);
    m_job->cancel();
}

void BulkProgressDialog::showOutcomes(bool canceled)
{
    m_finished = true;
    const QList<BulkActionOutcome> outcomes = m_job->outcomes();
    QList<QTreeWidgetItem *> items;
    items.reserve(outcomes.size());
    // Refusals first, then what the cancel left undone: in a list of thousands they are what the admin
    // needs to read.
    QList<BulkActionOutcome> ordered = outcomes;
    auto rank = [](const BulkActionOutcome &o) { return o.status ? 2 : o.canceled ? 1 : 0; };
    std::stable_sort(ordered.begin(), ordered.end(), [&](const BulkActionOutcome &a, const BulkActionOutcome &b) { return rank(a) < rank(b); });
    for (const BulkActionOutcome &o : ordered) {
        const QString name = m_names.value(o.deviceId, o.deviceName);
        const QString what = o.status ? tr("Queued") : o.canceled ? tr("Not done (canceled)") : tr("Refused: %1").arg(o.status.message());
        auto *item = new QTreeWidgetItem({name, what});
        item->setData(0, Qt::UserRole, o.deviceId);
        item->setToolTip(1, what);
        (o.status ? m_queued : m_refused) += 1;
        items << item;
    }
    m_outcomes->addTopLevelItems(items);
    m_outcomes->resizeColumnToContents(0);
    m_outcomes->show();
    m_bar->hide();
    const QLocale locale;
    const QString counts = tr("%1 queued, %2 refused or not done.").arg(locale.toString(m_queued), locale.toString(m_refused));
    m_summary->setText(canceled ? tr("Canceled. %1").arg(counts) : counts);
    m_buttons->clear();
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("bulkClose"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(qMax(width(), 800), qMax(height(), 440));
}
