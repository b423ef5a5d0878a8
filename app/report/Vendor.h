#pragma once

#include <QString>

// One row of the vendor / Business Associate Agreement register (vendors table).
struct Vendor {
    qint64 id = 0;
    QString name;
    QString service;         // what they do for the clinic
    bool handlesEphi = false;
    qint64 baaSignedOn = 0;  // 0: no BAA on file
    qint64 baaExpiresOn = 0; // 0: no end date
    QString notes;
};
