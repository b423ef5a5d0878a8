#pragma once

// What every harness shares: a QCoreApplication (Qt SQL loads its driver as a plugin, sockets need an
// event loop), the input as a NUL-terminated QByteArray (as every socket read gives the engine), and
// writing seed files when the harness is asked to (CLINICMDM_FUZZ_WRITE_SEEDS=<folder>, see run.sh).

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace FuzzSupport {

inline QCoreApplication &app()
{
    static int argc = 1;
    static char name[] = "clinicmdm-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *instance = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    return instance ? *instance : *QCoreApplication::instance();
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The folder to write seeds to, or empty when the harness is only fuzzing or replaying.
inline QString seedDir() { return qEnvironmentVariable("CLINICMDM_FUZZ_WRITE_SEEDS"); }

// Writes one seed, named after its content (as libFuzzer names corpus files).
inline void writeSeed(const QByteArray &seed)
{
    const QString dir = seedDir();
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex()));
    if (f.open(QIODevice::WriteOnly))
        f.write(seed);
}

// A harness input that starts with one selector byte (which route, which importer) and the rest.
struct Selected {
    int selector = 0;
    QByteArray rest;
};
inline Selected select(const uint8_t *data, size_t size, int choices)
{
    if (size == 0)
        return {};
    return {data[0] % choices, bytes(data + 1, size - 1)};
}
inline QByteArray selected(int selector, const QByteArray &rest) { return char(selector) + rest; }

} // namespace FuzzSupport
