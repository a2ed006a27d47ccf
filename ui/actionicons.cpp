#include "actionicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace rentdesk {

namespace {

QPixmap paint(ActionIcon kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    const QColor green(0x1b, 0x8a, 0x2f), red(0xc6, 0x28, 0x28), blue(0x1f, 0x5f, 0xbf),
        yellow(0xe0, 0xa8, 0x00);
    switch (kind) {
    case ActionIcon::GreenPen: {
        QPainterPath body;
        body.moveTo(3, 13);
        body.lineTo(3.8, 10.2);
        body.lineTo(11.2, 2.8);
        body.lineTo(13.2, 4.8);
        body.lineTo(5.8, 12.2);
        body.closeSubpath();
        p.setPen(QPen(green.darker(140), 0.8));
        p.setBrush(green);
        p.drawPath(body);
        break;
    }
    case ActionIcon::RedCross:
        p.setPen(QPen(red, 2.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
        break;
    case ActionIcon::BlueEnvelope:
        p.setPen(QPen(blue, 1.3));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(2, 4, 12, 8.5));
        p.drawPolyline(QPolygonF({QPointF(2, 4), QPointF(8, 9), QPointF(14, 4)}));
        break;
    case ActionIcon::YellowCalendar:
        p.setPen(QPen(yellow.darker(150), 1));
        p.setBrush(yellow);
        p.drawRect(QRectF(2.5, 3.5, 11, 10));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(4, 6.5, 8, 5.5));
        break;
    case ActionIcon::GreenCheck:
        p.setPen(QPen(green, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(3, 8.5), QPointF(6.5, 12), QPointF(13, 4)}));
        break;
    }
    return pixmap;
}

} // namespace

QIcon actionIcon(ActionIcon kind)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paint(kind, size));
    return icon;
}

} // namespace rentdesk
