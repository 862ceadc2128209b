#include "sectionfill.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QWidget>

#include <algorithm>
#include <limits>

namespace tl {

namespace {

void keepRoomWhenHidden(QWidget *w, bool keep)
{
    QSizePolicy policy = w->sizePolicy();
    if (policy.retainSizeWhenHidden() == keep)
        return;
    policy.setRetainSizeWhenHidden(keep);
    w->setSizePolicy(policy);
}

}   // namespace

SectionFill::SectionFill(QScrollArea *scroll)
    : QObject(scroll)
    , m_scroll(scroll)
{
    m_fallback.setSingleShot(true);
    m_fallback.setInterval(250);
    connect(&m_fallback, &QTimer::timeout, this, &SectionFill::fillWaiting);
    // The column paints its background (QScrollArea made it opaque): its first paint after a
    // fill is the frame that shows the sections in view.
    scroll->widget()->installEventFilter(this);
}

void SectionFill::add(QWidget *section, std::function<void()> fill, std::function<bool()> shows)
{
    m_sections.append({section, std::move(fill), std::move(shows), {}, {}});
}

void SectionFill::addBuiltOnFill(QWidget *slot, std::function<void()> build, std::function<void()> fill,
                                 std::function<int()> room, std::function<bool()> shows)
{
    m_sections.append({slot, std::move(fill), std::move(shows), std::move(build), std::move(room)});
}

void SectionFill::build(Section &section)
{
    if (!section.build)
        return;
    std::exchange(section.build, {})();
    section.widget->setMinimumHeight(0);   // its own height from now on
}

void SectionFill::fill(QSize viewport)
{
    m_waiting.clear();   // an earlier fill's waiting sections are decided again with the rest
    m_fallback.stop();
    m_painted = false;
    QLayout *layout = m_scroll->widget()->layout();
    const QMargins margins = layout->contentsMargins();
    const int width = viewport.width() - margins.left() - margins.right();
    // The band in view, in the column's coordinates.
    const int bottom = viewport.isValid() ? m_scroll->verticalScrollBar()->value() + viewport.height()
                                          : std::numeric_limits<int>::max();
    int top = margins.top();
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        const auto section = std::find_if(m_sections.begin(), m_sections.end(),
                                          [&](const Section &s) { return s.widget == item->widget(); });
        if (section != m_sections.end()) {
            const bool shows = !section->shows || section->shows();
            if (shows && top >= bottom) {
                // Wholly below the band, and so is every section after it: after the next paint.
                m_waiting.append(section->widget);
                if (section->build)
                    section->widget->setMinimumHeight(section->room());
                keepRoomWhenHidden(section->widget, true);
                section->widget->setVisible(false);
                continue;
            }
            keepRoomWhenHidden(section->widget, false);
            if (shows)
                build(*section);   // one that does not show is built when it first does
            section->widget->setVisible(shows);
            if (!section->build)
                section->fill();   // a hidden one too: its figures are the period's (none)
        }
        if (item->isEmpty() || top >= bottom)
            continue;
        // As the column will lay it out: its height for the band's width (labels wrap).
        top +=
            (item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height()) + layout->spacing();
    }
    if (m_waiting.isEmpty())
        emit filled();
    else
        m_fallback.start();
}

bool SectionFill::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_waiting.isEmpty() && !m_painted) {
        m_painted = true;
        // Once this frame is painted and flushed, after the events already waiting (input, a
        // timer's work): it is the least urgent work of the page.
        QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::LowEventPriority);
    }
    return QObject::eventFilter(watched, event);
}

void SectionFill::customEvent(QEvent *event)
{
    if (event->type() == QEvent::User)
        fillWaiting();
}

void SectionFill::fillWaiting()
{
    m_fallback.stop();
    if (m_waiting.isEmpty())
        return;
    for (QWidget *w : std::exchange(m_waiting, {})) {
        const auto section =
            std::find_if(m_sections.begin(), m_sections.end(), [&](const Section &s) { return s.widget == w; });
        build(*section);
        section->fill();
        keepRoomWhenHidden(w, false);
        w->setVisible(true);
    }
    emit filled();
}

}   // namespace tl
