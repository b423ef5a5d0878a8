#include "cli/CliProgress.h"

#include <QLocale>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

CliProgress::CliProgress(QTextStream &err, const QString &label)
    : m_err(err), m_label(label), m_enabled(stderrIsTerminal())
{
}

CliProgress::~CliProgress() { finish(); }

bool CliProgress::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

std::function<void(int, int)> CliProgress::callback()
{
    if (!m_enabled)
        return {};
    return [this](int done, int total) { show(done, total); };
}

void CliProgress::show(int done, int total)
{
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    const QLocale locale;
    m_err << '\r' << m_label << ": " << percent << "% (" << locale.toString(done) << " / " << locale.toString(total)
          << ')';
    m_err.flush();
    m_drawn = true;
}

void CliProgress::finish()
{
    if (!m_drawn)
        return;
    m_err << Qt::endl;
    m_drawn = false;
}
