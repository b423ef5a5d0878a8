#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// Runs the clinicmdm executable (env CLINICMDM_BINARY) on one database, the way a script would.
class CliRunner
{
public:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit CliRunner(const QString &dbPath) : m_dbPath(dbPath) {}

    static QString binary() { return qEnvironmentVariable("CLINICMDM_BINARY"); }

    // `env` adds variables (e.g. CLINICMDM_PASSWORD) for this run only.
    Result run(const QStringList &args, const QHash<QString, QString> &env = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CLINICMDM_PASSWORD"));
        e.remove(QStringLiteral("CLINICMDM_NEW_PASSWORD"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompts
        p.start(binary(), QStringList{QStringLiteral("--db"), m_dbPath} + args);
        Result r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private:
    QString m_dbPath;
};
