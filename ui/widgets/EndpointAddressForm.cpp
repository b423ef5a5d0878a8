#include "widgets/EndpointAddressForm.h"

#include "endpoint/EndpointSelfCheck.h"
#include "endpoint/EndpointService.h"
#include "security/AdminSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EndpointAddressForm::EndpointAddressForm(EndpointService &service, AdminSession &session, QWidget *parent)
    : QWidget(parent), m_service(service), m_session(session), m_url(new QLineEdit), m_devicesUse(new QLabel),
      m_save(new QPushButton(tr("Save and check"))), m_result(new QLabel)
{
    m_url->setObjectName(QStringLiteral("publicUrl"));
    m_save->setObjectName(QStringLiteral("checkReachability"));
    m_result->setObjectName(QStringLiteral("selfCheckResult"));
    m_devicesUse->setObjectName(QStringLiteral("publicUrlInUse"));
    m_result->setWordWrap(true);
    m_result->setMinimumWidth(240); // wrapped explanations must not widen the page beyond the screen
    m_devicesUse->setWordWrap(true);
    m_devicesUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setPlaceholderText(tr("e.g. https://mdm.clinic.example:8443 (empty: the check-in host and port)"));
    m_url->setToolTip(tr("The address phones and tablets use to reach this console: a name your network's DNS "
                         "resolves to this computer (or the router that forwards the port to it), and the port."));

    // The result goes under the form, not in it: a wrapped label spanning a QFormLayout row gets
    // too little height for a long explanation and is cut off.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_url, 1);
    row->addWidget(m_save);
    layout->addRow(tr("Public URL:"), row);
    layout->addRow(tr("Devices are told:"), m_devicesUse);
    outer->addLayout(layout);
    outer->addWidget(m_result);

    connect(m_save, &QPushButton::clicked, this, &EndpointAddressForm::saveAndCheck);
    connect(m_url, &QLineEdit::returnPressed, this, &EndpointAddressForm::saveAndCheck);
    connect(&m_service, &EndpointService::started, this, [this] {
        if (m_waitingForRestart) {
            m_waitingForRestart = false;
            runCheck();
        }
    });
    connect(&m_service, &EndpointService::failed, this, [this](const QString &why) {
        if (!m_waitingForRestart)
            return;
        m_waitingForRestart = false;
        showResult(false, tr("The endpoint did not start: %1").arg(why));
        emit checked(false);
    });
    m_save->setEnabled(m_session.can(Permission::ManageSettings));
    reload();
}

QString EndpointAddressForm::resultText() const { return m_result->text(); }

bool EndpointAddressForm::checking() const { return !m_check.isNull() || m_waitingForRestart; }

void EndpointAddressForm::reload()
{
    m_url->setText(m_service.configuredPublicUrl());
    m_devicesUse->setText(m_service.publicUrl());
}

void EndpointAddressForm::saveAndCheck()
{
    if (checking())
        return;
    bool reissuing = false;
    if (m_url->text().trimmed() != m_service.configuredPublicUrl()) {
        if (Status s = m_service.setPublicUrl(m_session, m_url->text(), &reissuing); !s) {
            showResult(false, s.message());
            emit checked(false);
            return;
        }
        reload();
    }
    // A new certificate restarts the endpoint; checking before it listens again would say "refused".
    const EndpointService::State state = m_service.state();
    if (reissuing || state == EndpointService::State::Starting || state == EndpointService::State::LoadingCertificates
        || state == EndpointService::State::Stopping) {
        m_waitingForRestart = true;
        showResult(true, tr("Saved. Waiting for the endpoint to listen with a certificate for the new name…"));
        return;
    }
    runCheck();
}

void EndpointAddressForm::runCheck()
{
    Status refusal;
    m_check = m_service.checkReachability(m_session, &refusal);
    if (!m_check) {
        showResult(false, refusal.message());
        emit checked(false);
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(m_check->explanation());
    fitResult();
    EndpointSelfCheck *check = m_check;
    connect(check, &EndpointSelfCheck::finished, this, [this, check] {
        showResult(check->ok(), check->explanation());
        m_check = nullptr;
        emit checked(check->ok());
    });
}

void EndpointAddressForm::showResult(bool good, const QString &text)
{
    m_result->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_result->setText(text);
    fitResult();
}

// QWizard pages do not pass height-for-width on: without this a long explanation is cut off.
void EndpointAddressForm::fitResult()
{
    // heightForWidth() is -1 for an empty label: nothing to make room for then.
    m_result->setMinimumHeight(qMax(0, m_result->heightForWidth(qMax(m_result->width(), 240))));
}

void EndpointAddressForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResult();
}
