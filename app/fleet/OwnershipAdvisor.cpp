#include "fleet/OwnershipAdvisor.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("OwnershipAdvisor", text); }
} // namespace

namespace OwnershipAdvisor {

Advice advise(const Answers &a)
{
    Advice out;
    const bool personal = a.owner == Owner::Personal;
    if (a.patientFacing) {
        out.ownership = Ownership::COSU;
        out.baselineId = QStringLiteral("cosu");
        out.reasons << tr("Patients use it for one purpose, so it is locked to a single app as a kiosk (COSU).");
        if (a.sharedAcrossShifts)
            out.reasons << tr("A kiosk has no clinician sessions to isolate: the single-app lock already keeps each user to that app.");
        if (a.storesEphiLocally)
            out.reasons << tr("What patients enter is ePHI: the kiosk baseline requires encryption and allows a full wipe.");
        if (personal)
            out.warnings << tr("A personal phone cannot be a patient kiosk: issue a clinic-owned device for this.");
        return out;
    }
    if (a.sharedAcrossShifts) {
        out.ownership = Ownership::Shared;
        out.baselineId = QStringLiteral("shared");
        out.reasons << tr("Several clinicians use it across shifts, so each one gets an isolated session that is cleared at sign-out.");
        if (a.storesEphiLocally)
            out.reasons << tr("It keeps ePHI on the device: the shared baseline requires encryption and allows a full wipe.");
        if (personal)
            out.warnings << tr("A personal phone should not be shared between clinicians: use a clinic-owned tablet.");
        return out;
    }
    if (!personal) {
        out.ownership = Ownership::COPE;
        out.baselineId = QStringLiteral("cope");
        out.reasons << tr("The clinic owns the device: it is fully managed and can be erased if it is lost (COPE).");
        if (a.storesEphiLocally)
            out.reasons << tr("It stores ePHI locally, which needs device-level encryption and a full wipe: COPE provides both.");
        return out;
    }
    if (a.storesEphiLocally) {
        out.ownership = Ownership::COPE;
        out.baselineId = QStringLiteral("cope");
        out.reasons << tr("The device must store ePHI locally (offline charts, clinical photos), which needs full device management.");
        out.warnings << tr("Do not enroll this personal phone as BYOD: a BYOD device can only be selectively wiped, so ePHI stored "
                           "outside the clinic's apps could not be removed. Issue a clinic-owned COPE device instead.");
        return out;
    }
    out.ownership = Ownership::BYOD;
    out.baselineId = QStringLiteral("byod");
    out.reasons << tr("It is the clinician's own phone and only views ePHI through the clinic's managed apps, which keep no copy.");
    out.reasons << tr("The clinic manages only its own apps and their data (work profile or managed apps) and can remove only "
                      "those (selective wipe); IT cannot see personal apps, photos, messages or location.");
    return out;
}

bool ownerFromText(const QString &text, Owner *owner)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("clinic"))
        *owner = Owner::Clinic;
    else if (t == QLatin1String("personal"))
        *owner = Owner::Personal;
    else
        return false;
    return true;
}

} // namespace OwnershipAdvisor
