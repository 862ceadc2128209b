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

#include <limits>
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
// column of amounts. The window's slack covers a layout path that rounds differently. A colour
// swatch (a QColor as the decoration: the delegate draws it at the view's one decoration size) adds
// the same to each cell that has one: those cells are a second such group (the dashboard's names).
constexpr qreal AdvanceSlack = 1.0;

// What QTableView::sizeHintForColumn() returns for `column`, asking the delegate only for the cells
// that can be the widest; std::nullopt when the cells are not all plain (a delegate of its own,
// more rows than the header's resizeContentsPrecision(), spans): then the view measures them.
// With a `limit`, any width from it up may be returned as the limit: once a text alone is that wide,
// the rest are not measured.
std::optional<int> plainContentWidth(QTableView *view, int column, QHash<QString, qreal> *advances,
                                     int limit = std::numeric_limits<int>::max())
{
    const QAbstractItemModel *model = view->model();
    const QModelIndex root = view->rootIndex();
    const int rows = model->rowCount(root);
    const int precision = view->horizontalHeader()->resizeContentsPrecision();
    if (precision >= 0 && rows > precision)
        return std::nullopt;
    const QFontMetricsF metrics(view->font());
    std::vector<int> candidates;   // rows the delegate measures
    struct Cell
    {
        qreal advance;
        int row;
        bool swatch;
    };
    std::vector<Cell> plain;
    plain.reserve(size_t(rows));
    qreal widest[2] = {-1, -1};   // without, with a swatch
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
        const QVariant decoration = index.data(Qt::DecorationRole);
        const bool swatch = decoration.typeId() == QMetaType::QColor;
        // Its own font, an icon, a check box, a size of its own or more than one line: measured as it is.
        if (index.data(Qt::FontRole).isValid() || (decoration.isValid() && !swatch) ||
            index.data(Qt::CheckStateRole).isValid() || index.data(Qt::SizeHintRole).isValid() ||
            text.contains(u'\n') || text.contains(QChar::LineSeparator)) {
            candidates.push_back(row);
            continue;
        }
        auto found = advances->constFind(text);
        if (found == advances->cend())
            found = advances->insert(text, metrics.horizontalAdvance(text));
        if (*found >= limit)   // the cell is wider still (the style adds its margins)
            return limit;
        widest[swatch] = std::max(widest[swatch], *found);
        plain.push_back({*found, row, swatch});
    }
    QList<qreal> measured[2];   // the advances near the widest that have a cell in `candidates`
    for (const Cell &cell : plain) {
        if (cell.advance >= widest[cell.swatch] - AdvanceSlack && !measured[cell.swatch].contains(cell.advance)) {
            measured[cell.swatch].append(cell.advance);
            candidates.push_back(cell.row);
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

    // After a fill: the names are measured again, when the room left is short of the cap.
    void set(int column)
    {
        m_column = column;
        m_names.reset();
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
    // The least width of the name column with `room` left for it. The names are measured only when
    // the room is short of the cap: in a window wide enough, a refill measures nothing more.
    int floor(int room)
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int least = std::max(header->sectionSizeHint(m_column), header->minimumSectionSize());
        const int cap = m_view->fontMetrics().averageCharWidth() * StretchFloorCharacters;
        if (room >= std::max(cap, least))
            return least;
        if (!m_names) {
            QHash<QString, qreal> advances;
            m_names = m_view->model() ? plainContentWidth(m_view, m_column, &advances, cap) : std::nullopt;
            if (!m_names) {
                m_view->resizeColumnToContents(m_column);   // sized again below
                m_names = m_view->columnWidth(m_column);
            }
        }
        return std::max(std::min(*m_names, cap), least);
    }

    void apply()
    {
        QHeaderView *header = m_view->horizontalHeader();
        if (m_column < 0 || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        // length(): every shown section's width together.
        const int room = m_view->viewport()->width() - (header->length() - header->sectionSize(m_column));
        const int least = floor(room);
        header->resizeSection(m_column, std::max(room, least));
        // The height the table's owner fitted to its rows (setFixedHeight), without the bar.
        if (m_view->minimumHeight() != m_view->maximumHeight())
            return;
        if (m_view->maximumHeight() != m_heightSet)
            m_barAdded = 0;   // set anew by the owner
        const bool bar = room < least && m_view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
        const int added = bar ? m_view->horizontalScrollBar()->sizeHint().height() : 0;
        if (added != m_barAdded) {
            m_view->setFixedHeight(m_view->maximumHeight() - m_barAdded + added);
            m_barAdded = added;
        }
        m_heightSet = m_view->maximumHeight();
    }

    QTableView *m_view;
    int m_column = -1;
    std::optional<int> m_names;   // the widest name, measured when first needed after a fill
    int m_barAdded = 0;
    int m_heightSet = -1;
};

}   // namespace

void fitColumnsToContents(QTableView *view, int stretchColumn, const QHash<int, int> &mostCharacters)
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
    for (int c = 0; c < columns; ++c) {
        if (c == stretchColumn)
            continue;
        // A capped column stops measuring at the first text that long.
        const auto cap = mostCharacters.constFind(c);
        const int most = cap == mostCharacters.cend() ? std::numeric_limits<int>::max()
                                                      : view->fontMetrics().averageCharWidth() * *cap;
        const int heading = header->sectionSizeHint(c);
        if (const std::optional<int> width = view->model() ? plainContentWidth(view, c, &advances, most) : std::nullopt)
            header->resizeSection(c, std::max(std::min(*width, most), heading));
        else {
            view->resizeColumnToContents(c);
            if (view->columnWidth(c) > most)
                header->resizeSection(c, std::max(most, heading));
        }
    }
    if (stretchColumn >= 0 && stretchColumn < columns)
        StretchFloor::of(view)->set(stretchColumn);
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
