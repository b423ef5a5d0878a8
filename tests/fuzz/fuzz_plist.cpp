// Apple property lists from devices (app/apple/Plist over libplist, behind PlistShapeGuard): the shape
// guard on its own for both formats, then the full parse; what parses must serialise again and
// parse back to the same value (binary, whose reals are exact).

#include "FuzzSupport.h"

#include "apple/Plist.h"
#include "apple/PlistShapeGuard.h"

#include <QDateTime>

namespace {

void writeSeeds()
{
    if (FuzzSupport::seedDir().isEmpty())
        return;
    const QVariantMap authenticate{{QStringLiteral("MessageType"), QStringLiteral("Authenticate")},
                                   {QStringLiteral("Topic"), QStringLiteral("com.apple.mgmt.External.0c1a7f4e")},
                                   {QStringLiteral("UDID"), QStringLiteral("00008101-000000000000001")},
                                   {QStringLiteral("SerialNumber"), QStringLiteral("DMPXK0000001")},
                                   {QStringLiteral("BuildVersion"), QStringLiteral("21E236")}};
    const QVariantMap nested{
        {QStringLiteral("Status"), QStringLiteral("Acknowledged")},
        {QStringLiteral("QueryResponses"),
         QVariantMap{{QStringLiteral("BatteryLevel"), 0.81},
                     {QStringLiteral("IsSupervised"), true},
                     {QStringLiteral("DeviceCapacity"), qint64(256)},
                     {QStringLiteral("Token"), QByteArray("\x00\x01\x02\xff", 4)},
                     {QStringLiteral("LastBackup"), QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC)},
                     {QStringLiteral("Apps"), QVariantList{QVariantMap{{QStringLiteral("Identifier"), QStringLiteral("com.x")}},
                                                            QVariantList{qint64(-1), false}}}}}};
    for (const QVariantMap &m : {authenticate, nested}) {
        QByteArray xml, binary;
        if (Plist::toXml(m, xml))
            FuzzSupport::writeSeed(xml);
        if (Plist::toBinary(m, binary))
            FuzzSupport::writeSeed(binary);
    }
    FuzzSupport::writeSeed("<?xml version=\"1.0\"?><!DOCTYPE plist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                           "<plist version=\"1.0\"><dict><key>a</key><string>&x;</string></dict></plist>");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    writeSeeds();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const PlistShapeGuard guard(Plist::MaxDepth, Plist::MaxNodes);
    (void)guard.checkXml(input);
    (void)guard.checkBinary(input);
    QVariant value;
    if (!Plist::parse(input, value))
        return 0;
    QByteArray binary;
    if (!Plist::toBinary(value, binary))
        return 0; // not every parsed value has a writable form (a date out of range, say)
    QVariant again;
    if (const Status s = Plist::parse(binary, again); !s) {
        qWarning("the console's own binary plist does not parse: %s\n%s", qPrintable(s.message()), binary.toHex().constData());
        __builtin_trap(); // what the console writes, it must read
    }
    QByteArray xml;
    (void)Plist::toXml(value, xml);
    return 0;
}
