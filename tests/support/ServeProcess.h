#pragma once

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// `clinicmdm serve` as a child process on its own database in `dir` (CLINICMDM_BINARY), optionally
// run through a wrapper such as prlimit. start() waits for the start-up lines; then port(),
// output() and the child's resident memory (rssKb, from /proc) are available.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &dir) : m_dir(dir) {}
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // `wrapper`: a program and its arguments that exec the binary (empty: run it directly).
    bool start(const QStringList &wrapper = {})
    {
        const QString binary = qEnvironmentVariable("CLINICMDM_BINARY");
        if (!QFileInfo::exists(binary)) {
            qWarning("CLINICMDM_BINARY must name the clinicmdm executable");
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLINICMDM_SECRET_FILE"), m_dir + QStringLiteral("/secrets.bin"));
        env.insert(QStringLiteral("CLINICMDM_SECRET_PASSPHRASE"), QStringLiteral("serve limits passphrase"));
        m_process.setProcessEnvironment(env);
        QStringList args{QStringLiteral("--db"), m_dir + QStringLiteral("/fleet.sqlite"), QStringLiteral("serve"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        if (wrapper.isEmpty()) {
            m_process.start(binary, args);
        } else {
            args.prepend(binary);
            m_process.start(wrapper.first(), wrapper.mid(1) + args);
        }
        const bool reported = QTest::qWaitFor([this] {
            m_output += m_process.readAllStandardOutput();
            return m_output.contains("TLS SHA-256") || m_process.state() == QProcess::NotRunning;
        }, 60000);
        if (!reported || !m_output.contains("TLS SHA-256")) {
            qWarning() << "serve did not start:" << m_output << m_process.readAllStandardError();
            return false;
        }
        const auto listen = QRegularExpression(QStringLiteral("Listening on https://127\\.0\\.0\\.1:(\\d+)"))
                                .match(QString::fromUtf8(m_output));
        m_port = listen.hasMatch() ? quint16(listen.captured(1).toUInt()) : 0;
        return m_port != 0;
    }

    bool stop()
    {
        m_process.terminate(); // SIGTERM
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 20000)
               && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    quint16 port() const { return m_port; }
    QString output() const { return QString::fromUtf8(m_output); }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // VmRSS of the child in KiB; -1 when it cannot be read.
    qint64 rssKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const auto m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

private:
    QString m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
