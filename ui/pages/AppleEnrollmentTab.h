#pragma once

#include <QWidget>

class AdminSession;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Apple enrollment: one-time links (and their QR codes) for one iPhone or iPad or a batch, each
// tagged with its ownership model, and the list of pending and completed enrollments. Opening a
// link on the device installs the signed enrollment profile.
class AppleEnrollmentTab : public QWidget
{
    Q_OBJECT
public:
    AppleEnrollmentTab(Database &db, const AdminSession &session, QWidget *parent = nullptr);

    QString statusText() const;
    // The warning shown instead of enrollment links while no push certificate is installed.
    QString pushWarningText() const;

signals:
    // "Set up push" on the warning: the console opens Settings > Push.
    void pushSetupRequested();

public slots:
    void createLinks();
    void reloadEnrollments();

private:
    void showQrFor(int row);
    void refreshPushState();
    void showEvent(QShowEvent *event) override;

    Database &m_db;
    const AdminSession &m_session;
    QComboBox *m_ownership;
    QLineEdit *m_department;
    QSpinBox *m_count;
    QListWidget *m_links;
    QLabel *m_qr;
    QLabel *m_status;
    QWidget *m_pushWarning;
    QLabel *m_pushWarningText;
    QPushButton *m_create;
    QTableWidget *m_enrollments;
};
