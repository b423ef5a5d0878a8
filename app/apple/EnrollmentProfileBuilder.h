#pragma once

#include "core/Status.h"
#include "fleet/DeviceTypes.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

class CmsSigner;

// The enrollment .mobileconfig: the console CA (com.apple.security.root), the SCEP payload that gets
// the device its identity (com.apple.security.scep, 2048-bit RSA, the one-time challenge) and the MDM
// payload (com.apple.mdm) that names that identity, the APNs topic and the server and check-in URLs,
// with SignMessage on. BYOD enrollments get every access right except device erase.
class EnrollmentProfileBuilder
{
public:
    // Apple's AccessRights bit flags (com.apple.mdm.yaml).
    static constexpr int AllAccessRights = 8191;
    static constexpr int DeviceEraseRight = 8;

    struct Input {
        Ownership ownership = Ownership::COPE;
        qint64 enrollmentId = 0;
        QString serverUrl;
        QString checkInUrl;
        QString scepUrl;
        QString topic;
        QByteArray challenge;
        QByteArray caCertificateDer;
        QString organization;
    };

    static int accessRights(Ownership ownership);
    // The enrollment profile's PayloadIdentifier: RemoveProfile with it unenrolls the device and
    // takes every managed app, account and profile with it (the selective wipe).
    static QString profileIdentifier(qint64 enrollmentId);
    static QString profileIdentifierPrefix() { return QStringLiteral("org.clinicmdm.enrollment"); }
    static QVariantMap build(const Input &input);
    // XML plist, signed as CMS SignedData (DER) with the content attached.
    static Status buildSigned(const Input &input, const CmsSigner &signer, QByteArray &out);
};
