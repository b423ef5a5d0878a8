#include "widgets/WrappedLabelHeight.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>

WrappedLabelHeight::WrappedLabelHeight(QLabel *label) : QObject(label) { label->installEventFilter(this); }

void WrappedLabelHeight::follow(QLabel *label)
{
    if (label && !label->findChild<WrappedLabelHeight *>(QString(), Qt::FindDirectChildrenOnly))
        new WrappedLabelHeight(label);
}

void WrappedLabelHeight::refit(QLabel *label)
{
    if (label && label->width() > 0)
        fit(label, label->width());
}

bool WrappedLabelHeight::eventFilter(QObject *watched, QEvent *event)
{
    auto *label = qobject_cast<QLabel *>(watched);
    if (label && event->type() == QEvent::Resize) {
        auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            fit(label, resize->size().width());
    }
    return QObject::eventFilter(watched, event);
}

void WrappedLabelHeight::fit(QLabel *label, int width)
{
    // The height depends only on the width, so this settles after one more layout pass.
    const int needed = label->heightForWidth(width);
    if (needed > 0 && needed != label->minimumHeight())
        label->setMinimumHeight(needed);
}
