#include "secrets/PassphraseFileSecretBackend.h"

#include "secrets/SecretJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
}

PassphraseFileSecretBackend::PassphraseFileSecretBackend(const QString &path, const QByteArray &passphrase)
    : m_path(path), m_cipher(passphrase)
{
}

Status PassphraseFileSecretBackend::load(QJsonObject *all)
{
    QFile f(m_path);
    if (!f.exists()) {
        *all = {};
        return Status::success();
    }
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "Cannot read the secret file %1: %2").arg(m_path, f.errorString()));
    QByteArray plain;
    if (Status s = m_cipher.decrypt(f.readAll(), &plain); !s)
        return Status::failure(s.code(), QStringLiteral("%1 (%2)").arg(s.message(), m_path));
    const QJsonDocument doc = QJsonDocument::fromJson(plain);
    plain.fill('\0');
    if (!doc.isObject())
        return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("SecretStore", "The secret file %1 is damaged.").arg(m_path));
    *all = doc.object();
    return Status::success();
}

Status PassphraseFileSecretBackend::save(const QJsonObject &all)
{
    QByteArray plain = QJsonDocument(all).toJson(QJsonDocument::Compact);
    QByteArray file;
    const Status s = m_cipher.encrypt(plain, &file);
    plain.fill('\0');
    if (!s)
        return s;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "Cannot write the secret file %1: %2").arg(m_path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(file);
    if (!out.commit())
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("SecretStore", "Cannot write the secret file %1: %2").arg(m_path, out.errorString()));
    return Status::success();
}

void PassphraseFileSecretBackend::read(const QString &service, SecretJob *job)
{
    QJsonObject all;
    if (Status s = load(&all); !s)
        return job->finish(s);
    const QJsonValue v = all.value(service).toObject().value(job->name());
    if (!v.isString())
        return job->finish(Status::failure(ErrorCode::NotFound,
                                           QCoreApplication::translate("SecretStore", "The secret %1 is not in the secret file %2.").arg(job->name(), m_path)));
    job->finish(Status::success(), QByteArray::fromBase64(v.toString().toLatin1()));
}

void PassphraseFileSecretBackend::write(const QString &service, SecretJob *job, const QByteArray &secret)
{
    QJsonObject all;
    if (Status s = load(&all); !s)
        return job->finish(s);
    QJsonObject mine = all.value(service).toObject();
    mine.insert(job->name(), QString::fromLatin1(secret.toBase64()));
    all.insert(service, mine);
    job->finish(save(all));
}

void PassphraseFileSecretBackend::remove(const QString &service, SecretJob *job)
{
    QJsonObject all;
    if (Status s = load(&all); !s)
        return job->finish(s);
    QJsonObject mine = all.value(service).toObject();
    if (!mine.contains(job->name()))
        return job->finish(Status::failure(ErrorCode::NotFound,
                                           QCoreApplication::translate("SecretStore", "The secret %1 is not in the secret file %2.").arg(job->name(), m_path)));
    mine.remove(job->name());
    all.insert(service, mine);
    job->finish(save(all));
}

QString PassphraseFileSecretBackend::description() const { return QCoreApplication::translate("SecretStore", "secret file %1").arg(m_path); }

QString PassphraseFileSecretBackend::unreachableHint() const
{
    return QCoreApplication::translate("SecretStore", "Check that %1 is readable and writable by this user.").arg(m_path);
}
