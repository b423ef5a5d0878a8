#pragma once

#include <QDialog>

class QLineEdit;

// Asks for the lock screen's message and a phone number to call (both optional), e.g. "This
// tablet belongs to St. Mary's Clinic, please call".
class LockDeviceDialog : public QDialog
{
    Q_OBJECT
public:
    LockDeviceDialog(const QString &deviceName, QWidget *parent = nullptr);

    QString message() const;
    QString phoneNumber() const;

private:
    QLineEdit *m_message;
    QLineEdit *m_phone;
};
