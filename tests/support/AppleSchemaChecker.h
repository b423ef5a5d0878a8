#pragma once

#include "YamlLoader.h"

#include <QDateTime>
#include <QDir>
#include <QStringList>

// Checks Apple payload dictionaries against Apple's device-management YAML
// (spec/apple/mdm/profiles/*.yaml, commands/*.yaml): every key is declared, required keys are
// present, values have the declared type, and values are within rangelist / range.
class AppleSchemaChecker
{
public:
    explicit AppleSchemaChecker(const QString &appleMdmDir) : m_dir(appleMdmDir) {}

    static QString specDir()
    {
        const QString shared = qEnvironmentVariable("CLINICMDM_SHARED_DIR");
        return shared.isEmpty() ? QString() : QDir(shared).filePath(QStringLiteral("spec/apple/mdm"));
    }

    QVariantList keysOf(const QString &relativeYaml) const
    {
        return YamlLoader::load(QDir(m_dir).filePath(relativeYaml)).toMap().value(QStringLiteral("payloadkeys")).toList();
    }

    // A whole Configuration profile: the top level, then each payload against its own file plus
    // the common payload keys. Returns problems ("com.apple.vpn.managed: VPNType: ...").
    QStringList checkProfile(const QVariantMap &profile) const
    {
        QStringList problems;
        check(profile, keysOf(QStringLiteral("profiles/TopLevel.yaml")), QStringLiteral("profile"), problems, {QStringLiteral("PayloadContent")});
        const QVariantList common = keysOf(QStringLiteral("profiles/CommonPayloadKeys.yaml"));
        for (const QVariant &item : profile.value(QStringLiteral("PayloadContent")).toList()) {
            const QVariantMap payload = item.toMap();
            const QString type = payload.value(QStringLiteral("PayloadType")).toString();
            const QString file = QStringLiteral("profiles/%1.yaml").arg(type);
            if (!QFile::exists(QDir(m_dir).filePath(file))) {
                problems << QStringLiteral("%1: no schema file %2").arg(type, file);
                continue;
            }
            QVariantList keys = keysOf(file);
            if (type == QLatin1String("com.apple.vpn.managed"))
                keys = withTunnelKeys(keys);
            // "The fields in this payload are the same as the VPN payload, with the addition of the
            // fields shown below" (com.apple.vpn.managed.applayer.yaml): its required keys too.
            if (type == QLatin1String("com.apple.vpn.managed.applayer"))
                for (const QVariant &k : keysOf(QStringLiteral("profiles/com.apple.vpn.managed.yaml")))
                    if (k.toMap().value(QStringLiteral("key")) != QLatin1String("VPNUUID"))
                        keys << k;
            check(payload, common + keys, type, problems);
        }
        return problems;
    }

    // What an iOS device enrolled in `mode` refuses or ignores in a profile, from each payload's and
    // key's supportedOS.iOS: "unsupervised" (a payload or key marked supervised: true),
    // "userenrollment" and "sharedipad" (mode forbidden; "ignored" keys are simply not applied).
    QStringList checkMode(const QVariantMap &profile, const QString &mode) const
    {
        QStringList problems;
        auto refuses = [&](const QVariantMap &ios) {
            if (mode == QLatin1String("unsupervised"))
                return ios.value(QStringLiteral("supervised")).toBool();
            const QString m = ios.value(mode).toMap().value(QStringLiteral("mode")).toString();
            return m == QLatin1String("forbidden");
        };
        for (const QVariant &item : profile.value(QStringLiteral("PayloadContent")).toList()) {
            const QVariantMap payload = item.toMap();
            const QString type = payload.value(QStringLiteral("PayloadType")).toString();
            const QVariantMap doc = YamlLoader::load(QDir(m_dir).filePath(QStringLiteral("profiles/%1.yaml").arg(type))).toMap();
            if (refuses(doc.value(QStringLiteral("payload")).toMap().value(QStringLiteral("supportedOS")).toMap().value(QStringLiteral("iOS")).toMap()))
                problems << QStringLiteral("%1: payload not for %2 devices").arg(type, mode);
            for (const QVariant &k : doc.value(QStringLiteral("payloadkeys")).toList()) {
                const QVariantMap key = k.toMap();
                if (payload.contains(key.value(QStringLiteral("key")).toString())
                    && refuses(key.value(QStringLiteral("supportedOS")).toMap().value(QStringLiteral("iOS")).toMap()))
                    problems << QStringLiteral("%1.%2: not for %3 devices").arg(type, key.value(QStringLiteral("key")).toString(), mode);
            }
        }
        return problems;
    }

