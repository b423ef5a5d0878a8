#include "widgets/PushCertificateBanner.h"

#include "push/PushCertificateExpiry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>

PushCertificateBanner::PushCertificateBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("pushCertificateBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    refresh();
}

QString PushCertificateBanner::text() const { return m_label->text(); }

void PushCertificateBanner::setWarning(int level, const QString &message)
{
    m_level = level;
    m_warning = message;
    refresh();
}

void PushCertificateBanner::setAlarm(const QString &reason)
{
    m_alarm = reason.isEmpty() ? QString()
                               : tr("Apple refused the push certificate (%1): Apple devices cannot be woken until it is "
                                    "renewed or replaced.").arg(reason);
    refresh();
}

void PushCertificateBanner::refresh()
{
    using Level = PushCertificateExpiry::Level;
    const QStringList parts = QStringList{m_alarm, m_warning}.filter(QRegularExpression(QStringLiteral(".")));
    setVisible(!parts.isEmpty());
    m_label->setText(parts.join(QLatin1Char('\n')));
    const bool urgent = !m_alarm.isEmpty() || m_level >= int(Level::Days7);
    setStyleSheet(urgent ? QStringLiteral("#pushCertificateBanner { background: #fdecea; border: 1px solid #c62828; }")
                         : QStringLiteral("#pushCertificateBanner { background: #fff4e5; border: 1px solid #b26a00; }"));
}
