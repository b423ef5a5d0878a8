#include "dialogs/ExpectReenrollmentDialog.h"

#include "fleet/ReenrollmentService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ExpectReenrollmentDialog::ExpectReenrollmentDialog(const QString &deviceName, QWidget *parent)
    : QDialog(parent), m_hours(new QSpinBox(this))
{
    setWindowTitle(tr("Expect re-enrollment: %1").arg(deviceName));
    m_hours->setObjectName(QStringLiteral("reenrollHours"));
    m_hours->setRange(1, ReenrollmentService::MaxHours);
    m_hours->setValue(ReenrollmentService::DefaultHours);
    m_hours->setSuffix(tr(" h"));

    auto *intro = new QLabel(tr("Use this when %1 was wiped or reset and will enroll again. Until the time is up, the first "
                                "device of the same kind and ownership that enrolls with its serial number becomes %1: its "
                                "current identity stops working, the commands queued for it are cancelled and the secrets and "
                                "locations the console kept for it are deleted. An earlier expectation for it is replaced. "
                                "This is recorded in the audit trail.")
                                 .arg(deviceName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("For:"), m_hours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Expect re-enrollment"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("expectReenrollmentButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int ExpectReenrollmentDialog::hours() const { return m_hours->value(); }
