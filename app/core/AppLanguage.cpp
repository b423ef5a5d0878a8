#include "core/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace AppLanguage {

QLocale apply(const QString &name, const QString &directory)
{
    static QPointer<QTranslator> appTranslator;
    static QPointer<QTranslator> qtTranslator;
    for (QTranslator *old : {appTranslator.data(), qtTranslator.data()})
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }

    const QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    appTranslator = new QTranslator(QCoreApplication::instance());
    // English is the source language, but its plural forms ("1 device", "2 devices") live in the
    // English translation, so it is the fallback for a language the console does not speak.
    if (appTranslator->load(locale, QStringLiteral("clinicmdm"), QStringLiteral("_"), directory)
        || appTranslator->load(QStringLiteral("clinicmdm_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return locale;
}

} // namespace AppLanguage
