#pragma once

#include "security/AdminSession.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Device groups (what policies and apps are assigned to): the groups with their sizes, creating one,
// filling one by rule (ownership, department, platform; from the Devices page by selection), its
// members, and removing members. Every change goes through DeviceGroupService (EditInventory, audited).
class GroupsPage : public QWidget
{
    Q_OBJECT
public:
    GroupsPage(Database &db, const AdminSession &session, QWidget *parent = nullptr);

    qint64 currentGroupId() const;
    void selectGroup(qint64 groupId);

public slots:
    void reload(); // the groups, their sizes and the rule's choices, keeping the selected group

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createGroup();
    void addByRule();
    void removeSelectedMembers();
    void showMembers();
    void report(const Status &status, const QString &success);

    Database &m_db;
    AdminSession m_session;
    QTreeWidget *m_groups;
    QLineEdit *m_newName;
    QPushButton *m_create;
    QComboBox *m_ownership;
    QComboBox *m_department;
    QComboBox *m_platform;
    QPushButton *m_addByRule;
    QTreeWidget *m_members;
    QPushButton *m_remove;
    QLabel *m_membersTitle;
    QLabel *m_status;
};
