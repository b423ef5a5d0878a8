#include "widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_layout(new QHBoxLayout(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAccessibleName(title);
    m_layout->setContentsMargins(4, 4, 4, 8);
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
}

void PageHeader::addTrailingWidget(QWidget *widget) { m_layout->addWidget(widget); }
