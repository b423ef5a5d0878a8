#include "pages/PlaceholderPage.h"

#include "widgets/EmptyStateWidget.h"
#include "widgets/PageHeader.h"

#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &whatWillComeHere,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *message = new EmptyStateWidget(this);
    message->setObjectName(QStringLiteral("placeholderMessage"));
    message->setIcon(icon);
    message->setTitle(tr("Not here yet"));
    message->setText(whatWillComeHere);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    layout->addWidget(message, 1);
}
