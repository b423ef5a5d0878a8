#pragma once

#include "android/AdbDevice.h"
#include "android/UsbEnrollmentJob.h"

#include <QAbstractTableModel>

// The Enrollment > USB list: every attached device (live from the adb tracker) with its enrollment
// progress, and devices of the current batch that were unplugged (so their failure stays visible).
class UsbDeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, SerialColumn, ConnectionColumn, StateColumn, ProgressColumn, DetailColumn, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, SerialRole, FailedRole };

    explicit UsbDeviceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDevices(const QList<AdbDevice> &devices);
    void updateJob(const UsbEnrollmentJob &job);
    void clearJobs();

    QList<AdbDevice> attachedDevices() const;
    int readyCount() const;
    int count(UsbEnrollmentJob::State state) const;
    int runningCount() const;
    QString summary() const;

private:
    struct Row {
        AdbDevice device;
        bool attached = false;
        bool hasJob = false;
        UsbEnrollmentJob job;
    };
    int rowOf(const QString &serial) const;
    QString connectionText(const Row &r) const;

    QList<Row> m_rows;
};
