#include "widgets/DeviceDetailPane.h"

#include "CommandTableModel.h"
#include "privacy/PrivacyBoundary.h"
#include "RelativeTime.h"
#include "widgets/DeviceSessionsPanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QUrl>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QLabel>
#include <QScrollArea>

#include "widgets/WrappedLabelHeight.h"
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// Traffic-light colours for the enrollment state; chosen to stay readable on light and dark palettes.
QString stateColour(EnrollmentState s)
{
    switch (s) {
    case EnrollmentState::Enrolled: return QStringLiteral("#2e7d32");
    case EnrollmentState::Pending: return QStringLiteral("#b26a00");
    case EnrollmentState::Unreachable: return QStringLiteral("#c62828");
    case EnrollmentState::Unenrolled:
    case EnrollmentState::Wiped: return QStringLiteral("#616161");
    }
    return QStringLiteral("#616161");
}

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    WrappedLabelHeight::follow(label);
    return label;
}

} // namespace

DeviceDetailPane::DeviceDetailPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)), m_title(selectableLabel(this)),
      m_subtitle(selectableLabel(this)), m_state(new QLabel(this)), m_ownershipNote(selectableLabel(this)),
      m_form(new QFormLayout), m_actionRow(new QGridLayout), m_historyTitle(new QLabel(tr("Recent commands"), this)),
      m_history(new QTreeView(this)), m_sessions(new DeviceSessionsPanel(this)),
      m_complianceTitle(new QLabel(tr("Compliance"), this)), m_complianceRows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("deviceDetailPane"));
    setAccessibleName(tr("Device details"));

    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_state->setObjectName(QStringLiteral("detailStateBadge"));
    m_ownershipNote->setObjectName(QStringLiteral("detailOwnershipNote"));
    m_ownershipNote->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_ownershipNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_ownershipNote->setFont(small);

    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(8);
    addField(QStringLiteral("platform"), tr("Platform"));
    addField(QStringLiteral("model"), tr("Model"));
    addField(QStringLiteral("os"), tr("OS version"));
    addField(QStringLiteral("serial"), tr("Serial number"));
    addField(QStringLiteral("imei"), tr("IMEI"));
    addField(QStringLiteral("udid"), tr("UDID"));
    addField(QStringLiteral("ownership"), tr("Ownership"));
    m_form->addRow(QString(), m_ownershipNote);
    addField(QStringLiteral("privacy"), tr("Privacy"));
    addField(QStringLiteral("department"), tr("Department"));
    addField(QStringLiteral("clinician"), tr("Clinician"));
    addField(QStringLiteral("state"), tr("Enrollment state"));
    addField(QStringLiteral("lastSeen"), tr("Last seen"));
    addField(QStringLiteral("since"), tr("Enrolled since"));
    addField(QStringLiteral("pushChannel"), tr("Push channel"));
    addField(QStringLiteral("lastPush"), tr("Last push"));
    m_sinceLabel = qobject_cast<QLabel *>(m_form->labelForField(m_fields.value(QStringLiteral("since"))));
    addField(QStringLiteral("lostMode"), tr("Lost Mode"));
    addField(QStringLiteral("location"), tr("Last location"));
    m_mapLink = new QLabel(this);
    m_mapLink->setObjectName(QStringLiteral("detail_mapLink"));
    m_mapLink->setTextFormat(Qt::RichText);
    m_mapLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_mapLink, &QLabel::linkActivated, this, &DeviceDetailPane::openMap);
    m_form->addRow(QString(), m_mapLink);
    showLostMode({});

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_subtitle);
    detailsLayout->addWidget(m_state, 0, Qt::AlignLeft);
    detailsLayout->addSpacing(12);
    detailsLayout->addLayout(m_actionRow);
    detailsLayout->addSpacing(12);
    detailsLayout->addLayout(m_form);
    detailsLayout->addSpacing(12);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_complianceTitle->setObjectName(QStringLiteral("detailComplianceTitle"));
    m_complianceTitle->setFont(bold);
    // One wrapped paragraph per safeguard: the reasons are sentences, too long for a form's field
    // column in a pane this narrow.
    m_complianceRows->setSpacing(6);
    detailsLayout->addWidget(m_complianceTitle);
    detailsLayout->addLayout(m_complianceRows);
    detailsLayout->addSpacing(12);
    m_historyTitle->setFont(bold);
    m_historyTitle->setVisible(false);
    m_history->setObjectName(QStringLiteral("detailCommandHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setMinimumHeight(120);
    m_history->setVisible(false);
    detailsLayout->addWidget(m_historyTitle);
    detailsLayout->addWidget(m_history, 1);
    m_sessions->setVisible(false);
    detailsLayout->addSpacing(12);
    detailsLayout->addWidget(m_sessions, 1);
    detailsLayout->addStretch(0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_message);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showSelectionCount(0);
}

void DeviceDetailPane::setActions(const QList<QAction *> &primary, const QList<QAction *> &more)
{
    // Two buttons a row: the pane stays narrow next to the device table. The everyday actions are
    // buttons; the situational ones (shared tablets, kiosks, Lost Mode, privacy) wait in one menu,
    // greyed out with their reason where they do not apply to the selected device.
    m_actionRow->setSpacing(6);
    auto addButton = [this](QToolButton *button, int placed) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_actionRow->addWidget(button, placed / 2, placed % 2);
    };
    int placed = 0;
    for (QAction *action : primary) {
        if (!action->isVisible())
            continue; // the admin's role may not use it
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(QStringLiteral("button_") + action->objectName());
        addButton(button, placed++);
    }
    if (m_moreMenu)
        m_moreMenu->clear();
    else
        m_moreMenu = new QMenu(this);
    m_moreMenu->setObjectName(QStringLiteral("moreActionsMenu"));
    m_moreMenu->setToolTipsVisible(true);
    bool pendingSeparator = false;
    for (QAction *action : more) {
        if (!action) {
            pendingSeparator = !m_moreMenu->isEmpty();
            continue;
        }
        if (!action->isVisible())
            continue;
        if (pendingSeparator)
            m_moreMenu->addSeparator();
        pendingSeparator = false;
        m_moreMenu->addAction(action);
    }
    if (m_moreMenu->isEmpty())
        return;
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("button_moreActions"));
    button->setText(tr("More actions"));
    button->setIcon(QIcon::fromTheme(QStringLiteral("view-more-symbolic"), QIcon::fromTheme(QStringLiteral("go-down"))));
    button->setMenu(m_moreMenu);
    button->setPopupMode(QToolButton::InstantPopup);
    addButton(button, placed);
}

