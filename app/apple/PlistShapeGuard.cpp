#include "apple/PlistShapeGuard.h"

#include <QCoreApplication>
#include <QList>

#include <cstring>
#include <optional>

namespace {


Status tooDeep()
{
    return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("PlistShapeGuard", "The property list is nested too deeply."));
}

Status malformedBinary()
{
    return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("PlistShapeGuard", "The binary property list is malformed."));
}

bool startsWith(const QByteArray &bytes, qsizetype at, const char *text)
{
    const auto length = static_cast<qsizetype>(std::strlen(text));
    return at + length <= bytes.size() && std::memcmp(bytes.constData() + at, text, static_cast<size_t>(length)) == 0;
}

// Big-endian unsigned integer of `size` bytes (1..8) at `at`; the caller checked the bounds.
quint64 readUInt(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

// The object graph of a binary plist (bplist00): the trailer, the offset table, and for each
// container object the references it holds.
class BinaryGraph
{
public:
    explicit BinaryGraph(const QByteArray &bytes) : m_bytes(bytes) {}

    bool readTrailer()
    {
        constexpr qsizetype headerSize = 8;
        constexpr qsizetype trailerSize = 32;
        if (m_bytes.size() < headerSize + trailerSize + 1)
            return false;
        const qsizetype t = m_bytes.size() - trailerSize;
        m_offsetSize = static_cast<quint8>(m_bytes.at(t + 6));
        m_refSize = static_cast<quint8>(m_bytes.at(t + 7));
        m_objectCount = readUInt(m_bytes, t + 8, 8);
        m_root = readUInt(m_bytes, t + 16, 8);
        m_tableOffset = readUInt(m_bytes, t + 24, 8);
        if (m_offsetSize < 1 || m_offsetSize > 8 || m_refSize < 1 || m_refSize > 8)
            return false;
        if (m_objectCount == 0 || m_root >= m_objectCount || m_tableOffset < headerSize)
            return false;
        const auto tableEnd = static_cast<quint64>(t);
        if (m_tableOffset > tableEnd || (tableEnd - m_tableOffset) / m_offsetSize < m_objectCount)
            return false;
        return true;
    }

    quint64 objectCount() const { return m_objectCount; }
    quint64 root() const { return m_root; }

    // The references held by object `index` (empty for scalars); nullopt when out of bounds.
    std::optional<QList<quint64>> children(quint64 index) const
    {
        const quint64 offset = readUInt(m_bytes, static_cast<qsizetype>(m_tableOffset + index * m_offsetSize),
                                        m_offsetSize);
        if (offset < 8 || offset >= m_tableOffset)
            return std::nullopt;
        auto at = static_cast<qsizetype>(offset);
        const auto marker = static_cast<quint8>(m_bytes.at(at++));
        const int type = marker >> 4;
        const bool isArrayOrSet = type == 0xA || type == 0xC;
        if (!isArrayOrSet && type != 0xD)
            return QList<quint64>();
        quint64 count = marker & 0x0F;
        if (count == 0x0F) { // the count follows as an integer object
            if (at >= static_cast<qsizetype>(m_tableOffset))
                return std::nullopt;
            const auto intMarker = static_cast<quint8>(m_bytes.at(at++));
            const int size = 1 << (intMarker & 0x0F);
            if ((intMarker >> 4) != 0x1 || size > 8 || at + size > static_cast<qsizetype>(m_tableOffset))
                return std::nullopt;
            count = readUInt(m_bytes, at, size);
            at += size;
        }
        // The references must fit before the offset table. (Not bounded by the object count: writers,
        // libplist and Apple's included, store equal values once, so an array of 100 `true` holds
        // 100 references to one object; refusing that refused the console's own plists.)
        const quint64 room = (m_tableOffset - static_cast<quint64>(at)) / static_cast<quint64>(m_refSize);
        if (count > room)
            return std::nullopt;
        const quint64 refs = type == 0xD ? count * 2 : count;
        if (refs > room)
            return std::nullopt;
        QList<quint64> result;
        result.reserve(static_cast<qsizetype>(refs));
        for (quint64 i = 0; i < refs; ++i) {
            const quint64 ref = readUInt(m_bytes, at + static_cast<qsizetype>(i * m_refSize), m_refSize);
            if (ref >= m_objectCount)
                return std::nullopt;
            // A dictionary's keys are its first `count` references.
            if (type == 0xD && i < count && !isKey(ref))
                return std::nullopt;
            result.append(ref);
        }
        return result;
    }

private:
    // Whether object `index` can be a dictionary key: an ASCII string (0x5), or a UTF-16 string (0x6)
    // without a U+0000 unit. libplist 2.2 takes any object as a key, and a UTF-16 key holding U+0000,
    // and then aborts on an assertion when the dictionary is iterated (a crash of the whole endpoint).
    bool isKey(quint64 index) const
    {
        const quint64 offset = readUInt(m_bytes, static_cast<qsizetype>(m_tableOffset + index * m_offsetSize),
                                        m_offsetSize);
        if (offset < 8 || offset >= m_tableOffset)
            return false;
        auto at = static_cast<qsizetype>(offset);
        const auto marker = static_cast<quint8>(m_bytes.at(at++));
        if ((marker >> 4) == 0x5)
            return true;
        if ((marker >> 4) != 0x6)
            return false;
        quint64 units = marker & 0x0F;
        if (units == 0x0F) { // the length follows as an integer object
            if (at >= static_cast<qsizetype>(m_tableOffset))
                return false;
            const auto intMarker = static_cast<quint8>(m_bytes.at(at++));
            const int size = 1 << (intMarker & 0x0F);
            if ((intMarker >> 4) != 0x1 || size > 8 || at + size > static_cast<qsizetype>(m_tableOffset))
                return false;
            units = readUInt(m_bytes, at, size);
            at += size;
        }
        if (units > (m_tableOffset - static_cast<quint64>(at)) / 2)
            return false;
        for (quint64 i = 0; i < units; ++i)
            if (readUInt(m_bytes, at + static_cast<qsizetype>(2 * i), 2) == 0)
                return false;
        return true;
    }

    const QByteArray &m_bytes;
    int m_offsetSize = 0;
    int m_refSize = 0;
    quint64 m_objectCount = 0;
    quint64 m_root = 0;
    quint64 m_tableOffset = 0;
};

} // namespace

