#pragma once

class AdminSession;
class Database;
class ReauthGate;

// What the device commands of the console need: the fleet database, the signed-in admin (the
// engine checks the role) and the re-authentication gate for the sensitive ones.
struct DeviceCommandContext {
    Database *db = nullptr;
    AdminSession *session = nullptr;
    ReauthGate *gate = nullptr;
};
