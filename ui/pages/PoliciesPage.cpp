#include "PoliciesPage.h"

#include "TextRowsModel.h"
#include "policy/BaselineCatalog.h"
#include "policy/PolicyJson.h"
#include "widgets/KioskSettingsForm.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QTableView *table(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their header and values, in any language; the list scrolls sideways.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}
QSpinBox *spin(int lo, int hi, const QString &suffix = {})
{
    auto *s = new QSpinBox;
    s->setRange(lo, hi);
    s->setSuffix(suffix);
    return s;
}
} // namespace

PoliciesPage::PoliciesPage(Database &db, const AdminSession &session, QWidget *parent)
    : QWidget(parent), m_data(new PoliciesData(db, session, this)), m_list(table(m_data->policies())), m_baseline(new QComboBox),
      m_name(new QLineEdit), m_group(new QComboBox), m_minLength(spin(0, 16)), m_failedAttempts(spin(0, 11)), m_history(spin(0, 50)),
      m_autoLock(spin(0, 15, tr(" min"))), m_sessionTimeout(spin(0, 1440, tr(" min"))), m_complexity(new QComboBox),
      m_passcodeRequired(new QCheckBox(tr("Passcode required"))), m_encryption(new QCheckBox(tr("Storage encryption required"))),
      m_alwaysOnVpn(new QCheckBox(tr("Always-on VPN"))), m_perAppVpn(new QCheckBox(tr("Per-app VPN for clinical apps"))),
      m_openIn(new QCheckBox(tr("Managed open-in (documents stay in managed apps)"))),
      m_pasteboard(new QCheckBox(tr("Managed pasteboard"))), m_crossProfile(new QCheckBox(tr("Block work-to-personal copy and paste"))),
      m_screenshots(new QCheckBox(tr("Block screenshots"))), m_camera(new QCheckBox(tr("Camera allowed"))),
      m_clearOnSignOut(new QCheckBox(tr("Clear data at sign-out (shared devices)"))), m_versions(table(m_data->versions())),
      m_differences(table(m_data->differences())), m_assignments(table(m_data->assignments())), m_status(new QLabel), m_editor(new QWidget),
      m_kiosk(new KioskSettingsForm)
{
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(new PageHeader(tr("Policies")));

    auto *create = new QHBoxLayout;
    for (const Baseline &b : m_data->baselines())
        m_baseline->addItem(BaselineCatalog::displayName(b), b.id);
    m_name->setPlaceholderText(tr("Name of the new policy"));
    auto *createButton = new QPushButton(tr("Create from baseline"));
    createButton->setObjectName(QStringLiteral("createPolicyButton"));
    m_baseline->setObjectName(QStringLiteral("policyBaseline"));
    m_name->setObjectName(QStringLiteral("policyName"));
    connect(createButton, &QPushButton::clicked, this, &PoliciesPage::createFromBaseline);
    create->addWidget(new QLabel(tr("Baseline:")));
    create->addWidget(m_baseline, 1);
    create->addWidget(m_name, 1);
    create->addWidget(createButton);
    outer->addLayout(create);

    auto *split = new QSplitter;
    split->addWidget(m_list);
    auto *tabs = new QTabWidget;
    auto *form = new QFormLayout(m_editor);
    for (const char *c : {QT_TR_NOOP("none"), QT_TR_NOOP("numeric"), QT_TR_NOOP("alphanumeric"), QT_TR_NOOP("complex")})
        m_complexity->addItem(tr(c), QLatin1String(c));
    form->addRow(m_passcodeRequired);
    form->addRow(tr("Minimum passcode length"), m_minLength);
    form->addRow(tr("Complexity"), m_complexity);
    form->addRow(tr("Wipe after failed attempts (0 = never)"), m_failedAttempts);
    form->addRow(tr("Passcode history"), m_history);
    form->addRow(tr("Auto-lock after (0 = not enforced)"), m_autoLock);
    for (QCheckBox *box : {m_encryption, m_alwaysOnVpn, m_perAppVpn, m_openIn, m_pasteboard, m_crossProfile, m_screenshots, m_camera, m_clearOnSignOut})
        form->addRow(box);
    form->addRow(tr("Shared-device session timeout (0 = none)"), m_sessionTimeout);
    auto *save = new QPushButton(tr("Save as new version and deliver"));
    connect(save, &QPushButton::clicked, this, &PoliciesPage::saveSettings);
    form->addRow(save);
    tabs->addTab(m_editor, tr("Settings"));
    auto *kioskTab = new QWidget;
    auto *kioskLayout = new QVBoxLayout(kioskTab);
    kioskLayout->addWidget(m_kiosk);
    auto *saveKiosk = new QPushButton(tr("Save as new version and deliver"));
    saveKiosk->setObjectName(QStringLiteral("saveKiosk"));
    connect(saveKiosk, &QPushButton::clicked, this, &PoliciesPage::saveSettings);
    kioskLayout->addWidget(saveKiosk);
    kioskLayout->addStretch(1);
    m_kiosk->setCatalogApps(m_data->catalogApps(true), m_data->catalogApps(false));
    m_kiosk->setEnabled(false);
    tabs->addTab(kioskTab, tr("Kiosk"));
    tabs->addTab(m_differences, tr("Differences from baseline"));

    auto *history = new QWidget;
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_versions);
    auto *rollback = new QPushButton(tr("Roll back to the selected version"));
    connect(rollback, &QPushButton::clicked, this, &PoliciesPage::rollBackToSelected);
    historyLayout->addWidget(rollback);
    tabs->addTab(history, tr("Versions"));

    auto *assign = new QWidget;
    auto *assignLayout = new QVBoxLayout(assign);
    assignLayout->addWidget(m_assignments);
    auto *assignRow = new QHBoxLayout;
    m_group->setObjectName(QStringLiteral("assignGroup"));
    reloadGroups();
    auto *assignButton = new QPushButton(tr("Assign to group"));
    assignButton->setObjectName(QStringLiteral("assignToGroupButton"));
    connect(assignButton, &QPushButton::clicked, this, &PoliciesPage::assignToGroup);
    assignRow->addWidget(m_group, 1);
    assignRow->addWidget(assignButton);
    assignLayout->addLayout(assignRow);
    tabs->addTab(assign, tr("Assignments"));
    split->addWidget(tabs);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 760}); // the list shows its four columns at 1280x720
    outer->addWidget(split, 1);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) { selectRow(i.row()); });
    m_editor->setEnabled(false);
}

