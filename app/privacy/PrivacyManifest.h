#pragma once

#include "fleet/DeviceTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What the clinic's IT can see and do on one phone, and what it cannot, in sentences a clinician
// understands. Plain data, made by PrivacyManifestBuilder from the device's actual policy and apps,
// printed by PrivacyManifestText (command line) and PrivacyManifestPdfWriter (the hand-out).
struct PrivacyManifest {
    enum class Section { ItCanSee, ItCannotSee, ItCanDo, ItCannotDo };

    struct Item {
        QString key;  // stable: "passcode", "camera", "per_app_vpn", "location", "erase"... (for tests and diffs)
        QString text; // one plain-language sentence
    };

    QString clinicName;
    qint64 deviceId = 0;
    QString deviceName;
    QString serial;
    QString model;
    QString assignedTo;
    Platform platform = Platform::iOS;
    Ownership ownership = Ownership::COPE;
    QString policyName;  // "" when no policy is assigned
    int policyVersion = 0;
    QDateTime generatedAt; // UTC
    QStringList managedApps; // names, sorted
    QList<Item> canSee, cannotSee, canDo, cannotDo;

    const QList<Item> &items(Section s) const
    {
        switch (s) {
        case Section::ItCanSee: return canSee;
        case Section::ItCannotSee: return cannotSee;
        case Section::ItCanDo: return canDo;
        case Section::ItCannotDo: return cannotDo;
        }
        return canSee;
    }
    bool has(Section s, const QString &key) const
    {
        for (const Item &i : items(s))
            if (i.key == key)
                return true;
        return false;
    }
    QString text(Section s, const QString &key) const
    {
        for (const Item &i : items(s))
            if (i.key == key)
                return i.text;
        return {};
    }
    static QList<Section> sections() { return {Section::ItCanSee, Section::ItCannotSee, Section::ItCanDo, Section::ItCannotDo}; }
};
