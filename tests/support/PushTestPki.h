#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// Certificates and keys for the push tests, made at test time with the openssl command (nothing is
// committed): a CA and a TLS certificate for the loopback mock servers, a stand-in "Apple" CA and
// MDM push certificates signed by it (subject UID = the topic), an EC P-256 APNs auth key and an
// RSA service-account key with its public half.
class PushTestPki
{
public:
    explicit PushTestPki(const QString &dir) : m_dir(dir) {}

    QString path(const QString &name) const { return QDir(m_dir).filePath(name); }
    QByteArray read(const QString &name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }

    // Everything at once; false (with a warning) when openssl is missing or fails.
    bool create()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            return false;
        QFile ext(path(QStringLiteral("server.ext")));
        ext.open(QIODevice::WriteOnly);
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QFile clientExt(path(QStringLiteral("client.ext")));
        clientExt.open(QIODevice::WriteOnly);
        clientExt.write("extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n");
        clientExt.close();
        return ca(QStringLiteral("server-ca"), QStringLiteral("/CN=Push Test Server CA"))
               && leaf(QStringLiteral("server"), QStringLiteral("/CN=localhost"), QStringLiteral("server-ca"), QStringLiteral("server.ext"))
               && ca(QStringLiteral("apple-ca"), QStringLiteral("/CN=Test Apple Application Integration CA"))
               && pushCertificate(QStringLiteral("push"), m_topic)
               && pushCertificate(QStringLiteral("push-other"), m_otherTopic)
               && openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), QStringLiteral("authkey.p8")})
               && openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("authkey.p8"), QStringLiteral("-pubout"),
                           QStringLiteral("-out"), QStringLiteral("authkey.pub")})
               && openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), QStringLiteral("sa.key")})
               && openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("sa.key"), QStringLiteral("-pubout"),
                           QStringLiteral("-out"), QStringLiteral("sa.pub")})
               && openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), QStringLiteral("sa-other.key")});
    }

    // Subject UID of push.pem and push-other.pem.
    QString topic() const { return m_topic; }
    QString otherTopic() const { return m_otherTopic; }

    // push.p12 with this password (made on demand).
    bool pkcs12(const QString &name, const QString &password)
    {
        return openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), name + QStringLiteral(".pem"),
                        QStringLiteral("-inkey"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".p12"),
                        QStringLiteral("-passout"), QStringLiteral("pass:") + password});
    }

private:
    bool ca(const QString &name, const QString &subject) const
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"), subject});
    }
    bool leaf(const QString &name, const QString &subject, const QString &issuer, const QString &ext, int days = 3) const
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                        QStringLiteral("-subj"), subject})
               && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                           QStringLiteral("-CA"), issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"), issuer + QStringLiteral(".key"),
                           QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QString::number(days), QStringLiteral("-extfile"), ext,
                           QStringLiteral("-out"), name + QStringLiteral(".pem")});
    }
    bool pushCertificate(const QString &name, const QString &topic) const
    {
        return leaf(name, QStringLiteral("/UID=%1/CN=APSP:%2/C=US").arg(topic, topic.section(QLatin1Char('.'), -1)),
                    QStringLiteral("apple-ca"), QStringLiteral("client.ext"), 20);
    }

    QString m_dir;
    QString m_topic = QStringLiteral("com.apple.mgmt.External.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_otherTopic = QStringLiteral("com.apple.mgmt.External.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
};
