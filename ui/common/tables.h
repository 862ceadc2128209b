#pragma once

#include <QString>
#include <QVariant>

class QAbstractItemModel;
class QStandardItem;
class QTableView;
class QWidget;

namespace tl {

// A read-only table over `model`, as the window's lists show them: whole rows selected, no
// editing, no row numbers, alternating row colours, one line per cell.
QTableView *readOnlyTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

// A read-only cell. `sortKey` (the text when not given) goes to Qt::UserRole, which the tables
// sort by; numbers are aligned right.
QStandardItem *readOnlyItem(const QString &text, const QVariant &sortKey = {}, Qt::Alignment align = Qt::AlignLeft);

}   // namespace tl
