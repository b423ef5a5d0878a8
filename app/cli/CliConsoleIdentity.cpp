#include "cli/CliConsoleIdentity.h"

#include "cli/CliContext.h"
#include "endpoint/EndpointAddress.h"
#include "pki/CertificateInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace CliConsoleIdentity {

QList<QCommandLineOption> options()
{
    return {QCommandLineOption(QStringLiteral("url"), {}, QStringLiteral("URL")),
            QCommandLineOption(QStringLiteral("ca"), {}, QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("ca-sha256"), {}, QStringLiteral("HEX"))};
}

Status read(const CliContext &ctx, const QCommandLineParser &p, QString *url, QString *caSha256)
{
    *url = p.isSet(QStringLiteral("url")) ? p.value(QStringLiteral("url")) : EndpointAddress::publicUrl(ctx.db);
    if (!url->startsWith(QLatin1String("https://")))
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("CommandLine", "--url must be an https:// address"));
    if (p.isSet(QStringLiteral("ca"))) {
        QFile f(p.value(QStringLiteral("ca")));
        CertificateInfo info;
        if (!f.open(QIODevice::ReadOnly) || !CertificateInfo::fromBytes(f.readAll(), info).ok())
            return Status::failure(ErrorCode::InvalidInput,
                                   QCoreApplication::translate("CommandLine", "%1 is not a readable certificate").arg(f.fileName()));
        *caSha256 = QString::fromLatin1(info.sha256().toHex());
        return Status::success();
    }
    const QString hex = p.value(QStringLiteral("ca-sha256")).remove(QLatin1Char(':')).toLower();
    if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hex).hasMatch())
        return Status::failure(ErrorCode::Usage, QCoreApplication::translate("CommandLine",
                                                                             "give the console CA with --ca FILE or --ca-sha256 HEX"));
    *caSha256 = hex;
    return Status::success();
}

} // namespace CliConsoleIdentity
