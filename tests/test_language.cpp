#include "RelativeTime.h"
#include "audit/AuditWords.h"
#include "core/AppLanguage.h"
#include "policy/BaselineCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Issue 14, "Spanish complete": lupdate over today's sources into copies of the committed .ts
// files finds no message without its translation (a new tr() string without its Spanish fails
// here, not in front of a clinic); dates carry four-digit years in every language; the engine's
// words the window shows (audit outcomes and roles, baseline names) are translated.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral(CLINICMDM_SOURCE_DIR);
        const QStringList languages{QStringLiteral("es"), QStringLiteral("en")};
        QStringList tsFiles;
        for (const QString &lang : languages) {
            const QString ts = dir.filePath(QStringLiteral("clinicmdm_%1.ts").arg(lang));
            QVERIFY(QFile::copy(QStringLiteral("%1/translations/clinicmdm_%2.ts").arg(source, lang), ts));
            QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
            tsFiles << ts;
        }
        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (const char *folder : {"app", "models", "ui"}) {
            QDirIterator it(source + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                list.write(it.next().toUtf8() + '\n');
        }
        list.close();

        // One lupdate run parses the sources once for both files (it takes minutes on a busy machine).
        QProcess lupdate;
        lupdate.start(QStringLiteral(CLINICMDM_LUPDATE), QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                                     QStringLiteral("none"), QLatin1Char('@') + list.fileName(),
                                                                     QStringLiteral("-ts")} + tsFiles);
        QVERIFY(lupdate.waitForFinished(600000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        for (int i = 0; i < languages.size(); ++i) {
            QFile updated(tsFiles.at(i));
            QVERIFY(updated.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&updated);
            QStringList missing;
            QString context, text;
            int messages = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("source"))
                    text = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    ++messages;
                    const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                    const QString translated = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                    if (unfinished || translated.isEmpty())
                        missing << QStringLiteral("%1: %2").arg(context, text);
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(messages > 1000);
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated in clinicmdm_%2.ts:\n").arg(missing.size()).arg(languages.at(i))
                                                   + missing.join(QLatin1Char('\n'))));
        }
    }

    void datesHaveFourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *name : {"es_ES", "en_US", "en_GB", "de_DE", "fr_FR"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void datesHaveFourDigitYears()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const QDateTime moment(QDate(2026, 3, 4), QTime(14, 5), Qt::LocalTime);
        const QString dateTime = RelativeTime::localDateTime(moment);
        const QString date = RelativeTime::localDate(moment.date());
        QVERIFY2(dateTime.contains(QLatin1String("2026")) && dateTime.contains(QLatin1String("05")), qPrintable(dateTime));
        QVERIFY2(date.contains(QLatin1String("2026")) && !date.contains(QLatin1String("2026026")), qPrintable(date));
        // Still the locale's own order: Spain puts the day first, the US the month.
        if (locale == QLatin1String("es_ES"))
            QVERIFY2(date.startsWith(QLatin1String("4/3/")), qPrintable(date));
        if (locale == QLatin1String("en_US"))
            QVERIFY2(date.startsWith(QLatin1String("3/4/")), qPrintable(date));
        QLocale::setDefault(QLocale::c());
    }

    void engineWordsTheWindowShowsAreTranslated()
    {
        AppLanguage::apply(QStringLiteral("es"), QStringLiteral(CLINICMDM_QM_DIR));
        QCOMPARE(AuditWords::outcomeName(QStringLiteral("success")), QStringLiteral("correcto"));
        QCOMPARE(AuditWords::outcomeName(QStringLiteral("refused")), QStringLiteral("rechazado"));
        QCOMPARE(AuditWords::roleName(QStringLiteral("Technician")), QStringLiteral("Técnico"));
        QCOMPARE(AuditWords::roleName(QStringLiteral("System")), QStringLiteral("Sistema"));
        QCOMPARE(AuditWords::outcomeName(QStringLiteral("from-a-newer-version")), QStringLiteral("from-a-newer-version"));
        for (const Baseline &b : BaselineCatalog::all())
            QVERIFY2(BaselineCatalog::displayName(b).startsWith(QStringLiteral("Línea base HIPAA")), qPrintable(BaselineCatalog::displayName(b)));
        AppLanguage::apply(QStringLiteral("en"), QStringLiteral(CLINICMDM_QM_DIR));
        QCOMPARE(AuditWords::outcomeName(QStringLiteral("success")), QStringLiteral("success"));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
