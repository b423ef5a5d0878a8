#include "actions/PrivacyManifestCommand.h"

#include "privacy/PrivacyManifestService.h"

#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>

#include <memory>

PrivacyManifestCommand::PrivacyManifestCommand(const DeviceCommandContext &context, const Device &device, QWidget *parentWidget,
                                               FileChooser chooser)
    : ConsoleCommand(parentWidget), m_context(context), m_device(device), m_chooser(chooser ? std::move(chooser) : dialogChooser())
{
}

QString PrivacyManifestCommand::suggestedFileName(const Device &device)
{
    QString name = device.name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return tr("privacy-manifest-%1.pdf").arg(name.isEmpty() ? QString::number(device.id) : name);
}

PrivacyManifestCommand::FileChooser PrivacyManifestCommand::dialogChooser()
{
    return [](QWidget *parent, const QString &suggestedName, std::function<void(const QString &)> done) {
        auto *dialog = new QFileDialog(parent, tr("Save the privacy manifest"), QDir::homePath(), tr("PDF documents (*.pdf)"));
        dialog->setObjectName(QStringLiteral("privacyManifestFileDialog"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(suggestedName);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Exactly one answer: fileSelected comes before accepted; finished covers a rejection.
        auto answered = std::make_shared<bool>(false);
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done, answered](const QString &path) {
            *answered = true;
            done(path);
        });
        QObject::connect(dialog, &QDialog::finished, dialog, [done, answered](int) {
            if (!*answered)
                done(QString());
        });
        dialog->open();
    };
}

void PrivacyManifestCommand::doStart()
{
    m_chooser(parentWidget(), suggestedFileName(m_device), [this](const QString &path) {
        if (path.isEmpty()) {
            abort();
            return;
        }
        const Status s = PrivacyManifestService(*m_context.db).exportPdf(*m_context.session, m_device.id, path);
        if (s)
            emit written(path);
        finish(s);
    });
}
