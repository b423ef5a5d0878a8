#pragma once

#include "endpoint/EndpointStats.h"

#include <QWidget>

class AdminSession;
class EndpointAddressForm;
class EndpointService;
class QLabel;
class QPushButton;

// The Settings page's "Endpoint" tab: whether the device endpoint listens and where, the TLS
// certificate devices see (subject, names, SHA-256, expiry, issued or imported), the console CA's
// fingerprint, request counters, and the buttons to start/stop it and to import or re-issue the TLS
// certificate. Every action goes through EndpointService (RBAC, audit) and reports by signal.
class EndpointPanel : public QWidget
{
    Q_OBJECT
public:
    EndpointPanel(EndpointService &service, AdminSession &session, QWidget *parent = nullptr);

    QString stateText() const;
    EndpointAddressForm *addressForm() const { return m_address; }

private:
    void refresh();
    void refreshCertificates();
    void showStats(const EndpointStats &stats);
    void showMessage(bool good, const QString &text);
    void importCertificate();

    EndpointService &m_service;
    EndpointAddressForm *m_address = nullptr;
    AdminSession &m_session;
    QLabel *m_state = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_tlsSubject = nullptr;
    QLabel *m_tlsNames = nullptr;
    QLabel *m_tlsSha = nullptr;
    QLabel *m_tlsExpiry = nullptr;
    QLabel *m_tlsSource = nullptr;
    QLabel *m_caSha = nullptr;
    QLabel *m_caExpiry = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_reissue = nullptr;
};
