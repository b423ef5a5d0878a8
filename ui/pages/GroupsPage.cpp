#include "pages/GroupsPage.h"

#include "fleet/DeviceGroupService.h"
#include "fleet/DeviceRepository.h"
#include "widgets/PageHeader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kMembersShown = 5000; // a larger group lists its first members; the count says how many
}

GroupsPage::GroupsPage(Database &db, const AdminSession &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_groups(new QTreeWidget), m_newName(new QLineEdit),
      m_create(new QPushButton(tr("Create group"))), m_ownership(new QComboBox), m_department(new QComboBox),
      m_platform(new QComboBox), m_addByRule(new QPushButton(tr("Add matching devices"))), m_members(new QTreeWidget),
      m_remove(new QPushButton(tr("Remove from group"))), m_membersTitle(new QLabel), m_status(new QLabel)
{
    setObjectName(QStringLiteral("page_groups"));
    m_groups->setObjectName(QStringLiteral("groupList"));
    m_groups->setHeaderLabels({tr("Group"), tr("Devices")});
    m_groups->setRootIsDecorated(false);
    m_groups->header()->setStretchLastSection(false);
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_newName->setObjectName(QStringLiteral("newGroupName"));
    m_newName->setPlaceholderText(tr("New group's name, e.g. Ward 3 tablets"));
    // The whole hint visible, in the longest language.
    m_newName->setMinimumWidth(m_newName->fontMetrics().horizontalAdvance(m_newName->placeholderText()) + 24);
    m_newName->setMaxLength(100);
    m_create->setObjectName(QStringLiteral("createGroupButton"));

    m_ownership->setObjectName(QStringLiteral("ruleOwnership"));
    m_department->setObjectName(QStringLiteral("ruleDepartment"));
    m_platform->setObjectName(QStringLiteral("rulePlatform"));
    m_addByRule->setObjectName(QStringLiteral("addByRuleButton"));
    m_ownership->addItem(tr("Any"), QString());
    for (Ownership o : {Ownership::BYOD, Ownership::COPE, Ownership::COSU, Ownership::Shared})
        m_ownership->addItem(DeviceTypes::displayName(o), DeviceTypes::toDb(o));
    m_platform->addItem(tr("Any"), QString());
    for (Platform p : {Platform::iOS, Platform::iPadOS, Platform::Android})
        m_platform->addItem(DeviceTypes::displayName(p), DeviceTypes::toDb(p));

    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setHeaderLabels({tr("Device"), tr("Platform"), tr("Ownership"), tr("Department")});
    m_members->setRootIsDecorated(false);
    m_members->setUniformRowHeights(true);
    m_members->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_remove->setObjectName(QStringLiteral("removeMembersButton"));
    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_status->setWordWrap(true);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_groups, 1);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    leftLayout->addLayout(createRow);

    auto *rule = new QGroupBox(tr("Add devices by rule"));
    auto *ruleForm = new QFormLayout(rule);
    ruleForm->addRow(tr("Ownership:"), m_ownership);
    ruleForm->addRow(tr("Department:"), m_department);
    ruleForm->addRow(tr("Platform:"), m_platform);
    auto *ruleHint = new QLabel(tr("Every device matching all three joins the group. To add chosen devices, select them on "
                                   "the Devices page and use \"Add to group…\"."));
    ruleHint->setWordWrap(true);
    ruleHint->setForegroundRole(QPalette::PlaceholderText);
    ruleForm->addRow(ruleHint);
    ruleForm->addRow(m_addByRule);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rule);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_members, 1);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    rightLayout->addLayout(removeRow);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Groups"), this));
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    const bool mayEdit = m_session.can(Permission::EditInventory);
    for (QWidget *w : std::initializer_list<QWidget *>{m_newName, m_create, rule, m_remove})
        w->setEnabled(mayEdit);
    connect(m_create, &QPushButton::clicked, this, &GroupsPage::createGroup);
    connect(m_newName, &QLineEdit::returnPressed, this, &GroupsPage::createGroup);
    connect(m_addByRule, &QPushButton::clicked, this, &GroupsPage::addByRule);
    connect(m_remove, &QPushButton::clicked, this, &GroupsPage::removeSelectedMembers);
    connect(m_groups, &QTreeWidget::currentItemChanged, this, &GroupsPage::showMembers);
    reload();
}

