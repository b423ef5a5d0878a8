#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Constants of the Android agent protocol, version 1 (docs/agent-protocol.md) and its message
// schemas (resources/android/agent-protocol.schema.json, compiled in).
namespace AgentProtocol {
inline constexpr int Version = 1;
inline constexpr qsizetype MaxBodyBytes = 256 * 1024;
inline constexpr int CheckInIntervalSeconds = 15 * 60;
inline constexpr int ClientCertificateDays = 2 * 365;

// Routes below EndpointPaths::AndroidAgent ("/agent/v1/").
inline constexpr char EnrollPath[] = "enroll";
inline constexpr char CheckInPath[] = "checkin";
inline constexpr char PolicyPath[] = "policy";
inline constexpr char PolicyAckPath[] = "policy/ack";
inline constexpr char CommandNextPath[] = "commands/next";
inline constexpr char CommandResultPath[] = "commands/result";
inline constexpr char SessionsPath[] = "sessions"; // shared tablets: sign-ins and sign-outs, batched
inline constexpr int MaxSessionEvents = 500;
// How far ahead of the console's clock an event may be stamped (a device clock a little fast).
inline constexpr qint64 SessionClockSkewSeconds = 10 * 60;

// The agent's admin extras / handover keys (USB broadcast, QR provisioning extras bundle).
inline constexpr char ExtraConsoleUrl[] = "org.clinicmdm.CONSOLE_URL";
inline constexpr char ExtraCaSha256[] = "org.clinicmdm.CA_SHA256";
inline constexpr char ExtraEnrollToken[] = "org.clinicmdm.ENROLL_TOKEN";
inline constexpr char ExtraManagementMode[] = "org.clinicmdm.MANAGEMENT_MODE";
inline constexpr char HandoverAction[] = "org.clinicmdm.agent.action.ENROLL";

// Fields the check-in never stores, whatever the device: location, and any list of apps beyond the
// managed ones. They are dropped and counted in the audit trail. The list is
// PrivacyBoundary::neverStoredFields() itself (the privacy manifest reads the same object).
const QStringList &privacyFields();

QStringList commandTypes();

// The form the agent checks the console CA against: 64 lowercase hex digits, no colons.
bool isCaSha256(const QString &fingerprint);

// The compiled-in message schemas (the "schemas" object), parsed once.
const QJsonObject &schemas();
} // namespace AgentProtocol
