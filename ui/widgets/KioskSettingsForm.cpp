#include "widgets/KioskSettingsForm.h"

#include "policy/PolicyJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace {

QComboBox *appChooser(const QString &objectName, const QString &placeholder)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->lineEdit()->setPlaceholderText(placeholder);
    return box;
}

// The identifier in the chooser: the item's data when a catalog app is chosen, else the typed text.
QString chosenId(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int i = box->findText(text);
    return i >= 0 && !box->itemData(i).toString().isEmpty() ? box->itemData(i).toString() : text;
}

void choose(QComboBox *box, const QString &id)
{
    const int i = box->findData(id);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(id);
}

bool looksLikeIdentifier(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$"));
    return re.match(id).hasMatch();
}

} // namespace

KioskSettingsForm::KioskSettingsForm(QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(tr("Kiosk mode: lock the device to a single app"))),
      m_appleApp(appChooser(QStringLiteral("kioskAppleApp"), tr("Apple bundle id, e.g. com.example.checkin"))),
      m_androidApp(appChooser(QStringLiteral("kioskAndroidApp"), tr("Android package, e.g. com.example.checkin"))),
      m_urls(new QPlainTextEdit), m_factoryReset(new QCheckBox(tr("Factory-reset protection (nobody can reset the kiosk from its settings)"))),
      m_logo(new QLineEdit), m_department(new QLineEdit), m_support(new QLineEdit), m_problems(new QLabel)
{
    m_enabled->setObjectName(QStringLiteral("kioskEnabled"));
    m_urls->setObjectName(QStringLiteral("kioskUrls"));
    m_factoryReset->setObjectName(QStringLiteral("kioskFactoryReset"));
    m_logo->setObjectName(QStringLiteral("kioskLogo"));
    m_department->setObjectName(QStringLiteral("kioskDepartment"));
    m_support->setObjectName(QStringLiteral("kioskSupport"));
    m_problems->setObjectName(QStringLiteral("kioskProblems"));
    m_urls->setPlaceholderText(tr("One per line: https://checkin.clinic.example or *.clinic.example"));
    m_urls->setTabChangesFocus(true);
    m_logo->setPlaceholderText(tr("https://clinic.example/logo.png or a file"));
    m_department->setPlaceholderText(tr("e.g. Emergency department, front desk"));
    m_support->setPlaceholderText(tr("e.g. IT help desk, ext. 4357"));
    for (QLineEdit *e : {m_logo, m_department, m_support})
        e->setMaxLength(200);
    m_problems->setWordWrap(true);

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    auto *browse = new QPushButton(tr("Choose file…"));
    connect(browse, &QPushButton::clicked, this, &KioskSettingsForm::browseForLogo);
    logoRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Single app (iPhone, iPad)"), m_appleApp);
    form->addRow(tr("Single app (Android)"), m_androidApp);
    form->addRow(tr("Allowed web sites (everything else is blocked)"), m_urls);
    form->addRow(m_factoryReset);
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Support contact"), m_support);
    form->addRow(m_problems);

    connect(m_urls, &QPlainTextEdit::textChanged, this, &KioskSettingsForm::updateProblems);
    connect(m_enabled, &QCheckBox::toggled, this, &KioskSettingsForm::updateProblems);
    for (QComboBox *box : {m_appleApp, m_androidApp})
        connect(box, &QComboBox::currentTextChanged, this, &KioskSettingsForm::updateProblems);
}

void KioskSettingsForm::setCatalogApps(const QList<std::pair<QString, QString>> &apple, const QList<std::pair<QString, QString>> &android)
{
    for (auto [box, apps] : {std::pair{m_appleApp, &apple}, std::pair{m_androidApp, &android}}) {
        const QString keep = chosenId(box);
        box->clear();
        for (const auto &[name, id] : *apps)
            box->addItem(tr("%1 (%2)").arg(name, id), id);
        choose(box, keep);
    }
}

void KioskSettingsForm::setSettings(const KioskSettings &s)
{
    m_enabled->setChecked(s.enabled);
    choose(m_appleApp, s.appleBundleId);
    choose(m_androidApp, s.androidPackage);
    m_urls->setPlainText(s.urlAllowlist.join(QLatin1Char('\n')));
    m_factoryReset->setChecked(s.factoryResetProtection);
    m_logo->setText(s.branding.logo);
    m_department->setText(s.branding.department);
    m_support->setText(s.branding.supportContact);
    updateProblems();
}

KioskSettings KioskSettingsForm::settings() const
{
    KioskSettings s;
    s.enabled = m_enabled->isChecked();
    s.appleBundleId = chosenId(m_appleApp);
    s.androidPackage = chosenId(m_androidApp);
    for (const QString &line : m_urls->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.urlAllowlist << line.trimmed();
    s.factoryResetProtection = m_factoryReset->isChecked();
    s.branding.logo = m_logo->text().trimmed();
    s.branding.department = m_department->text().trimmed();
    s.branding.supportContact = m_support->text().trimmed();
    return s;
}

QStringList KioskSettingsForm::problems() const
{
    const KioskSettings s = settings();
    QStringList list;
    if (s.enabled && s.appleBundleId.isEmpty() && s.androidPackage.isEmpty())
        list << tr("A kiosk needs its single app: choose it for iPhone/iPad, Android or both.");
    for (const QString &id : {s.appleBundleId, s.androidPackage})
        if (!id.isEmpty() && !looksLikeIdentifier(id))
            list << tr("%1 is not a bundle id or package name.").arg(id);
    for (const QString &url : s.urlAllowlist)
        if (!PolicyJson::isUrlAllowlistEntry(url))
            list << tr("%1 is neither an http(s) address nor a host pattern such as *.clinic.example.").arg(url);
    return list;
}

void KioskSettingsForm::updateProblems()
{
    m_problems->setText(problems().join(QLatin1Char('\n')));
}

void KioskSettingsForm::browseForLogo()
{
    auto *dialog = new QFileDialog(this, tr("Clinic logo"), {}, tr("Images (*.png *.jpg *.jpeg *.svg)"));
    dialog->setObjectName(QStringLiteral("kioskLogoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_logo, &QLineEdit::setText);
    dialog->open();
}
