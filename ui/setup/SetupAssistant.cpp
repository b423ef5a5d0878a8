#include "setup/SetupAssistant.h"

#include "pages/PushCredentialsPanel.h"
#include "security/AccountService.h"
#include "security/AdminSession.h"
#include "settings/SettingsService.h"
#include "widgets/EndpointAddressForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

SetupAssistant::SetupAssistant(const Services &services, QWidget *parent) : QWizard(parent), m_services(services)
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWindowTitle(tr("ClinicMDM setup assistant"));
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(OrganisationPage, organisationPage());
    setPage(EndpointPage, endpointPage());
    setPage(PushPage, pushPage(true));
    setPage(FcmPage, pushPage(false));
    setPage(MfaPage, mfaPage());
    setPage(DonePage, donePage());
    setStartId(OrganisationPage);
    // Fits a 1280x720 screen with the window's frame and the panel below it.
    const QSize wanted(880, 600);
    const QScreen *screen = parent ? parent->screen() : nullptr;
    resize(screen ? wanted.boundedTo(screen->availableGeometry().size() - QSize(40, 60)) : wanted);
}

QLabel *SetupAssistant::explanation(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    return label;
}

QWizardPage *SetupAssistant::organisationPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Your organisation"));
    page->setSubTitle(tr("The name appears in the compliance reports and on the policies sent to devices."));
    m_clinic = new QLineEdit(SettingsService(*m_services.db).value(Setting::ClinicName).toString());
    m_clinic->setObjectName(QStringLiteral("assistantClinicName"));
    m_clinicError = new QLabel;
    m_clinicError->setObjectName(QStringLiteral("assistantClinicError"));
    m_clinicError->setWordWrap(true);
    m_clinicError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Organisation name:")));
    layout->addWidget(m_clinic);
    layout->addWidget(m_clinicError);
    layout->addStretch();
    layout->addWidget(explanation(tr("Every page of this assistant can be skipped, and everything it sets can be "
                                     "changed later in Settings.")));
    return page;
}

QWizardPage *SetupAssistant::endpointPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("How devices reach the console"));
    page->setSubTitle(tr("Phones and tablets check in to this console over HTTPS. Give the address they can reach "
                         "from the clinic's Wi-Fi, then let the console try it itself."));
    auto *layout = new QVBoxLayout(page);
    if (!m_services.endpoint) {
        layout->addWidget(explanation(tr("This console runs without a secret store, so it has no device endpoint.")));
        return page;
    }
    m_address = new EndpointAddressForm(*m_services.endpoint, *m_services.session);
    layout->addWidget(m_address);
    layout->addWidget(explanation(tr("Use a name your DNS server or router resolves to this computer, e.g. "
                                     "<i>https://mdm.clinic.example:8443</i>. The console fetches its own /health page "
                                     "through it, checking the name, the port and the TLS certificate as a phone would.")));
    layout->addStretch();
    return page;
}

QWizardPage *SetupAssistant::pushPage(bool apple)
{
    auto *page = new QWizardPage;
    page->setTitle(apple ? tr("Apple push certificate") : tr("Android push (optional)"));
    page->setSubTitle(apple ? tr("Without it, iPhones and iPads cannot enroll: Apple wakes them only for the holder "
                                 "of an MDM push certificate.")
                            : tr("A Firebase service account lets the console wake Android devices at once. Without "
                                 "it they pick up commands at their regular check-in. You can skip this page."));
    auto *layout = new QVBoxLayout(page);
    if (apple)
        layout->addWidget(explanation(
            tr("1. <b>Create certificate request…</b> saves a CSR file.<br>"
               "2. Send it to your MDM vendor to sign, then upload the signed request at "
               "<a href=\"https://identity.apple.com\">identity.apple.com</a> with the clinic's Apple ID.<br>"
               "3. <b>Import certificate…</b> the file Apple returns, and record the Apple ID: renewing "
               "the certificate needs the same one.")));
    if (m_services.store && m_services.gate) {
        auto *panel = new PushCredentialsPanel(*m_services.db, *m_services.store, *m_services.session, *m_services.gate);
        panel->setObjectName(apple ? QStringLiteral("assistantApplePush") : QStringLiteral("assistantFcm"));
        panel->showOnly(apple ? PushCredentialsPanel::Section::Apple : PushCredentialsPanel::Section::Fcm);
        connect(panel, &PushCredentialsPanel::credentialsChanged, this, &SetupAssistant::pushCredentialsChanged);
        layout->addWidget(panel);
    } else {
        layout->addWidget(explanation(tr("This console runs without a secret store, so it cannot keep push keys.")));
    }
    layout->addStretch();
    return page;
}

QWizardPage *SetupAssistant::mfaPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Two-factor sign-in"));
    bool enrolled = false;
    QList<AdminUser> admins;
    if (m_services.accounts->listAdmins(*m_services.session, &admins))
        for (const AdminUser &a : std::as_const(admins))
            enrolled = enrolled || (a.id == m_services.session->adminId() && a.mfaEnabled);
    auto *state = explanation(enrolled ? tr("✔ Done: %1 signs in with a password and a code from the "
                                            "authenticator app.").arg(m_services.session->username().toHtmlEscaped())
                                       : tr("%1 signs in with a password only. Set up two-factor sign-in in Settings "
                                            "> Accounts.").arg(m_services.session->username().toHtmlEscaped()));
    state->setObjectName(QStringLiteral("assistantMfaState"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(state);
    layout->addWidget(explanation(tr("Other administrators set up theirs when they first sign in. Settings > "
                                     "Accounts adds admins and resets a lost authenticator.")));
    layout->addStretch();
    return page;
}

QWizardPage *SetupAssistant::donePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Ready"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("The dashboard's <b>Getting started</b> list shows what is left: enroll the first "
                                     "device, assign a baseline policy and export the first compliance report. Help > "
                                     "Setup assistant opens this assistant again.")));
    layout->addStretch();
    return page;
}

QString SetupAssistant::organisationError() const { return m_clinicError->text(); }

bool SetupAssistant::validateCurrentPage()
{
    if (currentId() == OrganisationPage) {
        SettingsService settings(*m_services.db);
        const QString name = m_clinic->text().simplified();
        // An unchanged name is a skipped page, not a change to audit.
        if (name != settings.value(Setting::ClinicName).toString()) {
            if (Status s = settings.change(*m_services.session, Setting::ClinicName, name); !s) {
                m_clinicError->setText(s.message());
                return false;
            }
        }
        m_clinicError->clear();
    }
    return QWizard::validateCurrentPage();
}
