#include "apple/Plist.h"

#include "apple/PlistShapeGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <plist/plist.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace {


struct PlistFree {
    void operator()(void *node) const { plist_free(node); }
};
using PlistPtr = std::unique_ptr<void, PlistFree>;

// libplist dates count seconds from 2001-01-01T00:00:00Z (Apple's reference date).
constexpr qint64 AppleEpochOffset = 978307200;

Status invalid(const QString &message)
{
    return Status::failure(ErrorCode::InvalidInput, message);
}

QVariant toVariant(plist_t node, int depth, bool &ok)
{
    if (depth > Plist::MaxDepth) {
        ok = false;
        return {};
    }
    switch (plist_get_node_type(node)) {
    case PLIST_BOOLEAN: {
        uint8_t value = 0;
        plist_get_bool_val(node, &value);
        return value != 0;
    }
    case PLIST_UINT: {
        // libplist 2.2 keeps every integer in 64 bits; negative XML integers arrive two's complement.
        uint64_t value = 0;
        plist_get_uint_val(node, &value);
        return static_cast<qint64>(value);
    }
    case PLIST_UID: {
        uint64_t value = 0;
        plist_get_uid_val(node, &value);
        return static_cast<qint64>(value);
    }
    case PLIST_REAL: {
        double value = 0;
        plist_get_real_val(node, &value);
        return value;
    }
    case PLIST_STRING:
    case PLIST_KEY: {
        uint64_t length = 0;
        const char *text = plist_get_string_ptr(node, &length);
        return text ? QString::fromUtf8(text, static_cast<qsizetype>(length)) : QString();
    }
    case PLIST_DATA: {
        uint64_t length = 0;
        const char *data = plist_get_data_ptr(node, &length);
        return QByteArray(data, data ? static_cast<qsizetype>(length) : 0);
    }
    case PLIST_DATE: {
        int32_t seconds = 0;
        int32_t micros = 0;
        plist_get_date_val(node, &seconds, &micros);
        const qint64 msecs = (AppleEpochOffset + seconds) * 1000 + micros / 1000;
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    }
    case PLIST_ARRAY: {
        QVariantList list;
        const uint32_t size = plist_array_get_size(node);
        list.reserve(static_cast<qsizetype>(size));
        for (uint32_t i = 0; i < size && ok; ++i)
            list.append(toVariant(plist_array_get_item(node, i), depth + 1, ok));
        return list;
    }
    case PLIST_DICT: {
        QVariantMap map;
        plist_dict_iter iter = nullptr;
        plist_dict_new_iter(node, &iter);
        while (ok && iter) {
            char *key = nullptr;
            plist_t value = nullptr;
            plist_dict_next_item(node, iter, &key, &value);
            if (!key || !value) {
                std::free(key);
                break;
            }
            map.insert(QString::fromUtf8(key), toVariant(value, depth + 1, ok));
            std::free(key);
        }
        std::free(iter);
        return map;
    }
    case PLIST_NONE:
        break;
    }
    ok = false;
    return {};
}

// XML 1.0 cannot carry C0 control characters other than tab, line feed and carriage return, and
// libplist writes them raw (and stops a string at NUL); Apple's parser then refuses the document.
bool fitsXml(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
    });
}

