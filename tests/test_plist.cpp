#include "apple/Plist.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QVariantMap sample()
{
    QVariantMap inner;
    inner.insert(QStringLiteral("Empty"), QVariantList());
    inner.insert(QStringLiteral("Names"), QVariantList{QStringLiteral("a"), QStringLiteral("ñandú <&>")});
    QVariantMap map;
    map.insert(QStringLiteral("Bool"), true);
    map.insert(QStringLiteral("False"), false);
    map.insert(QStringLiteral("Int"), qint64(42));
    map.insert(QStringLiteral("Negative"), qint64(-7));
    map.insert(QStringLiteral("Big"), qint64(1) << 40);
    map.insert(QStringLiteral("Real"), 2.5);
    map.insert(QStringLiteral("Text"), QStringLiteral("Nurses' station — tablet 3"));
    map.insert(QStringLiteral("Data"), QByteArray("\x00\x01\xfe\xff", 4));
    map.insert(QStringLiteral("Date"), QDateTime(QDate(2026, 11, 28), QTime(13, 14, 15), Qt::UTC));
    map.insert(QStringLiteral("Inner"), inner);
    return map;
}

QByteArray nested(int depth)
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">";
    body += QByteArray("<array>").repeated(depth) + QByteArray("</array>").repeated(depth) + "</plist>";
    return body;
}

} // namespace