    // Apple documents an always-on tunnel configuration as the IKEv2 dictionary plus ProtocolType
    // and Interfaces; the YAML lists only the latter two, so the IKEv2 keys (with their types and
    // ranges) are added to the tunnel element here.
    static QVariantList withTunnelKeys(QVariantList keys)
    {
        QVariantList ikev2;
        for (const QVariant &k : keys)
            if (k.toMap().value(QStringLiteral("key")) == QLatin1String("IKEv2"))
                ikev2 = k.toMap().value(QStringLiteral("subkeys")).toList();
        for (QVariant &k : keys) {
            QVariantMap alwaysOn = k.toMap();
            if (alwaysOn.value(QStringLiteral("key")) != QLatin1String("AlwaysOn"))
                continue;
            QVariantList sub = alwaysOn.value(QStringLiteral("subkeys")).toList();
            for (QVariant &t : sub) {
                QVariantMap tunnels = t.toMap();
                if (tunnels.value(QStringLiteral("key")) != QLatin1String("TunnelConfigurations"))
                    continue;
                QVariantList element = tunnels.value(QStringLiteral("subkeys")).toList();
                QVariantMap e = element.value(0).toMap();
                QVariantList eKeys = e.value(QStringLiteral("subkeys")).toList();
                for (const QVariant &x : ikev2)
                    if (x.toMap().value(QStringLiteral("key")) != QLatin1String("ProtocolType"))
                        eKeys << x;
                e.insert(QStringLiteral("subkeys"), eKeys);
                element[0] = e;
                tunnels.insert(QStringLiteral("subkeys"), element);
                t = tunnels;
            }
            alwaysOn.insert(QStringLiteral("subkeys"), sub);
            k = alwaysOn;
        }
        return keys;
    }

    // Settings command items, each against the Settings subkey its "Item" names.
    QStringList checkSettingsItems(const QVariantList &items) const
    {
        QStringList problems;
        QVariantList alternatives;
        for (const QVariant &k : keysOf(QStringLiteral("commands/settings.yaml")))
            if (k.toMap().value(QStringLiteral("key")) == QLatin1String("Settings"))
                alternatives = k.toMap().value(QStringLiteral("subkeys")).toList();
        for (const QVariant &item : items) {
            const QString name = item.toMap().value(QStringLiteral("Item")).toString();
            bool found = false;
            for (const QVariant &alt : alternatives)
                if (alt.toMap().value(QStringLiteral("key")) == name) {
                    found = true;
                    check(item.toMap(), alt.toMap().value(QStringLiteral("subkeys")).toList(), QStringLiteral("Settings.") + name, problems);
                }
            if (!found)
                problems << QStringLiteral("Settings: no item type %1").arg(name);
        }
        return problems;
    }