void DeviceDetailPane::setCommandHistory(QAbstractItemModel *model)
{
    m_history->setModel(model);
    // The device is already named above; when, what and how it went is what the history needs.
    for (int c = 0; c < model->columnCount(); ++c)
        m_history->setColumnHidden(c, c != CommandTableModel::Queued && c != CommandTableModel::Command &&
                                          c != CommandTableModel::Status);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTitle->setVisible(true);
    m_history->setVisible(true);
}

QSize DeviceDetailPane::sizeHint() const { return {340, 400}; }

void DeviceDetailPane::showCompliance(const std::optional<DeviceCompliance> &c)
{
    while (QLayoutItem *item = m_complianceRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!c) {
        m_complianceTitle->setText(tr("Compliance: not evaluated (the device is not managed)"));
        return;
    }
    m_complianceTitle->setText(tr("Compliance: %1").arg(ComplianceStateInfo::displayName(c->overall())));
    auto addRow = [this](const QString &objectName, const QString &label, const QString &text) {
        QLabel *value = selectableLabel(this);
        value->setObjectName(objectName);
        value->setText(tr("%1: %2").arg(label, text));
        m_complianceRows->addWidget(value);
    };
    addRow(QStringLiteral("detail_policy"), tr("Policy"),
           c->hasPolicy ? c->policyShort : tr("None assigned; judged against the %1 baseline").arg(DeviceTypes::displayName(c->ownership)));
    for (const SafeguardResult &r : c->results)
        addRow(QStringLiteral("detail_safeguard_") + SafeguardInfo::id(r.safeguard), SafeguardInfo::title(r.safeguard),
               tr("%1 — %2").arg(ComplianceStateInfo::displayName(r.state), r.reason));
}

QLabel *DeviceDetailPane::addField(const QString &key, const QString &label)
{
    QLabel *value = selectableLabel(this);
    value->setObjectName(QStringLiteral("detail_") + key);
    m_form->addRow(label + QLatin1Char(':'), value);
    m_fields.insert(key, value);
    return value;
}

