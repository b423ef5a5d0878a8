#include "policy/BaselineCatalog.h"

#include "policy/PolicyJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace BaselineCatalog {

Status parse(const QByteArray &json, Baseline *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Status::failure(ErrorCode::InvalidInput, error.errorString());
    const QJsonObject o = doc.object();
    Baseline b;
    b.id = o.value(QLatin1String("id")).toString();
    b.name = o.value(QLatin1String("name")).toString();
    b.description = o.value(QLatin1String("description")).toString();
    const std::optional<Ownership> ownership = DeviceTypes::ownershipFromDb(o.value(QLatin1String("ownership")).toString());
    if (b.id.isEmpty() || b.name.isEmpty() || !ownership)
        return Status::failure(ErrorCode::InvalidInput,
                               QCoreApplication::translate("BaselineCatalog", "A baseline needs an id, a name and an ownership model."));
    b.ownership = *ownership;
    const QJsonObject refs = o.value(QLatin1String("references")).toObject();
    for (auto it = refs.constBegin(); it != refs.constEnd(); ++it)
        b.references.insert(it.key(), it.value().toString());
    b.settingsJson = o.value(QLatin1String("settings")).toObject();
    if (Status s = PolicyJson::fromJson(b.settingsJson, &b.settings); !s)
        return Status::failure(s.code(), QStringLiteral("%1: %2").arg(b.id, s.message()));
    // Normalised, so that a diff against a policy compares like with like.
    b.settingsJson = PolicyJson::toJson(b.settings);
    *out = b;
    return Status::success();
}

const QList<Baseline> &all()
{
    static const QList<Baseline> list = [] {
        QList<Baseline> out;
        const QDir dir(QStringLiteral(":/baselines"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            Baseline b;
            if (f.open(QIODevice::ReadOnly) && parse(f.readAll(), &b))
                out << b;
            else
                qWarning("baseline %s does not load", qPrintable(name));
        }
        return out;
    }();
    return list;
}

std::optional<Baseline> byId(const QString &id)
{
    for (const Baseline &b : all())
        if (b.id.compare(id, Qt::CaseInsensitive) == 0 || DeviceTypes::toDb(b.ownership).compare(id, Qt::CaseInsensitive) == 0)
            return b;
    return std::nullopt;
}

QString displayName(const Baseline &baseline)
{
    // The names in resources/baselines/*.json, so that lupdate sees them.
    static const char *const shipped[] = {
        QT_TRANSLATE_NOOP("BaselineCatalog", "HIPAA baseline: BYOD (clinician's own phone)"),
        QT_TRANSLATE_NOOP("BaselineCatalog", "HIPAA baseline: COPE (clinic phone or tablet, personal use allowed)"),
        QT_TRANSLATE_NOOP("BaselineCatalog", "HIPAA baseline: COSU patient check-in kiosk"),
        QT_TRANSLATE_NOOP("BaselineCatalog", "HIPAA baseline: Shared clinical tablet"),
    };
    for (const char *name : shipped)
        if (baseline.name == QLatin1String(name))
            return QCoreApplication::translate("BaselineCatalog", name);
    return baseline.name;
}

} // namespace BaselineCatalog
