#pragma once

#include <QLocale>
#include <QString>

// The language the console speaks, for the window and the command line alike: `--lang` or else the
// system locale. It sets the default QLocale (dates and numbers) and installs ClinicMDM's and Qt's
// translators; applying again replaces the translators installed before.
namespace AppLanguage {
// `name` is a locale name ("es", "es_MX"); empty means the system locale. `directory` holds the
// clinicmdm_<lang>.qm files (the executable embeds them under ":/i18n"). Returns the locale applied.
QLocale apply(const QString &name, const QString &directory = QStringLiteral(":/i18n"));
}
