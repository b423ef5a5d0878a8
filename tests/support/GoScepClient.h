#pragma once

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// micromdm's `scepclient` (Debian package `scep`): a SCEP peer nobody here wrote. It envelopes its
// PKCSReq with single DES whatever GetCACaps says, and it keeps csr.pem and self.pem next to the
// private key and reuses them on the next run — so each device gets a directory of its own, as each
// real device has its own storage.
class GoScepClient
{
public:
    struct Result {
        int exitCode = -1;
        QByteArray output;
        bool ok() const { return exitCode == 0; }
    };

    static QString path() { return QStandardPaths::findExecutable(QStringLiteral("scepclient")); }

    // `dir` holds the device's key (<keyName>.key, created when absent) and gets <keyName>.pem on
    // success. `caFile`: trusted CA bundle for an https URL (Go reads SSL_CERT_FILE).
    static Result run(const QString &url, const QByteArray &challenge, const QString &dir, const QString &commonName,
                      const QString &caFile = {}, const QString &keyName = QStringLiteral("device"))
    {
        QDir().mkpath(dir);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(dir);
        if (!caFile.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SSL_CERT_FILE"), caFile);
            p.setProcessEnvironment(env);
        }
        p.start(path(), {QStringLiteral("-server-url"), url, QStringLiteral("-challenge"), QString::fromLatin1(challenge),
                         QStringLiteral("-private-key"), dir + QLatin1Char('/') + keyName + QStringLiteral(".key"),
                         QStringLiteral("-certificate"), dir + QLatin1Char('/') + keyName + QStringLiteral(".pem"),
                         QStringLiteral("-cn"), commonName});
        QSignalSpy finished(&p, &QProcess::finished);
        Result r;
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            r.output = "scepclient did not finish within 60 s";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.output = p.readAll();
        return r;
    }
};

// First line of a test that needs scepclient: skips on a developer machine without it, fails in CI.
#define CLINICMDM_REQUIRE_SCEPCLIENT()                                                                                 \
    do {                                                                                                               \
        if (GoScepClient::path().isEmpty()) {                                                                          \
            const char *whyNot = "scepclient (Debian package scep) is not installed: "                                 \
                                 "packaging/install-deps.sh --with-tests installs it";                                 \
            if (qgetenv("CI") == "true")                                                                               \
                QFAIL(whyNot);                                                                                         \
            QSKIP(whyNot);                                                                                             \
        }                                                                                                              \
    } while (false)
