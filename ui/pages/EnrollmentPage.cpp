#include "pages/EnrollmentPage.h"

#include "pages/QrProvisioningTab.h"
#include "pages/UsbEnrollmentTab.h"
#include "endpoint/EndpointAddress.h"

#include <QTabWidget>
#include <QVBoxLayout>

EnrollmentPage::EnrollmentPage(Database &db, const Actor &actor, quint16 adbPort, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_usb(new UsbEnrollmentTab(db, actor, adbPort)), m_qr(new QrProvisioningTab(db, actor))
{
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("enrollmentTabs"));
    m_usb->setObjectName(QStringLiteral("usbAndroidTab"));
    m_qr->setObjectName(QStringLiteral("qrAndroidTab"));
    m_tabs->addTab(m_usb, tr("USB (Android)"));
    m_tabs->addTab(m_qr, tr("QR code (Android)"));
    layout->addWidget(m_tabs);
    setConsoleIdentity(EndpointAddress::publicUrl(db), QString());
}

void EnrollmentPage::setConsoleIdentity(const QString &consoleUrl, const QString &caSha256)
{
    m_usb->setConsoleIdentity(consoleUrl, caSha256);
    m_qr->setConsoleIdentity(consoleUrl, caSha256);
}
