#include "secrets/DataKey.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <openssl/rand.h>

SecretJob *DataKey::obtain(SecretStore &store)
{
    auto *outer = new SecretJob(SecretJob::Kind::Read, QLatin1String(SecretName), &store);
    QPointer<SecretJob> target(outer);
    QPointer<SecretStore> where(&store);
    SecretJob *read = store.read(QLatin1String(SecretName));
    QObject::connect(read, &SecretJob::finished, outer, [target, where](SecretJob *r) {
        if (!target)
            return;
        if (r->status().ok()) {
            if (r->data().size() != Size)
                return target->finish(Status::failure(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("SecretStore", "The stored data key has the wrong length (%1 bytes).")
                        .arg(r->data().size())));
            return target->finish(Status::success(), r->data());
        }
        if (r->status().code() != ErrorCode::NotFound || !where)
            return target->finish(r->status());
        QByteArray key(Size, '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), Size) != 1)
            return target->finish(Status::failure(
                ErrorCode::Failure, QCoreApplication::translate("SecretStore", "The system random generator failed.")));
        SecretJob *write = where->write(QLatin1String(SecretName), key);
        QObject::connect(write, &SecretJob::finished, target, [target, key](SecretJob *w) mutable {
            if (target)
                target->finish(w->status(), key);
            key.fill('\0');
        });
    });
    return outer;
}
