#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

// Asks why a kiosk leaves kiosk mode and for how long; the reason goes into the audit trail and the
// kiosk returns to kiosk mode by itself when the time is up. Leave stays disabled without a reason.
class KioskMaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    KioskMaintenanceDialog(const QString &deviceName, QWidget *parent = nullptr);

    QString reason() const;
    int minutes() const;

private:
    QLineEdit *m_reason;
    QSpinBox *m_minutes;
    QPushButton *m_leave;
};
