#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks what the lock screen of a lost device shows: a message and/or a phone number (Apple needs at
// least one) and an optional footnote in place of "Slide to unlock".
class LostModeDialog : public QDialog
{
    Q_OBJECT
public:
    LostModeDialog(const QString &deviceName, QWidget *parent = nullptr);

    QString message() const;
    QString phoneNumber() const;
    QString footnote() const;

private:
    void updateButton();

    QLineEdit *m_message;
    QLineEdit *m_phone;
    QLineEdit *m_footnote;
    QPushButton *m_enable;
};
