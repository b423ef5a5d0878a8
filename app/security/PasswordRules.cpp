#include "security/PasswordRules.h"

#include <QCoreApplication>

namespace PasswordRules {

Status check(const QString &username, const QString &password)
{
    if (password.size() < kMinimumLength)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("PasswordRules", "The password must have at least %1 characters.")
                                   .arg(kMinimumLength));
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("PasswordRules", "The password must not be the user name."));
    if (password.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("PasswordRules", "The password must not be blank."));
    return Status::success();
}

} // namespace PasswordRules
