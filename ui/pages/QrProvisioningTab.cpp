#include "pages/QrProvisioningTab.h"
#include "RelativeTime.h"

#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/AndroidProvisioningPayload.h"
#include "android/ProvisioningSheet.h"
#include "audit/AuditLog.h"
#include "dialogs/OwnershipAdvisorDialog.h"
#include "settings/SettingsRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

QrProvisioningTab::QrProvisioningTab(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_ownership(new QComboBox), m_downloadUrl(new QLineEdit),
      m_checksum(new QLineEdit), m_wifiSsid(new QLineEdit), m_wifiPassword(new QLineEdit), m_qr(new QLabel),
      m_status(new QLabel), m_save(new QPushButton(tr("Save printable sheet…")))
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    for (const QString &o : {QStringLiteral("COPE"), QStringLiteral("COSU"), QStringLiteral("Shared")})
        m_ownership->addItem(DeviceTypes::displayName(*DeviceTypes::ownershipFromDb(o)), o);
    m_ownership->setObjectName(QStringLiteral("qrOwnership"));
    auto *ownershipRow = new QHBoxLayout;
    ownershipRow->addWidget(m_ownership, 1);
    ownershipRow->addWidget(OwnershipAdvisorDialog::helpButton(this, [this](const OwnershipAdvisor::Advice &a) {
        // QR provisioning makes a fully managed device; a personal phone enrolls its work profile another way.
        const int index = m_ownership->findData(DeviceTypes::toDb(a.ownership));
        if (index >= 0)
            m_ownership->setCurrentIndex(index);
        m_status->setText(index >= 0 ? QString()
                                     : tr("%1 is recommended: a personal phone is never provisioned by QR code, which "
                                          "makes the whole device managed.").arg(DeviceTypes::displayName(a.ownership)));
    }));
    form->addRow(tr("Ownership:"), ownershipRow);
    m_downloadUrl->setObjectName(QStringLiteral("qrDownloadUrl"));
    m_downloadUrl->setPlaceholderText(QStringLiteral("https://…/clinicmdm-agent.apk"));
    form->addRow(tr("Agent download (https):"), m_downloadUrl);
    m_checksum->setObjectName(QStringLiteral("qrChecksum"));
    m_checksum->setPlaceholderText(tr("signing certificate SHA-256, base64url"));
    form->addRow(tr("Signature checksum:"), m_checksum);
    m_wifiSsid->setObjectName(QStringLiteral("qrWifiSsid"));
    form->addRow(tr("Wi-Fi network (optional):"), m_wifiSsid);
    m_wifiPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Wi-Fi password:"), m_wifiPassword);
    left->addLayout(form);
    auto *generate = new QPushButton(tr("Make QR code"));
    generate->setObjectName(QStringLiteral("qrGenerate"));
    m_save->setObjectName(QStringLiteral("qrSave"));
    m_save->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(generate);
    buttons->addWidget(m_save);
    buttons->addStretch();
    left->addLayout(buttons);
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    left->addStretch();
    layout->addLayout(left, 1);
    m_qr->setObjectName(QStringLiteral("qrImage"));
    m_qr->setMinimumSize(320, 320);
    m_qr->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_qr);

    connect(generate, &QPushButton::clicked, this, &QrProvisioningTab::generate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save the enrollment sheet"), QStringLiteral("android-enrollment.pdf"),
                                       tr("PDF (*.pdf);;PNG image (*.png)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, &QrProvisioningTab::saveSheet);
        dialog->open();
    });
}

void QrProvisioningTab::setConsoleIdentity(const QString &consoleUrl, const QString &caSha256)
{
    m_consoleUrl = consoleUrl;
    m_caSha256 = caSha256;
}

void QrProvisioningTab::generate()
{
    AndroidProvisioningPayload p;
    p.downloadUrl = m_downloadUrl->text().trimmed();
    p.signatureChecksum = m_checksum->text().trimmed();
    p.wifiSsid = m_wifiSsid->text();
    p.wifiPassword = m_wifiPassword->text();
    p.consoleUrl = m_consoleUrl;
    p.caSha256 = m_caSha256;
    p.enrollToken = QStringLiteral("pending"); // checked first, so a refused form spends no token
    if (Status s = p.validate(); !s) {
        m_status->setText(s.message());
        return;
    }
    AndroidEnrollmentToken token;
    token.method = QStringLiteral("qr");
    token.ownership = DeviceTypes::ownershipFromDb(m_ownership->currentData().toString()).value_or(Ownership::COPE);
    token.createdAt = QDateTime::currentSecsSinceEpoch();
    token.expiresAt = token.createdAt + AndroidEnrollmentTokenRepository::DefaultLifetimeSeconds;
    if (Status s = AndroidEnrollmentTokenRepository(m_db).create(token, m_actor.name, &p.enrollToken); !s) {
        m_status->setText(s.message());
        return;
    }
    AuditLog(m_db).record(m_actor, QStringLiteral("android.qr.create"), QStringLiteral("success"),
                          QStringLiteral("enrollment=%1 ownership=%2").arg(token.id).arg(DeviceTypes::toDb(token.ownership)));
    m_json = QString::fromUtf8(p.toCompactJson());
    const ProvisioningSheet sheet(p, SettingsRepository(m_db).value(Setting::ClinicName).toString(), m_ownership->currentText(),
                                  QDateTime::fromSecsSinceEpoch(token.expiresAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_qr->setPixmap(QPixmap::fromImage(sheet.qrImage(3)));
    m_status->setText(tr("Scan this code on the welcome screen (tap six times). It enrolls one device, until %1.")
                          .arg(RelativeTime::localDateTime(QDateTime::fromSecsSinceEpoch(token.expiresAt, Qt::UTC))));
    m_save->setEnabled(true);
    m_sheetPayload = p;
    m_sheetOwnership = m_ownership->currentText();
    m_sheetExpires = QDateTime::fromSecsSinceEpoch(token.expiresAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void QrProvisioningTab::saveSheet(const QString &path)
{
    const ProvisioningSheet sheet(m_sheetPayload, SettingsRepository(m_db).value(Setting::ClinicName).toString(),
                                  m_sheetOwnership, m_sheetExpires);
    const Status s = sheet.save(path);
    m_status->setText(s ? tr("Saved %1.").arg(path) : s.message());
}

QString QrProvisioningTab::statusText() const { return m_status->text(); }
