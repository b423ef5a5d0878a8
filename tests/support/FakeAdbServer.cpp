#include "FakeAdbServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

struct FakeAdbServer::Connection {
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    QString serial;
    enum class Mode { Host, Service, Sync, Install, Tracking, Done } mode = Mode::Host;
    bool longTrack = false;
    qint64 installSize = 0;
    qint64 received = 0;
    QString syncPath;
    QByteArray syncContent;
    bool counted = false;
};

namespace {
QByteArray okayBlock(const QByteArray &payload)
{
    return "OKAY" + QByteArray::number(payload.size(), 16).rightJustified(4, '0') + payload;
}
QByteArray failBlock(const QByteArray &reason)
{
    return "FAIL" + QByteArray::number(reason.size(), 16).rightJustified(4, '0') + reason;
}
QByteArray le32(quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    return QByteArray(b, 4);
}
} // namespace

FakeAdbServer::FakeAdbServer() : m_server(std::make_unique<QTcpServer>())
{
    m_server->listen(QHostAddress::LocalHost, 0);
    QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] { accept(); });
}

FakeAdbServer::~FakeAdbServer()
{
    for (Connection *c : m_connections) {
        if (c->socket)
            c->socket->abort();
        delete c;
    }
}

quint16 FakeAdbServer::port() const { return m_server->serverPort(); }

FakeAdbServer::Device &FakeAdbServer::addDevice(const Device &device)
{
    m_devices.append(device);
    notifyTrackers();
    return m_devices.last();
}

FakeAdbServer::Device *FakeAdbServer::device(const QString &serial)
{
    for (Device &d : m_devices)
        if (d.serial == serial)
            return &d;
    return nullptr;
}

QList<FakeAdbServer::Device> FakeAdbServer::devices() const { return m_devices; }

void FakeAdbServer::unplug(const QString &serial)
{
    m_devices.removeIf([&](const Device &d) { return d.serial == serial; });
    // The transport dies with the cable: every open service of the device is cut.
    for (Connection *c : m_connections)
        if (c->serial == serial && c->socket && c->mode != Connection::Mode::Done)
            close(c);
    notifyTrackers();
}

QByteArray FakeAdbServer::listing(bool longForm) const
{
    QByteArray out;
    int transport = 1;
    for (const Device &d : m_devices) {
        out += d.serial.toUtf8() + '\t' + d.state.toUtf8();
        if (longForm) {
            out += " usb:1-" + QByteArray::number(transport);
            if (d.state == QLatin1String("device"))
                out += " product:" + d.model.toUtf8().replace(' ', '_') + " model:" + d.model.toUtf8().replace(' ', '_')
                       + " device:fake";
            out += " transport_id:" + QByteArray::number(transport);
        }
        out += '\n';
        ++transport;
    }
    return out;
}

void FakeAdbServer::notifyTrackers()
{
    for (Connection *c : m_connections)
        if (c->mode == Connection::Mode::Tracking && c->socket) {
            const QByteArray list = listing(c->longTrack);
            c->socket->write(QByteArray::number(list.size(), 16).rightJustified(4, '0') + list);
        }
}

void FakeAdbServer::accept()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = s;
        m_connections.append(c);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, c] { readFrom(c); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, c] {
            if (c->counted) {
                c->counted = false;
                --m_active;
            }
            c->mode = Connection::Mode::Done;
            if (c->socket)
                c->socket->deleteLater();
        });
    }
}

void FakeAdbServer::close(Connection *c)
{
    c->mode = Connection::Mode::Done;
    if (c->counted) {
        c->counted = false;
        --m_active;
    }
    if (c->socket) {
        c->socket->flush();
        c->socket->disconnectFromHost();
    }
}

void FakeAdbServer::readFrom(Connection *c)
{
    if (!c->socket)
        return;
    c->buffer += c->socket->readAll();
    while (c->socket && !c->buffer.isEmpty()) {
        if (c->mode == Connection::Mode::Sync) {
            syncData(c);
            return;
        }
        if (c->mode == Connection::Mode::Install) {
            installData(c);
            return;
        }
        if (c->mode != Connection::Mode::Host && c->mode != Connection::Mode::Service)
            return;
        if (c->buffer.size() < 4)
            return;
        bool ok = false;
        const int n = c->buffer.left(4).toInt(&ok, 16);
        if (!ok) {
            close(c);
            return;
        }
        if (c->buffer.size() < 4 + n)
            return;
        const QByteArray request = c->buffer.mid(4, n);
        c->buffer.remove(0, 4 + n);
        if (c->mode == Connection::Mode::Host)
            hostRequest(c, request);
        else
            service(c, request);
    }
}

