#pragma once

#include <QByteArray>
#include <QString>

// Request-derived text (a path, a user agent, a name a peer sent) as it may appear in an audit
// entry's details. The trail is append-only, so whatever a peer can make us write stays forever:
// such text is bounded and made unambiguous before it is written.
namespace AuditText {
inline constexpr int MaxFieldChars = 256;

// Printable ASCII other than space, '%' and '=' is kept; every other byte (controls, space, '%', '=',
// non-ASCII) becomes %XX, so the field can neither end a key=value pair nor forge another one.
// Longer results are cut at maxChars (never inside a %XX) and followed by "...[N bytes]" with the
// original length.
QString field(const QByteArray &raw, int maxChars = MaxFieldChars);
} // namespace AuditText
