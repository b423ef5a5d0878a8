#include "actions/SignOutUserCommand.h"

#include "shared/SharedSessionService.h"

#include <QMessageBox>
#include <QPushButton>

SignOutUserCommand::SignOutUserCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device)
{
}

void SignOutUserCommand::doStart()
{
    const std::optional<DeviceSession> open = SharedSessionService(*m_context.db).openSession(m_device.id);
    if (!open) {
        finish(Status::failure(ErrorCode::Conflict, tr("Nobody is signed in on %1.").arg(m_device.name)));
        return;
    }
    const QString user = open->userName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out %1").arg(user),
                                tr("Sign %1 out of \"%2\"? The iPad returns to its sign-in screen when it next checks in.")
                                    .arg(user, m_device.name),
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("signOutUserDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *signOut = box->addButton(tr("Sign out"), QMessageBox::AcceptRole);
    signOut->setObjectName(QStringLiteral("confirmSignOutButton"));
    connect(box, &QMessageBox::finished, this, [this, box, signOut, user] {
        if (box->clickedButton() != signOut) {
            abort();
            return;
        }
        finish(SharedSessionService(*m_context.db).requestSignOut(*m_context.session, m_device.id, user));
    });
    box->open();
}
