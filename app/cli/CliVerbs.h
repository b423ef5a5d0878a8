#pragma once

struct CliContext;

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
int enroll(CliContext &ctx);   // EnrollVerb.cpp
}
