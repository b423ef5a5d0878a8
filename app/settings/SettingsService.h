#pragma once

#include "core/Status.h"
#include "settings/Setting.h"

#include <QList>
#include <QPair>
#include <QVariant>

class AdminSession;
class Database;

// Changes console settings on behalf of a signed-in admin: the session must hold ManageSettings
// (a refusal is audited as access.denied by AdminSession), every value is checked before any is
// written, and each value that really changes is audited as "settings.change" with its old and new
// value. Internal settings (the keychain id, the audit public keys) cannot be changed this way.
class SettingsService
{
public:
    using Change = QPair<Setting, QVariant>;

    explicit SettingsService(Database &db);

    QVariant value(Setting s) const;
    Status change(const AdminSession &by, Setting s, const QVariant &value);
    // Every value is checked first: one invalid value and nothing is written.
    Status change(const AdminSession &by, const QList<Change> &changes);

    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kMaxClinicNameLength = 120;

private:
    Status validate(Setting s, const QVariant &value, QVariant *normalized) const;

    Database &m_db;
};
