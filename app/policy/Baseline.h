#pragma once

#include "fleet/DeviceTypes.h"
#include "policy/PolicySettings.h"

#include <QJsonObject>
#include <QMap>

// One HIPAA baseline template (resources/baselines/<id>.json): a policy that is right by default for
// one ownership model, with the 164.3xx reference each setting serves.
struct Baseline {
    QString id;            // "byod", "cope", "cosu", "shared"
    QString name;
    Ownership ownership = Ownership::COPE;
    QString description;
    QJsonObject settingsJson;
    PolicySettings settings;
    QMap<QString, QString> references; // setting path (or a prefix of it) -> "164.312(a)(1) Access control"

    // The reference of the most specific entry covering `path` ("apps[2].perAppVpn" -> "apps.perAppVpn").
    QString referenceFor(const QString &path) const;
};
