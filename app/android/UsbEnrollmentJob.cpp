#include "android/UsbEnrollmentJob.h"

#include <QCoreApplication>

QString UsbEnrollmentJob::toDb(State s)
{
    switch (s) {
    case State::Queued: return QStringLiteral("queued");
    case State::Checking: return QStringLiteral("checking");
    case State::Installing: return QStringLiteral("installing");
    case State::Owner: return QStringLiteral("owner");
    case State::Handover: return QStringLiteral("handover");
    case State::Waiting: return QStringLiteral("waiting");
    case State::Enrolled: return QStringLiteral("enrolled");
    case State::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

UsbEnrollmentJob::State UsbEnrollmentJob::stateFromDb(const QString &s)
{
    for (State st : {State::Queued, State::Checking, State::Installing, State::Owner, State::Handover, State::Waiting,
                     State::Enrolled, State::Failed})
        if (toDb(st) == s)
            return st;
    return State::Queued;
}

QString UsbEnrollmentJob::displayName(State s)
{
    switch (s) {
    case State::Queued: return QCoreApplication::translate("UsbEnrollment", "Queued");
    case State::Checking: return QCoreApplication::translate("UsbEnrollment", "Checking");
    case State::Installing: return QCoreApplication::translate("UsbEnrollment", "Installing the agent");
    case State::Owner: return QCoreApplication::translate("UsbEnrollment", "Setting device owner");
    case State::Handover: return QCoreApplication::translate("UsbEnrollment", "Handing over");
    case State::Waiting: return QCoreApplication::translate("UsbEnrollment", "Waiting for check-in");
    case State::Enrolled: return QCoreApplication::translate("UsbEnrollment", "Enrolled");
    case State::Failed: return QCoreApplication::translate("UsbEnrollment", "Failed");
    }
    return {};
}
