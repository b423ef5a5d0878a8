#include "catalog/ClinicalAppTemplates.h"

#include <QCoreApplication>

namespace {

using Type = ManagedConfigKey::Type;

struct Template {
    const char *name;
    const char *title;
    const char *description;
    QList<ManagedConfigKey> keys;
};

const QList<Template> &templates()
{
    static const QList<Template> list = {
        {"ehr", QT_TRANSLATE_NOOP("ClinicalAppTemplates", "EHR client"),
         QT_TRANSLATE_NOOP("ClinicalAppTemplates", "An electronic health record client that reads and writes through a "
                                                   "FHIR R4 endpoint, signing clinicians in with the clinic's SSO."),
         {{QStringLiteral("fhir_base_url"), Type::Url, true, QStringLiteral("FHIR R4 base URL, https")},
          {QStringLiteral("sso_issuer"), Type::Url, true, QStringLiteral("OpenID Connect issuer of the clinic's SSO")},
          {QStringLiteral("tenant"), Type::String, true, QStringLiteral("The clinic's tenant or organisation id")},
          {QStringLiteral("offline_cache_days"), Type::Integer, false,
           QStringLiteral("Days of patient data kept offline on the device (0: none)")}}},
        {"messaging", QT_TRANSLATE_NOOP("ClinicalAppTemplates", "Secure clinical messaging"),
         QT_TRANSLATE_NOOP("ClinicalAppTemplates", "HIPAA-compliant messaging between care teams."),
         {{QStringLiteral("server_url"), Type::Url, true, QStringLiteral("Messaging server, https")},
          {QStringLiteral("organization_id"), Type::String, true, QStringLiteral("The clinic's organisation id")},
          {QStringLiteral("allow_attachments"), Type::Boolean, false, QStringLiteral("Whether photos and files may be sent")}}},
        {"telehealth", QT_TRANSLATE_NOOP("ClinicalAppTemplates", "Telehealth"),
         QT_TRANSLATE_NOOP("ClinicalAppTemplates", "Video visits with patients."),
         {{QStringLiteral("portal_url"), Type::Url, true, QStringLiteral("Telehealth portal, https")},
          {QStringLiteral("sso_issuer"), Type::Url, false, QStringLiteral("OpenID Connect issuer of the clinic's SSO")}}},
    };
    return list;
}

const Template *find(const QString &name)
{
    for (const Template &t : templates())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

} // namespace

namespace ClinicalAppTemplates {

QStringList names()
{
    QStringList out;
    for (const Template &t : templates())
        out << QString::fromLatin1(t.name);
    return out;
}

QString description(const QString &name)
{
    const Template *t = find(name);
    return t ? QCoreApplication::translate("ClinicalAppTemplates", t->title) + QStringLiteral(": ") +
                   QCoreApplication::translate("ClinicalAppTemplates", t->description)
             : QString();
}

bool apply(const QString &name, CatalogApp &app)
{
    const Template *t = find(name);
    if (!t)
        return false;
    if (app.name.isEmpty())
        app.name = QCoreApplication::translate("ClinicalAppTemplates", t->title);
    app.configSchema = t->keys;
    return true;
}

} // namespace ClinicalAppTemplates
