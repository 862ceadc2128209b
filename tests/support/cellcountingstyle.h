#pragma once

#include <QProxyStyle>

namespace tl::test {

// The application's style, counting the item-view cells it is asked to size (CT_ItemViewItem):
// how many cells a column fit sent through the style.
class CellCountingStyle final : public QProxyStyle
{
public:
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        if (type == CT_ItemViewItem)
            ++cellsSized;
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
    mutable int cellsSized = 0;
};

}   // namespace tl::test