void FakeAdbServer::hostRequest(Connection *c, const QByteArray &request)
{
    if (request == "host:version") {
        c->socket->write(okayBlock("0029"));
        close(c);
    } else if (request == "host:devices" || request == "host:devices-l") {
        c->socket->write(okayBlock(listing(request.endsWith("-l"))));
        close(c);
    } else if (request == "host:track-devices" || request == "host:track-devices-l") {
        c->mode = Connection::Mode::Tracking;
        c->longTrack = request.endsWith("-l");
        c->socket->write("OKAY");
        notifyTrackers();
    } else if (request == "host:host-features") {
        c->socket->write(okayBlock("shell_v2,cmd,stat_v2,ls_v2,fixed_push_mkdir,apex,abb,fixed_push_symlink_timestamp,abb_exec"));
        close(c);
    } else if (request.startsWith("host-serial:") && request.endsWith(":features")) {
        const QString serial = QString::fromUtf8(request.mid(12, request.size() - 12 - 9));
        Device *d = device(serial);
        c->socket->write(d ? okayBlock(d->features.join(QLatin1Char(',')).toUtf8())
                           : failBlock("device '" + serial.toUtf8() + "' not found"));
        close(c);
    } else if (request.startsWith("host:transport:")) {
        const QString serial = QString::fromUtf8(request.mid(15));
        Device *d = device(serial);
        if (!d) {
            c->socket->write(failBlock("device '" + serial.toUtf8() + "' not found"));
            close(c);
        } else if (d->state == QLatin1String("unauthorized")) {
            c->socket->write(failBlock("device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set\nTry 'adb "
                                       "kill-server' if that seems wrong.\nOtherwise check for a confirmation dialog on your device."));
            close(c);
        } else {
            c->serial = serial;
            c->mode = Connection::Mode::Service;
            c->socket->write("OKAY");
        }
    } else {
        c->socket->write(failBlock("unknown host service"));
        close(c);
    }
}

