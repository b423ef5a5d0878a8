#include "actions/BulkActionCommand.h"

#include "catalog/CatalogRepository.h"
#include "commands/BulkDeviceActionJob.h"
#include "commands/DeviceActionCatalog.h"
#include "dialogs/BulkProgressDialog.h"
#include "dialogs/BulkTargetDialog.h"
#include "dialogs/LockDeviceDialog.h"
#include "fleet/DeviceGroupService.h"
#include "policy/PolicyRepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace Id = DeviceActionCatalog::Id;

BulkActionCommand::BulkActionCommand(const DeviceCommandContext &context, const QString &action, const QList<Device> &devices,
                                     QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_action(action), m_devices(devices)
{
}

QString BulkActionCommand::title() const
{
    const int n = int(m_devices.size());
    if (m_action == Id::Lock)
        return tr("Lock %n device(s)", nullptr, n);
    if (m_action == Id::SelectiveWipe)
        return tr("Selective wipe of %n device(s)", nullptr, n);
    if (m_action == Id::ResetForNextPatient)
        return tr("Reset %n device(s) for the next patient", nullptr, n);
    if (m_action == Id::AddToGroup)
        return tr("Add %n device(s) to a group", nullptr, n);
    if (m_action == Id::AssignPolicy)
        return tr("Assign a policy to %n device(s)", nullptr, n);
    if (m_action == Id::InstallApp)
        return tr("Install an app on %n device(s)", nullptr, n);
    return tr("Wake %n device(s) now", nullptr, n);
}

void BulkActionCommand::doStart()
{
    const int n = int(m_devices.size());
    if (m_action == Id::Lock) {
        auto *dialog = new LockDeviceDialog(tr("%n device(s)", nullptr, n), parentWidget());
        dialog->setObjectName(QStringLiteral("lockDeviceDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setMinimumWidth(520); // room for the message's placeholder
        if (auto *button = dialog->findChild<QPushButton *>(QStringLiteral("lockButton")))
            button->setText(tr("Lock %n device(s)", nullptr, n));
        connect(dialog, &QDialog::rejected, this, &BulkActionCommand::abort);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            run({Id::Lock, dialog->message(), dialog->phoneNumber(), 0});
        });
        dialog->open();
    } else if (m_action == Id::SelectiveWipe) {
        confirm(title(),
                tr("Remove the clinic's apps, accounts and data from %n device(s)? Personal data stays untouched; the devices "
                   "leave management. A personal (BYOD) device in the selection is left alone: wipe it on its own.",
                   nullptr, n),
                tr("Remove clinic data"));
    } else if (m_action == Id::ResetForNextPatient) {
        confirm(title(),
                tr("Sign the clinicians out of %n shared tablet(s) and clear the patient apps' data, so the next patients start "
                   "fresh? Devices that are not shared tablets are left alone.",
                   nullptr, n),
                tr("Reset for next patient"));
    } else if (m_action == Id::PushNow) {
        confirm(title(), tr("Send a push to %n device(s) now, so each checks in and fetches what waits for it?", nullptr, n),
                tr("Push now"));
    } else if (m_action == Id::AddToGroup) {
        chooseTarget(title(), tr("Add the %n selected device(s) to:", nullptr, n), tr("Add to group"),
                     tr("There is no device group yet: create one on the Groups page first."));
    } else if (m_action == Id::AssignPolicy) {
        chooseTarget(title(), tr("Assign to the %n selected device(s) the policy:", nullptr, n), tr("Assign policy"),
                     tr("There is no policy yet: create one from a baseline on the Policies page first."));
    } else {
        chooseTarget(title(), tr("Install on the %n selected device(s) the app:", nullptr, n), tr("Install app"),
                     tr("The app catalog is empty: add an app on the Apps page first."));
    }
}

void BulkActionCommand::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("bulkConfirmDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(acceptText, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("bulkConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, go] {
        if (box->clickedButton() != go)
            return abort();
        run({m_action, {}, {}, 0});
    });
    box->open();
}

void BulkActionCommand::chooseTarget(const QString &title, const QString &question, const QString &acceptText, const QString &whenEmpty)
{
    QList<BulkTargetDialog::Choice> choices;
    if (m_action == Id::AddToGroup) {
        for (const DeviceGroup &g : DeviceGroupService(*m_context.db).list(*m_context.session))
            choices.append({tr("%1 (%n device(s))", nullptr, g.members).arg(g.name), g.id});
    } else if (m_action == Id::AssignPolicy) {
        for (const PolicyRecord &p : PolicyRepository(*m_context.db).list())
            choices.append({p.name, p.id});
    } else {
        for (const CatalogApp &a : CatalogRepository(*m_context.db).all())
            choices.append({a.name, a.id});
    }
    auto *dialog = new BulkTargetDialog(title, question, choices, acceptText, whenEmpty, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &BulkActionCommand::abort);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { run({m_action, {}, {}, dialog->chosenId()}); });
    dialog->open();
}

void BulkActionCommand::run(const BulkActionRequest &request)
{
    QList<qint64> ids;
    QHash<qint64, QString> names;
    ids.reserve(m_devices.size());
    for (const Device &d : m_devices) {
        ids << d.id;
        names.insert(d.id, d.name);
    }
    auto *job = new BulkDeviceActionJob(*m_context.db, *m_context.session, request, ids);
    auto *dialog = new BulkProgressDialog(title(), job, names, parentWidget());
    job->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(job, &BulkDeviceActionJob::finished, this, [this, dialog] {
        emit done(dialog->queuedCount(), dialog->refusedCount());
        finish(dialog->queuedCount() > 0 ? Status::success()
                                         : Status::failure(ErrorCode::PermissionDenied, tr("No device got the action: see the list of outcomes.")));
    });
    dialog->open();
    job->start();
}
