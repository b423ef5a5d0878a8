#pragma once

#include "PoliciesData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class KioskSettingsForm;

// Policies: the list; a new policy from a HIPAA baseline; the main settings of the selected policy
// (passcode, auto-lock, encryption, VPN, sharing limits, camera, shared-device sessions) and its
// kiosk (KioskSettingsForm); its
// differences from the baseline; assignment to a group; version history with roll back. Every
// action goes through PoliciesData -> PolicyService (role check, audit, delivery).
class PoliciesPage : public QWidget
{
    Q_OBJECT
public:
    PoliciesPage(Database &db, const AdminSession &session, QWidget *parent = nullptr);

    PoliciesData *data() const { return m_data; }
    KioskSettingsForm *kioskForm() const { return m_kiosk; }
    QString statusText() const;

public slots:
    void createFromBaseline();
    void saveSettings();
    void assignToGroup();
    void rollBackToSelected();
    void selectRow(int row);

protected:
    void showEvent(QShowEvent *event) override; // groups made meanwhile on the Groups page appear

private:
    void reloadGroups();
    void fitList();
    void showSettings();
    void report(const Status &status, const QString &success);

    PoliciesData *m_data;
    QTableView *m_list;
    QComboBox *m_baseline;
    QLineEdit *m_name;
    QComboBox *m_group;
    QSpinBox *m_minLength, *m_failedAttempts, *m_history, *m_autoLock, *m_sessionTimeout;
    QComboBox *m_complexity;
    QCheckBox *m_passcodeRequired, *m_encryption, *m_alwaysOnVpn, *m_perAppVpn, *m_openIn, *m_pasteboard, *m_crossProfile,
        *m_screenshots, *m_camera, *m_clearOnSignOut;
    QTableView *m_versions;
    QTableView *m_differences;
    QTableView *m_assignments;
    QLabel *m_status;
    QWidget *m_editor;
    KioskSettingsForm *m_kiosk;
};
