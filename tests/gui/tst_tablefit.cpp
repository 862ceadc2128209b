// fitColumnsToContents (common/tables.h) sizes every column but the stretching one as
// QTableView::resizeColumnToContents does — the widest shown cell or the header — while asking the
// delegate only for the cells that can be the widest. Each case fills two views over two copies of
// the same rows and compares every column's width, pixel for pixel, with Qt's own measure.
#include "cellcountingstyle.h"
#include "common/tables.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include <functional>
#include <memory>

using namespace tl;
using tl::test::CellCountingStyle;

namespace {

using Fill = std::function<void(QStandardItemModel *)>;

// A dashboard-like breakdown: a name, a provider, money, a share, tokens, requests or "—".
void breakdownRows(QStandardItemModel *model, int rows)
{
    const QStringList providers{u"OpenAI"_qs, u"Anthropic"_qs, u"Google"_qs, u"OpenRouter"_qs};
    QRandomGenerator rng(20261203);
    model->setHorizontalHeaderLabels(
        {u"Model"_qs, u"Provider"_qs, u"Cost"_qs, u"Share"_qs, u"Tokens"_qs, u"Requests"_qs, u"Unpriced"_qs});
    for (int r = 0; r < rows; ++r) {
        const qint64 cents = rng.bounded(1, 90'000'000);
        const qint64 tokens = qint64(rng.bounded(1, 2'000'000'000)) * rng.bounded(1, 40);
        const int requests = rng.bounded(0, 3) == 0 ? 0 : rng.bounded(1, 1'000'000);
        model->appendRow(QList<QStandardItem *>{
            readOnlyItem(u"model-%1-%2"_qs.arg(r).arg(QString(rng.bounded(1, 12), u'w'))),
            readOnlyItem(providers[r % providers.size()]),
            readOnlyItem(u"$"_qs + QLocale().toString(double(cents) / 100, 'f', 2), cents, Qt::AlignRight),
            readOnlyItem(QString::number(rng.bounded(0, 1000) / 10.0, 'f', 1) + u" %"_qs, r, Qt::AlignRight),
            readOnlyItem(QLocale().toString(tokens), tokens, Qt::AlignRight),
            readOnlyItem(requests ? QLocale().toString(requests) : u"—"_qs, requests, Qt::AlignRight),
            readOnlyItem(r % 3 ? u"—"_qs : QLocale().toString(qint64(r) * 1111), r, Qt::AlignRight),
        });
    }
}

struct Twin
{
    QStandardItemModel model;
    QTableView *view = nullptr;
    std::unique_ptr<QWidget> owner = std::make_unique<QWidget>();
};

std::unique_ptr<Twin> twin(const Fill &fill, const std::function<void(QTableView *)> &setUp)
{
    auto t = std::make_unique<Twin>();
    fill(&t->model);
    t->view = readOnlyTable(&t->model, u"table"_qs, t->owner.get());
    t->view->resize(900, 300);
    if (setUp)
        setUp(t->view);
    return t;
}

// Every column but the first: fitColumnsToContents against resizeColumnToContents.
void compare(const Fill &fill, const std::function<void(QTableView *)> &setUp = {}, bool shown = false)
{
    const auto ours = twin(fill, setUp);
    const auto qts = twin(fill, setUp);
    if (shown) {
        ours->owner->show();
        qts->owner->show();
        QVERIFY(QTest::qWaitForWindowExposed(ours->owner.get()));
        QVERIFY(QTest::qWaitForWindowExposed(qts->owner.get()));
    }
    fitColumnsToContents(ours->view);
    QHeaderView *header = qts->view->horizontalHeader();
    for (int c = 1; c < header->count(); ++c) {
        header->setSectionResizeMode(c, QHeaderView::Fixed);
        qts->view->resizeColumnToContents(c);
    }
    if (shown) {   // the name column takes the room left (a hidden view's viewport is not laid out)
        QCOMPARE(ours->view->horizontalHeader()->length(), ours->view->viewport()->width());
    }
    for (int c = 1; c < header->count(); ++c) {
        QVERIFY2(ours->view->horizontalHeader()->sectionResizeMode(c) == QHeaderView::Fixed,
                 qPrintable(QString::number(c)));
        QVERIFY2(ours->view->columnWidth(c) == qts->view->columnWidth(c),
                 qPrintable(u"column %1: %2 px, Qt's %3 px"_qs.arg(c)
                                .arg(ours->view->columnWidth(c))
                                .arg(qts->view->columnWidth(c))));
    }
}

// A delegate of the view's own: its sizes are not the text's.
class WideDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(index.row() == 7 ? 90 : 0, 0);
    }
};

}   // namespace

class TestTableFit : public QObject
{
    Q_OBJECT

private slots:
    void dashboardBreakdownRows()
    {
        // 320 rows: the dense shape's models (4 accounts x 80) in the by-model table.
        compare([](QStandardItemModel *m) { breakdownRows(m, 320); });
    }

