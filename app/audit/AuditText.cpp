#include "audit/AuditText.h"

namespace AuditText {

QString field(const QByteArray &raw, int maxChars)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(qMin<qsizetype>(raw.size(), maxChars));
    bool cut = false;
    for (const char ch : raw) {
        const auto b = static_cast<unsigned char>(ch);
        const bool plain = b > 0x20 && b < 0x7f && b != '%' && b != '=';
        if (out.size() + (plain ? 1 : 3) > maxChars) {
            cut = true;
            break;
        }
        if (plain) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xf]);
        }
    }
    QString text = QString::fromLatin1(out);
    if (cut)
        text += QStringLiteral("...[%1 bytes]").arg(raw.size());
    return text;
}

} // namespace AuditText
