#include "dialogs/KioskMaintenanceDialog.h"

#include "kiosk/KioskMaintenanceService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

KioskMaintenanceDialog::KioskMaintenanceDialog(const QString &deviceName, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_minutes(new QSpinBox(this))
{
    setWindowTitle(tr("Leave kiosk mode: %1").arg(deviceName));
    m_reason->setObjectName(QStringLiteral("kioskReason"));
    m_minutes->setObjectName(QStringLiteral("kioskMinutes"));
    m_reason->setPlaceholderText(tr("e.g. replace the card reader, update the check-in app"));
    m_reason->setMaxLength(300);
    m_minutes->setRange(1, KioskMaintenanceService::MaxMinutes);
    m_minutes->setValue(KioskMaintenanceService::DefaultMinutes);
    m_minutes->setSuffix(tr(" min"));

    auto *intro = new QLabel(tr("%1 leaves single-app mode so that it can be serviced. It returns to kiosk mode by itself "
                                "when the time is up, or when you resume it. The reason is recorded in the audit trail.")
                                 .arg(deviceName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("For:"), m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_leave = buttons->addButton(tr("Leave kiosk mode"), QDialogButtonBox::AcceptRole);
    m_leave->setObjectName(QStringLiteral("leaveKioskButton"));
    m_leave->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &t) { m_leave->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString KioskMaintenanceDialog::reason() const { return m_reason->text().trimmed(); }

int KioskMaintenanceDialog::minutes() const { return m_minutes->value(); }
