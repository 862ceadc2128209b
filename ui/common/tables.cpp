#include "tables.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItem>
#include <QStyledItemDelegate>
#include <QTableView>

#include <optional>
#include <typeinfo>
#include <vector>

namespace tl {

namespace {

bool isEnter(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<const QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// Calls its function on Enter / Return (and, when asked, a double-click) in the watched widget.
class Activator final : public QObject
{
public:
    Activator(QWidget *watched, bool doubleClicks, std::function<void()> activate)
        : QObject(watched)
        , m_doubleClicks(doubleClicks)
        , m_activate(std::move(activate))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (isEnter(event) || (m_doubleClicks && event->type() == QEvent::MouseButtonDblClick)) {
            m_activate();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_doubleClicks = false;
    std::function<void()> m_activate;
};

}   // namespace

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

void onRowActivation(QAbstractItemView *view, std::function<void(int row)> activate)
{
    QObject::connect(view, &QAbstractItemView::doubleClicked, view, [activate](const QModelIndex &index) {
        if (index.isValid())
            activate(index.row());
    });
    new Activator(view, false, [view, activate] {
        if (view->currentIndex().isValid())
            activate(view->currentIndex().row());
    });
}

void onActivation(QWidget *widget, std::function<void()> activate)
{
    new Activator(widget, true, std::move(activate));
}

namespace {

// A plain cell's width, as the default delegate measures it, is its text's advance in the view's
// font (QTextLayout's natural width: the same shaping as QFontMetricsF) plus what the style adds
// around it, the same for every such cell of the view: it grows with the exact advance. So only one
// cell per distinct advance near the widest needs the delegate — with tabular digits, one cell per
// column of amounts. The window's slack covers a layout path that rounds differently.
constexpr qreal AdvanceSlack = 1.0;

// What QTableView::sizeHintForColumn() returns for `column`, asking the delegate only for the cells
// that can be the widest; std::nullopt when the cells are not all plain (a delegate of its own,
// more rows than the header's resizeContentsPrecision(), spans): then the view measures them.
std::optional<int> plainContentWidth(QTableView *view, int column, QHash<QString, qreal> *advances)
{
    const QAbstractItemModel *model = view->model();
    const QModelIndex root = view->rootIndex();
    const int rows = model->rowCount(root);
    const int precision = view->horizontalHeader()->resizeContentsPrecision();
    if (precision >= 0 && rows > precision)
        return std::nullopt;
    const QFontMetricsF metrics(view->font());
    std::vector<int> candidates;                // rows the delegate measures
    std::vector<std::pair<qreal, int>> plain;   // (advance, row)
    plain.reserve(size_t(rows));
    qreal widest = -1;
    for (int row = 0; row < rows; ++row) {
        if (view->isRowHidden(row))
            continue;
        if (view->rowSpan(row, column) != 1 || view->columnSpan(row, column) != 1)
            return std::nullopt;
        const QModelIndex index = model->index(row, column, root);
        const QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
        if (!delegate || typeid(*delegate) != typeid(QStyledItemDelegate))
            return std::nullopt;
        const QString text = index.data(Qt::DisplayRole).toString();
        // Its own font, an icon, a check box, a size of its own or more than one line: measured as it is.
        if (index.data(Qt::FontRole).isValid() || index.data(Qt::DecorationRole).isValid() ||
            index.data(Qt::CheckStateRole).isValid() || index.data(Qt::SizeHintRole).isValid() ||
            text.contains(u'\n') || text.contains(QChar::LineSeparator)) {
            candidates.push_back(row);
            continue;
        }
        auto found = advances->constFind(text);
        if (found == advances->cend())
            found = advances->insert(text, metrics.horizontalAdvance(text));
        widest = std::max(widest, *found);
        plain.emplace_back(*found, row);
    }
    QList<qreal> measured;   // the advances near the widest that have a cell in `candidates`
    for (const auto &[advance, row] : plain) {
        if (advance >= widest - AdvanceSlack && !measured.contains(advance)) {
            measured.append(advance);
            candidates.push_back(row);
        }
    }
    int hint = 0;
    for (const int row : candidates)
        hint = std::max(hint, view->sizeHintForIndex(model->index(row, column, root)).width());
    return view->showGrid() ? hint + 1 : hint;
}

// Names longer than this many average characters may be elided; shorter ones never are.
constexpr int StretchFloorCharacters = 24;

// Keeps a table's name column (the one that takes the room left) at least as wide as its names, up
// to StretchFloorCharacters: with the room left narrower, the table scrolls sideways instead of
// eliding every name to a few letters while the figures keep their widths. QHeaderView's Stretch
// knows only one minimum for every section. A table of a fixed height (fitted to its rows) grows by
// the scroll bar's height while it shows one, so that no row hides behind it.
class StretchFloor final : public QObject
{
public:
    explicit StretchFloor(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    static StretchFloor *of(QTableView *view)
    {
        for (QObject *child : view->children()) {
            if (auto *floor = dynamic_cast<StretchFloor *>(child))
                return floor;
        }
        return new StretchFloor(view);
    }

    void set(int column, int floor)
    {
        m_column = column;
        m_floor = floor;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column < 0 || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        int others = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (c != m_column && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        }
        const int room = m_view->viewport()->width() - others;
        header->resizeSection(m_column, std::max(room, m_floor));
        // The height the table's owner fitted to its rows (setFixedHeight), without the bar.
        if (m_view->minimumHeight() != m_view->maximumHeight())
            return;
        if (m_view->maximumHeight() != m_heightSet)
            m_barAdded = 0;   // set anew by the owner
        const bool bar = room < m_floor && m_view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
        const int added = bar ? m_view->horizontalScrollBar()->sizeHint().height() : 0;
        if (added != m_barAdded) {
            m_view->setFixedHeight(m_view->maximumHeight() - m_barAdded + added);
            m_barAdded = added;
        }
        m_heightSet = m_view->maximumHeight();
    }

    QTableView *m_view;
    int m_column = -1;
    int m_floor = 0;
    int m_barAdded = 0;
    int m_heightSet = -1;
};

}   // namespace

void fitColumnsToContents(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    const int columns = header->count();
    // Every section leaves ResizeToContents first: while one is left in it with the header's resize
    // pending (a refill), each section resized below makes the header measure every cell of those
    // again (320 rows x 6 columns: 3,520 cells sized, not 1,920).
    header->setSectionResizeMode(QHeaderView::Fixed);
    if (view->model())
        view->ensurePolished();
    QHash<QString, qreal> advances;   // the same text in several columns or rows is measured once
    const auto content = [&](int c) {
        return view->model() ? plainContentWidth(view, c, &advances) : std::optional<int>();
    };
    for (int c = 0; c < columns; ++c) {
        if (c == stretchColumn)
            continue;
        if (const std::optional<int> width = content(c))
            header->resizeSection(c, std::max(*width, header->sectionSizeHint(c)));
        else
            view->resizeColumnToContents(c);
    }
    if (stretchColumn < 0 || stretchColumn >= columns)
        return;
    std::optional<int> names = content(stretchColumn);
    if (!names) {
        view->resizeColumnToContents(stretchColumn);   // the floor set next sizes it
        names = view->columnWidth(stretchColumn);
    }
    const int cap = view->fontMetrics().averageCharWidth() * StretchFloorCharacters;
    StretchFloor::of(view)->set(stretchColumn, std::max({std::min(*names, cap), header->sectionSizeHint(stretchColumn),
                                                         header->minimumSectionSize()}));
}

QStandardItem *readOnlyItem(const QString &text, const QVariant &sortKey, Qt::Alignment align)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

}   // namespace tl
