#include "widgets/ManagedConfigForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

ManagedConfigForm::ManagedConfigForm(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

void ManagedConfigForm::setSchema(const QList<ManagedConfigKey> &schema, const QJsonObject &values)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_schema = schema;
    for (const ManagedConfigKey &k : schema) {
        QWidget *editor = nullptr;
        switch (k.type) {
        case ManagedConfigKey::Type::Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, 1000000);
            spin->setValue(values.value(k.key).toInt());
            editor = spin;
            break;
        }
        case ManagedConfigKey::Type::Boolean: {
            auto *check = new QCheckBox(this);
            check->setChecked(values.value(k.key).toBool());
            editor = check;
            break;
        }
        default: {
            auto *line = new QLineEdit(values.value(k.key).toString(), this);
            if (k.type == ManagedConfigKey::Type::Url)
                line->setPlaceholderText(QStringLiteral("https://"));
            editor = line;
        }
        }
        editor->setObjectName(QStringLiteral("config_") + k.key);
        editor->setToolTip(k.description);
        m_form->addRow(k.required ? tr("%1 (required):").arg(k.key) : k.key + QLatin1Char(':'), editor);
        m_editors.append(editor);
    }
}

QJsonObject ManagedConfigForm::values() const
{
    QJsonObject out;
    for (int i = 0; i < m_schema.size(); ++i) {
        const ManagedConfigKey &k = m_schema.at(i);
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors.at(i)))
            out.insert(k.key, spin->value());
        else if (auto *check = qobject_cast<QCheckBox *>(m_editors.at(i)))
            out.insert(k.key, check->isChecked());
        else if (auto *line = qobject_cast<QLineEdit *>(m_editors.at(i)); line && !line->text().trimmed().isEmpty())
            out.insert(k.key, line->text().trimmed());
    }
    return out;
}