class TestPlist : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("xml") << false;
        QTest::newRow("binary") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, binary);
        QByteArray bytes;
        QVERIFY(binary ? Plist::toBinary(sample(), bytes).ok() : Plist::toXml(sample(), bytes).ok());
        QCOMPARE(bytes.startsWith("bplist00"), binary);
        QVariant parsed;
        const Status s = Plist::parse(bytes, parsed);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        const QVariantMap map = parsed.toMap();
        QCOMPARE(map, sample());
        QCOMPARE(map.value(QStringLiteral("Int")).typeId(), QMetaType::LongLong);
        QCOMPARE(map.value(QStringLiteral("Data")).typeId(), QMetaType::QByteArray);
        QCOMPARE(map.value(QStringLiteral("Date")).typeId(), QMetaType::QDateTime);
    }

    void xmlIsAppleFormat()
    {
        QByteArray xml;
        QVERIFY(Plist::toXml(QVariantMap{{QStringLiteral("Status"), QStringLiteral("Idle")},
                                         {QStringLiteral("Data"), QByteArray("hi")}},
                             xml)
                    .ok());
        QVERIFY(xml.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
        QVERIFY(xml.contains("<key>Status</key>"));
        QVERIFY(xml.contains("<string>Idle</string>"));
        QVERIFY(QString::fromUtf8(xml).contains(QRegularExpression(QStringLiteral("<data>\\s*aGk=\\s*</data>"))));
    }

    void unsupportedValuesAreRefused()
    {
        QByteArray out = "unchanged";
        Status s = Plist::toXml(QVariant::fromValue(QRegularExpression()), out);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QCOMPARE(out, QByteArray("unchanged"));
        QVERIFY(!Plist::toXml(QVariant(), out).ok());
        QVERIFY(!Plist::toXml(QVariantList{QDateTime()}, out).ok());
        // XML cannot hold C0 control characters; binary can (except NUL, which libplist cannot).
        const QVariantMap control{{QStringLiteral("Name"), QStringLiteral("iPad\u0001")}};
        QCOMPARE(Plist::toXml(control, out).code(), ErrorCode::InvalidInput);
        QCOMPARE(Plist::toXml(QVariantMap{{QStringLiteral("a\u0002"), 1}}, out).code(), ErrorCode::InvalidInput);
        QCOMPARE(out, QByteArray("unchanged"));
        QVERIFY(Plist::toBinary(control, out).ok());
        QVERIFY(!Plist::toBinary(QVariantMap{{QStringLiteral("Name"), QString(QChar(0))}}, out).ok());
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray xml;
        QByteArray bin;
        Plist::toXml(sample(), xml);
        Plist::toBinary(sample(), bin);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, world");
        QTest::newRow("unclosed dict") << QByteArray("<plist version=\"1.0\"><dict><key>a</key>");
        QTest::newRow("truncated xml") << xml.left(xml.size() / 2);
        QTest::newRow("bplist header only") << QByteArray("bplist00");
        QTest::newRow("truncated binary") << bin.left(bin.size() - 5);
        QTest::newRow("binary without trailer") << bin.left(bin.size() - 32);
        QTest::newRow("xml too deep") << nested(Plist::MaxDepth + 5);
        QTest::newRow("xml stack bomb") << nested(200000);
    }

    void malformedInput()
    {
        QFETCH(QByteArray, bytes);
        QVariant out = QStringLiteral("unchanged");
        const Status s = Plist::parse(bytes, out);
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        QVERIFY(!s.message().isEmpty());
        QCOMPARE(out, QVariant(QStringLiteral("unchanged")));
    }

    void byteOrderMarkIsTolerated()
    {
        QByteArray xml;
        QVERIFY(Plist::toXml(sample(), xml).ok());
        QVariant out;
        const Status s = Plist::parse("\xEF\xBB\xBF" + xml, out);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(out.toMap(), sample());
        QCOMPARE(Plist::parse("\xEF\xBB\xBF", out).code(), ErrorCode::InvalidInput);
    }

    void nestingWithinTheLimitParses()
    {
        QVariant out;
        QVERIFY(Plist::parse(nested(Plist::MaxDepth - 1), out).ok());
    }

    void sizeLimit()
    {
        QByteArray xml;
        QVERIFY(Plist::toXml(sample(), xml).ok());
        QVariant out;
        QCOMPARE(Plist::parse(xml, out, xml.size() - 1).code(), ErrorCode::InvalidInput);
        QVERIFY(Plist::parse(xml, out, xml.size()).ok());
    }

    // Appends the offset table (one byte per object) and the trailer to "bplist00" + objects.
    static QByteArray finishBinary(QByteArray bytes, const QList<int> &objects, int root)
    {
        const auto table = static_cast<quint64>(bytes.size());
        for (int offset : objects)
            bytes.append(static_cast<char>(offset));
        QByteArray trailer(32, '\0');
        trailer[6] = 1; // offset size
        trailer[7] = 1; // ref size
        trailer[15] = static_cast<char>(objects.size());
        trailer[23] = static_cast<char>(root);
        trailer[31] = static_cast<char>(table);
        return bytes + trailer;
    }

    // A binary plist whose array holds the same child array twice, 40 levels down, is a few hundred
    // bytes but unfolds into 2^40 nodes; and one whose array contains itself never ends.
    void binaryReferenceBombs()
    {
        constexpr int levels = 40;
        QByteArray body = "bplist00";
        QList<int> offsets;
        offsets.append(static_cast<int>(body.size()));
        body.append('\x08'); // object 0: false
        for (int i = 1; i <= levels; ++i) {
            offsets.append(static_cast<int>(body.size()));
            body.append('\xA2'); // array of 2 refs, both to the previous object
            body.append(static_cast<char>(i - 1));
            body.append(static_cast<char>(i - 1));
        }
        const auto finish = &TestPlist::finishBinary;
        QVariant out;
        Status s = Plist::parse(finish(body, offsets, levels), out);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);

        // Same shape, 10 levels: 2^11 nodes, accepted, proving the builder above is a valid plist.
        s = Plist::parse(finish(body.left(offsets.at(11)), offsets.mid(0, 11), 10), out);
        QVERIFY2(s.ok(), qPrintable(s.message()));

        QByteArray cycle = "bplist00";
        cycle.append('\xA1');
        cycle.append('\0'); // object 0: an array holding object 0
        s = Plist::parse(finish(cycle, {8}, 0), out);
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
    }

    // Found by fuzz_plist (tests/fuzz): libplist 2.2 accepts a binary dictionary whose key is a
    // UTF-16 string holding U+0000 (or is no string at all), then aborts the process on an assertion
    // when the dictionary is read: one signed check-in took the whole endpoint down. Refused instead.
    void binaryDictionaryKeysMustBeStrings()
    {
        auto dictionary = [](const QByteArray &key) {
            QByteArray body = "bplist00";
            body.append("\xD1\x01\x02", 3); // object 0 at 8: {object 1: object 2}
            body.append(key);                 // object 1 at 11
            const int value = static_cast<int>(body.size());
            body.append("\x10\x01", 2); // object 2: integer 1
            return finishBinary(body, {8, 11, value}, 0);
        };
        QVariant out;
        Status s = Plist::parse(dictionary(QByteArray("\x62\x00\x61\x00\x00", 5)), out); // UTF-16 "a\0"
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        s = Plist::parse(dictionary(QByteArray("\x10\x07", 2)), out); // the integer 7 as a key
        QCOMPARE(s.code(), ErrorCode::InvalidInput);
        // The same shapes with proper keys parse: UTF-16 "ab" and ASCII "a".
        s = Plist::parse(dictionary(QByteArray("\x62\x00\x61\x00\x62", 5)), out);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(out.toMap().value(QStringLiteral("ab")).toLongLong(), 1);
        s = Plist::parse(dictionary(QByteArray("\x51\x61", 2)), out);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(out.toMap().value(QStringLiteral("a")).toLongLong(), 1);
    }

    // Found by fuzz_plist: binary writers store an equal value once, so an array of many equal values
    // holds more references than the plist has objects. The shape guard refused that, and with it
    // the console's own binary plists.
    void binaryArrayOfEqualValuesParses()
    {
        const QVariantList same(100, QVariant(true));
        QByteArray bytes;
        QVERIFY(Plist::toBinary(QVariantMap{{QStringLiteral("Flags"), same}}, bytes).ok());
        QVariant out;
        const Status s = Plist::parse(bytes, out);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(out.toMap().value(QStringLiteral("Flags")).toList(), same);
    }

    // Fuzz-style: random truncations and byte flips of valid plists, and random garbage. Parsing
    // must fail cleanly or succeed, never crash (run under ASan with -DCLINICMDM_SANITIZE=ON;
    // CLINICMDM_FUZZ_ROUNDS=200000 for a longer run).
    void hostileMutations()
    {
        const int rounds = qMax(4000, qEnvironmentVariableIntValue("CLINICMDM_FUZZ_ROUNDS"));
        QByteArray xml;
        QByteArray bin;
        QVERIFY(Plist::toXml(sample(), xml).ok());
        QVERIFY(Plist::toBinary(sample(), bin).ok());
        QRandomGenerator random(20261128);
        int failures = 0;
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = (round % 2) ? bin : xml;
            switch (round % 4) {
            case 0:
            case 1:
                bytes.truncate(random.bounded(static_cast<int>(bytes.size())));
                break;
            case 2:
                for (int flips = 1 + random.bounded(8); flips > 0; --flips)
                    bytes[random.bounded(static_cast<int>(bytes.size()))] = static_cast<char>(random.bounded(256));
                break;
            default:
                bytes = round % 8 == 3 ? QByteArray("bplist00") : QByteArray();
                for (int n = random.bounded(300); n > 0; --n)
                    bytes.append(static_cast<char>(random.bounded(256)));
            }
            QVariant out;
            if (!Plist::parse(bytes, out).ok())
                ++failures;
        }
        QVERIFY(failures > rounds / 4);
    }

    // An Authenticate check-in message with exactly the keys Apple's schema names.
    void appleAuthenticateMessage()
    {
        const QString shared = qEnvironmentVariable("CLINICMDM_SHARED_DIR");
        QFile spec(QDir(shared).filePath(QStringLiteral("spec/apple/mdm/checkin/authenticate.yaml")));
        if (shared.isEmpty() || !spec.open(QIODevice::ReadOnly))
            QSKIP("CLINICMDM_SHARED_DIR/spec/apple/mdm/checkin/authenticate.yaml is not available");
        QStringList keys;
        QStringList required;
        const QStringList lines = QString::fromUtf8(spec.readAll()).split(QLatin1Char('\n'));
        const QRegularExpression keyLine(QStringLiteral("^- key: (\\w+)$"));
        for (const QString &line : lines) {
            const auto match = keyLine.match(line);
            if (match.hasMatch())
                keys.append(match.captured(1));
            else if (line.trimmed() == QLatin1String("presence: required") && !keys.isEmpty())
                required.append(keys.last());
        }
        QVERIFY(keys.contains(QStringLiteral("MessageType")));
        QVERIFY(keys.contains(QStringLiteral("Topic")));
        QVariantMap message;
        for (const QString &key : keys)
            message.insert(key, key == QLatin1String("MessageType") ? QStringLiteral("Authenticate")
                                                                    : QStringLiteral("value of ") + key);
        message.insert(QStringLiteral("Topic"), QStringLiteral("com.apple.mgmt.External.1b2c3d4e"));
        QByteArray xml;
        QVERIFY(Plist::toXml(message, xml).ok());
        QVariant parsed;
        QVERIFY(Plist::parse(xml, parsed).ok());
        const QVariantMap map = parsed.toMap();
        QCOMPARE(map, message);
        for (const QString &key : required)
            QVERIFY2(map.contains(key), qPrintable(key));
        QCOMPARE(map.value(QStringLiteral("MessageType")).toString(), QStringLiteral("Authenticate"));
    }
};

QTEST_GUILESS_MAIN(TestPlist)
#include "test_plist.moc"
