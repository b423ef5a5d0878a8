#pragma once

#include <QByteArray>

// The adb host protocol's framing (as ddmlib speaks it to the adb server on 127.0.0.1:5037):
// a request is 4 hex digits of length then the payload; the answer is OKAY, or FAIL + 4 hex digits
// of length + reason. Sync sub-protocol packets are a 4-byte id and a little-endian 32-bit length.
namespace AdbProtocol {
inline constexpr quint16 DefaultPort = 5037;
inline constexpr int SyncChunkBytes = 64 * 1024; // adb's SYNC_DATA_MAX
inline constexpr int MaxReplyBytes = 16 * 1024 * 1024;

QByteArray request(const QByteArray &payload);
QByteArray syncPacket(const char id[4], quint32 lengthOrValue, const QByteArray &data = {});
// Reads a 4-hex-digit length at `offset`; -1 when not hex.
int hexLength(const QByteArray &buffer, int offset = 0);
// The server port: ANDROID_ADB_SERVER_PORT when set, else 5037.
quint16 serverPort();
}
