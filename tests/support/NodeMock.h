#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// One of the node mock servers of tests/mock, started on a free loopback port; it prints
// "LISTENING <port>" when ready and records every request it receives as a JSON line.
class NodeMock
{
public:
    NodeMock() = default;
    ~NodeMock() { stop(); }

    static bool nodeAvailable() { return !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(); }

    // `script`: file name in tests/mock. Returns the port, 0 on failure.
    quint16 start(const QString &script, const QStringList &args, const QString &recordFile, int port = 0)
    {
        stop();
        m_record = recordFile;
        m_process = new QProcess;
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral("node"), QStringList{QStringLiteral(CLINICMDM_TESTS_DIR "/mock/") + script}
                                                      + args + QStringList{QStringLiteral("--record"), recordFile,
                                                                           QStringLiteral("--port"), QString::number(port)});
        QByteArray out;
        while (!out.contains('\n') && m_process->waitForReadyRead(20000))
            out += m_process->readAllStandardOutput();
        if (!out.startsWith("LISTENING ")) {
            qWarning() << "mock did not start:" << out << m_process->readAllStandardError();
            return 0;
        }
        m_port = quint16(out.mid(10).trimmed().toUInt());
        return m_port;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
        delete m_process;
        m_process = nullptr;
    }

    quint16 port() const { return m_port; }

    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> list;
        QFile f(m_record);
        if (!f.open(QIODevice::ReadOnly))
            return list;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                list << QJsonDocument::fromJson(line).object();
        return list;
    }

private:
    QProcess *m_process = nullptr;
    QString m_record;
    quint16 m_port = 0;
};
