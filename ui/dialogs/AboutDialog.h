#pragma once

#include <QDialog>

class QTableWidget;

// Help > About: the version, the database this console works on, and the libraries it is linked
// with and their licences (LinkedLibraries). Opened non-modally.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString text() const; // everything shown, for tests
private:
    QString m_header;
    QTableWidget *m_libraries;
};