void DeviceDetailPane::setField(const QString &key, const QString &value)
{
    QLabel *label = m_fields.value(key);
    label->setText(value.isEmpty() ? QStringLiteral("—") : value);
    label->setForegroundRole(value.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    WrappedLabelHeight::refit(label);
}

void DeviceDetailPane::showPushSummary(const QList<QPair<QString, QString>> &rows)
{
    setField(QStringLiteral("pushChannel"), rows.value(0).second);
    setField(QStringLiteral("lastPush"), rows.value(1).second);
}

void DeviceDetailPane::showLostMode(const LostModeStatus &status)
{
    QLabel *state = m_fields.value(QStringLiteral("lostMode"));
    QLabel *where = m_fields.value(QStringLiteral("location"));
    m_form->setRowVisible(state, status.eligible);
    const bool showWhere = status.eligible && status.locationVisible;
    m_form->setRowVisible(where, showWhere);
    m_form->setRowVisible(m_mapLink, showWhere && status.lastLocation.has_value());
    if (!status.eligible)
        return;
    setField(QStringLiteral("lostMode"), status.inLostMode ? tr("In Lost Mode") : tr("Not in Lost Mode"));
    state->setToolTip(status.stateReportedAt > 0
                          ? tr("Reported %1").arg(RelativeTime::exactUtc(QDateTime::fromSecsSinceEpoch(status.stateReportedAt, Qt::UTC)))
                          : QString());
    if (!status.lastLocation) {
        setField(QStringLiteral("location"), tr("None received"));
        m_mapLink->clear();
        return;
    }
    const DeviceLocation &l = *status.lastLocation;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(l.locatedAt, Qt::UTC);
    const QString accuracy = l.horizontalAccuracy < 0 ? tr("accuracy unknown")
                                                      : tr("within %1 m").arg(QString::number(l.horizontalAccuracy, 'f', 0));
    setField(QStringLiteral("location"), tr("%1, %2 (%3)\n%4")
                                             .arg(QString::number(l.latitude, 'f', 5), QString::number(l.longitude, 'f', 5), accuracy,
                                                  RelativeTime::describe(at)));
    where->setToolTip(RelativeTime::exactUtc(at));
    m_mapLink->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(l.mapUrl().toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                                  tr("Open map").toHtmlEscaped()));
    m_mapLink->setToolTip(l.mapUrl().toString());
}

void DeviceDetailPane::openMap(const QString &url)
{
    QDesktopServices::openUrl(QUrl(url));
}

void DeviceDetailPane::showSelectionCount(int count)
{
    m_deviceId = 0;
    m_message->setText(count == 0 ? tr("Select a device to see its details.")
                                  : tr("%n device(s) selected.", nullptr, count));
    m_stack->setCurrentWidget(m_message);
}

void DeviceDetailPane::showDevice(const Device &d)
{
    m_deviceId = d.id;
    m_title->setText(d.name.isEmpty() ? tr("Unnamed device") : d.name);
    QStringList subtitle{DeviceTypes::displayName(d.platform)};
    if (!d.model.isEmpty())
        subtitle << d.model;
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_state->setText(DeviceTypes::displayName(d.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 2px 10px; }")
                               .arg(stateColour(d.state)));

    setField(QStringLiteral("platform"), DeviceTypes::displayName(d.platform));
    setField(QStringLiteral("model"), d.model);
    setField(QStringLiteral("os"), d.osVersion);
    setField(QStringLiteral("serial"), d.serial);
    setField(QStringLiteral("imei"), d.imei);
    setField(QStringLiteral("udid"), d.udid);
    setField(QStringLiteral("ownership"), DeviceTypes::displayName(d.ownership));
    m_ownershipNote->setText(DeviceTypes::ownershipDescription(d.ownership));
    // Personal phones only: the promise the privacy manifest spells out, from the same boundary.
    const QString privacy = PrivacyBoundary::summary(d.ownership);
    setField(QStringLiteral("privacy"), privacy);
    m_form->setRowVisible(m_fields.value(QStringLiteral("privacy")), !privacy.isEmpty());
    m_sessions->setVisible(d.ownership == Ownership::Shared && m_sessions->model());
    setField(QStringLiteral("department"), d.department);
    setField(QStringLiteral("clinician"), d.assignedTo);
    setField(QStringLiteral("state"), DeviceTypes::displayName(d.state));
    setField(QStringLiteral("lastSeen"), d.lastSeen.isValid()
                 ? tr("%1\n%2").arg(RelativeTime::describe(d.lastSeen), RelativeTime::exactUtc(d.lastSeen))
                 : tr("Never checked in"));
    // Only an enrolled device has been enrolled "since"; for the others the record's age is what we know.
    m_sinceLabel->setText(d.state == EnrollmentState::Enrolled ? tr("Enrolled since:") : tr("Added to the fleet:"));
    setField(QStringLiteral("since"), RelativeTime::localDateTime(d.createdAt));
    m_fields.value(QStringLiteral("since"))->setToolTip(RelativeTime::exactUtc(d.createdAt));
    m_fields.value(QStringLiteral("lastSeen"))->setToolTip(RelativeTime::exactUtc(d.lastSeen));
    showLostMode({}); // until the caller says what applies to this device
    m_stack->setCurrentIndex(1);
}
