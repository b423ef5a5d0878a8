#include "security/InterimFieldKey.h"

#include "db/Database.h"
#include "security/FieldCipher.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace InterimFieldKey {

Status load(const Database &db, QByteArray *key)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("InterimFieldKey", s); };
    const QString path = db.path() + QStringLiteral(".fieldkey");
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Status::failure(ErrorCode::Failure, tr("Cannot read the field key %1.").arg(path));
        const QByteArray bytes = existing.readAll();
        if (bytes.size() != FieldCipher::kKeyBytes)
            return Status::failure(ErrorCode::Failure, tr("The field key %1 is damaged.").arg(path));
        *key = bytes;
        return Status::success();
    }
    const QByteArray fresh = FieldCipher::generateKey();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || out.write(fresh) != fresh.size()
        || !out.commit())
        return Status::failure(ErrorCode::Failure, tr("Cannot create the field key %1.").arg(path));
    *key = fresh;
    return Status::success();
}

} // namespace InterimFieldKey
