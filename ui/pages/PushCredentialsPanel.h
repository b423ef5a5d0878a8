#pragma once

#include "push/PushCertificateImport.h"

#include <QWidget>

class AdminSession;
class Database;
class QFileDialog;
class QInputDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class ReauthGate;
class SecretStore;

// The Settings page's "Push" tab: the APNs push certificate devices are woken with (topic, expiry,
// owning Apple ID, APNs' refusal if any), its certificate request and import, and the FCM service
// account for Android. Each action asks for the password again (ManageCertificates) and runs through
// the engine's import jobs; a certificate with another topic is imported only after the admin has
// accepted that every Apple device must enroll again.
class PushCredentialsPanel : public QWidget
{
    Q_OBJECT
public:
    PushCredentialsPanel(Database &db, SecretStore &secrets, AdminSession &session, ReauthGate &gate,
                         QWidget *parent = nullptr);

    // The dialogs of the action in progress (tests drive them).
    QFileDialog *fileDialog() const { return m_fileDialog; }
    QInputDialog *passwordDialog() const { return m_passwordDialog; }
    QMessageBox *reenrollDialog() const { return m_reenrollDialog; }
    QString messageText() const;
    // The setup assistant shows the Apple certificate and the FCM account on separate pages.
    enum class Section { Apple, Fcm };
    void showOnly(Section section);

signals:
    // New push credentials are stored: the running push service loads them again.
    void credentialsChanged();

private:
    enum class FileAction { SaveRequest, ImportCertificate, ImportFcm };

    void refresh();
    void chooseFile(FileAction action);
    void fileChosen(FileAction action, const QString &path);
    void importCertificate(PushCertificateImportRequest request);
    void askToReenroll(const PushCertificateImportRequest &request, const QString &why);
    void saveAppleId();
    void showMessage(bool good, const QString &text);

    Database &m_db;
    SecretStore &m_secrets;
    AdminSession &m_session;
    ReauthGate &m_gate;
    QWidget *m_apnsBox = nullptr;
    QWidget *m_fcmBox = nullptr;
    QLabel *m_topic;
    QLabel *m_expiry;
    QLabel *m_fingerprint;
    QLabel *m_pending;
    QLabel *m_fcm;
    QLabel *m_message;
    QLineEdit *m_appleId;
    QPushButton *m_request;
    QPushButton *m_import;
    QPushButton *m_importFcm;
    QFileDialog *m_fileDialog = nullptr;
    QInputDialog *m_passwordDialog = nullptr;
    QMessageBox *m_reenrollDialog = nullptr;
};
