#include "pages/PushCredentialsPanel.h"
#include "RelativeTime.h"

#include "push/FcmAccountImport.h"
#include "push/FcmServiceAccount.h"
#include "push/PushCertificateExpiry.h"
#include "push/PushCertificateRequest.h"
#include "push/PushCertificateService.h"
#include "push/PushCredentialNames.h"
#include "push/PushCredentialRepository.h"
#include "security/AdminSession.h"
#include "security/ReauthGate.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *selectable()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

PushCredentialsPanel::PushCredentialsPanel(Database &db, SecretStore &secrets, AdminSession &session, ReauthGate &gate,
                                           QWidget *parent)
    : QWidget(parent), m_db(db), m_secrets(secrets), m_session(session), m_gate(gate), m_topic(selectable()),
      m_expiry(selectable()), m_fingerprint(selectable()), m_pending(new QLabel), m_fcm(selectable()), m_message(new QLabel),
      m_appleId(new QLineEdit), m_request(new QPushButton(tr("Create certificate request…"))),
      m_import(new QPushButton(tr("Import certificate…"))), m_importFcm(new QPushButton(tr("Import service account…")))
{
    m_request->setObjectName(QStringLiteral("pushCreateRequest"));
    m_import->setObjectName(QStringLiteral("pushImportCertificate"));
    m_importFcm->setObjectName(QStringLiteral("pushImportFcm"));
    m_appleId->setObjectName(QStringLiteral("pushAppleId"));
    m_message->setObjectName(QStringLiteral("pushMessage"));
    m_message->setWordWrap(true);
    m_pending->setWordWrap(true);
    m_appleId->setPlaceholderText(tr("The Apple ID that created the certificate (renewals need the same one)"));

    auto *apns = new QGroupBox(tr("Apple push certificate (APNs)"));
    auto *apnsForm = new QFormLayout(apns);
    apnsForm->addRow(tr("Topic:"), m_topic);
    apnsForm->addRow(tr("Valid until:"), m_expiry);
    apnsForm->addRow(tr("SHA-256:"), m_fingerprint);
    auto *owner = new QHBoxLayout;
    auto *saveOwner = new QPushButton(tr("Save"));
    saveOwner->setObjectName(QStringLiteral("pushSaveAppleId"));
    owner->addWidget(m_appleId, 1);
    owner->addWidget(saveOwner);
    apnsForm->addRow(tr("Apple ID:"), owner);
    apnsForm->addRow(m_pending);
    auto *apnsButtons = new QHBoxLayout;
    apnsButtons->addWidget(m_request);
    apnsButtons->addWidget(m_import);
    apnsButtons->addStretch();
    apnsForm->addRow(apnsButtons);

    auto *fcm = new QGroupBox(tr("Firebase Cloud Messaging (Android)"));
    auto *fcmForm = new QFormLayout(fcm);
    fcmForm->addRow(tr("Service account:"), m_fcm);
    fcmForm->addRow(m_importFcm);

    m_apnsBox = apns;
    m_fcmBox = fcm;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(apns);
    layout->addWidget(fcm);
    layout->addWidget(m_message);
    layout->addStretch();

    auto gated = [this](const QString &action, FileAction file) {
        m_gate.confirm(this, Permission::ManageCertificates, action, [this, file] { chooseFile(file); });
    };
    connect(m_request, &QPushButton::clicked, this, [gated] { gated(tr("create a push certificate request"), FileAction::SaveRequest); });
    connect(m_import, &QPushButton::clicked, this, [gated] { gated(tr("import the push certificate"), FileAction::ImportCertificate); });
    connect(m_importFcm, &QPushButton::clicked, this, [gated] { gated(tr("import the FCM service account"), FileAction::ImportFcm); });
    connect(saveOwner, &QPushButton::clicked, this, [this] {
        m_gate.confirm(this, Permission::ManageCertificates, tr("record the push certificate's Apple ID"), [this] { saveAppleId(); });
    });
    connect(&m_gate, &ReauthGate::refused, this, [this](const Status &s) { showMessage(false, s.message()); });
    const bool allowed = m_session.can(Permission::ManageCertificates);
    for (QWidget *w : {static_cast<QWidget *>(m_request), static_cast<QWidget *>(m_import),
                       static_cast<QWidget *>(m_importFcm), static_cast<QWidget *>(saveOwner), static_cast<QWidget *>(m_appleId)})
        w->setEnabled(allowed);
    refresh();
}

