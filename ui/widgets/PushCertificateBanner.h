#pragma once

#include <QFrame>

class QLabel;

// A strip for the dashboard: the push certificate's expiry warning (30/14/7/1 days, expired) or
// APNs' refusal of it, coloured by urgency; hidden while there is nothing to say. Feed it from
// PushService::certificateWarning and ::certificateAlarm.
class PushCertificateBanner : public QFrame
{
    Q_OBJECT
public:
    explicit PushCertificateBanner(QWidget *parent = nullptr);

    QString text() const;

public slots:
    void setWarning(int level, const QString &message); // level: PushCertificateExpiry::Level
    void setAlarm(const QString &reason);

private:
    void refresh();

    QLabel *m_label;
    int m_level = 0;
    QString m_warning;
    QString m_alarm;
};
