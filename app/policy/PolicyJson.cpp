#include "policy/PolicyJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PolicyJson", text); }

// Reads one JSON object against the keys it may have, collecting problems with their full path.
class Reader
{
public:
    Reader(const QJsonObject &obj, QString path, QStringList *problems) : m_obj(obj), m_path(std::move(path)), m_problems(problems) {}
    ~Reader()
    {
        for (auto it = m_obj.constBegin(); it != m_obj.constEnd(); ++it)
            if (!m_known.contains(it.key()))
                m_problems->append(tr("%1: unknown setting").arg(name(it.key())));
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    QString name(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key, tr("%1: must be true or false"));
        *out = v.toBool();
    }
    void integer(const char *key, int *out, int lo, int hi)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(key, tr("%1: must be a whole number"));
        if (d < lo || d > hi)
            return m_problems->append(tr("%1: %2 is outside %3..%4").arg(name(QLatin1String(key))).arg(qint64(d)).arg(lo).arg(hi));
        *out = int(d);
    }
    void string(const char *key, QString *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(key, tr("%1: must be text"));
        *out = v.toString().trimmed();
    }
    void strings(const char *key, QStringList *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(key, tr("%1: must be a list of text"));
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return fail(key, tr("%1: every entry must be non-empty text"));
            list << item.toString().trimmed();
        }
        *out = list;
    }
    void object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return fail(key, tr("%1: must be an object"));
        *out = v.toObject();
    }
    // A nested object read by `read`; absent = defaults kept.
    template <typename F> void nested(const char *key, F read)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return fail(key, tr("%1: must be an object"));
        Reader r(v.toObject(), name(QLatin1String(key)), m_problems);
        read(r);
    }
    template <typename F> void array(const char *key, F readItem)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(key, tr("%1: must be a list"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(name(QLatin1String(key))).arg(i);
            if (!a[i].isObject()) {
                m_problems->append(tr("%1: must be an object").arg(itemPath));
                continue;
            }
            Reader r(a[i].toObject(), itemPath, m_problems);
            readItem(r);
        }
    }
    void problem(const QString &text) { m_problems->append(text); }

private:
    QJsonValue take(const char *key)
    {
        const QString k = QLatin1String(key);
        m_known.insert(k);
        return m_obj.value(k);
    }
    void fail(const char *key, const QString &pattern) { m_problems->append(pattern.arg(name(QLatin1String(key)))); }

    QJsonObject m_obj;
    QString m_path;
    QStringList *m_problems;
    QSet<QString> m_known;
};

const QList<std::pair<PasscodeComplexity, const char *>> kComplexities = {
    {PasscodeComplexity::None, "none"},
    {PasscodeComplexity::Numeric, "numeric"},
    {PasscodeComplexity::Alphanumeric, "alphanumeric"},
    {PasscodeComplexity::Complex, "complex"},
};

bool looksLikeIdentifier(const QString &id)
{
    // Bundle ids and package names: dot-separated words, no spaces.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+$"));
    return re.match(id).hasMatch();
}