QString PushCredentialsPanel::messageText() const { return m_message->text(); }

void PushCredentialsPanel::showOnly(Section section)
{
    m_apnsBox->setVisible(section == Section::Apple);
    m_fcmBox->setVisible(section == Section::Fcm);
}

void PushCredentialsPanel::refresh()
{
    PushCertificateService service(m_db);
    if (const std::optional<PushCertificate> c = service.current()) {
        m_topic->setText(c->topic);
        const auto level = PushCertificateExpiry::level(c->notAfter, QDateTime::currentDateTimeUtc());
        QString expiry = QLocale().toString(c->notAfter.toLocalTime(), QLocale::LongFormat);
        if (level != PushCertificateExpiry::Level::None)
            expiry += QStringLiteral(" — ") + PushCertificateExpiry::message(level, c->notAfter);
        if (!c->alarm.isEmpty())
            expiry += QStringLiteral("\n") + tr("APNs refused this certificate: %1").arg(c->alarm);
        m_expiry->setText(expiry);
        m_expiry->setStyleSheet(level == PushCertificateExpiry::Level::None && c->alarm.isEmpty() ? QString()
                                                                                                  : QStringLiteral("color: #b71c1c;"));
        m_fingerprint->setText(c->sha256Hex);
        m_appleId->setText(c->appleId);
    } else {
        m_topic->setText(tr("No push certificate yet: Apple devices cannot be woken or enrolled."));
        m_expiry->clear();
        m_fingerprint->clear();
    }
    m_pending->setText(service.pendingRequest()
                           ? tr("A certificate request is waiting for Apple's signed certificate: import the certificate "
                                "that identity.apple.com returns.")
                           : QString());
    const std::optional<QJsonObject> fcm = PushCredentialRepository(m_db).get(QString::fromLatin1(PushCredentialNames::FcmServiceAccount));
    m_fcm->setText(fcm ? tr("%1 (project %2)").arg(fcm->value(QLatin1String("client_email")).toString(),
                                                   fcm->value(QLatin1String("project_id")).toString())
                       : tr("None: Android devices are woken only at their regular check-in."));
}

void PushCredentialsPanel::chooseFile(FileAction action)
{
    delete m_fileDialog;
    const bool save = action == FileAction::SaveRequest;
    const QString filter = action == FileAction::ImportFcm ? tr("Service account (*.json)")
                           : save                         ? tr("Certificate request (*.csr *.pem)")
                                                          : tr("Push certificate (*.pem *.cer *.crt *.p12 *.pfx)");
    m_fileDialog = new QFileDialog(this, save ? tr("Save the certificate request") : tr("Choose a file"), QString(), filter);
    m_fileDialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    m_fileDialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save)
        m_fileDialog->selectFile(QStringLiteral("clinicmdm-push.csr"));
    connect(m_fileDialog, &QFileDialog::fileSelected, this, [this, action](const QString &path) { fileChosen(action, path); });
    m_fileDialog->open();
}

