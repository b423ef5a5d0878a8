#include "dialogs/AddAppDialog.h"

#include "catalog/ClinicalAppTemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddAppDialog::AddAppDialog(Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_template(new QComboBox(this)), m_platform(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_identifier(new QLineEdit(this)), m_source(new QComboBox(this)),
      m_sourceValue(new QLineEdit(this)), m_version(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Add an app to the catalog"));
    m_template->setObjectName(QStringLiteral("appTemplate"));
    m_platform->setObjectName(QStringLiteral("appPlatform"));
    m_name->setObjectName(QStringLiteral("appName"));
    m_identifier->setObjectName(QStringLiteral("appIdentifier"));
    m_source->setObjectName(QStringLiteral("appSource"));
    m_sourceValue->setObjectName(QStringLiteral("appSourceValue"));
    m_version->setObjectName(QStringLiteral("appVersion"));
    m_error->setObjectName(QStringLiteral("addAppError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));

    m_template->addItem(tr("None (no managed configuration)"), QString());
    for (const QString &name : ClinicalAppTemplates::names())
        m_template->addItem(ClinicalAppTemplates::description(name).section(QLatin1Char(':'), 0, 0), name);
    m_platform->addItem(tr("Apple (iPhone, iPad)"), int(CatalogApp::Platform::Apple));
    m_platform->addItem(tr("Android"), int(CatalogApp::Platform::Android));
    m_source->addItem(tr("App Store / Play id"), int(CatalogApp::Source::Store));
    m_source->addItem(tr("In-house manifest URL (Apple)"), int(CatalogApp::Source::Manifest));
    m_source->addItem(tr("APK SHA-256 (Android)"), int(CatalogApp::Source::Apk));
    m_identifier->setPlaceholderText(QStringLiteral("org.example.ehr"));

    auto *form = new QFormLayout;
    form->addRow(tr("Kind of app:"), m_template);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Bundle id or package:"), m_identifier);
    form->addRow(tr("Comes from:"), m_source);
    form->addRow(tr("Store id, URL or SHA-256:"), m_sourceValue);
    form->addRow(tr("Version:"), m_version);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("Add app"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addAppButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddAppDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AddAppDialog::errorText() const { return m_error->text(); }

void AddAppDialog::submit()
{
    CatalogApp app;
    app.platform = CatalogApp::Platform(m_platform->currentData().toInt());
    app.source = CatalogApp::Source(m_source->currentData().toInt());
    app.identifier = m_identifier->text().trimmed();
    app.version = m_version->text().trimmed();
    app.name = m_name->text().trimmed();
    ClinicalAppTemplates::apply(m_template->currentData().toString(), app);
    const QString value = m_sourceValue->text().trimmed();
    if (app.source == CatalogApp::Source::Manifest)
        app.manifestUrl = value;
    else if (app.source == CatalogApp::Source::Apk)
        app.apkSha256 = value.toLower();
    else
        app.storeId = value;
    // Required configuration (an EHR's FHIR endpoint) is filled in on the Apps page afterwards:
    // the engine stores a partial configuration and refuses installs until it is complete.
    const Status s = m_submit(app);
    if (!s) {
        m_error->setText(s.message());
        return;
    }
    m_app = app;
    accept();
}
