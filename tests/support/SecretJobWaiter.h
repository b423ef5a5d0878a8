#pragma once

#include "secrets/SecretJob.h"

#include <QTest>

#include <memory>

// Waits (spinning the event loop through QTRY) for a SecretJob and keeps its outcome, since the job
// deletes itself right after finished().
struct SecretJobResult {
    bool done = false;
    Status status;
    QByteArray data;
};

inline void waitForSecretJob(SecretJob *job, SecretJobResult *out, int timeoutMsec = 70000)
{
    auto r = std::make_shared<SecretJobResult>();
    QObject::connect(job, &SecretJob::finished, job, [r](SecretJob *j) {
        r->done = true;
        r->status = j->status();
        r->data = j->data();
    });
    QTRY_VERIFY_WITH_TIMEOUT(r->done, timeoutMsec);
    *out = *r;
}

#define WAIT_SECRET_JOB(job, result)                                                                                   \
    do {                                                                                                               \
        waitForSecretJob((job), &(result));                                                                            \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

// Keychain tests need a Secret Service on a D-Bus session bus (tests/run-all.sh starts both).
#define REQUIRE_DBUS_SESSION()                                                                                         \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))                                                   \
            QSKIP("No D-Bus session bus: run the tests through tests/run-all.sh, which starts one with an unlocked "   \
                  "gnome-keyring");                                                                                    \
    } while (false)
