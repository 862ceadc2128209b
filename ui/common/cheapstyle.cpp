#include "cheapstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace tl {

void showStyled(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
    widget->show();
}

RoundedFrame::RoundedFrame(QPalette::ColorRole background, int radius, QWidget *parent)
    : QFrame(parent)
    , m_background(background)
    , m_radius(radius)
{
    setContentsMargins(1, 1, 1, 1);
}

void RoundedFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(palette().brush(m_background));
    p.drawRoundedRect(box, m_radius - 0.5, m_radius - 0.5);
}

}   // namespace tl
