#pragma once

#include "catalog/CatalogApp.h"

#include <QStringList>

// Starting points for the clinical apps a clinic deploys most: the managed configuration keys each
// kind of app expects (an EHR client's FHIR endpoint, SSO issuer and tenant, ...). The admin adds
// the app's identifier and source; the keys come from here.
namespace ClinicalAppTemplates {
QStringList names();                    // ehr, messaging, telehealth
QString description(const QString &name);
bool apply(const QString &name, CatalogApp &app); // fills name (when empty) and configSchema
}
