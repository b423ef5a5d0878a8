#pragma once

#include "security/Actor.h"

#include <QWidget>

class AdbClient;
class AdbDeviceTracker;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class UsbDeviceTableModel;
class UsbEnrollmentEngine;

// Enrollment > USB (Android): the tablets on the USB hub, live; ownership, policy and department
// pickers; the agent APK with its SHA-256; "Enroll all" with a progress bar per device, a summary and
// "Retry failed". The adb server is contacted (and started if needed) when the tab is first shown.
class UsbEnrollmentTab : public QWidget
{
    Q_OBJECT
public:
    // adbPort 0: ANDROID_ADB_SERVER_PORT or 5037.
    UsbEnrollmentTab(Database &db, const Actor &actor, quint16 adbPort = 0, QWidget *parent = nullptr);

    // Where agents enroll: the endpoint's https URL and the console CA's SHA-256 (hex).
    void setConsoleIdentity(const QString &consoleUrl, const QString &caSha256);
    void setApkPath(const QString &path);
    void connectToAdb();

    UsbDeviceTableModel *model() const { return m_model; }
    UsbEnrollmentEngine *engine() const { return m_engine; }
    QString statusText() const;
    QString summaryText() const;

public slots:
    void enrollAll();
    void retryFailed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildOptions();
    void refreshButtons();
    void showStatus(bool good, const QString &text);
    void chooseApk();

    Database &m_db;
    Actor m_actor;
    AdbClient *m_adb;
    AdbDeviceTracker *m_tracker;
    UsbEnrollmentEngine *m_engine;
    UsbDeviceTableModel *m_model;
    QString m_consoleUrl;
    QString m_caSha256;
    bool m_adbStarted = false;
    QLabel *m_adbStatus = nullptr;
    QComboBox *m_ownership = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_apk = nullptr;
    QLabel *m_apkSha = nullptr;
    QLabel *m_console = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_enroll = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
};
