#include "actions/SelectiveWipeCommand.h"

#include "commands/DeviceCommandService.h"

#include <QMessageBox>
#include <QPushButton>

SelectiveWipeCommand::SelectiveWipeCommand(const DeviceCommandContext &context, const Device &device,
                                           QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void SelectiveWipeCommand::doStart()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Selective wipe of %1").arg(m_device.name),
                                tr("Remove the clinic's apps, accounts and data from \"%1\"? Personal apps, photos and "
                                   "data stay untouched. The device leaves management and must be enrolled again to "
                                   "reach clinic data.")
                                    .arg(m_device.name),
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("selectiveWipeDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *wipe = box->addButton(tr("Remove clinic data"), QMessageBox::AcceptRole);
    wipe->setObjectName(QStringLiteral("selectiveWipeButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, wipe] {
        if (box->clickedButton() != wipe) {
            abort();
            return;
        }
        finish(DeviceCommandService(*m_context.db).selectiveWipe(*m_context.session, m_device.id));
    });
    box->open();
}
