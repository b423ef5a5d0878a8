// The inventory CSV import (app/fleet/DeviceCsvImporter, over core/CsvReader): every byte of the file
// an admin picks is parsed and validated against a fleet database that already holds two devices
// (so the duplicate-serial checks run). parse() writes nothing, so every input meets the same state.

#include "FuzzSupport.h"

#include "db/Database.h"
#include "fleet/DeviceCsvImporter.h"

#include <QTemporaryDir>

namespace {

const Actor kAdmin{QStringLiteral("fuzz"), QStringLiteral("Administrator")};

const QByteArray kGood = " Name , SERIAL,Model,platform,Ownership,os_version,Department,ASSIGNED_TO,imei\r\n"
                         "Nurses' station 1,F4GXK29LQ7,iPad (10th generation),iPad,shared,17.5,ICU,,\r\n"
                         ",R58N12ABCDE,Galaxy S23,Android,byod,14,Cardiology,\"Chen, Amelia\",35 209900 176148 1\r\n"
                         "Dr. Ortiz's phone,G0NXK2L9PQ,iPhone 15,iphone,COPE,17.4.1,Emergency,\"Marcus \"\"Mac\"\" Ortiz\",\r\n";

struct Fixture {
    QTemporaryDir dir;
    Database db;
    Fixture()
    {
        FuzzSupport::app();
        if (!dir.isValid() || !db.openSqlite(dir.filePath(QStringLiteral("fleet.sqlite"))))
            qFatal("cannot open the fuzzing database");
        const QByteArray existing = "serial,model,platform,ownership,department,assigned_to\n"
                                    "EXIST0001,iPad,iPadOS,COPE,ICU,\nEXIST0002,Pixel 8,Android,BYOD,ER,Dr. A\n";
        if (DeviceCsvImporter(db, kAdmin).importData(existing, QStringLiteral("fixture.csv")).imported != 2)
            qFatal("cannot seed the fuzzing database");
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void writeSeeds()
{
    FuzzSupport::writeSeed(kGood);
    FuzzSupport::writeSeed("\xEF\xBB\xBFserial,model,platform,ownership,department,assigned_to\nEXIST0001,iPad,iPadOS,COPE,ICU,\n"
                           "\n\"A\nB\",x,Android,shared,\"=HYPERLINK(\"\"x\"\")\",\n");
    FuzzSupport::writeSeed("serial,model,platform,ownership,department,assigned_to,color\n1,2,3,4,5,6,7\n\"unterminated");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fixture();
    writeSeeds();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<Device> devices;
    const QList<DeviceImportIssue> issues = DeviceCsvImporter(fixture().db, kAdmin).parse(FuzzSupport::bytes(data, size), devices);
    if (issues.isEmpty() && devices.isEmpty())
        __builtin_trap(); // an empty file is refused with an issue, never accepted as "nothing to add"
    return 0;
}
