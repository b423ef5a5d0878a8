#pragma once

#include "android/AndroidProvisioningPayload.h"
#include "security/Actor.h"

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Enrollment > QR code (Android): for devices not on USB. Builds the Android Enterprise provisioning
// JSON with a fresh one-time token, shows its QR code and saves a printable sheet (PNG or PDF).
class QrProvisioningTab : public QWidget
{
    Q_OBJECT
public:
    QrProvisioningTab(Database &db, const Actor &actor, QWidget *parent = nullptr);
    void setConsoleIdentity(const QString &consoleUrl, const QString &caSha256);
    QString payloadJson() const { return m_json; }
    QString statusText() const;

public slots:
    void generate();
    void saveSheet(const QString &path);

private:
    Database &m_db;
    Actor m_actor;
    QString m_consoleUrl;
    QString m_caSha256;
    QString m_json;
    QComboBox *m_ownership;
    QLineEdit *m_downloadUrl;
    QLineEdit *m_checksum;
    QLineEdit *m_wifiSsid;
    QLineEdit *m_wifiPassword;
    QLabel *m_qr;
    QLabel *m_status;
    QPushButton *m_save;
    AndroidProvisioningPayload m_sheetPayload;
    QString m_sheetOwnership;
    QString m_sheetExpires;
};
