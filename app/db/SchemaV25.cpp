#include "db/SchemaV25.h"

#include "changes/ChangeSubject.h"

#include <QByteArray>

namespace SchemaV25 {

namespace {

struct Watched {
    const char *table;
    ChangeSubject subject;
};

// What each view shows, by the tables it reads.
const Watched kWatched[] = {
    {"devices", ChangeSubject::Devices},          {"device_facts", ChangeSubject::Devices},
    {"commands", ChangeSubject::Commands},        {"command_results", ChangeSubject::Commands},
    {"audit_events", ChangeSubject::Audit},       {"admin_users", ChangeSubject::Accounts},
    {"settings", ChangeSubject::Settings},        {"device_groups", ChangeSubject::Groups},
    {"group_members", ChangeSubject::Groups},     {"policies", ChangeSubject::Policies},
    {"policy_versions", ChangeSubject::Policies}, {"policy_assignments", ChangeSubject::Policies},
};

// SchemaStatement holds plain C strings: the generated ones live as long as the program.
const char *keep(const QByteArray &sql)
{
    static QList<QByteArray> texts;
    texts << sql;
    return texts.last().constData();
}

QList<SchemaStatement> build()
{
    QList<SchemaStatement> out;
    out << SchemaStatement{"CREATE TABLE change_counters (subject TEXT PRIMARY KEY, counter BIGINT NOT NULL DEFAULT 0)",
                           true, false};
    for (ChangeSubject s : ChangeSubjects::all()) {
        const QByteArray name = ChangeSubjects::id(s).toLatin1();
        out << SchemaStatement{keep("INSERT INTO change_counters(subject, counter) VALUES ('" + name + "', 0)"), true, false};
        out << SchemaStatement{keep("CREATE SEQUENCE change_seq_" + name), false, true};
    }
    out << SchemaStatement{R"(CREATE FUNCTION clinicmdm_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM nextval('change_seq_' || TG_ARGV[0]);
              PERFORM pg_notify('clinicmdm_changes', TG_ARGV[0]);
              RETURN NULL;
            END $$)",
                           false, true};
    for (const Watched &w : kWatched) {
        const QByteArray table = w.table;
        const QByteArray subject = ChangeSubjects::id(w.subject).toLatin1();
        for (const QByteArray &op : {QByteArrayLiteral("INSERT"), QByteArrayLiteral("UPDATE"), QByteArrayLiteral("DELETE")}) {
            const QByteArray trigger = table + "_changed_" + op.toLower();
            out << SchemaStatement{keep("CREATE TRIGGER " + trigger + " AFTER " + op + " ON " + table
                                        + " BEGIN UPDATE change_counters SET counter = counter + 1 WHERE subject = '"
                                        + subject + "'; END"),
                                   true, false};
        }
        // One statement trigger per table on PostgreSQL: a bulk insert bumps the counter once.
        out << SchemaStatement{keep("CREATE TRIGGER " + table + "_changed AFTER INSERT OR UPDATE OR DELETE ON " + table
                                    + " FOR EACH STATEMENT EXECUTE FUNCTION clinicmdm_count_change('" + subject + "')"),
                               false, true};
    }
    // The stored verdict (ComplianceService::storeVerdicts): 'compliant', 'non_compliant' or
    // 'unknown' (never evaluated, not managed, silent too long), and the policy it was judged by.
    out << SchemaStatement{"ALTER TABLE devices ADD COLUMN compliance TEXT NOT NULL DEFAULT 'unknown'"};
    out << SchemaStatement{"ALTER TABLE devices ADD COLUMN policy_label TEXT NOT NULL DEFAULT ''"};
    out << SchemaStatement{"CREATE INDEX devices_by_compliance ON devices(compliance, name)"};
    out << SchemaStatement{"CREATE INDEX devices_by_policy_label ON devices(policy_label, name)"};
    return out;
}

} // namespace

QList<SchemaStatement> statements()
{
    static const QList<SchemaStatement> list = build();
    return list;
}

} // namespace SchemaV25
