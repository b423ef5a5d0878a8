#include "ConsoleLauncher.h"

#include "MainWindow.h"
#include "secrets/DataKey.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "security/SecureConsole.h"
#include "core/AppInfo.h"
#include "core/AppLanguage.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

namespace ConsoleLauncher {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("ConsoleLauncher", "ClinicMDM console"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("ConsoleLauncher", "Fleet database file."),
                                QStringLiteral("PATH"), AppInfo::defaultDatabasePath());
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QApplication::translate("ConsoleLauncher", "User interface language (en, es)."),
                                  QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(arguments);

    AppLanguage::apply(parser.value(langOption));

    Database db;
    if (Status s = db.openSqlite(parser.value(dbOption)); !s) {
        // No window exists yet, so a modal box owned by nothing is the only way to tell the admin.
        QMessageBox box(QMessageBox::Critical, QApplication::translate("ConsoleLauncher", "ClinicMDM"), s.message());
        box.exec();
        return int(s.code());
    }
    // The data key (it seals the admins' TOTP secrets) comes from the secret store; then first run
    // creates the first Administrator, otherwise sign in; then the main window.
    Status storeStatus;
    SecretStore *store = SecretStore::open(db, &storeStatus, qApp);
    if (!store) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("ConsoleLauncher", "ClinicMDM"),
                        storeStatus.message());
        box.exec();
        return int(storeStatus.code());
    }
    std::unique_ptr<SecureConsole> console; // declared after db: destroyed before it
    SecretJob *job = DataKey::obtain(*store);
    QObject::connect(job, &SecretJob::finished, qApp, [&db, &console, store](SecretJob *j) {
        if (!j->status()) {
            auto *box = new QMessageBox(QMessageBox::Critical, QApplication::translate("ConsoleLauncher", "ClinicMDM"),
                                        j->status().message());
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QDialog::finished, qApp, &QApplication::quit, Qt::QueuedConnection);
            box->open();
            return;
        }
        console = std::make_unique<SecureConsole>(db, j->data());
        console->setSecretStore(store);
        console->start();
    });
    return QApplication::exec();
}

} // namespace ConsoleLauncher
