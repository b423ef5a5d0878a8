#include "privacy/PrivacyBoundary.h"

#include <QCoreApplication>

namespace PrivacyBoundary {

namespace {
struct Field {
    const char *name;
    Topic topic;
};

const QList<Field> &fields()
{
    static const QList<Field> list = {{"location", Topic::Location},
                                      {"lastKnownLocation", Topic::Location},
                                      {"personalApps", Topic::PersonalApps},
                                      {"installedApps", Topic::PersonalApps},
                                      {"accounts", Topic::PersonalAccounts}};
    return list;
}
} // namespace

const QStringList &neverStoredFields()
{
    // Built once; handlers call this from several worker threads (static init is thread-safe).
    static const QStringList names = [] {
        QStringList out;
        for (const Field &f : fields())
            out << QString::fromLatin1(f.name);
        return out;
    }();
    return names;
}

Topic topicOf(const QString &neverStoredField)
{
    for (const Field &f : fields())
        if (neverStoredField == QLatin1String(f.name))
            return f.topic;
    return Topic::PersonalApps;
}

QList<Topic> neverStoredTopics()
{
    QList<Topic> out;
    for (const Field &f : fields())
        if (!out.contains(f.topic))
            out << f.topic;
    return out;
}

QList<Topic> beyondManagementReach()
{
    return {Topic::Photos, Topic::Messages, Topic::Browsing, Topic::PersonalEmail, Topic::Passcode};
}

bool asksManagedAppsOnly(Ownership ownership) { return ownership == Ownership::BYOD; }

bool keepsApp(Ownership ownership, bool managed) { return managed || !asksManagedAppsOnly(ownership); }

bool inventoriesAllApps(Platform platform, Ownership ownership)
{
    // The Android agent's full app list is a never-stored field on every device.
    if (platform == Platform::Android)
        return !neverStoredTopics().contains(Topic::PersonalApps);
    return keepsApp(ownership, false);
}

bool mayEraseDevice(Ownership ownership) { return ownership != Ownership::BYOD; }

bool mayLocateInLostMode(Platform platform, Ownership ownership)
{
    if (platform == Platform::Android)
        return !neverStoredTopics().contains(Topic::Location);
    return ownership != Ownership::BYOD;
}

QString summary(Ownership ownership)
{
    if (ownership != Ownership::BYOD)
        return {};
    return QCoreApplication::translate("PrivacyBoundary",
                                       "IT cannot see personal apps, photos, messages, browsing, personal email or location, and "
                                       "can never erase this phone: a selective wipe removes only the clinic's apps and data.");
}

} // namespace PrivacyBoundary