    void shownTable()
    {
        compare([](QStandardItemModel *m) { breakdownRows(m, 320); }, {}, true);
    }

    // The dashboard's tables start with every section in ResizeToContents.
    void fromResizeToContents()
    {
        compare([](QStandardItemModel *m) { breakdownRows(m, 320); },
                [](QTableView *v) { v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); });
    }

    // A few cells of each column are sized, not every one — nor every one again for each column: a
    // section left in ResizeToContents with the header's resize pending is measured whenever
    // another section is resized.
    void sizesFewCells()
    {
        auto *style = new CellCountingStyle;
        Twin t;
        breakdownRows(&t.model, 320);
        t.view = readOnlyTable(&t.model, u"table"_qs, t.owner.get());
        t.view->setStyle(style);
        t.view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t.owner->show();
        QVERIFY(QTest::qWaitForWindowExposed(t.owner.get()));
        QCoreApplication::processEvents();
        // Filled again, as a dashboard refresh fills it, and fitted at once.
        t.model.clear();
        breakdownRows(&t.model, 320);
        style->cellsSized = 0;
        fitColumnsToContents(t.view);
        QCoreApplication::processEvents();
        // 6 measured columns of 320 rows: Qt's own measure sizes 1,920 cells.
        QVERIFY2(style->cellsSized <= 6 * 12, qPrintable(QString::number(style->cellsSized)));
        delete t.view;   // before its style
        delete style;
    }

    // Colour swatches (a QColor decoration, the dashboard's names): one decoration size for every
    // cell that has one, so they are measured like plain cells, as a group of their own.
    void colourSwatches()
    {
        const Fill swatches = [](QStandardItemModel *m) {
            breakdownRows(m, 320);
            for (int r = 0; r < m->rowCount(); ++r) {
                if (r % 3)
                    m->item(r, 1)->setData(QColor::fromHsv(r % 360, 200, 200), Qt::DecorationRole);
                m->item(r, 2)->setData(QColor(Qt::blue), Qt::DecorationRole);
                m->item(r, 0)->setData(QColor::fromHsv(r % 360, 120, 220), Qt::DecorationRole);
            }
        };
        compare(swatches);
        compare(swatches, [](QTableView *v) { v->setIconSize(QSize(40, 12)); });

        // In a narrow table the names are measured for their floor: a few cells, not 320.
        auto *style = new CellCountingStyle;
        Twin t;
        swatches(&t.model);
        t.view = readOnlyTable(&t.model, u"table"_qs, t.owner.get());
        t.view->setStyle(style);
        t.owner->show();
        t.view->resize(300, 200);
        QVERIFY(QTest::qWaitForWindowExposed(t.owner.get()));
        QCoreApplication::processEvents();
        style->cellsSized = 0;
        fitColumnsToContents(t.view);
        QCoreApplication::processEvents();
        QVERIFY(t.view->horizontalScrollBar()->maximum() > 0);   // the names were measured
        QVERIFY2(style->cellsSized <= 7 * 12, qPrintable(QString::number(style->cellsSized)));
        delete t.view;
        delete style;
    }

    void fewRowsAndEmpty()
    {
        compare([](QStandardItemModel *m) { breakdownRows(m, 1); });
        compare([](QStandardItemModel *m) { breakdownRows(m, 0); });
    }

    void headerWiderThanCells()
    {
        compare([](QStandardItemModel *m) {
            breakdownRows(m, 3);
            m->setHorizontalHeaderLabels({u"A"_qs, u"A provider heading much wider than its cells"_qs, u"C"_qs});
        });
    }

    void hiddenHeader()
    {
        compare([](QStandardItemModel *m) { breakdownRows(m, 40); },
                [](QTableView *v) { v->horizontalHeader()->hide(); });
    }

    // Narrow letters against wide ones: the longest text is not the widest.
    void proportionalText()
    {
        compare([](QStandardItemModel *m) {
            const QStringList texts{u"iiiiiiiiiiiiiiiiiiii"_qs, u"WWWWWWWW"_qs, u"mmmmmmmmm"_qs, u"1111111111111"_qs,
                                    u"0000000000"_qs,           u"WWWWWWWi"_qs, u"—"_qs,         QString()};
            for (int r = 0; r < 60; ++r)
                m->appendRow({readOnlyItem(u"name"_qs), readOnlyItem(texts[r % texts.size()]),
                              readOnlyItem(texts[(r * 3 + 1) % texts.size()], {}, Qt::AlignRight)});
        });
    }

    // Cells that are not plain text in the view's font are measured as they are.
    void cellsOfTheirOwn()
    {
        compare([](QStandardItemModel *m) {
            breakdownRows(m, 50);
            QFont bold = QApplication::font();
            bold.setBold(true);
            bold.setPointSizeF(bold.pointSizeF() * 1.6);
            m->item(10, 1)->setData(bold, Qt::FontRole);
            QPixmap icon(48, 16);
            icon.fill(Qt::red);
            m->item(11, 2)->setData(icon, Qt::DecorationRole);
            m->item(12, 3)->setCheckable(true);
            m->item(12, 3)->setCheckState(Qt::Checked);
            m->item(13, 4)->setText(u"12\n1234567890123456789012345678901234"_qs);
            m->item(14, 5)->setData(QSize(400, 20), Qt::SizeHintRole);
        });
    }

    // Qt leaves hidden rows out of the measure; so does fitColumnsToContents.
    void hiddenRows()
    {
        compare(
            [](QStandardItemModel *m) {
                breakdownRows(m, 30);
                m->item(5, 1)->setText(u"a provider name far wider than any other in its column"_qs);
            },
            [](QTableView *v) { v->setRowHidden(5, true); });
    }

    // What it cannot reason about, the view measures: a delegate of its own, more rows than the
    // header's precision (Qt measures only that many), spans, a grid or none.
    // With less room than its names need, the name column keeps them (up to 24 average characters)
    // and the table scrolls sideways; a table fitted to its rows grows by the scroll bar meanwhile.
    void nameColumnKeepsItsNames()
    {
        for (const int nameLength : {8, 60}) {
            const Fill fill = [nameLength](QStandardItemModel *m) {
                breakdownRows(m, 6);
                for (int r = 0; r < m->rowCount(); ++r)
                    m->setItem(r, 0, readOnlyItem(r == 2 ? QString(nameLength, u'n') : u"model %1"_qs.arg(r)));
            };
            const auto ours = twin(fill, {});
            const auto qts = twin(fill, {});
            qts->view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            qts->view->resizeColumnToContents(0);
            const int cap = ours->view->fontMetrics().averageCharWidth() * 24;
            // Never below what Stretch kept: the header's minimum section size.
            const int floor = std::max(nameLength > 24 ? cap : qts->view->columnWidth(0),
                                       ours->view->horizontalHeader()->minimumSectionSize());
            QVERIFY(nameLength > 24 ? qts->view->columnWidth(0) > cap : qts->view->columnWidth(0) < cap);

            QTableView *view = ours->view;
            const auto layout = [&](int width) {
                ours->owner->resize(width, 400);
                view->resize(width, view->height());
                QCoreApplication::processEvents();
            };
            ours->owner->show();
            QVERIFY(QTest::qWaitForWindowExposed(ours->owner.get()));
            layout(300);
            view->setFixedHeight(150);   // as the dashboard fits a table to its rows, before filling it
            fitColumnsToContents(view);
            QCoreApplication::processEvents();
            QCOMPARE(view->columnWidth(0), floor);
            QVERIFY(view->horizontalScrollBar()->maximum() > 0);
            QCOMPARE(view->height(), 150 + view->horizontalScrollBar()->sizeHint().height());

            layout(1400);   // room enough: the names take what the figures leave, no scroll bar
            QCOMPARE(view->horizontalHeader()->length(), view->viewport()->width());
            QVERIFY(view->columnWidth(0) > floor);
            QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
            QCOMPARE(view->height(), 150);

            layout(300);   // and back
            QCOMPARE(view->columnWidth(0), floor);
            QCOMPARE(view->height(), 150 + view->horizontalScrollBar()->sizeHint().height());
            view->setFixedHeight(120);   // the owner fits it again: the bar is added to that
            fitColumnsToContents(view);
            QCoreApplication::processEvents();
            QCOMPARE(view->height(), 120 + view->horizontalScrollBar()->sizeHint().height());

            // A refill measures the names again (only when the room is short, as here).
            if (nameLength < 24) {
                for (QStandardItemModel *m : {&ours->model, &qts->model})
                    m->setItem(4, 0, readOnlyItem(QString(16, u'n')));
                fitColumnsToContents(view);
                qts->view->resizeColumnToContents(0);
                QVERIFY(qts->view->columnWidth(0) > floor);
                QCOMPARE(view->columnWidth(0), qts->view->columnWidth(0));
            }
        }
    }

    void fallsBackToTheView()
    {
        compare([](QStandardItemModel *m) { breakdownRows(m, 20); },
                [](QTableView *v) { v->setItemDelegateForColumn(2, new WideDelegate(v)); });
        compare([](QStandardItemModel *m) { breakdownRows(m, 300); },
                [](QTableView *v) { v->horizontalHeader()->setResizeContentsPrecision(40); });
        compare([](QStandardItemModel *m) { breakdownRows(m, 20); }, [](QTableView *v) { v->setSpan(3, 2, 1, 2); });
        compare([](QStandardItemModel *m) { breakdownRows(m, 20); }, [](QTableView *v) { v->setShowGrid(false); });
    }
};

QTEST_MAIN(TestTableFit)
#include "tst_tablefit.moc"