    void check(const QVariantMap &dict, const QVariantList &keys, const QString &path, QStringList &problems,
               const QStringList &skip = {}) const
    {
        QHash<QString, QVariantMap> byName;
        for (const QVariant &k : keys)
            byName.insert(k.toMap().value(QStringLiteral("key")).toString(), k.toMap());
        const bool open = byName.contains(QStringLiteral("ANY"));
        for (auto it = dict.cbegin(); it != dict.cend(); ++it) {
            if (skip.contains(it.key()))
                continue;
            if (!byName.contains(it.key())) {
                if (!open)
                    problems << QStringLiteral("%1: undeclared key %2").arg(path, it.key());
                continue;
            }
            checkValue(it.value(), byName.value(it.key()), path + QLatin1Char('.') + it.key(), problems);
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            if (it.value().value(QStringLiteral("presence")) == QLatin1String("required") && it.key() != QLatin1String("ANY")
                && !dict.contains(it.key()))
                problems << QStringLiteral("%1: required key %2 missing").arg(path, it.key());
    }

    void checkValue(const QVariant &v, const QVariantMap &spec, const QString &path, QStringList &problems) const
    {
        const QString type = spec.value(QStringLiteral("type")).toString();
        const int t = v.typeId();
        bool ok = true;
        if (type == QLatin1String("<string>"))
            ok = t == QMetaType::QString;
        else if (type == QLatin1String("<integer>"))
            ok = t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::UInt || t == QMetaType::ULongLong;
        else if (type == QLatin1String("<boolean>"))
            ok = t == QMetaType::Bool;
        else if (type == QLatin1String("<real>"))
            ok = t == QMetaType::Double || t == QMetaType::Int || t == QMetaType::LongLong;
        else if (type == QLatin1String("<dictionary>"))
            ok = t == QMetaType::QVariantMap;
        else if (type == QLatin1String("<array>"))
            ok = t == QMetaType::QVariantList;
        else if (type == QLatin1String("<data>"))
            ok = t == QMetaType::QByteArray;
        else if (type == QLatin1String("<date>"))
            ok = t == QMetaType::QDateTime;
        else if (type != QLatin1String("<any>") && !type.isEmpty())
            problems << QStringLiteral("%1: unknown schema type %2").arg(path, type);
        if (!ok) {
            problems << QStringLiteral("%1: expected %2, got %3").arg(path, type, QString::fromLatin1(v.typeName()));
            return;
        }
        const QVariantList range = spec.value(QStringLiteral("rangelist")).toList();
        if (!range.isEmpty() && t != QMetaType::QVariantList) {
            const QString text = t == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : v.toString();
            bool listed = false;
            for (const QVariant &r : range)
                listed = listed || r.toString() == text;
            if (!listed)
                problems << QStringLiteral("%1: %2 not in %3").arg(path, text, QVariant(range).toStringList().join(QLatin1Char('|')));
        }
        const QVariantMap minmax = spec.value(QStringLiteral("range")).toMap();
        if (!minmax.isEmpty() && type == QLatin1String("<integer>")) {
            const qint64 n = v.toLongLong();
            if ((minmax.contains(QStringLiteral("min")) && n < minmax.value(QStringLiteral("min")).toLongLong())
                || (minmax.contains(QStringLiteral("max")) && n > minmax.value(QStringLiteral("max")).toLongLong()))
                problems << QStringLiteral("%1: %2 outside %3..%4").arg(path).arg(n).arg(minmax.value(QStringLiteral("min")).toString(),
                                                                                        minmax.value(QStringLiteral("max")).toString());
        }
        const QVariantList sub = spec.value(QStringLiteral("subkeys")).toList();
        if (sub.isEmpty())
            return;
        if (t == QMetaType::QVariantMap)
            check(v.toMap(), sub, path, problems);
        else if (t == QMetaType::QVariantList) {
            const QVariantMap element = sub.first().toMap();
            const QVariantList list = v.toList();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
                if (element.value(QStringLiteral("type")).toString().isEmpty() && element.contains(QStringLiteral("subkeys")))
                    check(list[i].toMap(), element.value(QStringLiteral("subkeys")).toList(), at, problems);
                else
                    checkValue(list[i], element, at, problems);
            }
        }
    }

private:
    QString m_dir;
};
