#pragma once

#include <QFrame>
#include <QListWidget>
#include <QString>

class QWidget;

namespace tl {

// Start-up costs of style sheets, and what stands in for them. A widget with a style sheet is
// polished through QStyleSheetStyle, and so is every widget inside it — hidden ones too, since
// showing the window polishes all of its children — before the window's first paint.

// Shows `widget` with `styleSheet`, setting the sheet the first time: for widgets hidden at
// start-up and rarely shown (the alert banner, the period notice, the dashboard's error line),
// which then cost nothing until they are.
void showStyled(QWidget *widget, const QString &styleSheet);

// A frame drawn as the style sheet "background: palette(<background>); border: 1px solid
// palette(mid); border-radius: <radius>px" drew it, without a style sheet: the KPI cards.
// Its contents start 1 px inside, where the sheet's border put them.
class RoundedFrame final : public QFrame
{
    Q_OBJECT

public:
    RoundedFrame(QPalette::ColorRole background, int radius, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPalette::ColorRole m_background;
    int m_radius;
};

// The sidebar's list drawn as the style sheet "QListWidget { background: palette(alternate-base);
// padding: 10px 6px; outline: 0; } ::item { padding: 7px 10px; border-radius: 5px; }
// ::item:selected { background: palette(highlight); color: palette(highlighted-text); }" drew it.
class SidebarList final : public QListWidget
{
    Q_OBJECT

public:
    explicit SidebarList(QWidget *parent = nullptr);
};

}   // namespace tl