void FakeAdbServer::service(Connection *c, const QByteArray &request)
{
    Device *d = device(c->serial);
    if (!d) {
        close(c);
        return;
    }
    c->counted = true;
    m_maxConcurrent = qMax(m_maxConcurrent, ++m_active);
    c->socket->write("OKAY");
    static const QRegularExpression installRe(QStringLiteral("^exec:cmd package install -S (\\d+)$"));
    const QRegularExpressionMatch install = installRe.match(QString::fromUtf8(request));
    if (request == "sync:") {
        c->mode = Connection::Mode::Sync;
        if (!c->buffer.isEmpty())
            syncData(c);
        return;
    }
    if (install.hasMatch()) {
        if (!d->features.contains(QLatin1String("cmd"))) {
            finishService(c, "cmd: Can't find service: package\n", 0);
            return;
        }
        c->mode = Connection::Mode::Install;
        c->installSize = install.captured(1).toLongLong();
        c->received = 0;
        if (!c->buffer.isEmpty())
            installData(c);
        return;
    }
    QString command = QString::fromUtf8(request);
    bool wantsExit = false;
    if (command.startsWith(QLatin1String("shell:"))) {
        command = command.mid(6);
        if (command.endsWith(QLatin1String("; echo __EXIT:$?"))) {
            command.chop(16);
            wantsExit = true;
        }
    } else if (command.startsWith(QLatin1String("exec:"))) {
        command = command.mid(5);
    }
    int exitCode = 0;
    QByteArray out;
    for (const QString &part : command.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        out += runShell(*d, part.trimmed(), &exitCode);
    if (wantsExit)
        out += "__EXIT:" + QByteArray::number(exitCode) + "\n";
    finishService(c, out, 0);
}

void FakeAdbServer::finishService(Connection *c, const QByteArray &reply, int delayMs)
{
    auto send = [this, c, reply] {
        if (!c->socket || c->mode == Connection::Mode::Done)
            return;
        c->socket->write(reply);
        close(c);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, c->socket, send);
    else
        send();
}

void FakeAdbServer::installData(Connection *c)
{
    c->received += c->buffer.size();
    c->buffer.clear();
    Device *d = device(c->serial);
    if (d && d->unplugDuringInstall && c->received >= c->installSize / 2) {
        unplug(c->serial);
        return;
    }
    if (c->received < c->installSize || !d)
        return;
    d->installed << agentPackage;
    c->mode = Connection::Mode::Service;
    finishService(c, "Success\n", d->workDelayMs);
}

void FakeAdbServer::syncData(Connection *c)
{
    Device *d = device(c->serial);
    while (c->buffer.size() >= 8) {
        const QByteArray id = c->buffer.left(4);
        const quint32 n = qFromLittleEndian<quint32>(c->buffer.constData() + 4);
        if (id == "DONE") {
            c->buffer.remove(0, 8);
            if (d)
                d->files.insert(c->syncPath, c->syncContent);
            c->syncContent.clear();
            c->socket->write("OKAY" + le32(0));
            continue;
        }
        if (id == "QUIT") {
            close(c);
            return;
        }
        if (quint32(c->buffer.size()) < 8 + n)
            return;
        const QByteArray data = c->buffer.mid(8, int(n));
        c->buffer.remove(0, 8 + int(n));
        if (id == "SEND") {
            c->syncPath = QString::fromUtf8(data.left(data.lastIndexOf(',')));
        } else if (id == "DATA") {
            if (n > 64 * 1024) {
                c->socket->write("FAIL" + le32(14) + "chunk too big.");
                close(c);
                return;
            }
            c->syncContent += data;
        } else {
            close(c);
            return;
        }
    }
}

QByteArray FakeAdbServer::runShell(Device &d, const QString &command, int *exitCode)
{
    d.shellLog << command;
    *exitCode = 0;
    if (command == QLatin1String("getprop ro.serialno"))
        return d.serial.toUtf8() + '\n';
    if (command == QLatin1String("getprop ro.product.model"))
        return d.model.toUtf8() + '\n';
    if (command == QLatin1String("getprop ro.build.version.release"))
        return d.release.toUtf8() + '\n';
    if (command.startsWith(QLatin1String("getprop ")))
        return "\n";
    if (command == QLatin1String("dumpsys account"))
        return d.hasAccount ? "Accounts: 1\n    Account {name=nurse.personal@gmail.com, type=com.google}\n"
                            : "Accounts: 0\n";
    if (command.startsWith(QLatin1String("dpm set-device-owner "))) {
        const QString component = command.mid(21).trimmed();
        if (d.hasAccount) {
            *exitCode = 255;
            return "java.lang.IllegalStateException: Not allowed to set the device owner because there are already "
                   "some accounts on the device\n";
        }
        if (!d.installed.contains(component.section(QLatin1Char('/'), 0, 0))) {
            *exitCode = 255;
            return "java.lang.IllegalArgumentException: Unknown admin: " + component.toUtf8() + "\n";
        }
        d.deviceOwner = component;
        return "Success: Device owner set to package " + component.toUtf8() + "\nActive admin set to component {"
               + component.toUtf8() + "}\n";
    }
    if (command.startsWith(QLatin1String("am broadcast "))) {
        QHash<QString, QString> extras;
        static const QRegularExpression esRe(QStringLiteral("--es (\\S+) '([^']*)'"));
        for (auto it = esRe.globalMatch(command); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            extras.insert(m.captured(1), m.captured(2));
        }
        if (onBroadcast) {
            const QString serial = d.serial;
            auto callback = onBroadcast;
            QTimer::singleShot(0, m_server.get(), [callback, serial, extras] { callback(serial, extras); });
        }
        return "Broadcasting: Intent { act=org.clinicmdm.agent.action.ENROLL flg=0x400000 }\nBroadcast completed: result=0\n";
    }
    if (command.startsWith(QLatin1String("pm install -r "))) {
        const QString path = command.mid(14).trimmed();
        if (!d.files.contains(path)) {
            *exitCode = 1;
            return "Failure [INSTALL_FAILED_INVALID_URI]\n";
        }
        d.installed << agentPackage;
        return "Success\n";
    }
    if (command.startsWith(QLatin1String("rm -f "))) {
        d.files.remove(command.mid(6).trimmed());
        return {};
    }
    if (command.startsWith(QLatin1String("pm list packages")))
        return d.installed.isEmpty() ? QByteArray() : "package:" + d.installed.join(QLatin1String("\npackage:")).toUtf8() + "\n";
    *exitCode = 127;
    return "/system/bin/sh: " + command.section(QLatin1Char(' '), 0, 0).toUtf8() + ": not found\n";
}
