#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <functional>

// A one-line "label: 42% (4,200 of 10,000)" on stderr for long command-line jobs, drawn only when
// stderr is a terminal so that scripts and log files get no carriage-return noise.
class CliProgress
{
public:
    CliProgress(QTextStream &err, const QString &label);
    ~CliProgress();
    CliProgress(const CliProgress &) = delete;
    CliProgress &operator=(const CliProgress &) = delete;

    std::function<void(int done, int total)> callback();
    void finish(); // ends the progress line, if one was drawn

    static bool stderrIsTerminal();

private:
    void show(int done, int total);

    QTextStream &m_err;
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
    int m_lastPercent = -1;
};
