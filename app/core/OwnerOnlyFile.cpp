#include "core/OwnerOnlyFile.h"

#include <QFileDevice>

namespace OwnerOnlyFile {

bool restrict(QFileDevice &openFile)
{
    return openFile.isOpen() && openFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace OwnerOnlyFile
