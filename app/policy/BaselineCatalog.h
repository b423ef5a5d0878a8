#pragma once

#include "core/Status.h"
#include "policy/Baseline.h"

#include <QList>
#include <optional>

// The baselines compiled into the program (resources/baselines/*.json through the .qrc).
namespace BaselineCatalog {
const QList<Baseline> &all();
std::optional<Baseline> byId(const QString &id); // also accepts the ownership name ("Shared") in any case
// The baseline's name in the admin's language (the shipped baselines are translated; one added
// as a file keeps its own name).
QString displayName(const Baseline &baseline);
// Parses one baseline file's JSON (exposed for tests and for loading an edited copy).
Status parse(const QByteArray &json, Baseline *out);
}
