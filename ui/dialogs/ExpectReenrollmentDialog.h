#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;

// Confirms "Expect re-enrollment" for one device and asks for how long: it says plainly that
// whoever enrolls with the device's serial number in that window becomes the device.
class ExpectReenrollmentDialog : public QDialog
{
    Q_OBJECT
public:
    ExpectReenrollmentDialog(const QString &deviceName, QWidget *parent = nullptr);

    int hours() const;

private:
    QSpinBox *m_hours;
    QPushButton *m_confirm;
};
