#pragma once

#include "core/Status.h"

#include <QByteArray>

// Checks a plist's nesting depth and (for binary plists) how many nodes it unfolds into, BEFORE
// libplist sees it: libplist 2.x parses recursively (a deeply nested input overflows the stack) and
// expands every binary object reference into a fresh node (a small file can unfold exponentially).
// Only the shape is checked here; everything else is left to libplist.
class PlistShapeGuard
{
public:
    PlistShapeGuard(int maxDepth, qint64 maxNodes) : m_maxDepth(maxDepth), m_maxNodes(maxNodes) {}

    Status checkXml(const QByteArray &bytes) const;
    Status checkBinary(const QByteArray &bytes) const;

private:
    int m_maxDepth;
    qint64 m_maxNodes;
};
