#include "pages/AppsPage.h"

#include "AppInstallStateModel.h"
#include "catalog/AppCatalogService.h"
#include "catalog/CatalogRepository.h"
#include "dialogs/AddAppDialog.h"
#include "security/AdminSession.h"
#include "widgets/ManagedConfigForm.h"
#include "widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>


AppsPage::AppsPage(const DeviceCommandContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_apps(new QListWidget(this)), m_title(new QLabel(this)),
      m_source(new QLabel(this)), m_config(new ManagedConfigForm(this)), m_save(new QPushButton(tr("Save configuration"), this)),
      m_install(new QPushButton(tr("Install on assigned groups"), this)), m_stateModel(new AppInstallStateModel(*context.db, this)), m_states(new QTableView(this)),
      m_status(new QLabel(this)), m_details(new QWidget(this))
{
    setObjectName(QStringLiteral("page_apps"));
    m_apps->setObjectName(QStringLiteral("catalogList"));
    m_save->setObjectName(QStringLiteral("saveAppConfig"));
    m_install->setObjectName(QStringLiteral("installApp"));
    m_states->setObjectName(QStringLiteral("appInstallStates"));
    m_status->setObjectName(QStringLiteral("appsStatus"));
    m_status->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_states->setModel(m_stateModel);
    m_states->horizontalHeader()->setStretchLastSection(true);
    m_states->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_states->verticalHeader()->hide();
    m_states->setEditTriggers(QAbstractItemView::NoEditTriggers);

    const bool mayEdit = m_context.session && m_context.session->can(Permission::ManagePolicies);
    auto *add = new QPushButton(tr("Add app…"), this);
    add->setObjectName(QStringLiteral("addApp"));
    add->setVisible(mayEdit);
    m_save->setVisible(mayEdit);
    m_install->setVisible(mayEdit);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_apps, 1);
    leftLayout->addWidget(add);

    auto *configTitle = new QLabel(tr("Managed configuration"), this);
    auto *statesTitle = new QLabel(tr("On devices"), this);
    for (QLabel *l : {configTitle, statesTitle}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_install);
    buttons->addStretch(1);
    auto *detailLayout = new QVBoxLayout(m_details);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_source);
    detailLayout->addSpacing(8);
    detailLayout->addWidget(configTitle);
    detailLayout->addWidget(m_config);
    detailLayout->addLayout(buttons);
    detailLayout->addSpacing(8);
    detailLayout->addWidget(statesTitle);
    detailLayout->addWidget(m_states, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Apps"), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_apps, &QListWidget::currentRowChanged, this, &AppsPage::showSelected);
    connect(add, &QPushButton::clicked, this, &AppsPage::openAddDialog);
    connect(m_save, &QPushButton::clicked, this, &AppsPage::saveConfiguration);
    connect(m_install, &QPushButton::clicked, this, &AppsPage::installOnAssignedGroups);
    reload();
}

AddAppDialog *AppsPage::addDialog() const { return findChild<AddAppDialog *>(); }

QString AppsPage::statusText() const { return m_status->text(); }

qint64 AppsPage::selectedAppId() const
{
    const QListWidgetItem *item = m_apps->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AppsPage::reload()
{
    const qint64 keep = selectedAppId();
    m_apps->clear();
    for (const CatalogApp &app : CatalogRepository(*m_context.db).all()) {
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(app.name, app.identifier,
                                                               app.platform == CatalogApp::Platform::Apple ? tr("Apple")
                                                                                                           : tr("Android")));
        item->setData(Qt::UserRole, app.id);
        m_apps->addItem(item);
        if (app.id == keep)
            m_apps->setCurrentItem(item);
    }
    if (!m_apps->currentItem() && m_apps->count() > 0)
        m_apps->setCurrentRow(0);
    showSelected();
}

void AppsPage::showSelected()
{
    const std::optional<CatalogApp> app = CatalogRepository(*m_context.db).findById(selectedAppId());
    m_details->setVisible(app.has_value());
    if (!app) {
        m_stateModel->setApp(0);
        m_status->setText(m_apps->count() == 0 ? tr("No apps yet. Add the clinic's EHR client, messaging or telehealth "
                                                    "app with \"Add app…\".")
                                               : QString());
        return;
    }
    m_title->setText(app->name);
    QString source = app->source == CatalogApp::Source::Manifest ? tr("In-house app, manifest %1").arg(app->manifestUrl)
                     : app->source == CatalogApp::Source::Apk    ? tr("APK, SHA-256 %1").arg(app->apkSha256)
                                                                 : tr("Store id %1").arg(app->storeId);
    if (!app->vpnUuid.isEmpty())
        source += QLatin1Char('\n') + tr("Traffic through per-app VPN %1").arg(app->vpnUuid);
    m_source->setText(app->identifier + QLatin1Char('\n') + source);
    m_config->setSchema(app->configSchema, app->configValues);
    m_stateModel->setApp(app->id);
}

void AppsPage::showStatus(const Status &s, const QString &success)
{
    m_status->setStyleSheet(s ? QString() : QStringLiteral("color: #c62828"));
    m_status->setText(s ? success : s.message());
}

void AppsPage::openAddDialog()
{
    auto *dialog = new AddAppDialog(
        [this](CatalogApp &app) { return AppCatalogService(*m_context.db).add(*m_context.session, app); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        for (int row = 0; row < m_apps->count(); ++row)
            if (m_apps->item(row)->data(Qt::UserRole).toLongLong() == dialog->app().id)
                m_apps->setCurrentRow(row);
        showStatus(Status::success(), tr("%1 added. Fill in its configuration, then install it.").arg(dialog->app().name));
    });
    dialog->open();
}

void AppsPage::saveConfiguration()
{
    const Status s = AppCatalogService(*m_context.db).configure(*m_context.session, selectedAppId(), m_config->values());
    showStatus(s, tr("Configuration saved; devices get it with the next install."));
    if (s)
        showSelected();
}

void AppsPage::installOnAssignedGroups()
{
    AppCatalogService::Outcome outcome;
    const Status s = AppCatalogService(*m_context.db).install(*m_context.session, selectedAppId(), {}, outcome);
    QString text = tr("Install queued for %1 device(s).").arg(outcome.queued);
    if (outcome.viaPolicy > 0)
        text += QLatin1Char(' ') + tr("%1 Android device(s) get it with their policy.").arg(outcome.viaPolicy);
    if (!outcome.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped: %1").arg(outcome.skipped.join(QStringLiteral("; ")));
    showStatus(s, text);
    showSelected();
}
