#pragma once

#include <QList>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <functional>

class QScrollArea;
class QWidget;

namespace tl {

// Fills the sections of a scrolling page, top to bottom: those that reach into the visible band
// at once, those that lie wholly below it right after the page's next paint. A page's first
// frame then costs only what it shows (at start-up, the tables and charts below the first
// screen were half of the UI thread's work before the first paint). Which sections wait is
// decided by geometry — each section's height for the band's width, as the page's column lays
// them out — never by a fixed list. A waiting section is hidden with its room kept, so nothing
// above it moves. A section can also be *built* when first filled (its widgets, charts and
// layouts too were a third of the work before the first paint): until then an empty slot
// stands in the column, as tall as the page expects the section to be.
class SectionFill final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionFill)

public:
    // `scroll` holds the page's column (a QVBoxLayout on its widget), built before this is.
    explicit SectionFill(QScrollArea *scroll);

    // A section of the column (a widget of its layout), in any order: `fill` puts the current
    // figures into it, `shows` says whether it shows at all (always, without one). The section's
    // visibility is this object's from then on.
    void add(QWidget *section, std::function<void()> fill, std::function<bool()> shows = {});
    // The same for a section built when it is first filled: `slot` is its place in the column (an
    // empty widget with a layout), `build` puts the section into it, and until then the slot is
    // `room()` tall — what the section is expected to take for the figures — so the column's
    // scroll range is about what it will be.
    void addBuiltOnFill(QWidget *slot, std::function<void()> build, std::function<void()> fill,
                        std::function<int()> room, std::function<bool()> shows = {});
    // Fills every section; with `viewport` valid, those wholly below it (at the scroll position)
    // wait for the next paint of the page, else all are filled now. filled() follows either way.
    void fill(QSize viewport);
    // Sections still waiting for the paint (hidden, their room kept).
    const QList<QWidget *> &waiting() const { return m_waiting; }
    bool isFilling() const { return !m_waiting.isEmpty(); }

signals:
    void filled();   // every section holds the figures of the last fill()

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void customEvent(QEvent *event) override;

private:
    struct Section;
    void fillWaiting();
    static void build(Section &section);   // if it is not built yet

    QScrollArea *m_scroll = nullptr;
    struct Section
    {
        QWidget *widget = nullptr;
        std::function<void()> fill;
        std::function<bool()> shows;
        std::function<void()> build;   // empty once built
        std::function<int()> room;
    };
    QList<Section> m_sections;
    QList<QWidget *> m_waiting;
    QTimer m_fallback;   // a page that is not painted (an unexposed window) fills them anyway
    bool m_painted = false;
};

}   // namespace tl
