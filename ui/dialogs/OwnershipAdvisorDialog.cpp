#include "dialogs/OwnershipAdvisorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OwnershipAdvisorDialog::OwnershipAdvisorDialog(QWidget *parent)
    : QDialog(parent), m_owner(new QComboBox(this)),
      m_ephi(new QCheckBox(tr("It will store patient data (ePHI) on the device: offline charts, clinical photos"), this)),
      m_shared(new QCheckBox(tr("Several clinicians share it across shifts"), this)),
      m_patientFacing(new QCheckBox(tr("Patients use it for one purpose (check-in, consent forms)"), this)),
      m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("ownershipAdvisorDialog"));
    setWindowTitle(tr("Choose how to enroll the device"));
    m_owner->setObjectName(QStringLiteral("advisorOwner"));
    m_ephi->setObjectName(QStringLiteral("advisorEphi"));
    m_shared->setObjectName(QStringLiteral("advisorShared"));
    m_patientFacing->setObjectName(QStringLiteral("advisorPatientFacing"));
    m_advice->setObjectName(QStringLiteral("advisorAdvice"));
    m_owner->addItem(tr("The clinic"), int(OwnershipAdvisor::Owner::Clinic));
    m_owner->addItem(tr("The clinician (a personal phone)"), int(OwnershipAdvisor::Owner::Personal));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setMinimumWidth(420);

    auto *form = new QFormLayout;
    form->addRow(tr("Who owns the device?"), m_owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("Use this ownership"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("advisorAccept"));
    use->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_ephi);
    layout->addWidget(m_shared);
    layout->addWidget(m_patientFacing);
    layout->addSpacing(8);
    layout->addWidget(m_advice);
    layout->addWidget(buttons);

    connect(m_owner, &QComboBox::currentIndexChanged, this, &OwnershipAdvisorDialog::updateAdvice);
    for (QCheckBox *box : {m_ephi, m_shared, m_patientFacing})
        connect(box, &QCheckBox::toggled, this, &OwnershipAdvisorDialog::updateAdvice);
    updateAdvice();
}

OwnershipAdvisor::Answers OwnershipAdvisorDialog::answers() const
{
    OwnershipAdvisor::Answers a;
    a.owner = OwnershipAdvisor::Owner(m_owner->currentData().toInt());
    a.storesEphiLocally = m_ephi->isChecked();
    a.sharedAcrossShifts = m_shared->isChecked();
    a.patientFacing = m_patientFacing->isChecked();
    return a;
}

void OwnershipAdvisorDialog::updateAdvice()
{
    const OwnershipAdvisor::Advice a = advice();
    QStringList lines{tr("Recommended: %1; baseline: %2").arg(DeviceTypes::displayName(a.ownership), a.baselineId)};
    for (const QString &r : a.reasons)
        lines << QStringLiteral("• ") + r;
    for (const QString &w : a.warnings)
        lines << tr("Warning: %1").arg(w);
    m_advice->setText(lines.join(QLatin1Char('\n')));
}

QPushButton *OwnershipAdvisorDialog::helpButton(QWidget *parent, std::function<void(const OwnershipAdvisor::Advice &)> onAccepted)
{
    auto *button = new QPushButton(tr("Help me choose…"), parent);
    button->setObjectName(QStringLiteral("ownershipHelp"));
    button->setToolTip(tr("Answer four questions about the device to choose between BYOD, COPE, Shared and kiosk"));
    connect(button, &QPushButton::clicked, button, [button, onAccepted] {
        auto *dialog = new OwnershipAdvisorDialog(button->window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, button, [dialog, onAccepted] { onAccepted(dialog->advice()); });
        dialog->open();
    });
    return button;
}
