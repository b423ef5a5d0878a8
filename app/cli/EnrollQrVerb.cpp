#include "android/AndroidEnrollmentTokenRepository.h"
#include "android/AndroidProvisioningPayload.h"
#include "android/ProvisioningSheet.h"
#include "audit/AuditLog.h"
#include "cli/CliConsoleIdentity.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"
#include "cli/CliSignIn.h"
#include "cli/CliVerbs.h"
#include "settings/SettingsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

// `enroll qr`: an Android Enterprise QR provisioning sheet with a fresh one-time token.
namespace CliVerbs {

int enrollQr(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption ownership(QStringLiteral("ownership"), {}, QStringLiteral("O")),
        out(QStringLiteral("out"), {}, QStringLiteral("FILE")), download(QStringLiteral("download-url"), {}, QStringLiteral("URL")),
        checksum(QStringLiteral("signature-checksum"), {}, QStringLiteral("B64URL")), apk(QStringLiteral("apk"), {}, QStringLiteral("FILE")),
        ssid(QStringLiteral("wifi-ssid"), {}, QStringLiteral("SSID")), security(QStringLiteral("wifi-security"), {}, QStringLiteral("WPA|WEP|NONE"));
    p.addOptions({ownership, out, download, checksum, apk, ssid, security});
    p.addOptions(CliConsoleIdentity::options());
    const QString usage = QStringLiteral(
        "clinicmdm enroll qr --ownership COPE|COSU|Shared --out FILE.png|FILE.pdf --download-url URL "
        "(--signature-checksum B64URL | --apk FILE) (--ca FILE | --ca-sha256 HEX) [--url URL] [--wifi-ssid SSID] "
        "[--wifi-security WPA]   (Wi-Fi password from CLINICMDM_WIFI_PASSWORD)");
    if (CliOptions::wantsHelp(ctx.args)) {
        ctx.out << "Usage: " << usage << Qt::endl;
        return 0;
    }
    if (!CliOptions::parse(ctx, p, ctx.args.mid(1), usage))
        return int(ErrorCode::Usage);
    const std::optional<Ownership> owner = DeviceTypes::ownershipFromDb(p.value(ownership));
    if (!owner || !p.isSet(out) || !p.isSet(download) || p.isSet(checksum) == p.isSet(apk))
        return ctx.fail(ErrorCode::Usage, QCoreApplication::translate("CommandLine", "Usage: %1").arg(usage));
    if (*owner == Ownership::BYOD)
        return ctx.fail(ErrorCode::InvalidInput, QCoreApplication::translate("CommandLine",
            "QR provisioning sets up a company-owned device; a personal (BYOD) phone enrolls from the agent's work-profile setup instead."));
    AndroidProvisioningPayload payload;
    payload.downloadUrl = p.value(download);
    payload.signatureChecksum = p.value(checksum);
    if (p.isSet(apk))
        if (Status s = AndroidProvisioningPayload::packageChecksumOf(p.value(apk), &payload.packageChecksum); !s)
            return ctx.fail(s.code(), s.message());
    payload.wifiSsid = p.value(ssid);
    if (p.isSet(security))
        payload.wifiSecurity = p.value(security);
    payload.wifiPassword = qEnvironmentVariable("CLINICMDM_WIFI_PASSWORD");
    if (Status s = CliConsoleIdentity::read(ctx, p, &payload.consoleUrl, &payload.caSha256); !s)
        return ctx.fail(s.code(), s.message());
    payload.enrollToken = QStringLiteral("pending"); // validated before a token is spent
    if (Status s = payload.validate(); !s)
        return ctx.fail(s.code(), s.message());
    if (const int rc = CliSignIn::signIn(ctx, Permission::EnrollDevices); rc != 0)
        return rc;

    AndroidEnrollmentToken token;
    token.method = QStringLiteral("qr");
    token.ownership = *owner;
    token.createdAt = QDateTime::currentSecsSinceEpoch();
    token.expiresAt = token.createdAt + AndroidEnrollmentTokenRepository::DefaultLifetimeSeconds;
    if (Status s = AndroidEnrollmentTokenRepository(ctx.db).create(token, ctx.actor.name, &payload.enrollToken); !s)
        return ctx.fail(s.code(), s.message());
    const QString expires = QDateTime::fromSecsSinceEpoch(token.expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const ProvisioningSheet sheet(payload, SettingsRepository(ctx.db).value(Setting::ClinicName).toString(),
                                  DeviceTypes::displayName(*owner), expires);
    if (Status s = sheet.save(p.value(out)); !s) {
        AndroidEnrollmentTokenRepository(ctx.db).revoke(token.id);
        return ctx.fail(s.code(), s.message());
    }
    AuditLog(ctx.db).record(ctx.actor, QStringLiteral("android.qr.create"), QStringLiteral("success"),
                            QStringLiteral("enrollment=%1 ownership=%2 file=%3").arg(token.id).arg(DeviceTypes::toDb(*owner), p.value(out)));
    // The token is on the sheet only; it is never printed.
    ctx.out << QCoreApplication::translate("CommandLine", "Wrote %1: enrolls one %2 device until %3.")
                   .arg(p.value(out), DeviceTypes::displayName(*owner), expires)
            << Qt::endl;
    return 0;
}

} // namespace CliVerbs