QString PoliciesPage::statusText() const { return m_status->text(); }

void PoliciesPage::selectRow(int row)
{
    m_data->select(m_data->policies()->idAt(row));
    showSettings();
}

void PoliciesPage::showSettings()
{
    const std::optional<PolicyRecord> p = m_data->current();
    m_editor->setEnabled(bool(p));
    m_kiosk->setEnabled(bool(p));
    PolicySettings s;
    if (!p || !PolicyJson::fromJson(p->body, &s))
        return;
    m_passcodeRequired->setChecked(s.passcode.required);
    m_minLength->setValue(s.passcode.minLength);
    m_complexity->setCurrentIndex(m_complexity->findData(PolicyJson::complexityName(s.passcode.complexity)));
    m_failedAttempts->setValue(s.passcode.maxFailedAttempts);
    m_history->setValue(s.passcode.history);
    m_autoLock->setValue(s.autoLockMinutes);
    m_encryption->setChecked(s.encryptionRequired);
    m_alwaysOnVpn->setChecked(s.vpn.alwaysOn);
    m_perAppVpn->setChecked(s.vpn.perAppVpn);
    m_openIn->setChecked(s.dataSharing.managedOpenIn);
    m_pasteboard->setChecked(s.dataSharing.managedPasteboard);
    m_crossProfile->setChecked(s.dataSharing.blockCrossProfileCopyPaste);
    m_screenshots->setChecked(s.dataSharing.blockScreenshots);
    m_camera->setChecked(s.cameraAllowed);
    m_sessionTimeout->setValue(s.sharedDevice.sessionTimeoutMinutes);
    m_clearOnSignOut->setChecked(s.sharedDevice.clearDataOnSignOut);
    m_kiosk->setSettings(s.kiosk);
}

void PoliciesPage::report(const Status &status, const QString &success)
{
    m_status->setText(status ? success : status.message());
    fitList();
}

void PoliciesPage::fitList()
{
    m_list->resizeColumnsToContents();
    // The splitter may not squeeze the list below its columns (a cut-off "Devices" column hid the
    // count the admin assigns by).
    m_list->setMinimumWidth(m_list->horizontalHeader()->length() + m_list->verticalHeader()->width() + 2 * m_list->frameWidth()
                            + m_list->verticalScrollBar()->sizeHint().width());
}

