#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "core/CsvReader.h"
#include "fleet/DeviceCsvImporter.h"
#include "fleet/DeviceRepository.h"

#include <QFile>
#include <QTest>

namespace {

const QByteArray kHeader = "serial,model,platform,ownership,department,assigned_to\n";

DeviceCsvImporter::Result importText(Database &db, const QByteArray &data)
{
    DeviceCsvImporter importer(db, Actor{QStringLiteral("alice"), QStringLiteral("Administrator")});
    return importer.importData(data, QStringLiteral("inventory.csv"));
}

QList<int> linesOf(const QList<DeviceImportIssue> &issues)
{
    QList<int> out;
    for (const DeviceImportIssue &i : issues)
        out << i.line;
    return out;
}

QString reasonsOn(const QList<DeviceImportIssue> &issues, int line)
{
    QStringList out;
    for (const DeviceImportIssue &i : issues)
        if (i.line == line)
            out << i.reason;
    return out.join(QLatin1String(" | "));
}

int auditCount(Database &db, const QString &action)
{
    int n = 0;
    for (const AuditEvent &e : AuditLog(db).events())
        n += e.action == action ? 1 : 0;
    return n;
}

void seedOne(Database &db, const QString &serial)
{
    Device d;
    d.serial = serial;
    d.name = serial;
    QVERIFY(DeviceRepository(db).insert(d).ok());
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void readerFollowsRfc4180()
    {
        CsvReader reader(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                        "\"two\nline\r\nfield\",x,\n"
                                        "\n"
                                        "last,\"\",end"));
        CsvReader::Record r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 1);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 2);
        QCOMPARE(r.fields, (QStringList{QStringLiteral("two\nline\nfield"), QStringLiteral("x"), QString()}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 6); // after a three-line record and a blank line
        QCOMPARE(r.fields, (QStringList{QStringLiteral("last"), QString(), QStringLiteral("end")}));
        QVERIFY(!reader.next(r));
        QVERIFY(!reader.hasError());
    }

    void readerReportsSyntaxErrors()
    {
        CsvReader open(QStringLiteral("a,b\n\"never\nclosed,x\n"));
        CsvReader::Record r;
        QVERIFY(open.next(r));
        QVERIFY(!open.next(r));
        QVERIFY(open.hasError());
        QCOMPARE(open.errorLine(), 2);

        CsvReader trailing(QStringLiteral("a,b\nc,\"d\"e\n"));
        QVERIFY(trailing.next(r));
        QVERIFY(!trailing.next(r));
        QCOMPARE(trailing.errorLine(), 2);
    }

    void decodesUtf8WithAndWithoutBom()
    {
        QString text;
        QVERIFY(CsvReader::decodeUtf8(QByteArray("\xEF\xBB\xBFserial,Jos\xC3\xA9"), text));
        QCOMPARE(text, QStringLiteral("serial,Jos\u00e9"));
        QVERIFY(CsvReader::decodeUtf8(QByteArray("plain"), text));
        QVERIFY(!CsvReader::decodeUtf8(QByteArray("bad \xFF\xFE bytes"), text));
    }

    void goodFileImportsEverythingWithOneAuditEntry()
    {
        TestDatabase t;
        const QByteArray csv = " Name , SERIAL,Model,platform,Ownership,os_version,Department,ASSIGNED_TO,imei\n"
                               "Nurses' station 1,F4GXK29LQ7,iPad (10th generation),iPad,shared,17.5,ICU,,\n"
                               ",R58N12ABCDE,Galaxy S23,Android,byod,14,Cardiology,\"Chen, Amelia\",35 209900 176148 1\n"
                               "Dr. Ortiz's phone,G0NXK2L9PQ,iPhone 15,iphone,COPE,17.4.1,Emergency,\"Marcus \"\"Mac\"\" Ortiz\",\n";
        DeviceCsvImporter importer(t.db(), Actor{QStringLiteral("alice"), QStringLiteral("Administrator")});
        int lastDone = 0, lastTotal = 0;
        importer.setProgress([&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        });
        const auto r = importer.importData(csv, QStringLiteral("inventory.csv"));
        QVERIFY2(r.status.ok(), qPrintable(r.issues.value(0).reason));
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.imported, 3);
        QCOMPARE(lastDone, 3);
        QCOMPARE(lastTotal, 3);

        DeviceRepository repo(t.db());
        QCOMPARE(repo.countAll(), 3);
        const auto ipad = repo.findBySerial(QStringLiteral("F4GXK29LQ7"));
        QVERIFY(ipad);
        QCOMPARE(ipad->platform, Platform::iPadOS);
        QCOMPARE(ipad->ownership, Ownership::Shared);
        QCOMPARE(ipad->name, QStringLiteral("Nurses' station 1"));
        QCOMPARE(ipad->osVersion, QStringLiteral("17.5"));
        QVERIFY(ipad->assignedTo.isEmpty());
        const auto galaxy = repo.findBySerial(QStringLiteral("R58N12ABCDE"));
        QVERIFY(galaxy);
        QCOMPARE(galaxy->assignedTo, QStringLiteral("Chen, Amelia"));
        QCOMPARE(galaxy->imei, QStringLiteral("352099001761481"));
        QCOMPARE(galaxy->name, QStringLiteral("Galaxy S23 R58N12ABCDE")); // no name given
        QCOMPARE(repo.findBySerial(QStringLiteral("G0NXK2L9PQ"))->assignedTo, QStringLiteral("Marcus \"Mac\" Ortiz"));
        QCOMPARE(repo.findBySerial(QStringLiteral("G0NXK2L9PQ"))->platform, Platform::iOS);

        const QList<AuditEvent> events = AuditLog(t.db()).events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, QStringLiteral("device.import"));
        QCOMPARE(events[0].actor, QStringLiteral("alice"));
        QVERIFY2(events[0].details.contains(QLatin1String("inventory.csv")), qPrintable(events[0].details));
        QVERIFY2(events[0].details.contains(QLatin1String("3")), qPrintable(events[0].details));
    }

    void everyBadRowIsReportedWithItsLine()
    {
        TestDatabase t;
        const QByteArray csv = kHeader                                                        // 1
            + "GOOD1,iPad,ipados,Shared,ICU,\n"                                               // 2
            + ",iPad,ipados,Shared,ICU,\n"                                                    // 3 empty serial
            + "S4,Surface,windows,COPE,ICU,\n"                                                // 4 platform
            + "S5,iPad,ipados,rented,ICU,\n"                                                  // 5 ownership
            + "S6,iPad,ipados,COPE,ICU,\"Dr. Two\nLines\"\n"                                  // 6-7 line break
            + "S8,iPad,ipados,COPE,ICU\n"                                                     // 8 field count
            + "S 9,iPad,ipados,COPE,ICU,\n"                                                   // 9 space in serial
            + "S10," + QByteArray(200, 'x') + ",ipados,COPE,ICU,\n"                            // 10 too long
            + "GOOD1,iPad,ipados,Shared,ICU,\n"                                               // 11 duplicate
            + "S12,iPad,,COPE,ICU,\n"                                                         // 12 empty platform
            + "S13,iPad,ipados,,ICU,\n"                                                       // 13 empty ownership
            + "\n\n";
        const auto r = importText(t.db(), csv);
        QCOMPARE(r.status.code(), ErrorCode::InvalidInput);
        QCOMPARE(r.imported, 0);
        QCOMPARE(linesOf(r.issues), (QList<int>{3, 4, 5, 6, 8, 9, 10, 11, 12, 13}));
        QVERIFY2(reasonsOn(r.issues, 3).contains(QLatin1String("serial is empty")), qPrintable(reasonsOn(r.issues, 3)));
        QVERIFY(reasonsOn(r.issues, 4).contains(QLatin1String("windows")));
        QVERIFY(reasonsOn(r.issues, 5).contains(QLatin1String("rented")));
        QVERIFY(reasonsOn(r.issues, 6).contains(QLatin1String("line break")));
        QVERIFY(reasonsOn(r.issues, 8).contains(QLatin1String("5 fields")));
        QVERIFY(reasonsOn(r.issues, 9).contains(QLatin1String("space")));
        QVERIFY(reasonsOn(r.issues, 10).contains(QLatin1String("model is 200 characters")));
        QVERIFY(reasonsOn(r.issues, 11).contains(QLatin1String("already on line 2")));
        QVERIFY(reasonsOn(r.issues, 12).contains(QLatin1String("platform is empty")));
        QVERIFY(reasonsOn(r.issues, 13).contains(QLatin1String("ownership is empty")));
        QCOMPARE(DeviceRepository(t.db()).countAll(), 0);
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.import")), 0);
    }

    void badImeiIsReported()
    {
        TestDatabase t;
        const auto r = importText(t.db(), "serial,model,platform,ownership,department,assigned_to,imei\n"
                                          "S1,Pixel 8,android,BYOD,ICU,Dr. A,12345\n");
        QCOMPARE(linesOf(r.issues), QList<int>{2});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("IMEI")));
    }

    void aGoodRowFollowedByBadOnesImportsNothing()
    {
        TestDatabase t;
        seedOne(t.db(), QStringLiteral("EXISTING"));
        const int auditBefore = int(AuditLog(t.db()).events().size());
        const auto r = importText(t.db(), kHeader + "NEW1,iPad,ipados,Shared,ICU,\n"
                                                    "NEW2,iPad,ipados,Shared,ICU,\n"
                                                    "NEW3,iPad,tizen,Shared,ICU,\n");
        QCOMPARE(r.status.code(), ErrorCode::InvalidInput);
        QCOMPARE(linesOf(r.issues), QList<int>{4});
        DeviceRepository repo(t.db());
        QCOMPARE(repo.countAll(), 1);
        QVERIFY(!repo.findBySerial(QStringLiteral("NEW1")));
        QCOMPARE(int(AuditLog(t.db()).events().size()), auditBefore);
    }

    void serialsAlreadyInTheDatabaseAreRefused()
    {
        TestDatabase t;
        seedOne(t.db(), QStringLiteral("TAKEN"));
        const auto r = importText(t.db(), kHeader + "FREE,iPad,ipados,Shared,ICU,\n"
                                                    "\"multi\nline\",iPad,ipados,Shared,ICU,\n"
                                                    "TAKEN,iPad,ipados,Shared,ICU,\n");
        QCOMPARE(linesOf(r.issues), (QList<int>{3, 5}));
        QVERIFY(reasonsOn(r.issues, 5).contains(QLatin1String("already in the fleet database")));
        QCOMPARE(DeviceRepository(t.db()).countAll(), 1);
    }

    void bomAndCrlfAreAccepted()
    {
        TestDatabase t;
        const QByteArray csv = "\xEF\xBB\xBFserial,model,platform,ownership,department,assigned_to\r\n"
                               "A1,Galaxy Tab A8,android,COSU,Front desk,\r\n"
                               "A2,\"iPad, 9th\",ipad,Shared,ICU,\"Li\r\nne\"\r\n"
                               "\r\n\r\n";
        auto r = importText(t.db(), csv);
        QCOMPARE(linesOf(r.issues), QList<int>{3}); // the CRLF inside quotes is a line break in a value
        const QByteArray good = "\xEF\xBB\xBFserial,model,platform,ownership,department,assigned_to\r\n"
                                "A1,Galaxy Tab A8,android,COSU,Front desk,\r\n"
                                "A2,\"iPad, 9th\",ipad,Shared,ICU,\r\n"
                                "\r\n\r\n";
        r = importText(t.db(), good);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        QCOMPARE(r.imported, 2);
        QCOMPARE(DeviceRepository(t.db()).findBySerial(QStringLiteral("A2"))->model, QStringLiteral("iPad, 9th"));
        QCOMPARE(auditCount(t.db(), QStringLiteral("device.import")), 1);
    }

    void headerProblems()
    {
        TestDatabase t;
        auto r = importText(t.db(), "serial,model,platform,department,assigned_to\nS1,iPad,ipados,ICU,\n");
        QCOMPARE(linesOf(r.issues), QList<int>{1});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("missing required column(s): ownership")));

        r = importText(t.db(), kHeader.trimmed() + ",colour,Owner\nS1,iPad,ipados,COPE,ICU,,red,x\n");
        QCOMPARE(linesOf(r.issues), QList<int>{1});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("colour, Owner")));

        r = importText(t.db(), kHeader.trimmed() + ",SERIAL\nS1,iPad,ipados,COPE,ICU,,S1\n");
        QVERIFY(r.issues[0].reason.contains(QLatin1String("twice")));
        QCOMPARE(DeviceRepository(t.db()).countAll(), 0);
    }

    void emptyFilesAreRefused()
    {
        TestDatabase t;
        for (const QByteArray &data : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\n")}) {
            const auto r = importText(t.db(), data);
            QCOMPARE(r.status.code(), ErrorCode::InvalidInput);
            QCOMPARE(linesOf(r.issues), QList<int>{0});
            QVERIFY(r.issues[0].reason.contains(QLatin1String("empty")));
        }
        const auto r = importText(t.db(), kHeader + "\n");
        QCOMPARE(r.status.code(), ErrorCode::InvalidInput);
        QCOMPARE(linesOf(r.issues), QList<int>{1});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("no device rows")));
        QCOMPARE(AuditLog(t.db()).events().size(), 0);
    }

    void unreadableOrNonUtf8Files()
    {
        TestDatabase t;
        DeviceCsvImporter importer(t.db(), Actor::system());
        auto r = importer.importFile(t.dir() + QStringLiteral("/missing.csv"));
        QCOMPARE(r.status.code(), ErrorCode::InvalidInput);
        QCOMPARE(linesOf(r.issues), QList<int>{0});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("cannot read")));
        r = importer.importFile(t.dir());
        QVERIFY(r.issues[0].reason.contains(QLatin1String("folder")));

        r = importText(t.db(), kHeader + "S1,Caf\xE9,ipados,COPE,ICU,\n"); // Latin-1, not UTF-8
        QCOMPARE(linesOf(r.issues), QList<int>{0});
        QVERIFY(r.issues[0].reason.contains(QLatin1String("UTF-8")));
    }

    void importFileNamesTheFileInTheAuditEntry()
    {
        TestDatabase t;
        const QString path = t.dir() + QStringLiteral("/ward-tablets.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kHeader + "W1,iPad,ipados,Shared,ICU,\n");
        f.close();
        const auto r = DeviceCsvImporter(t.db(), Actor::system()).importFile(path);
        QVERIFY2(r.status.ok(), qPrintable(r.status.message()));
        QVERIFY(AuditLog(t.db()).events().last().details.startsWith(QLatin1String("ward-tablets.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
