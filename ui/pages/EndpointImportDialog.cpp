#include "pages/EndpointImportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QWidget *pathRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}
} // namespace

EndpointImportDialog::EndpointImportDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import a TLS certificate"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Use a certificate from a public (or your enterprise) certificate authority "
                                    "instead of the console's own. Devices must trust it.")));
    m_pem = new QRadioButton(tr("PEM files (certificate chain and private key)"));
    m_pem->setObjectName(QStringLiteral("importPem"));
    m_p12 = new QRadioButton(tr("PKCS#12 bundle (.p12 / .pfx)"));
    m_p12->setObjectName(QStringLiteral("importPkcs12"));
    m_pem->setChecked(true);
    layout->addWidget(m_pem);
    layout->addWidget(m_p12);

    auto *form = new QFormLayout;
    m_certificate = new QLineEdit;
    m_certificate->setObjectName(QStringLiteral("certificatePath"));
    auto *browseCertificate = new QPushButton(tr("Browse…"));
    form->addRow(tr("Certificate:"), pathRow(m_certificate, browseCertificate));
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("keyPath"));
    auto *browseKey = new QPushButton(tr("Browse…"));
    m_keyRow = pathRow(m_key, browseKey);
    m_keyLabel = new QLabel(tr("Private key:"));
    form->addRow(m_keyLabel, m_keyRow);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("importPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        browse(m_certificate, isPkcs12() ? tr("PKCS#12 (*.p12 *.pfx)") : tr("PEM (*.pem *.crt *.cer)"));
    });
    connect(browseKey, &QPushButton::clicked, this, [this] { browse(m_key, tr("PEM (*.pem *.key)")); });
    connect(m_pem, &QRadioButton::toggled, this, &EndpointImportDialog::updateMode);
    updateMode();
}

void EndpointImportDialog::browse(QLineEdit *target, const QString &filter)
{
    // A dialog object opened asynchronously: no nested event loop, no static file dialog.
    auto *dialog = new QFileDialog(this, tr("Choose a file"), QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void EndpointImportDialog::updateMode()
{
    m_keyLabel->setVisible(!isPkcs12());
    m_keyRow->setVisible(!isPkcs12());
}

bool EndpointImportDialog::isPkcs12() const { return m_p12->isChecked(); }
QString EndpointImportDialog::certificatePath() const { return m_certificate->text().trimmed(); }
QString EndpointImportDialog::keyPath() const { return m_key->text().trimmed(); }
QString EndpointImportDialog::password() const { return m_password->text(); }
