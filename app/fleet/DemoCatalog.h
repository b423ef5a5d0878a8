#pragma once

#include "fleet/DeviceTypes.h"

#include <QList>

// What a small clinic's fleet is made of, for DemoSeeder: real model names with the OS versions they
// run, clinic departments and clinician names. Plain data, no logic.
namespace DemoCatalog {

enum class Kind { Phone, Tablet, Rugged };
enum class SerialShape { Apple, Samsung, Pixel, Zebra, Lenovo };

struct Model {
    const char *name;
    Platform platform;
    Kind kind;
    SerialShape serial;
    QList<const char *> osVersions;
    int weight; // relative frequency within its kind
};

const QList<Model> &models();
const QList<const char *> &departments();
const QList<const char *> &kioskDepartments(); // where patient-facing COSU tablets stand
const QList<const char *> &firstNames();
const QList<const char *> &lastNames();
const QList<const char *> &titles(); // "Dr.", "RN", ... ("" for none)

}
