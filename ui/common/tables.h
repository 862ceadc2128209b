#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QStandardItem;
class QTableView;
class QWidget;

namespace tl {

// A read-only table over `model`, as the window's lists show them: whole rows selected, no
// editing, no row numbers, alternating row colours, one line per cell.
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

// After a table's model was filled: column `stretchColumn` takes the room left and every other
// column is as wide as its widest cell or its header — what QHeaderView::ResizeToContents shows,
// measured once here. ResizeToContents measures every row again at each of the view's layout
// passes (three or more before a page's first paint): with a few hundred rows (the dashboard's
// models, dense) that was ~20 ms of the window's start-up. The widths are Qt's own, pixel for
// pixel, but the delegate sizes only the cells whose text can be the widest (tables.cpp).
// `mostCharacters` caps a column at that many average characters of the view's font (its longer
// cells are elided; never narrower than its heading): a column c not in it is not capped.
void fitColumnsToContents(QTableView *view, int stretchColumn = 0, const QHash<int, int> &mostCharacters = {});

// A read-only cell. `sortKey` (the text when not given) goes to Qt::UserRole, which the tables
// sort by; numbers are aligned right.
QStandardItem *readOnlyItem(const QString &text, const QVariant &sortKey = {}, Qt::Alignment align = Qt::AlignLeft);

// How a list opens what its Edit button opens: a double-click on a row, or Enter / Return on the
// current one, runs `activate` with that row. (Not QAbstractItemView::activated: some styles emit
// it on a single click.)
void onRowActivation(QAbstractItemView *view, std::function<void(int row)> activate);
// The same for one widget standing for a row (a budget's card): a double-click anywhere on it, or
// Enter / Return while it has the focus.
void onActivation(QWidget *widget, std::function<void()> activate);

}   // namespace tl
