#include "pages/SettingsPage.h"

#include "pages/AccountsPanel.h"
#include "settings/SettingsService.h"
#include "widgets/PageHeader.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsPage::SettingsPage(Database &db, AccountService &accounts, AdminSession &session, ReauthGate *gate,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Settings"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_accounts = new AccountsPanel(accounts, session, gate, this);
    m_tabs->addTab(m_accounts, tr("Accounts"));
    layout->addWidget(m_tabs);
    reload();
}

void SettingsPage::addTab(QWidget *page, const QString &title) { m_tabs->addTab(page, title); }

void SettingsPage::showTab(const QString &objectName)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == objectName)
            m_tabs->setCurrentIndex(i);
}

QWidget *SettingsPage::buildGeneral()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // short values need no full-width fields
    m_clinic = new QLineEdit;
    m_clinic->setMinimumWidth(360);
    m_clinic->setObjectName(QStringLiteral("clinicName"));
    m_clinic->setMaxLength(SettingsService::kMaxClinicNameLength);
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idle->setRange(0, SettingsService::kMaxIdleLockMinutes);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never (not recommended)"));
    m_idle->setToolTip(tr("HIPAA automatic logoff: the console locks after this long without input"));
    m_mfa = new QCheckBox(tr("Administrators must sign in with an authenticator code"));
    m_mfa->setObjectName(QStringLiteral("mfaRequired"));
    form->addRow(tr("Clinic name:"), m_clinic);
    form->addRow(tr("Lock the console after:"), m_idle);
    form->addRow(tr("Two-factor sign-in:"), m_mfa);
    outer->addLayout(form);

    auto *row = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveSettings"));
    auto *revert = new QPushButton(tr("&Revert"));
    revert->setObjectName(QStringLiteral("revertSettings"));
    row->addWidget(m_status, 1);
    row->addWidget(revert);
    row->addWidget(m_save);
    outer->addLayout(row);
    outer->addStretch();
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    return page;
}

void SettingsPage::reload()
{
    const SettingsService service(m_db);
    m_clinic->setText(service.value(Setting::ClinicName).toString());
    m_idle->setValue(service.value(Setting::IdleLockMinutes).toInt());
    m_mfa->setChecked(service.value(Setting::MfaRequiredForAdministrators).toBool());
}

QString SettingsPage::statusText() const { return m_status->text(); }

void SettingsPage::showStatus(bool good, const QString &text)
{
    m_status->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_status->setText(text);
}

void SettingsPage::save()
{
    SettingsService service(m_db);
    const int oldIdle = service.value(Setting::IdleLockMinutes).toInt();
    const Status s = service.change(m_session, {{Setting::ClinicName, m_clinic->text()},
                                                {Setting::IdleLockMinutes, m_idle->value()},
                                                {Setting::MfaRequiredForAdministrators, m_mfa->isChecked()}});
    if (s) {
        showStatus(true, tr("Settings saved."));
        reload();
        if (m_idle->value() != oldIdle)
            emit idleLockMinutesChanged(m_idle->value());
    } else {
        showStatus(false, tr("Not saved: %1").arg(s.message()));
    }
    emit saved(s);
}

void SettingsPage::setChangeNotifier(ChangeNotifier *notifier)
{
    if (m_accounts)
        m_accounts->setChangeNotifier(notifier);
}
