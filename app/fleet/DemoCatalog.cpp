#include "fleet/DemoCatalog.h"

namespace DemoCatalog {

const QList<Model> &models()
{
    static const QList<const char *> ios = {"17.5.1", "17.5", "17.4.1", "17.3.1", "17.2", "16.7.8", "16.7.2", "16.6.1"};
    static const QList<const char *> iosOld = {"17.5.1", "16.7.8", "16.7.2", "15.8.2"};
    static const QList<const char *> android = {"14", "14", "13", "13", "12"};
    static const QList<const char *> zebra = {"13", "11", "11"};
    static const QList<Model> list = {
        {"iPhone 15 Pro", Platform::iOS, Kind::Phone, SerialShape::Apple, ios, 6},
        {"iPhone 15", Platform::iOS, Kind::Phone, SerialShape::Apple, ios, 10},
        {"iPhone 14", Platform::iOS, Kind::Phone, SerialShape::Apple, ios, 12},
        {"iPhone 13", Platform::iOS, Kind::Phone, SerialShape::Apple, ios, 10},
        {"iPhone SE (3rd generation)", Platform::iOS, Kind::Phone, SerialShape::Apple, ios, 8},
        {"iPhone 12", Platform::iOS, Kind::Phone, SerialShape::Apple, iosOld, 4},
        {"Pixel 8", Platform::Android, Kind::Phone, SerialShape::Pixel, android, 5},
        {"Pixel 7a", Platform::Android, Kind::Phone, SerialShape::Pixel, android, 5},
        {"Galaxy S23", Platform::Android, Kind::Phone, SerialShape::Samsung, android, 7},
        {"Galaxy A54 5G", Platform::Android, Kind::Phone, SerialShape::Samsung, android, 8},
        {"iPad (10th generation)", Platform::iPadOS, Kind::Tablet, SerialShape::Apple, ios, 12},
        {"iPad (9th generation)", Platform::iPadOS, Kind::Tablet, SerialShape::Apple, ios, 8},
        {"iPad Air (5th generation)", Platform::iPadOS, Kind::Tablet, SerialShape::Apple, ios, 5},
        {"iPad mini (6th generation)", Platform::iPadOS, Kind::Tablet, SerialShape::Apple, ios, 6},
        {"iPad Pro 11-inch (4th generation)", Platform::iPadOS, Kind::Tablet, SerialShape::Apple, ios, 2},
        {"Galaxy Tab A8", Platform::Android, Kind::Tablet, SerialShape::Samsung, android, 7},
        {"Galaxy Tab Active4 Pro", Platform::Android, Kind::Tablet, SerialShape::Samsung, android, 5},
        {"Lenovo Tab M10 (3rd Gen)", Platform::Android, Kind::Tablet, SerialShape::Lenovo, android, 4},
        {"Zebra TC52", Platform::Android, Kind::Rugged, SerialShape::Zebra, zebra, 5},
        {"Zebra ET40", Platform::Android, Kind::Tablet, SerialShape::Zebra, zebra, 3},
        {"Galaxy XCover6 Pro", Platform::Android, Kind::Rugged, SerialShape::Samsung, android, 4},
    };
    return list;
}

const QList<const char *> &departments()
{
    static const QList<const char *> list = {"ICU", "Emergency", "Pediatrics", "Radiology", "Pharmacy", "Front desk",
                                             "Oncology", "Cardiology", "Surgery", "Laboratory", "Maternity",
                                             "Outpatient clinic", "Neurology", "Physical therapy"};
    return list;
}

const QList<const char *> &kioskDepartments()
{
    static const QList<const char *> list = {"Front desk", "Front desk", "Outpatient clinic", "Emergency",
                                             "Pediatrics", "Radiology"};
    return list;
}

const QList<const char *> &firstNames()
{
    static const QList<const char *> list = {
        "Amelia", "Marcus", "Priya", "Daniel", "Sofia", "James", "Aisha", "Liam", "Mei", "Carlos", "Hannah", "Omar",
        "Grace", "Mateo", "Olivia", "Ethan", "Fatima", "Noah", "Chloe", "Lucas", "Isabel", "Samuel", "Zoe", "Ravi",
        "Emma", "Kwame", "Lena", "Diego", "Yuki", "Benjamin", "Nadia", "Patrick", "Ingrid", "Tomas", "Aaliyah", "Hugo"};
    return list;
}

const QList<const char *> &lastNames()
{
    static const QList<const char *> list = {
        "Chen", "Ortiz", "Patel", "Okafor", "Rossi", "Nguyen", "Kowalski", "Haddad", "Johansson", "Garcia",
        "Smith", "Kim", "Rivera", "O'Brien", "Schmidt", "Mensah", "Tanaka", "Dubois", "Novak", "Silva", "Murphy",
        "Ali", "Fischer", "Brooks", "Moreau", "Lindqvist", "Adeyemi", "Costa", "Walsh", "Yamamoto", "Hughes",
        "Banerjee", "Petrov", "Alvarez", "Sato", "Reyes"};
    return list;
}

const QList<const char *> &titles()
{
    static const QList<const char *> list = {"Dr.", "Dr.", "RN", "RN", "RN", "NP", "PA", "PharmD", ""};
    return list;
}

} // namespace DemoCatalog
