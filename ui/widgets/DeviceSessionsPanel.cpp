#include "widgets/DeviceSessionsPanel.h"

#include "DeviceSessionModel.h"
#include "RelativeTime.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

DeviceSessionsPanel::DeviceSessionsPanel(QWidget *parent)
    : QWidget(parent), m_view(new QTreeView(this)), m_empty(new QLabel(tr("No clinician has signed in on this tablet yet."), this)),
      m_moment(new QDateTimeEdit(QDateTime::currentDateTime(), this)), m_ask(new QPushButton(tr("Who held it?"), this)),
      m_answer(new QLabel(this))
{
    setObjectName(QStringLiteral("deviceSessionsPanel"));
    auto *title = new QLabel(tr("Sessions"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_view->setObjectName(QStringLiteral("deviceSessionsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setMinimumHeight(120);
    m_view->setAccessibleName(tr("Sessions of this shared device"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_moment->setObjectName(QStringLiteral("whoHeldMoment"));
    m_moment->setCalendarPopup(true);
    m_moment->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_moment->setAccessibleName(tr("Moment to look up"));
    m_ask->setObjectName(QStringLiteral("whoHeldButton"));
    m_answer->setObjectName(QStringLiteral("whoHeldAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setTextFormat(Qt::PlainText);

    auto *ask = new QHBoxLayout;
    ask->addWidget(new QLabel(tr("At:"), this));
    ask->addWidget(m_moment, 1);
    ask->addWidget(m_ask);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(ask);
    layout->addWidget(m_answer);
    connect(m_ask, &QPushButton::clicked, this, &DeviceSessionsPanel::answerWhoHeld);
    connect(m_moment, &QDateTimeEdit::editingFinished, this, &DeviceSessionsPanel::answerWhoHeld);
}

void DeviceSessionsPanel::setModel(DeviceSessionModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto update = [this] {
        const bool any = m_model && m_model->rowCount() > 0;
        m_view->setVisible(any);
        m_empty->setVisible(!any);
        m_answer->clear(); // an answer about another device would mislead
    };
    connect(model, &QAbstractItemModel::modelReset, this, update);
    update();
}

void DeviceSessionsPanel::answerWhoHeld()
{
    if (!m_model)
        return;
    const QDateTime moment = m_moment->dateTime();
    const std::optional<DeviceSession> held = m_model->whoHeld(moment);
    if (!held) {
        m_answer->setText(tr("Nobody was signed in at %1.").arg(RelativeTime::localDateTime(moment)));
        return;
    }
    const QString from = RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(held->startedAt, Qt::UTC));
    m_answer->setText(held->endedAt
                          ? tr("%1 held it at %2 (signed in %3, until %4; %5).")
                                .arg(held->userName, RelativeTime::localDateTime(moment), from,
                                     RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(held->endedAt, Qt::UTC)),
                                     DeviceSessionModel::endReasonName(held->endReason))
                          : tr("%1 held it at %2 (signed in %3, still signed in).")
                                .arg(held->userName, RelativeTime::localDateTime(moment), from));
}
