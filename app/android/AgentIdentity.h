#pragma once

#include "android/AndroidAgent.h"
#include "fleet/Device.h"
#include "security/Actor.h"

// The enrolled agent a request's client certificate speaks for, with its device.
struct AgentIdentity {
    AndroidAgent agent;
    Device device;

    Actor actor() const { return {QStringLiteral("device:%1").arg(device.serial), QStringLiteral("Device")}; }
};
