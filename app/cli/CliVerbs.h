#pragma once

struct CliContext;
class PostgresTarget;

// One function per top-level verb, each in its own file (cli/<Verb>Verb.cpp).
namespace CliVerbs {
int devices(CliContext &ctx); // DevicesVerb.cpp
int demo(CliContext &ctx);    // DemoVerb.cpp
int db(CliContext &ctx);      // DbVerb.cpp
int admin(CliContext &ctx);   // AdminVerb.cpp
int audit(CliContext &ctx);   // AuditVerb.cpp
int serve(CliContext &ctx);   // ServeVerb.cpp
int commands(CliContext &ctx); // CommandsVerb.cpp
int deviceCommand(CliContext &ctx); // CommandsVerb.cpp: `devices lock` and `devices wipe`
int settings(CliContext &ctx); // SettingsVerb.cpp
int apps(CliContext &ctx);     // AppsVerb.cpp
int deviceSessions(CliContext &ctx); // SessionsVerb.cpp: `devices sessions`
int deviceReset(CliContext &ctx);    // SessionsVerb.cpp: `devices reset`
int deviceLost(CliContext &ctx);     // DevicesLostVerb.cpp: `devices lost`
int deviceResetSchedule(CliContext &ctx); // DevicesResetScheduleVerb.cpp: `devices reset-schedule`
int deviceSignOut(CliContext &ctx);       // DevicesResetScheduleVerb.cpp: `devices signout`
int policy(CliContext &ctx);   // PolicyVerb.cpp
int policySet(CliContext &ctx);    // PolicyEditVerb.cpp: `policy set`
int policyExport(CliContext &ctx); // PolicyEditVerb.cpp: `policy export`
int policyEdit(CliContext &ctx);   // PolicyEditVerb.cpp: `policy edit`
int deviceKiosk(CliContext &ctx);  // DevicesKioskVerb.cpp: `devices kiosk`
int deviceExpectReenroll(CliContext &ctx); // DevicesReenrollVerb.cpp: `devices expect-reenroll`
int group(CliContext &ctx);    // GroupVerb.cpp
int report(CliContext &ctx);   // ReportVerb.cpp
int push(CliContext &ctx);     // PushVerb.cpp
int usb(CliContext &ctx);      // UsbVerb.cpp
int enroll(CliContext &ctx);   // EnrollVerb.cpp
int enrollQr(CliContext &ctx); // EnrollQrVerb.cpp: `enroll qr`
int devicePrivacy(CliContext &ctx); // DevicesPrivacyVerb.cpp: `devices privacy`
int enrollAdvise(CliContext &ctx);  // EnrollAdviseVerb.cpp: `enroll advise`
// DbPasswordVerb.cpp: `--db postgresql://... db password`, run before (and without) connecting.
int dbPassword(CliContext &ctx, const PostgresTarget &target);
}
