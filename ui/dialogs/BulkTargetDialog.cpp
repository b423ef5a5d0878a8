#include "dialogs/BulkTargetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BulkTargetDialog::BulkTargetDialog(const QString &title, const QString &question, const QList<Choice> &choices,
                                   const QString &acceptText, const QString &whenEmpty, QWidget *parent)
    : QDialog(parent), m_choices(new QComboBox(this))
{
    setObjectName(QStringLiteral("bulkTargetDialog"));
    setWindowTitle(title);
    m_choices->setObjectName(QStringLiteral("bulkTarget"));
    for (const Choice &c : choices)
        m_choices->addItem(c.name, c.id);
    auto *label = new QLabel(choices.isEmpty() ? whenEmpty : question, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("bulkTargetAccept"));
    accept->setEnabled(!choices.isEmpty());
    accept->setDefault(true);
    m_choices->setVisible(!choices.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_choices);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

qint64 BulkTargetDialog::chosenId() const { return m_choices->currentData().toLongLong(); }
