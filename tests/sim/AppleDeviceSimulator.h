#pragma once

#include "ScepClient.h"

#include "endpoint/HttpResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QString>
#include <QVariantMap>

#include <openssl/types.h>

#include <functional>
#include <memory>

class DeviceTransport;

// An iPad that speaks the published Apple MDM protocol to the console: it downloads the enrollment
// profile from its link (checking the CMS signature), runs SCEP with the profile's challenge, sends
// Authenticate and TokenUpdate to the check-in URL, polls the server URL with Idle and answers each
// command with a response shaped as Apple's schema says. Every body is signed with Mdm-Signature
// (detached CMS, SHA-256 by default, SHA-1 on request) by the SCEP identity.
class AppleDeviceSimulator
{
public:
    struct Identity {
        QString udid;
        QString serial;
        QString imei;
        QString deviceName = QStringLiteral("Nurses' station iPad");
        QString productName = QStringLiteral("iPad13,18");
        QString modelName = QStringLiteral("iPad");
        QString model = QStringLiteral("MK2K3LL/A");
        QString osVersion = QStringLiteral("17.4.1");
        QString buildVersion = QStringLiteral("21E236");
        bool omitOptionalKeys = false; // leave out Model, ModelName, OSVersion in Authenticate
        bool supervised = false;       // answers IsSupervised; only a supervised device accepts Lost Mode
    };
    // Where the device says it is when asked (DeviceLocation), in Apple's response keys.
    struct Location {
        double latitude = 40.7484;
        double longitude = -73.9857;
        double horizontalAccuracy = 35.0;
        double verticalAccuracy = 12.0;
        double altitude = 20.0;
        double speed = -1.0;
        double course = -1.0;
        QString timestamp = QStringLiteral("2026-11-28T14:03:05Z"); // RFC 3339
    };
    struct ReceivedCommand {
        QString uuid;
        QString requestType;
        QVariantMap command;
        QString answeredStatus;
    };
    // Which status the device answers a command with (default Acknowledged).
    using StatusPolicy = std::function<QString(const ReceivedCommand &)>;

    AppleDeviceSimulator(DeviceTransport &transport, const Identity &identity);
    ~AppleDeviceSimulator();

    // Profile -> SCEP -> Authenticate -> TokenUpdate. Empty on success, else what failed.
    QString enroll(const QString &enrollmentUrl);
    QString fetchProfile(const QString &enrollmentUrl); // sets profile fields; empty on success
    ScepClient::Result runScep(bool useGet = false);
    HttpResponse authenticate();
    HttpResponse tokenUpdate();
    HttpResponse checkOut();
    // Shared iPad: a Managed Apple Account signs in, and the user channel sends its TokenUpdate
    // (UserShortName, UserID all F). LogOutUser, when acknowledged, signs the user out again.
    HttpResponse signInSharedUser(const QString &shortName);
    QByteArray userTokenUpdateBody(const QString &shortName) const;
    QString signedInUser() const { return m_signedInUser; }
    // Idle, then answers commands until the server answers empty. Returns the number answered, or
    // -1 when a request failed (lastResponse() says how).
    int poll(int maxCommands = 50);

    // A body signed with this device's identity (or unsigned / tampered by the caller).
    HttpResponse put(const QString &url, const QByteArray &body, const QByteArray &signature);
    QByteArray sign(const QByteArray &body) const; // base64 detached CMS
    void setSha1Signatures(bool on) { m_sha1 = on; }
    void setStatusPolicy(StatusPolicy policy) { m_policy = std::move(policy); }
    // Lost Mode as a real supervised iPhone has it: EnableLostMode / DisableLostMode switch it (an
    // unsupervised device answers Error), DeviceLocation and PlayLostModeSound succeed only in Lost
    // Mode (else Error).
    void setLocation(const Location &location) { m_location = location; }
    bool inLostMode() const { return m_lostMode; }
    bool playingSound() const { return m_playingSound; }

    QByteArray identityCertificateDer() const { return m_identityDer; }
    QByteArray caCertificateDer() const { return m_caDer; }
    QByteArray challenge() const { return m_challenge; }
    QString checkInUrl() const { return m_checkInUrl; }
    QString serverUrl() const { return m_serverUrl; }
    QString scepUrl() const { return m_scepUrl; }
    QString topic() const { return m_topic; }
    QVariantMap profile() const { return m_profile; }
    QByteArray unlockToken() const { return m_unlockToken; }
    EVP_PKEY *key() const { return m_key.get(); }
    const QList<ReceivedCommand> &received() const { return m_received; }

    // Managed apps: an acknowledged InstallApplication (with Identifier) installs the app at the
    // version set here (default 1.0) with the command's Configuration; RemoveApplication removes
    // it; both show in InstalledApplicationList. RemoveProfile of the enrollment profile removes
    // every managed app, answers, then sends CheckOut and stops polling, as a real device does.
    void setAppVersion(const QString &identifier, const QString &version) { m_appVersions.insert(identifier, version); }
    QStringList installedApps() const { return m_apps.keys(); }
    QVariantMap appConfiguration(const QString &identifier) const { return m_appConfigurations.value(identifier); }
    bool mdmProfileRemoved() const { return m_mdmRemoved; }
    // Configuration profiles installed by acknowledged InstallProfile commands (and not removed by a
    // RemoveProfile since), by PayloadIdentifier; the value is the profile dictionary.
    const QMap<QString, QVariantMap> &installedProfiles() const { return m_installedProfiles; }
    HttpResponse lastResponse() const { return m_last; }

    QByteArray authenticateBody() const;
    QByteArray idleBody() const;
    QByteArray answerBody(const ReceivedCommand &command, const QString &status) const;

private:
    QVariantMap responseFor(const ReceivedCommand &command) const;
    void carryOut(const ReceivedCommand &command);

    DeviceTransport &m_transport;
    Identity m_identity;
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<X509> m_identityCert;
    QByteArray m_identityDer;
    QByteArray m_caDer;
    QByteArray m_challenge;
    QString m_scepUrl, m_serverUrl, m_checkInUrl, m_topic;
    QVariantMap m_profile;
    QByteArray m_pushToken;
    QByteArray m_unlockToken;
    QByteArray m_userPushToken;
    QString m_signedInUser;
    bool m_sha1 = false;
    StatusPolicy m_policy;
    QList<ReceivedCommand> m_received;
    QMap<QString, QVariantMap> m_apps; // identifier -> InstalledApplicationList item
    QHash<QString, QString> m_appVersions;
    QHash<QString, QVariantMap> m_appConfigurations;
    bool m_mdmRemoved = false;
    QMap<QString, QVariantMap> m_installedProfiles;
    HttpResponse m_last;
    Location m_location;
    bool m_lostMode = false;
    bool m_playingSound = false;
    QString lostModeStatus(const ReceivedCommand &command, const QString &proposed);
};
