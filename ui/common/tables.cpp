#include "tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItem>
#include <QTableView>

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

void fitColumnsToContents(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    const int columns = header->count();
    for (int c = 0; c < columns; ++c) {
        if (c == stretchColumn) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        } else {
            header->setSectionResizeMode(c, QHeaderView::Fixed);
            view->resizeColumnToContents(c);
        }
    }
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
