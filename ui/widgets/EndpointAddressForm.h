#pragma once

#include <QPointer>
#include <QWidget>

class AdminSession;
class EndpointSelfCheck;
class EndpointService;
class QLabel;
class QLineEdit;
class QPushButton;

// The endpoint's public address and its reachability self-check, shared by Settings > Endpoint and
// the setup assistant: the admin writes the URL phones will use, "Save and check" stores it
// (EndpointService::setPublicUrl: validated, audited, TLS re-issued for a new name) and then fetches
// /health through it, showing in plain words why a phone could not reach the console.
class EndpointAddressForm : public QWidget
{
    Q_OBJECT
public:
    EndpointAddressForm(EndpointService &service, AdminSession &session, QWidget *parent = nullptr);

    QString resultText() const;
    bool checking() const;

public slots:
    void saveAndCheck();
    void reload();

signals:
    void checked(bool reachable);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitResult();
    void runCheck();
    void showResult(bool good, const QString &text);

    EndpointService &m_service;
    AdminSession &m_session;
    QLineEdit *m_url;
    QLabel *m_devicesUse;
    QPushButton *m_save;
    QLabel *m_result;
    QPointer<EndpointSelfCheck> m_check;
    bool m_waitingForRestart = false;
};
