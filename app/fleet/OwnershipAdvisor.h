#pragma once

#include "fleet/DeviceTypes.h"

#include <QStringList>

// Helps decide how a device is enrolled, from four questions, by the seed's rule of thumb: a device
// that stores ePHI locally is clinic-owned (COPE, full wipe possible); one that only views it through
// a managed app can be the clinician's own (BYOD, selective wipe only); a tablet shared across
// shifts is Shared; a patient-facing single-purpose device is a kiosk (COSU). Pure logic.
namespace OwnershipAdvisor {

enum class Owner { Clinic, Personal };

struct Answers {
    Owner owner = Owner::Clinic;
    bool storesEphiLocally = false; // offline charts, clinical photos, cached records
    bool sharedAcrossShifts = false;
    bool patientFacing = false;     // a single-purpose device patients use (check-in, consent)
};

struct Advice {
    Ownership ownership = Ownership::COPE;
    QString baselineId;   // policy/BaselineCatalog id: byod, cope, shared, cosu
    QStringList reasons;  // why, one sentence each
    QStringList warnings; // what the admin must know or change (e.g. issue a clinic device instead)
};

Advice advise(const Answers &answers);

// "clinic" / "personal" (any case), for the command line.
bool ownerFromText(const QString &text, Owner *owner);
}
