#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// The last stop before erasing a whole device: says what will be lost and enables the wipe only
// once the device's name has been typed exactly. (The re-authentication comes after, and the
// engine checks the typed name again.)
class FullWipeDialog : public QDialog
{
    Q_OBJECT
public:
    FullWipeDialog(const QString &deviceName, QWidget *parent = nullptr);

    QString typedName() const;

private:
    QString m_deviceName;
    QLineEdit *m_name;
    QPushButton *m_wipe;
};
