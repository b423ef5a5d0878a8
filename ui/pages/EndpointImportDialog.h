#pragma once

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QLabel;

// Asks for a TLS certificate to import: PEM files (certificate chain + private key, optional key
// password) or a PKCS#12 bundle with its password. Only collects paths and passwords; the engine
// reads and checks them.
class EndpointImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EndpointImportDialog(QWidget *parent = nullptr);

    bool isPkcs12() const;
    QString certificatePath() const;
    QString keyPath() const;
    QString password() const;

private:
    void browse(QLineEdit *target, const QString &filter);
    void updateMode();

    QRadioButton *m_pem = nullptr;
    QRadioButton *m_p12 = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keyLabel = nullptr;
    QWidget *m_keyRow = nullptr;
};
