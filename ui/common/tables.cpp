#include "tables.h"

#include <QHeaderView>
#include <QStandardItem>
#include <QTableView>

namespace tl {

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

QStandardItem *readOnlyItem(const QString &text, const QVariant &sortKey, Qt::Alignment align)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

}   // namespace tl
