#include "pages/EndpointPanel.h"
#include "RelativeTime.h"

#include "endpoint/EndpointService.h"
#include "pages/EndpointImportDialog.h"
#include "pki/ConsolePki.h"
#include "widgets/EndpointAddressForm.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(const QString &objectName)
{
    auto *label = new QLabel(QStringLiteral("—"));
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

EndpointPanel::EndpointPanel(EndpointService &service, AdminSession &session, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *address = new QGroupBox(tr("Public address"));
    auto *addressLayout = new QVBoxLayout(address);
    m_address = new EndpointAddressForm(service, session);
    addressLayout->addWidget(m_address);
    layout->addWidget(address);
    auto *form = new QFormLayout;
    m_state = valueLabel(QStringLiteral("endpointState"));
    m_url = valueLabel(QStringLiteral("endpointUrl"));
    m_tlsSubject = valueLabel(QStringLiteral("tlsSubject"));
    m_tlsNames = valueLabel(QStringLiteral("tlsNames"));
    m_tlsSha = valueLabel(QStringLiteral("tlsSha256"));
    m_tlsExpiry = valueLabel(QStringLiteral("tlsExpiry"));
    m_tlsSource = valueLabel(QStringLiteral("tlsSource"));
    m_caSha = valueLabel(QStringLiteral("caSha256"));
    m_caExpiry = valueLabel(QStringLiteral("caExpiry"));
    m_stats = valueLabel(QStringLiteral("endpointStats"));
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Devices connect to:"), m_url);
    form->addRow(tr("TLS certificate:"), m_tlsSubject);
    form->addRow(tr("Names:"), m_tlsNames);
    form->addRow(tr("SHA-256:"), m_tlsSha);
    form->addRow(tr("Expires:"), m_tlsExpiry);
    form->addRow(tr("Source:"), m_tlsSource);
    form->addRow(tr("Console CA SHA-256:"), m_caSha);
    form->addRow(tr("Console CA expires:"), m_caExpiry);
    form->addRow(tr("Requests:"), m_stats);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start endpoint"));
    m_start->setObjectName(QStringLiteral("startEndpoint"));
    m_stop = new QPushButton(tr("S&top endpoint"));
    m_stop->setObjectName(QStringLiteral("stopEndpoint"));
    m_import = new QPushButton(tr("&Import TLS certificate…"));
    m_import->setObjectName(QStringLiteral("importTls"));
    m_reissue = new QPushButton(tr("Use the console's own &certificate"));
    m_reissue->setObjectName(QStringLiteral("reissueTls"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_reissue);
    layout->addLayout(buttons);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("endpointMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (Status s = m_service.startAs(m_session); !s)
            showMessage(false, s.message());
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (Status s = m_service.stopAs(m_session); !s)
            showMessage(false, s.message());
    });
    connect(m_import, &QPushButton::clicked, this, &EndpointPanel::importCertificate);
    connect(m_reissue, &QPushButton::clicked, this, [this] {
        if (Status s = m_service.reissueTls(m_session); !s)
            showMessage(false, s.message());
    });
    connect(&m_service, &EndpointService::stateChanged, this, &EndpointPanel::refresh);
    connect(&m_service, &EndpointService::failed, this, [this](const QString &why) { showMessage(false, why); });
    connect(&m_service, &EndpointService::certificatesChanged, this, &EndpointPanel::refreshCertificates);
    connect(&m_service, &EndpointService::statsChanged, this, &EndpointPanel::showStats);
    connect(&m_service.pki(), &ConsolePki::tlsIdentityChanged, this,
            [this] { showMessage(true, tr("The endpoint now uses the new TLS certificate.")); });
    connect(&m_service.pki(), &ConsolePki::failed, this, [this](const QString &why) { showMessage(false, why); });

    // Show the certificates without starting the endpoint (loading may create the CA once).
    if (!m_service.pki().isReady() && !m_service.pki().isBusy())
        m_service.pki().load();
    refresh();
    refreshCertificates();
}

QString EndpointPanel::stateText() const { return m_state->text(); }

void EndpointPanel::refresh()
{
    const EndpointService::State state = m_service.state();
    m_state->setText(m_service.stateText());
    m_url->setText(m_service.publicUrl());
    m_address->reload();
    const bool idle = state == EndpointService::State::Stopped || state == EndpointService::State::Failed;
    m_start->setEnabled(idle);
    m_stop->setEnabled(state == EndpointService::State::Running || state == EndpointService::State::Starting);
    if (state == EndpointService::State::Running)
        showMessage(true, QString());
}

void EndpointPanel::refreshCertificates()
{
    const ConsolePki &pki = m_service.pki();
    if (!pki.isReady())
        return;
    const CertificateInfo tls = pki.tlsInfo();
    m_tlsSubject->setText(tls.subject());
    m_tlsNames->setText((tls.dnsNames() + tls.ipAddresses()).join(QStringLiteral(", ")));
    m_tlsSha->setText(tls.sha256Hex());
    m_tlsExpiry->setText(tr("%1 (in %n day(s))", nullptr, int(tls.daysUntilExpiry()))
                             .arg(RelativeTime::localDate(tls.notAfter().toLocalTime().date())));
    m_tlsSource->setText(pki.tlsImported() ? tr("Imported") : tr("Issued by the console CA"));
    const CertificateInfo ca = pki.caInfo();
    m_caSha->setText(ca.sha256Hex());
    m_caExpiry->setText(RelativeTime::localDate(ca.notAfter().toLocalTime().date()));
    m_reissue->setEnabled(pki.tlsImported());
}

void EndpointPanel::showStats(const EndpointStats &stats)
{
    m_stats->setText(tr("%1 served (%2 refused as bad requests), %3 open connections")
                         .arg(stats.requests)
                         .arg(stats.status4xx)
                         .arg(stats.openConnections));
}

void EndpointPanel::showMessage(bool good, const QString &text)
{
    m_message->setText(text);
    m_message->setStyleSheet(good ? QString() : QStringLiteral("color: #b00020;"));
}

void EndpointPanel::importCertificate()
{
    auto *dialog = new EndpointImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QFile certificate(dialog->certificatePath());
        if (!certificate.open(QIODevice::ReadOnly)) {
            showMessage(false, tr("Cannot read %1: %2").arg(dialog->certificatePath(), certificate.errorString()));
            return;
        }
        Status s;
        if (dialog->isPkcs12()) {
            s = m_service.importTlsPkcs12(m_session, certificate.readAll(), dialog->password());
        } else {
            QFile key(dialog->keyPath());
            if (!key.open(QIODevice::ReadOnly)) {
                showMessage(false, tr("Cannot read %1: %2").arg(dialog->keyPath(), key.errorString()));
                return;
            }
            s = m_service.importTlsPem(m_session, certificate.readAll(), key.readAll(), dialog->password().toUtf8());
        }
        if (!s)
            showMessage(false, s.message());
    });
    dialog->open();
}
