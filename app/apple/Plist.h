#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QVariant>

// Apple property lists (XML and binary) <-> QVariant, over libplist. Values map as
// dict <-> QVariantMap, array <-> QVariantList, string <-> QString, integer <-> qint64, real <-> double,
// true/false <-> bool, data <-> QByteArray, date <-> QDateTime (UTC, whole seconds and microseconds).
// Input comes from devices over the network: sizes and nesting are bounded and every failure is an
// InvalidInput Status, never a crash.
class Plist
{
public:
    static constexpr qsizetype DefaultMaxBytes = 4 * 1024 * 1024;
    static constexpr int MaxDepth = 64;
    // A binary plist may reference one object from many places; libplist expands every reference
    // into its own node, so a small file could otherwise unfold into billions of nodes.
    static constexpr qint64 MaxNodes = 1000000;

    // Parses XML or binary (detected from the bytes). On failure `out` is left untouched.
    static Status parse(const QByteArray &bytes, QVariant &out, qsizetype maxBytes = DefaultMaxBytes);
    static Status toXml(const QVariant &value, QByteArray &out);
    static Status toBinary(const QVariant &value, QByteArray &out);
};
