#pragma once

#include "core/Status.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
struct CliContext;

// The console address and CA fingerprint an Android agent is handed (USB and QR enrollment):
// --url (default https://<endpoint host>:<port> from the settings) and --ca FILE (the console CA
// certificate, PEM or DER) or --ca-sha256 HEX.
namespace CliConsoleIdentity {
QList<QCommandLineOption> options();
Status read(const CliContext &ctx, const QCommandLineParser &parser, QString *url, QString *caSha256);
}