Status PlistShapeGuard::checkXml(const QByteArray &bytes) const
{
    // String contents are escaped in XML, so a '<' starts a tag, a comment, CDATA or a declaration.
    int depth = 0;
    qsizetype at = 0;
    while ((at = bytes.indexOf('<', at)) >= 0) {
        if (startsWith(bytes, at, "<!--")) {
            at = bytes.indexOf("-->", at + 4);
        } else if (startsWith(bytes, at, "<![CDATA[")) {
            at = bytes.indexOf("]]>", at + 9);
        } else if (startsWith(bytes, at, "</")) {
            --depth;
            ++at;
        } else {
            const qsizetype end = bytes.indexOf('>', at);
            if (end < 0)
                break;
            const bool selfClosing = bytes.at(end - 1) == '/';
            const bool declaration = bytes.at(at + 1) == '?' || bytes.at(at + 1) == '!';
            if (!selfClosing && !declaration && ++depth > m_maxDepth + 1) // +1: the <plist> element
                return tooDeep();
            at = end;
        }
        if (at < 0)
            break;
    }
    return Status::success();
}

Status PlistShapeGuard::checkBinary(const QByteArray &bytes) const
{
    BinaryGraph graph(bytes);
    if (!graph.readTrailer())
        return malformedBinary();
    // Depth-first over the object graph with an explicit stack; for each object the number of nodes
    // it unfolds into and its height are computed once. An object met again while still on the
    // stack is a cycle.
    enum class State : quint8 { New, Open, Done };
    const auto count = static_cast<qsizetype>(graph.objectCount());
    QList<State> state(count, State::New);
    QList<qint64> nodes(count, 0);
    QList<int> height(count, 0);
    struct Frame {
        quint64 index;
        QList<quint64> children;
        qsizetype next = 0;
    };
    QList<Frame> stack;
    auto open = [&](quint64 index) -> Status {
        const auto children = graph.children(index);
        if (!children)
            return malformedBinary();
        if (stack.size() > m_maxDepth)
            return tooDeep();
        state[static_cast<qsizetype>(index)] = State::Open;
        stack.append(Frame{index, *children});
        return Status::success();
    };
    if (Status s = open(graph.root()); !s)
        return s;
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        if (frame.next < frame.children.size()) {
            const quint64 child = frame.children.at(frame.next++);
            const State childState = state.at(static_cast<qsizetype>(child));
            if (childState == State::Open)
                return malformedBinary();
            if (childState == State::New) {
                if (Status s = open(child); !s)
                    return s;
            }
            continue;
        }
        const auto index = static_cast<qsizetype>(frame.index);
        qint64 total = 1;
        int tallest = 0;
        for (quint64 child : frame.children) {
            total += nodes.at(static_cast<qsizetype>(child));
            tallest = std::max(tallest, height.at(static_cast<qsizetype>(child)));
            if (total > m_maxNodes)
                return Status::failure(ErrorCode::InvalidInput, QCoreApplication::translate("PlistShapeGuard", "The property list has too many elements."));
        }
        if (tallest + 1 > m_maxDepth)
            return tooDeep();
        nodes[index] = total;
        height[index] = tallest + 1;
        state[index] = State::Done;
        stack.removeLast();
    }
    return Status::success();
}