void read(Reader &r, PolicySettings &s)
{
    r.nested("passcode", [&](Reader &p) {
        p.boolean("required", &s.passcode.required);
        p.integer("minLength", &s.passcode.minLength, 0, 16);
        QString complexity = PolicyJson::complexityName(s.passcode.complexity);
        p.string("complexity", &complexity);
        bool known = false;
        for (const auto &c : kComplexities)
            if (complexity == QLatin1String(c.second)) {
                s.passcode.complexity = c.first;
                known = true;
            }
        if (!known)
            p.problem(tr("%1: must be none, numeric, alphanumeric or complex").arg(p.name(QStringLiteral("complexity"))));
        p.integer("maxFailedAttempts", &s.passcode.maxFailedAttempts, 0, 11);
        if (s.passcode.maxFailedAttempts == 1)
            p.problem(tr("%1: 1 would wipe on the first typo; use 0 (never) or 2..11").arg(p.name(QStringLiteral("maxFailedAttempts"))));
        p.integer("history", &s.passcode.history, 0, 50);
        p.integer("maxAgeDays", &s.passcode.maxAgeDays, 0, 730);
    });
    r.integer("autoLockMinutes", &s.autoLockMinutes, 0, 15);
    r.boolean("encryptionRequired", &s.encryptionRequired);
    r.nested("vpn", [&](Reader &v) {
        v.boolean("alwaysOn", &s.vpn.alwaysOn);
        v.string("server", &s.vpn.server);
        v.string("androidPackage", &s.vpn.androidPackage);
        v.boolean("perAppVpn", &s.vpn.perAppVpn);
    });
    if ((s.vpn.alwaysOn || s.vpn.perAppVpn) && s.vpn.server.isEmpty())
        r.problem(tr("vpn.server: a VPN needs the gateway's host name"));
    if (!s.vpn.androidPackage.isEmpty() && !looksLikeIdentifier(s.vpn.androidPackage))
        r.problem(tr("vpn.androidPackage: %1 is not a package name").arg(s.vpn.androidPackage));
    r.nested("dataSharing", [&](Reader &d) {
        d.boolean("managedOpenIn", &s.dataSharing.managedOpenIn);
        d.boolean("managedPasteboard", &s.dataSharing.managedPasteboard);
        d.boolean("blockCrossProfileCopyPaste", &s.dataSharing.blockCrossProfileCopyPaste);
        d.boolean("blockScreenshots", &s.dataSharing.blockScreenshots);
    });
    r.boolean("cameraAllowed", &s.cameraAllowed);
    s.apps.clear();
    r.array("apps", [&](Reader &a) {
        AppAssignment app;
        a.string("name", &app.name);
        a.string("appleBundleId", &app.appleBundleId);
        a.string("androidPackage", &app.androidPackage);
        a.boolean("required", &app.required);
        a.boolean("perAppVpn", &app.perAppVpn);
        a.object("managedConfiguration", &app.managedConfiguration);
        if (app.appleBundleId.isEmpty() && app.androidPackage.isEmpty())
            a.problem(tr("%1: needs an Apple bundle id or an Android package").arg(a.name(QStringLiteral("name"))));
        for (const QString &id : {app.appleBundleId, app.androidPackage})
            if (!id.isEmpty() && !looksLikeIdentifier(id))
                a.problem(tr("%1: %2 is not a bundle id or package name").arg(a.name(QStringLiteral("name")), id));
        s.apps << app;
    });
    r.nested("kiosk", [&](Reader &k) {
        k.boolean("enabled", &s.kiosk.enabled);
        k.string("appleBundleId", &s.kiosk.appleBundleId);
        k.string("androidPackage", &s.kiosk.androidPackage);
        k.strings("urlAllowlist", &s.kiosk.urlAllowlist);
        k.boolean("factoryResetProtection", &s.kiosk.factoryResetProtection);
        k.nested("branding", [&](Reader &b) {
            b.string("logo", &s.kiosk.branding.logo);
            b.string("department", &s.kiosk.branding.department);
            b.string("supportContact", &s.kiosk.branding.supportContact);
        });
    });
    if (s.kiosk.enabled && s.kiosk.appleBundleId.isEmpty() && s.kiosk.androidPackage.isEmpty())
        r.problem(tr("kiosk: a kiosk needs its single app"));
    for (const QString &url : s.kiosk.urlAllowlist)
        if (!PolicyJson::isUrlAllowlistEntry(url))
            r.problem(tr("kiosk.urlAllowlist: %1 is neither an http(s) address nor a host pattern such as *.clinic.example").arg(url));
    if (!s.kiosk.appleBundleId.isEmpty() && !looksLikeIdentifier(s.kiosk.appleBundleId))
        r.problem(tr("kiosk.appleBundleId: %1 is not a bundle id").arg(s.kiosk.appleBundleId));
    if (!s.kiosk.androidPackage.isEmpty() && !looksLikeIdentifier(s.kiosk.androidPackage))
        r.problem(tr("kiosk.androidPackage: %1 is not a package name").arg(s.kiosk.androidPackage));
    if (!s.kiosk.branding.logo.isEmpty() && s.kiosk.branding.logo.contains(QLatin1String("://"))
        && !s.kiosk.branding.logo.startsWith(QLatin1String("file://")) && !PolicyJson::isUrlAllowlistEntry(s.kiosk.branding.logo))
        r.problem(tr("kiosk.branding.logo: %1 is neither an http(s) address nor a file path").arg(s.kiosk.branding.logo));
    r.nested("sharedDevice", [&](Reader &d) {
        d.boolean("enabled", &s.sharedDevice.enabled);
        d.integer("sessionTimeoutMinutes", &s.sharedDevice.sessionTimeoutMinutes, 0, 1440);
        d.boolean("clearDataOnSignOut", &s.sharedDevice.clearDataOnSignOut);
    });
    r.nested("osUpdates", [&](Reader &o) {
        o.string("minimumAppleVersion", &s.osUpdates.minimumAppleVersion);
        o.string("minimumAndroidVersion", &s.osUpdates.minimumAndroidVersion);
        o.integer("deadlineDays", &s.osUpdates.deadlineDays, 0, 365);
        o.integer("maxSecurityPatchAgeDays", &s.osUpdates.maxSecurityPatchAgeDays, 0, 730);
    });
    static const QRegularExpression version(QStringLiteral("^$|^\\d+(\\.\\d+){0,2}$"));
    for (const QString &v : {s.osUpdates.minimumAppleVersion, s.osUpdates.minimumAndroidVersion})
        if (!version.match(v).hasMatch())
            r.problem(tr("osUpdates: %1 is not a version such as 17.4").arg(v));
    s.addressable.clear();
    r.array("addressable", [&](Reader &a) {
        AddressableDecision d;
        a.string("specification", &d.specification);
        a.string("reference", &d.reference);
        a.string("decision", &d.decision);
        a.string("rationale", &d.rationale);
        if (d.specification.isEmpty() || d.reference.isEmpty() || d.decision.isEmpty() || d.rationale.isEmpty())
            a.problem(tr("%1: an addressable decision needs its specification, reference, decision and rationale")
                          .arg(a.name(QStringLiteral("decision"))));
        s.addressable << d;
    });
}

} // namespace

