#pragma once

#include <QtGlobal>

// Stops an adb server with the host protocol's "host:kill" (what `adb kill-server` sends). Used
// when the console exits, for a server the console itself started: it runs while the process
// ends, so it blocks (a loopback connection, at most timeoutMs) instead of waiting for an event
// loop that is gone. True when the server acknowledged with OKAY.
namespace AdbServerStopper {
bool stop(quint16 port, int timeoutMs = 2000);
}
