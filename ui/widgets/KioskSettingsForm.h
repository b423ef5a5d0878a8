#pragma once

#include "policy/PolicySettings.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The kiosk (COSU) part of a policy: single-app mode on or off, the one app (an Apple bundle id and
// an Android package, offered from the clinic's app catalog or typed), the web sites it may open
// (one per line: an http(s) address or a host pattern such as *.clinic.example), factory-reset
// protection, and the branding a patient sees (logo, department, whom to call). Plain editing: the
// page saves through PolicyService, which validates again.
class KioskSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit KioskSettingsForm(QWidget *parent = nullptr);

    // Apps of the clinic's catalog to offer: (name, identifier) per platform.
    void setCatalogApps(const QList<std::pair<QString, QString>> &apple, const QList<std::pair<QString, QString>> &android);
    void setSettings(const KioskSettings &settings);
    KioskSettings settings() const;
    // What is wrong with the form's input (empty: nothing); also shown under the form.
    QStringList problems() const;

private:
    void updateProblems();
    void browseForLogo();

    QCheckBox *m_enabled;
    QComboBox *m_appleApp;
    QComboBox *m_androidApp;
    QPlainTextEdit *m_urls;
    QCheckBox *m_factoryReset;
    QLineEdit *m_logo;
    QLineEdit *m_department;
    QLineEdit *m_support;
    QLabel *m_problems;
};