void PoliciesPage::createFromBaseline()
{
    const Status s = m_data->create(m_baseline->currentData().toString(), m_name->text());
    report(s, tr("Created %1 from the baseline. Edit it, then assign it to a group.").arg(m_data->current() ? m_data->current()->name : QString()));
    if (s)
        m_name->clear();
    showSettings();
}

void PoliciesPage::saveSettings()
{
    const std::optional<PolicyRecord> p = m_data->current();
    PolicySettings s;
    if (!p || !PolicyJson::fromJson(p->body, &s))
        return;
    s.passcode.required = m_passcodeRequired->isChecked();
    s.passcode.minLength = m_minLength->value();
    for (PasscodeComplexity c : {PasscodeComplexity::None, PasscodeComplexity::Numeric, PasscodeComplexity::Alphanumeric, PasscodeComplexity::Complex})
        if (PolicyJson::complexityName(c) == m_complexity->currentData().toString())
            s.passcode.complexity = c;
    s.passcode.maxFailedAttempts = m_failedAttempts->value();
    s.passcode.history = m_history->value();
    s.autoLockMinutes = m_autoLock->value();
    s.encryptionRequired = m_encryption->isChecked();
    s.vpn.alwaysOn = m_alwaysOnVpn->isChecked();
    s.vpn.perAppVpn = m_perAppVpn->isChecked();
    s.dataSharing = {m_openIn->isChecked(), m_pasteboard->isChecked(), m_crossProfile->isChecked(), m_screenshots->isChecked()};
    s.cameraAllowed = m_camera->isChecked();
    s.sharedDevice.sessionTimeoutMinutes = m_sessionTimeout->value();
    s.sharedDevice.clearDataOnSignOut = m_clearOnSignOut->isChecked();
    if (const QStringList kioskProblems = m_kiosk->problems(); !kioskProblems.isEmpty())
        return report(Status::failure(ErrorCode::InvalidInput, tr("Kiosk: %1").arg(kioskProblems.join(QLatin1Char(' ')))), {});
    s.kiosk = m_kiosk->settings();
    int queued = 0;
    const Status st = m_data->save(s, &queued);
    report(st, tr("Saved version %1; %n command(s) queued for its devices.", nullptr, queued).arg(m_data->current() ? m_data->current()->version : 0));
    showSettings();
}

void PoliciesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadGroups();
    fitList();
}

void PoliciesPage::reloadGroups()
{
    const qint64 chosen = m_group->currentData().toLongLong();
    m_group->clear();
    for (const DeviceGroup &g : m_data->groups()) {
        m_group->addItem(tr("%1 (%n device(s))", nullptr, g.members).arg(g.name), g.id);
        m_group->setItemData(m_group->count() - 1, g.name, Qt::UserRole + 1);
    }
    m_group->setCurrentIndex(qMax(0, m_group->findData(chosen)));
    m_group->setPlaceholderText(tr("No groups yet: create one on the Groups page"));
}

void PoliciesPage::assignToGroup()
{
    if (m_group->currentIndex() < 0)
        return report(Status::failure(ErrorCode::InvalidInput, tr("Create a group on the Groups page first, then assign the policy to it.")), {});
    int queued = 0, devices = 0;
    const QString group = m_group->currentData(Qt::UserRole + 1).toString();
    const Status s = m_data->assignToGroup(m_group->currentData().toLongLong(), &queued, &devices);
    // Devices not enrolled yet get the policy when they enroll: they are not counted as queued.
    report(s, tr("Assigned to %1: the policy is queued for %n device(s).", nullptr, devices).arg(group));
    if (s)
        reloadGroups();
}

void PoliciesPage::rollBackToSelected()
{
    const QModelIndex i = m_versions->currentIndex();
    if (!i.isValid())
        return report(Status::failure(ErrorCode::Usage, tr("Choose the version to roll back to.")), {});
    const int version = int(m_data->versions()->idAt(i.row()));
    int queued = 0;
    const Status s = m_data->rollback(version, &queued);
    report(s, tr("Rolled back to the settings of version %1; %n command(s) queued.", nullptr, queued).arg(version));
    showSettings();
}
