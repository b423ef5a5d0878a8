#pragma once

#include "security/Actor.h"

#include <QWidget>

class Database;
class QrProvisioningTab;
class QTabWidget;
class UsbEnrollmentTab;

// Enrollment: one tab per way of enrolling (USB for Android tablets, QR code for Android devices
// away from the computer; Apple's ways come as further tabs).
class EnrollmentPage : public QWidget
{
    Q_OBJECT
public:
    EnrollmentPage(Database &db, const Actor &actor, quint16 adbPort = 0, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UsbEnrollmentTab *usbTab() const { return m_usb; }
    QrProvisioningTab *qrTab() const { return m_qr; }
    // Where agents enroll; the URL defaults to the endpoint settings, the CA comes from the endpoint.
    void setConsoleIdentity(const QString &consoleUrl, const QString &caSha256);

private:
    QTabWidget *m_tabs;
    UsbEnrollmentTab *m_usb;
    QrProvisioningTab *m_qr;
};
