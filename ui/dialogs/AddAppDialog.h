#pragma once

#include "catalog/CatalogApp.h"
#include "core/Status.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

// Adds an app to the catalog: a clinical template (whose configuration keys come along), the
// platform, the bundle id or package name, and where the app comes from. The engine's answer is
// shown in the dialog; it closes only once the app was added.
class AddAppDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(CatalogApp &)>;
    AddAppDialog(Submit submit, QWidget *parent = nullptr);

    CatalogApp app() const { return m_app; }
    QString errorText() const;

private:
    void submit();

    Submit m_submit;
    CatalogApp m_app;
    QComboBox *m_template;
    QComboBox *m_platform;
    QLineEdit *m_name;
    QLineEdit *m_identifier;
    QComboBox *m_source;
    QLineEdit *m_sourceValue;
    QLineEdit *m_version;
    QLabel *m_error;
};
