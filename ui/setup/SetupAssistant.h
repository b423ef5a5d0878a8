#pragma once

#include <QWizard>

class AccountService;
class AdminSession;
class Database;
class EndpointAddressForm;
class EndpointService;
class QLabel;
class QLineEdit;
class ReauthGate;
class SecretStore;

// The first-run setup assistant (as Intune and Jamf guide a new tenant), shown after the first
// Administrator is created and again from Help > Setup assistant: the organisation's name, the
// endpoint's public address with its reachability self-check, the Apple push certificate (request,
// where to send it, import, the Apple ID), the optional FCM account, and the admin's MFA (done by
// the first-admin dialog, shown as done). Every page can be skipped, and everything it sets is in
// Settings too: the pages reuse the Settings widgets (EndpointAddressForm, PushCredentialsPanel),
// and every change goes through the engine (permission, validation, audit). Window-modal, opened
// with open(), never exec().
class SetupAssistant : public QWizard
{
    Q_OBJECT
public:
    enum PageId { OrganisationPage, EndpointPage, PushPage, FcmPage, MfaPage, DonePage };

    struct Services {
        Database *db = nullptr;
        AccountService *accounts = nullptr;
        AdminSession *session = nullptr;
        EndpointService *endpoint = nullptr; // null: no endpoint in this console (no secret store)
        SecretStore *store = nullptr;
        ReauthGate *gate = nullptr;
    };

    explicit SetupAssistant(const Services &services, QWidget *parent = nullptr);

    EndpointAddressForm *addressForm() const { return m_address; }
    QString organisationError() const;

signals:
    // Push credentials were imported here: the running push service loads them again.
    void pushCredentialsChanged();

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *organisationPage();
    QWizardPage *endpointPage();
    QWizardPage *pushPage(bool apple);
    QWizardPage *mfaPage();
    QWizardPage *donePage();
    static QLabel *explanation(const QString &text);

    Services m_services;
    QLineEdit *m_clinic = nullptr;
    QLabel *m_clinicError = nullptr;
    EndpointAddressForm *m_address = nullptr;
};