void PushCredentialsPanel::fileChosen(FileAction action, const QString &path)
{
    if (action == FileAction::SaveRequest) {
        auto *job = new PushCertificateRequest(m_db, m_secrets, m_session, QStringLiteral("ClinicMDM push"), this);
        connect(job, &PushCertificateRequest::finished, this, [this, job, path](const Status &s) {
            if (!s)
                return showMessage(false, s.message());
            QFile f(path);
            const QByteArray csr = job->csrPem();
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csr) != csr.size())
                return showMessage(false, tr("Cannot write %1: %2").arg(path, f.errorString()));
            showMessage(true, tr("Saved the request as %1. Have it signed by your MDM vendor, upload it at "
                                 "identity.apple.com, then import the certificate Apple returns.").arg(path));
            refresh();
        });
        job->start();
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return showMessage(false, tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray content = f.readAll();
    if (action == FileAction::ImportFcm) {
        auto *job = new FcmAccountImport(m_db, m_secrets, m_session, content, this);
        connect(job, &FcmAccountImport::finished, this, [this, job](const Status &s) {
            if (!s)
                return showMessage(false, s.message());
            showMessage(true, tr("Imported the FCM service account %1.").arg(job->account().clientEmail));
            refresh();
            emit credentialsChanged();
        });
        job->start();
        return;
    }
    PushCertificateImportRequest request;
    request.file = content;
    request.fileName = QFileInfo(path).fileName();
    request.appleId = m_appleId->text().trimmed();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("p12") && suffix != QLatin1String("pfx"))
        return importCertificate(request);
    delete m_passwordDialog;
    m_passwordDialog = new QInputDialog(this);
    m_passwordDialog->setWindowTitle(tr("Certificate password"));
    m_passwordDialog->setLabelText(tr("Password of %1:").arg(request.fileName));
    m_passwordDialog->setTextEchoMode(QLineEdit::Password);
    connect(m_passwordDialog, &QInputDialog::textValueSelected, this, [this, request](const QString &password) {
        PushCertificateImportRequest withPassword = request;
        withPassword.password = password.toUtf8();
        importCertificate(withPassword);
    });
    m_passwordDialog->open();
}

void PushCredentialsPanel::importCertificate(PushCertificateImportRequest request)
{
    // The gate confirmed the password just before the file was chosen: that is the fresh
    // re-authentication a topic change needs (checked again by the engine).
    SignInResult reauth;
    reauth.session = m_session;
    auto *job = new PushCertificateImport(m_db, m_secrets, m_session, reauth, request, this);
    connect(job, &PushCertificateImport::finished, this, [this, job, request](const Status &s) {
        if (s.code() == ErrorCode::Conflict && !request.acceptReenrollment)
            return askToReenroll(request, s.message());
        if (!s)
            return showMessage(false, s.message());
        const PushCertificate c = job->certificate();
        showMessage(true, tr("Imported the push certificate for %1, valid until %2.")
                              .arg(c.topic, RelativeTime::localDateTime(c.notAfter)));
        refresh();
        emit credentialsChanged();
    });
    job->start();
}

void PushCredentialsPanel::askToReenroll(const PushCertificateImportRequest &request, const QString &why)
{
    delete m_reenrollDialog;
    m_reenrollDialog = new QMessageBox(QMessageBox::Warning, tr("A new push certificate"), why,
                                       QMessageBox::Cancel, this);
    QPushButton *accept = m_reenrollDialog->addButton(tr("Replace it; every Apple device enrolls again"), QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("acceptReenroll"));
    m_reenrollDialog->setDefaultButton(QMessageBox::Cancel);
    connect(m_reenrollDialog, &QMessageBox::buttonClicked, this, [this, accept, request](QAbstractButton *clicked) {
        if (clicked != accept)
            return showMessage(false, tr("The current push certificate stays."));
        PushCertificateImportRequest accepted = request;
        accepted.acceptReenrollment = true;
        importCertificate(accepted);
    });
    m_reenrollDialog->open();
}

void PushCredentialsPanel::saveAppleId()
{
    const Status s = PushCertificateService(m_db).setAppleId(m_session, m_appleId->text().trimmed(), QDateTime::currentSecsSinceEpoch());
    showMessage(s.ok(), s ? tr("Saved the Apple ID.") : s.message());
}

void PushCredentialsPanel::showMessage(bool good, const QString &text)
{
    m_message->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_message->setText(text);
}
