#include "actions/CancelQueuedCommand.h"

#include "commands/DeviceCommandService.h"

#include <QMessageBox>
#include <QPushButton>

CancelQueuedCommand::CancelQueuedCommand(const DeviceCommandContext &context, const QString &uuid,
                                         const QString &description, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_uuid(uuid), m_description(description)
{
}

void CancelQueuedCommand::doStart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel command"),
                                tr("Cancel \"%1\"? The device will not receive it.").arg(m_description),
                                QMessageBox::NoButton, parentWidget());
    box->setObjectName(QStringLiteral("cancelCommandDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Cancel the command"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCancelButton"));
    box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() != yes) {
            abort();
            return;
        }
        finish(DeviceCommandService(*m_context.db).cancel(*m_context.session, m_uuid));
    });
    box->open();
}
