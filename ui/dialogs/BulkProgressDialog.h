#pragma once

#include "commands/BulkActionRequest.h"

#include <QDialog>
#include <QHash>

class BulkDeviceActionJob;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The one progress dialog of a bulk action (window-modal, opened, never exec()'d): a bar while the
// job runs with Cancel, then the outcome per device (name → queued, or refused and why) with Close.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // `names`: the selected devices' names by id, for the devices the job did not reach.
    BulkProgressDialog(const QString &title, BulkDeviceActionJob *job, const QHash<qint64, QString> &names, QWidget *parent);

    int queuedCount() const { return m_queued; }
    int refusedCount() const { return m_refused; }

protected:
    void reject() override; // Esc or the close button while running cancels; the outcomes then show

private:
    void showProgress(int done, int total);
    void showOutcomes(bool canceled);

    BulkDeviceActionJob *m_job;
    QHash<qint64, QString> m_names;
    QLabel *m_summary;
    QProgressBar *m_bar;
    QTreeWidget *m_outcomes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    int m_queued = 0;
    int m_refused = 0;
    bool m_finished = false;
};
