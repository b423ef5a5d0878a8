#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QTimer;

// One asynchronous secret-store operation (read, write or remove), in the style of QtKeychain's own
// jobs: start it, wait for finished(), read status() and data(). A job finishes exactly once — with
// the backend's answer or, when the backend stays silent, with a timeout error — and deletes itself
// after finished() has been delivered, so callers must not keep the pointer past that signal.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Read, Write, Remove };

    SecretJob(Kind kind, const QString &name, QObject *parent = nullptr);
    ~SecretJob() override;

    Kind kind() const { return m_kind; }
    QString name() const { return m_name; }
    bool isFinished() const { return m_finished; }
    Status status() const { return m_status; }
    // The secret a Read job found; empty otherwise. A missing secret gives status NotFound.
    QByteArray data() const { return m_data; }

    // Arms the timeout; a backend that has not answered within `msec` finishes the job with an error.
    void startTimeout(int msec, const QString &hint);
    // Called by the backend (or by a composite job); later calls are ignored.
    void finish(const Status &status, const QByteArray &data = {});

signals:
    void finished(SecretJob *job);

private:
    Kind m_kind;
    QString m_name;
    bool m_finished = false;
    Status m_status;
    QByteArray m_data;
    QTimer *m_timer = nullptr;
};
