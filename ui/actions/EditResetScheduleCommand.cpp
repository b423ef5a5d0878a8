#include "actions/EditResetScheduleCommand.h"

#include "dialogs/ResetScheduleDialog.h"
#include "security/AdminSession.h"
#include "shared/ResetScheduleService.h"

EditResetScheduleCommand::EditResetScheduleCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void EditResetScheduleCommand::reload(ResetScheduleDialog *dialog)
{
    QList<ResetSchedule> schedules;
    if (Status s = ResetScheduleService(*m_context.db).forDevice(*m_context.session, m_device.id, schedules); !s)
        dialog->showMessage(s.message(), true);
    dialog->setSchedules(schedules, m_device.id);
}

void EditResetScheduleCommand::doStart()
{
    const bool canEdit = m_context.session->can(ResetScheduleService::ManagePermission);
    auto *dialog = new ResetScheduleDialog(m_device.name, canEdit, parentWidget());
    dialog->setObjectName(QStringLiteral("resetScheduleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    reload(dialog);
    connect(dialog, &ResetScheduleDialog::saveRequested, this, [this, dialog] {
        const Status s = ResetScheduleService(*m_context.db)
                             .set(*m_context.session, m_device.id, 0, dialog->time().toString(QStringLiteral("HH:mm")),
                                  dialog->daysMask(), dialog->scheduleEnabled());
        if (!s) {
            dialog->showMessage(s.message(), true);
            return;
        }
        m_changed = true;
        reload(dialog);
        dialog->showMessage(tr("Saved."), false);
    });
    connect(dialog, &ResetScheduleDialog::removeRequested, this, [this, dialog](qint64 id) {
        const Status s = ResetScheduleService(*m_context.db).remove(*m_context.session, id);
        if (!s) {
            dialog->showMessage(s.message(), true);
            return;
        }
        m_changed = true;
        reload(dialog);
        dialog->showMessage(tr("Removed."), false);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_changed)
            finish(Status::success());
        else
            abort();
    });
    dialog->open();
}