namespace PolicyJson {

bool isUrlAllowlistEntry(const QString &entry)
{
    // A host pattern: clinic.example, or *.clinic.example for the host and its subdomains.
    static const QRegularExpression host(QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (host.match(entry).hasMatch())
        return true;
    const QUrl url(entry, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty() && !entry.contains(QLatin1Char(' '));
}

QString complexityName(PasscodeComplexity c)
{
    for (const auto &k : kComplexities)
        if (k.first == c)
            return QLatin1String(k.second);
    return QStringLiteral("none");
}

QJsonObject toJson(const PolicySettings &s)
{
    QJsonArray apps;
    for (const AppAssignment &a : s.apps)
        apps.append(QJsonObject{{QStringLiteral("name"), a.name},
                                {QStringLiteral("appleBundleId"), a.appleBundleId},
                                {QStringLiteral("androidPackage"), a.androidPackage},
                                {QStringLiteral("required"), a.required},
                                {QStringLiteral("perAppVpn"), a.perAppVpn},
                                {QStringLiteral("managedConfiguration"), a.managedConfiguration}});
    QJsonArray addressable;
    for (const AddressableDecision &d : s.addressable)
        addressable.append(QJsonObject{{QStringLiteral("specification"), d.specification},
                                       {QStringLiteral("reference"), d.reference},
                                       {QStringLiteral("decision"), d.decision},
                                       {QStringLiteral("rationale"), d.rationale}});
    return {
        {QStringLiteral("passcode"), QJsonObject{{QStringLiteral("required"), s.passcode.required},
                                                 {QStringLiteral("minLength"), s.passcode.minLength},
                                                 {QStringLiteral("complexity"), complexityName(s.passcode.complexity)},
                                                 {QStringLiteral("maxFailedAttempts"), s.passcode.maxFailedAttempts},
                                                 {QStringLiteral("history"), s.passcode.history},
                                                 {QStringLiteral("maxAgeDays"), s.passcode.maxAgeDays}}},
        {QStringLiteral("autoLockMinutes"), s.autoLockMinutes},
        {QStringLiteral("encryptionRequired"), s.encryptionRequired},
        {QStringLiteral("vpn"), QJsonObject{{QStringLiteral("alwaysOn"), s.vpn.alwaysOn},
                                            {QStringLiteral("server"), s.vpn.server},
                                            {QStringLiteral("androidPackage"), s.vpn.androidPackage},
                                            {QStringLiteral("perAppVpn"), s.vpn.perAppVpn}}},
        {QStringLiteral("dataSharing"), QJsonObject{{QStringLiteral("managedOpenIn"), s.dataSharing.managedOpenIn},
                                                    {QStringLiteral("managedPasteboard"), s.dataSharing.managedPasteboard},
                                                    {QStringLiteral("blockCrossProfileCopyPaste"), s.dataSharing.blockCrossProfileCopyPaste},
                                                    {QStringLiteral("blockScreenshots"), s.dataSharing.blockScreenshots}}},
        {QStringLiteral("cameraAllowed"), s.cameraAllowed},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("kiosk"), QJsonObject{{QStringLiteral("enabled"), s.kiosk.enabled},
                                              {QStringLiteral("appleBundleId"), s.kiosk.appleBundleId},
                                              {QStringLiteral("androidPackage"), s.kiosk.androidPackage},
                                              {QStringLiteral("urlAllowlist"), QJsonArray::fromStringList(s.kiosk.urlAllowlist)},
                                              {QStringLiteral("factoryResetProtection"), s.kiosk.factoryResetProtection},
                                              {QStringLiteral("branding"), QJsonObject{{QStringLiteral("logo"), s.kiosk.branding.logo},
                                                                                       {QStringLiteral("department"), s.kiosk.branding.department},
                                                                                       {QStringLiteral("supportContact"), s.kiosk.branding.supportContact}}}}},
        {QStringLiteral("sharedDevice"), QJsonObject{{QStringLiteral("enabled"), s.sharedDevice.enabled},
                                                     {QStringLiteral("sessionTimeoutMinutes"), s.sharedDevice.sessionTimeoutMinutes},
                                                     {QStringLiteral("clearDataOnSignOut"), s.sharedDevice.clearDataOnSignOut}}},
        {QStringLiteral("osUpdates"), QJsonObject{{QStringLiteral("minimumAppleVersion"), s.osUpdates.minimumAppleVersion},
                                                  {QStringLiteral("minimumAndroidVersion"), s.osUpdates.minimumAndroidVersion},
                                                  {QStringLiteral("deadlineDays"), s.osUpdates.deadlineDays},
                                                  {QStringLiteral("maxSecurityPatchAgeDays"), s.osUpdates.maxSecurityPatchAgeDays}}},
        {QStringLiteral("addressable"), addressable},
    };
}

QStringList problems(const QJsonObject &json)
{
    QStringList list;
    PolicySettings scratch;
    {
        Reader r(json, QString(), &list);
        read(r, scratch);
    }
    return list;
}

Status fromJson(const QJsonObject &json, PolicySettings *settings)
{
    QStringList list;
    PolicySettings s;
    {
        Reader r(json, QString(), &list);
        read(r, s);
    }
    if (!list.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, list.join(QLatin1String("; ")));
    *settings = s;
    return Status::success();
}

} // namespace PolicyJson
