#include "lazyicons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPointer>

#include <cmath>
#include <numbers>

namespace tl {

namespace {

// Stands for `which` of `style` and reads it the first time anything but its existence is asked.
class DeferredIconEngine final : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("tl.deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_read && m_style) {
            m_icon = m_style->standardIcon(m_which);
            m_read = true;
        }
        return m_icon;
    }

    QPointer<const QStyle> m_style;
    QStyle::StandardPixmap m_which;
    QIcon m_icon;
    bool m_read = false;
};

// A circular arrow going clockwise, its head at the gap.
class SyncIconEngine final : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QPointF centre = QRectF(rect).center();
        const qreal radius = side * 0.3;
        const qreal pen = std::max(1.5, side * 0.1);
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        // The accent colour, as the style's own (blue) reload arrows; grey when disabled.
        const QColor colour = QGuiApplication::palette().color(group, mode == QIcon::Disabled ? QPalette::ButtonText
                                                                                              : QPalette::Highlight);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        constexpr qreal Start = 80;   // degrees, counter-clockwise from three o'clock
        constexpr qreal Span = -290;
        const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        painter->drawArc(circle, int(Start * 16), int(Span * 16));
        // The head at the arc's end, pointing on clockwise (in screen coordinates).
        const qreal end = (Start + Span) * std::numbers::pi / 180;
        const QPointF tip(centre.x() + radius * std::cos(end), centre.y() - radius * std::sin(end));
        const QPointF along(std::sin(end), std::cos(end));
        const QPointF out(std::cos(end), -std::sin(end));
        const qreal head = side * 0.2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF{tip + along * head, tip + out * head, tip - out * head});
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("tl.sync"); }
    QIconEngine *clone() const override { return new SyncIconEngine; }
};

}   // namespace

QIcon LazyIconStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    switch (which) {
    case SP_ToolBarHorizontalExtensionButton:
    case SP_ToolBarVerticalExtensionButton:
    case SP_BrowserStop:
        // Read with no option or widget: these icons depend on neither (only on the layout
        // direction, which the base style takes from the application then).
        return deferredStandardIcon(baseStyle(), which);
    default:
        return QProxyStyle::standardIcon(which, option, widget);
    }
}

QIcon deferredStandardIcon(const QStyle *style, QStyle::StandardPixmap which)
{
    return QIcon(new DeferredIconEngine(style, which));
}

QIcon syncIcon()
{
    return QIcon(new SyncIconEngine);
}

}   // namespace tl
