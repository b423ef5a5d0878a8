#include "privacy/PrivacyManifestText.h"

#include "privacy/PrivacyManifestRules.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PrivacyManifestText", text); }
} // namespace

namespace PrivacyManifestText {

QList<QPair<QString, QString>> facts(const PrivacyManifest &m)
{
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(tr("Clinic"), m.clinicName) << qMakePair(tr("Device"), m.deviceName)
         << qMakePair(tr("Serial number"), m.serial)
         << qMakePair(tr("Platform"), m.model.isEmpty() ? DeviceTypes::displayName(m.platform)
                                                         : tr("%1, %2").arg(DeviceTypes::displayName(m.platform), m.model))
         << qMakePair(tr("Ownership"), tr("%1: %2").arg(DeviceTypes::displayName(m.ownership), DeviceTypes::ownershipDescription(m.ownership)));
    if (!m.assignedTo.isEmpty())
        rows << qMakePair(tr("Clinician"), m.assignedTo);
    rows << qMakePair(tr("Policy"), m.policyName.isEmpty() ? tr("none assigned")
                                                           : tr("%1, version %2").arg(m.policyName).arg(m.policyVersion))
         << qMakePair(tr("Generated"), m.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return rows;
}

QString introduction(const PrivacyManifest &m)
{
    if (m.ownership == Ownership::BYOD)
        return tr("This phone is yours. The clinic manages only its own apps and their data on it, kept apart from your personal "
                  "apps and data by the phone's operating system. This manifest is made from the settings in force for this phone "
                  "when it was generated; if they change, ask IT for a new one.");
    return tr("This device belongs to the clinic. This manifest is made from the settings in force for this device when it was "
              "generated; if they change, ask IT for a new one.");
}

QString render(const PrivacyManifest &m)
{
    QString out;
    out += tr("Privacy manifest") + QLatin1Char('\n');
    int width = 0;
    const auto rows = facts(m);
    for (const auto &r : rows)
        width = qMax(width, int(r.first.size()));
    for (const auto &r : rows)
        out += (r.first + QLatin1Char(':')).leftJustified(width + 2) + r.second + QLatin1Char('\n');
    out += QLatin1Char('\n') + introduction(m) + QLatin1Char('\n');
    for (PrivacyManifest::Section s : PrivacyManifest::sections()) {
        out += QLatin1Char('\n') + PrivacyManifestRules::sectionTitle(s) + QLatin1Char('\n');
        for (const PrivacyManifest::Item &i : m.items(s))
            out += QStringLiteral("  - ") + i.text + QLatin1Char('\n');
    }
    return out;
}

} // namespace PrivacyManifestText
