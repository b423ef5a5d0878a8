#include "apple/EnrollmentProfileBuilder.h"

#include "apple/Plist.h"
#include "pki/CmsSigner.h"

#include <QCoreApplication>
#include <QUuid>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QVariantMap common(const QString &type, const QString &identifier, const QString &uuid, const QString &displayName)
{
    return {{QStringLiteral("PayloadType"), type},
            {QStringLiteral("PayloadVersion"), 1},
            {QStringLiteral("PayloadIdentifier"), identifier},
            {QStringLiteral("PayloadUUID"), uuid},
            {QStringLiteral("PayloadDisplayName"), displayName}};
}

} // namespace

int EnrollmentProfileBuilder::accessRights(Ownership ownership)
{
    // A personal device is never erased by the clinic: the right is not even requested.
    return ownership == Ownership::BYOD ? AllAccessRights & ~DeviceEraseRight : AllAccessRights;
}

QString EnrollmentProfileBuilder::profileIdentifier(qint64 enrollmentId)
{
    return QStringLiteral("%1.%2").arg(profileIdentifierPrefix()).arg(enrollmentId);
}

QVariantMap EnrollmentProfileBuilder::build(const Input &in)
{
    const QString base = profileIdentifier(in.enrollmentId);
    const QString organization = in.organization.isEmpty() ? QStringLiteral("ClinicMDM") : in.organization;

    QVariantMap root = common(QStringLiteral("com.apple.security.root"), base + QStringLiteral(".ca"), newUuid(),
                              QCoreApplication::translate("EnrollmentProfileBuilder", "%1 certificate authority").arg(organization));
    root.insert(QStringLiteral("PayloadContent"), in.caCertificateDer);
    root.insert(QStringLiteral("PayloadCertificateFileName"), QStringLiteral("clinicmdm-ca.cer"));

    const QString scepUuid = newUuid();
    QVariantMap scep = common(QStringLiteral("com.apple.security.scep"), base + QStringLiteral(".scep"), scepUuid,
                              QCoreApplication::translate("EnrollmentProfileBuilder", "Device identity"));
    const QVariantList subject{QVariantList{QVariantList{QStringLiteral("CN"),
                                                         QStringLiteral("ClinicMDM device %1").arg(in.enrollmentId)}},
                               QVariantList{QVariantList{QStringLiteral("O"), organization}}};
    scep.insert(QStringLiteral("PayloadContent"),
                QVariantMap{{QStringLiteral("URL"), in.scepUrl},
                            {QStringLiteral("Name"), QStringLiteral("ClinicMDM")},
                            {QStringLiteral("Subject"), subject},
                            {QStringLiteral("Challenge"), QString::fromLatin1(in.challenge)},
                            {QStringLiteral("Keysize"), 2048},
                            {QStringLiteral("Key Type"), QStringLiteral("RSA")},
                            // 1 signing | 4 encryption: the identity signs check-ins and is a TLS client key.
                            {QStringLiteral("Key Usage"), 5},
                            {QStringLiteral("Retries"), 3},
                            {QStringLiteral("RetryDelay"), 10}});

    QVariantMap mdm = common(QStringLiteral("com.apple.mdm"), base + QStringLiteral(".mdm"), newUuid(),
                             QCoreApplication::translate("EnrollmentProfileBuilder", "Device management"));
    mdm.insert(QStringLiteral("IdentityCertificateUUID"), scepUuid);
    mdm.insert(QStringLiteral("Topic"), in.topic);
    mdm.insert(QStringLiteral("ServerURL"), in.serverUrl);
    mdm.insert(QStringLiteral("CheckInURL"), in.checkInUrl);
    mdm.insert(QStringLiteral("SignMessage"), true);
    mdm.insert(QStringLiteral("AccessRights"), accessRights(in.ownership));
    mdm.insert(QStringLiteral("CheckOutWhenRemoved"), true);
    // Shared iPad's per-user channel cannot be added after enrollment: the capability is declared
    // from the start, so a supervised path later does not mean re-enrolling every iPad.
    mdm.insert(QStringLiteral("ServerCapabilities"), QVariantList{QStringLiteral("com.apple.mdm.per-user-connections")});
    mdm.insert(QStringLiteral("UseDevelopmentAPNS"), false);

    QVariantMap profile{{QStringLiteral("PayloadType"), QStringLiteral("Configuration")},
                        {QStringLiteral("PayloadVersion"), 1},
                        {QStringLiteral("PayloadIdentifier"), base},
                        {QStringLiteral("PayloadUUID"), newUuid()},
                        {QStringLiteral("PayloadDisplayName"),
                         QCoreApplication::translate("EnrollmentProfileBuilder", "%1 device management").arg(organization)},
                        {QStringLiteral("PayloadOrganization"), organization},
                        {QStringLiteral("PayloadDescription"),
                         in.ownership == Ownership::BYOD
                             ? QCoreApplication::translate("EnrollmentProfileBuilder",
                                                           "Lets the clinic manage its apps and data on this personal device. "
                                                           "The clinic cannot erase the device or see personal apps.")
                             : QCoreApplication::translate("EnrollmentProfileBuilder",
                                                           "Enrolls this clinic-owned device in device management.")},
                        {QStringLiteral("PayloadScope"), QStringLiteral("System")},
                        {QStringLiteral("PayloadContent"), QVariantList{root, scep, mdm}}};
    return profile;
}

Status EnrollmentProfileBuilder::buildSigned(const Input &input, const CmsSigner &signer, QByteArray &out)
{
    QByteArray xml;
    if (Status s = Plist::toXml(build(input), xml); !s)
        return s;
    return signer.sign(xml, out);
}
