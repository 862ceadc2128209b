#include "cheapstyle.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace tl {

namespace {

constexpr int ItemPaddingX = 10;
constexpr int ItemPaddingY = 7;

class SidebarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * ItemPaddingX, 2 * ItemPaddingY);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        if (option.state & QStyle::State_Selected) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.brush(QPalette::Highlight));
            painter->drawRoundedRect(QRectF(option.rect), 5, 5);
            painter->restore();
            item.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        }
        // The rounded highlight above is the selection; no focus rectangle (the sheet's outline: 0).
        item.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
        item.rect = option.rect.adjusted(ItemPaddingX, ItemPaddingY, -ItemPaddingX, -ItemPaddingY);
        QStyledItemDelegate::paint(painter, item, index);
    }
};

}   // namespace

SidebarList::SidebarList(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new SidebarDelegate(this));
    setViewportMargins(6, 10, 6, 10);
    // Roles, not colours: a palette change (dark mode) is followed as the sheet's palette() was.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::AlternateBase);
}

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
