#pragma once

#include <QDialog>

class QComboBox;

// The one confirmation of "Add to group…", "Assign policy…" and "Install app…" on a selection: what
// to add, assign or install (a group, policy or app by id), and a button that names the count.
class BulkTargetDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice {
        QString name;
        qint64 id = 0;
    };
    BulkTargetDialog(const QString &title, const QString &question, const QList<Choice> &choices, const QString &acceptText,
                     const QString &whenEmpty, QWidget *parent);

    qint64 chosenId() const;

private:
    QComboBox *m_choices;
};
