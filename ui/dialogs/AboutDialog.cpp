#include "dialogs/AboutDialog.h"

#include "core/AppInfo.h"
#include "core/LinkedLibraries.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_libraries(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ClinicMDM"));
    m_header = tr("ClinicMDM %1\nDevice management and HIPAA compliance for a small clinic.\nDatabase: %2")
                   .arg(AppInfo::version(), QDir::toNativeSeparators(databasePath));
    auto *header = new QLabel(m_header);
    header->setObjectName(QStringLiteral("aboutHeader"));
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setWordWrap(true);

    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    m_libraries->verticalHeader()->hide();
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<LinkedLibrary> libraries = LinkedLibraries::all();
    m_libraries->setRowCount(int(libraries.size()));
    for (int r = 0; r < libraries.size(); ++r) {
        m_libraries->setItem(r, 0, new QTableWidgetItem(libraries.at(r).name));
        m_libraries->setItem(r, 1, new QTableWidgetItem(libraries.at(r).version));
        m_libraries->setItem(r, 2, new QTableWidgetItem(libraries.at(r).licence));
    }
    m_libraries->resizeColumnsToContents();
    m_libraries->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(new QLabel(tr("Built with these libraries, under their own licences:")));
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString AboutDialog::text() const
{
    QStringList lines{m_header};
    for (int r = 0; r < m_libraries->rowCount(); ++r)
        lines << QStringLiteral("%1 %2 %3").arg(m_libraries->item(r, 0)->text(), m_libraries->item(r, 1)->text(),
                                                m_libraries->item(r, 2)->text());
    return lines.join(QLatin1Char('\n'));
}
