#include "actions/ResetForNextPatientCommand.h"

#include "shared/SharedSessionService.h"

#include <QMessageBox>
#include <QPushButton>

ResetForNextPatientCommand::ResetForNextPatientCommand(const DeviceCommandContext &context, const Device &device,
                                                       QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void ResetForNextPatientCommand::doStart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset %1").arg(m_device.name),
                                tr("Sign the current clinician out of \"%1\" and clear the patient apps' data, so the next "
                                   "patient starts fresh?")
                                    .arg(m_device.name),
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("resetDeviceDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *reset = box->addButton(tr("Reset for next patient"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetButton"));
    connect(box, &QMessageBox::finished, this, [this, box, reset] {
        if (box->clickedButton() != reset) {
            abort();
            return;
        }
        SharedSessionService::ResetOutcome outcome;
        finish(SharedSessionService(*m_context.db).resetForNextPatient(*m_context.session, m_device.id, outcome));
    });
    box->open();
}