qint64 GroupsPage::currentGroupId() const
{
    const QTreeWidgetItem *item = m_groups->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void GroupsPage::selectGroup(qint64 groupId)
{
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i)
        if (m_groups->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == groupId)
            m_groups->setCurrentItem(m_groups->topLevelItem(i));
}

void GroupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // devices may have joined from the Devices page meanwhile
}

void GroupsPage::reload()
{
    const qint64 selected = currentGroupId();
    const QLocale locale;
    {
        const QSignalBlocker block(m_groups);
        m_groups->clear();
        for (const DeviceGroup &g : DeviceGroupService(m_db).list(m_session)) {
            auto *item = new QTreeWidgetItem(m_groups, {g.name, locale.toString(g.members)});
            item->setData(0, Qt::UserRole, g.id);
            item->setData(1, Qt::UserRole, g.members);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, g.description.isEmpty() ? g.name : g.description);
        }
    }
    const QString department = m_department->currentData().toString();
    m_department->clear();
    m_department->addItem(tr("Any"), QString());
    for (const QString &d : DeviceRepository(m_db).departments())
        m_department->addItem(d, d);
    m_department->setCurrentIndex(qMax(0, m_department->findData(department)));
    if (selected)
        selectGroup(selected);
    if (!m_groups->currentItem() && m_groups->topLevelItemCount() > 0)
        m_groups->setCurrentItem(m_groups->topLevelItem(0));
    showMembers();
}

void GroupsPage::showMembers()
{
    const QTreeWidgetItem *group = m_groups->currentItem();
    m_members->clear();
    m_addByRule->setEnabled(group != nullptr);
    m_remove->setEnabled(group != nullptr && m_session.can(Permission::EditInventory));
    if (!group) {
        m_membersTitle->setText(tr("Create a group on the left, then add devices to it."));
        return;
    }
    const int count = group->data(1, Qt::UserRole).toInt();
    m_membersTitle->setText(tr("%1: %n device(s)", nullptr, count).arg(group->text(0)));
    QList<QTreeWidgetItem *> rows;
    for (const Device &d : DeviceGroupService(m_db).members(m_session, currentGroupId(), kMembersShown)) {
        auto *row = new QTreeWidgetItem({d.name, DeviceTypes::displayName(d.platform), DeviceTypes::displayName(d.ownership), d.department});
        row->setData(0, Qt::UserRole, d.id);
        rows << row;
    }
    m_members->addTopLevelItems(rows);
    for (int column = 0; column < m_members->columnCount(); ++column)
        m_members->resizeColumnToContents(column);
}

void GroupsPage::createGroup()
{
    DeviceGroup created;
    const Status s = DeviceGroupService(m_db).create(m_session, m_newName->text(), {}, &created);
    report(s, tr("Created group %1.").arg(created.name));
    if (!s)
        return;
    m_newName->clear();
    reload();
    selectGroup(created.id);
}

void GroupsPage::addByRule()
{
    DeviceGroupRule rule;
    rule.ownership = DeviceTypes::ownershipFromDb(m_ownership->currentData().toString());
    rule.department = m_department->currentData().toString();
    rule.platform = DeviceTypes::platformFromDb(m_platform->currentData().toString());
    if (rule.isEmpty())
        return report(Status::failure(ErrorCode::InvalidInput, tr("Choose an ownership, a department or a platform: \"Any\" "
                                                                   "for all three would add the whole fleet.")),
                      {});
    int added = 0;
    const QString name = m_groups->currentItem() ? m_groups->currentItem()->text(0) : QString();
    const Status s = DeviceGroupService(m_db).add(m_session, currentGroupId(), {}, rule, &added);
    report(s, tr("Added %n device(s) to %1.", nullptr, added).arg(name));
    reload();
}

void GroupsPage::removeSelectedMembers()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_members->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    if (ids.isEmpty())
        return report(Status::failure(ErrorCode::InvalidInput, tr("Select the devices to remove from the group.")), {});
    int removed = 0;
    const QString name = m_groups->currentItem() ? m_groups->currentItem()->text(0) : QString();
    const Status s = DeviceGroupService(m_db).remove(m_session, currentGroupId(), ids, &removed);
    report(s, tr("Removed %n device(s) from %1.", nullptr, removed).arg(name));
    reload();
}

void GroupsPage::report(const Status &status, const QString &success)
{
    m_status->setText(status ? success : status.message());
}
