#pragma once

#include <QIcon>
#include <QProxyStyle>

namespace tl {

// Icons that cost nothing until they are drawn. The style's stock icons are PNG files, and the
// first PNG a process reads makes Qt load every image-format plugin it has (GIF, ICO, JPEG, SVG
// and the libraries behind them) to ask each whether it reads PNG, before the built-in reader
// does: a few milliseconds of the window's start-up, for the tool bar's and menu bar's overflow
// arrows that a window of normal size never shows and the Cancel Sync icon shown only while a
// sync runs.

// The window's style (Fusion, or whatever the platform chose) with those icons read when first
// drawn. Only the application sets it; everything else about the style is the base's.
class LazyIconStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

// An icon read when it is first drawn or measured: `which` of `style`.
QIcon deferredStandardIcon(const QStyle *style, QStyle::StandardPixmap which);

// Sync Now's circular arrow, drawn (in the palette's accent colour, antialiased) rather than
// read: it is in the window's first frame, so reading a PNG for it would load those plugins.
QIcon syncIcon();

}   // namespace tl
