#pragma once

#include "catalog/ManagedConfigKey.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;

// An editor for an app's managed configuration, built from its keys: text fields for text and
// URLs, a spin box for numbers, a check box for switches. Required keys are marked.
class ManagedConfigForm : public QWidget
{
    Q_OBJECT
public:
    explicit ManagedConfigForm(QWidget *parent = nullptr);

    void setSchema(const QList<ManagedConfigKey> &schema, const QJsonObject &values);
    // Only keys with a value: an empty optional text field is left out, not sent as "".
    QJsonObject values() const;

private:
    QFormLayout *m_form;
    QList<ManagedConfigKey> m_schema;
    QList<QWidget *> m_editors;
};