// Returns nullptr and sets `error` for a value that has no plist form.
plist_t toNode(const QVariant &value, int depth, bool xml, QString &error)
{
    if (depth > Plist::MaxDepth) {
        error = QCoreApplication::translate("Plist", "The value is nested too deeply for a property list.");
        return nullptr;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return plist_new_bool(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UInt:
    case QMetaType::UShort:
        return plist_new_uint(static_cast<uint64_t>(value.toLongLong()));
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (value.toULongLong() > static_cast<quint64>(std::numeric_limits<qint64>::max()))
            break;
        return plist_new_uint(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return plist_new_real(value.toDouble());
    case QMetaType::QString:
        if (!fitsXml(value.toString()) && (xml || value.toString().contains(QChar(0)))) {
            error = QCoreApplication::translate("Plist", "A text contains a control character that a property list cannot hold.");
            break;
        }
        return plist_new_string(value.toString().toUtf8().constData());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return plist_new_data(bytes.constData(), static_cast<uint64_t>(bytes.size()));
    }
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            break;
        const qint64 msecs = time.toMSecsSinceEpoch() - AppleEpochOffset * 1000;
        const qint64 seconds = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
        if (seconds < std::numeric_limits<int32_t>::min() || seconds > std::numeric_limits<int32_t>::max())
            break;
        return plist_new_date(static_cast<int32_t>(seconds), static_cast<int32_t>((msecs - seconds * 1000) * 1000));
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        PlistPtr array(plist_new_array());
        for (const QVariant &item : value.toList()) {
            plist_t child = toNode(item, depth + 1, xml, error);
            if (!child)
                return nullptr;
            plist_array_append_item(array.get(), child);
        }
        return array.release();
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        PlistPtr dict(plist_new_dict());
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!fitsXml(it.key())) {
                error = QCoreApplication::translate("Plist", "A key contains a control character that a property list cannot hold.");
                return nullptr;
            }
            plist_t child = toNode(it.value(), depth + 1, xml, error);
            if (!child)
                return nullptr;
            plist_dict_set_item(dict.get(), it.key().toUtf8().constData(), child);
        }
        return dict.release();
    }
    default:
        break;
    }
    if (error.isEmpty())
        error = QCoreApplication::translate("Plist", "A value of type %1 has no property list form.")
                    .arg(QString::fromLatin1(value.metaType().name() ? value.metaType().name() : "invalid"));
    return nullptr;
}

Status serialise(const QVariant &value, QByteArray &out, bool binary)
{
    QString error;
    PlistPtr root(toNode(value, 0, !binary, error));
    if (!root)
        return invalid(error);
    char *bytes = nullptr;
    uint32_t length = 0;
    if (binary)
        plist_to_bin(root.get(), &bytes, &length);
    else
        plist_to_xml(root.get(), &bytes, &length);
    if (!bytes)
        return Status::failure(ErrorCode::Failure, QCoreApplication::translate("Plist", "The property list could not be written."));
    out = QByteArray(bytes, static_cast<qsizetype>(length));
    binary ? plist_to_bin_free(bytes) : plist_to_xml_free(bytes);
    return Status::success();
}

} // namespace

Status Plist::parse(const QByteArray &bytes, QVariant &out, qsizetype maxBytes)
{
    if (bytes.isEmpty())
        return invalid(QCoreApplication::translate("Plist", "The property list is empty."));
    if (bytes.size() > maxBytes || bytes.size() > std::numeric_limits<int32_t>::max())
        return invalid(QCoreApplication::translate("Plist", "The property list is larger than %1 bytes.").arg(maxBytes));
    // libplist refuses XML that starts with a UTF-8 byte order mark; some tools write one.
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (body.isEmpty())
        return invalid(QCoreApplication::translate("Plist", "The property list is empty."));
    const auto length = static_cast<uint32_t>(body.size());
    const bool binary = plist_is_binary(body.constData(), length) != 0;
    const PlistShapeGuard guard(MaxDepth, MaxNodes);
    if (Status s = binary ? guard.checkBinary(body) : guard.checkXml(body); !s)
        return s;

    plist_t node = nullptr;
    if (binary)
        plist_from_bin(body.constData(), length, &node);
    else
        plist_from_xml(body.constData(), length, &node);
    const PlistPtr root(node);
    if (!root)
        return invalid(binary ? QCoreApplication::translate("Plist", "The binary property list is malformed.")
                              : QCoreApplication::translate("Plist", "The XML property list is malformed."));
    bool ok = true;
    QVariant value = toVariant(root.get(), 0, ok);
    if (!ok)
        return invalid(QCoreApplication::translate("Plist", "The property list contains an unsupported or too deeply nested value."));
    out = value;
    return Status::success();
}

Status Plist::toXml(const QVariant &value, QByteArray &out)
{
    return serialise(value, out, false);
}

Status Plist::toBinary(const QVariant &value, QByteArray &out)
{
    return serialise(value, out, true);
}
