#include "privacy/PrivacyManifestBuilder.h"

#include "catalog/CatalogRepository.h"
#include "fleet/DeviceRepository.h"
#include "policy/PolicyJson.h"
#include "policy/PolicyRepository.h"
#include "privacy/PrivacyManifestRules.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>

PrivacyManifestBuilder::PrivacyManifestBuilder(Database &db)
    : m_db(db), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Status PrivacyManifestBuilder::build(qint64 deviceId, PrivacyManifest &out) const
{
    const std::optional<Device> device = DeviceRepository(m_db).findById(deviceId);
    if (!device)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("PrivacyManifestBuilder", "No device with id %1.").arg(deviceId));
    PrivacyManifestRules::Input input;
    input.device = *device;
    PrivacyManifest m;
    PolicyRepository policies(m_db);
    const qint64 policyId = policies.effectivePolicies().value(deviceId, 0);
    if (policyId > 0) {
        if (const std::optional<PolicyRecord> policy = policies.findById(policyId)) {
            PolicySettings settings;
            if (Status s = PolicyJson::fromJson(policy->body, &settings); !s)
                return Status::failure(ErrorCode::InvalidInput,
                                       QCoreApplication::translate("PrivacyManifestBuilder", "The policy \"%1\" cannot be read: %2")
                                           .arg(policy->name, s.message()));
            input.policy = settings;
            m.policyName = policy->name;
            m.policyVersion = policy->version;
        }
    }
    input.catalogApps = CatalogRepository(m_db).appsForDevice(deviceId);

    m.clinicName = SettingsRepository(m_db).stringValue(Setting::ClinicName);
    m.deviceId = device->id;
    m.deviceName = device->name;
    m.serial = device->serial;
    m.model = device->model;
    m.assignedTo = device->assignedTo;
    m.platform = device->platform;
    m.ownership = device->ownership;
    m.generatedAt = m_clock().toUTC();
    PrivacyManifestRules::derive(input, m);
    out = m;
    return Status::success();
}
