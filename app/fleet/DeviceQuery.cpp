#include "fleet/DeviceQuery.h"

#include <QCoreApplication>

Status DeviceQuery::validate() const
{
    if (text.trimmed().size() > MaxTextChars)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("DeviceQuery", "The search text is %1 characters long; searches are at most %2.")
                                   .arg(text.trimmed().size())
                                   .arg(MaxTextChars));
    return Status::success();
}
