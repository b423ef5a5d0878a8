#pragma once

class QFileDevice;

// Files the console writes for the admin that hold fleet or audit data (compliance reports, audit
// exports, privacy manifests) are the owner's alone, mode 0600 like the database, whatever the
// umask. Called right after open() and before any content is written: on an open file Qt changes
// the mode through the descriptor (fchmod), and a QSaveFile's temporary file keeps it when it is
// renamed into place. The folder stays the admin's choice.
namespace OwnerOnlyFile {
bool restrict(QFileDevice &openFile);
}
