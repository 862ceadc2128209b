#include "cellcountingstyle.h"
#include "pricing/overridedialog.h"
#include "pricing/pricetablemodel.h"
#include "pricing/pricingpage.h"
#include "storage/dbworker.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace tl;
using tl::test::CellCountingStyle;

namespace {

// The widest text of a column of the whole catalog, in the table's font.
qreal widestText(const QTableView *table, int column)
{
    const QFontMetricsF metrics(table->font());
    qreal widest = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(table->model()->index(row, column).data().toString()));
    return widest;
}

}   // namespace

class TestPricingPage : public QObject
{
    Q_OBJECT

private slots:
    void showsCatalogFiltersAndUnpricedBanner()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("openai"), QStringLiteral("Work"));
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, QDate(2026, 11, 2), QStringLiteral("ft:my-model"), 1000, 10,
                                         std::nullopt)})
                    .ok);
        DbWorker worker(db.path());
        PricingPage page(&worker);
        page.resize(1000, 700);
        page.show();
        QSignalSpy refreshed(&page, &PricingPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));

        auto *table = page.findChild<QTableView *>(QStringLiteral("priceTableView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1466);
        auto *source = page.findChild<QLabel *>(QStringLiteral("catalogSourceLabel"));
        QVERIFY(source->text().contains(QStringLiteral("2026-08-21")));

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("pricingSearchLineEdit"));
        search->setText(QStringLiteral("gpt-4o-mini"));
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()
                        ->index(row, PriceTableModel::ModelColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("gpt-4o-mini")));
        auto *provider = page.findChild<QComboBox *>(QStringLiteral("pricingProviderComboBox"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("openai")));
        const int openaiMini = table->model()->rowCount();
        QVERIFY(openaiMini > 0);
        for (int row = 0; row < openaiMini; ++row)
            QCOMPARE(table->model()->index(row, PriceTableModel::ProviderColumn).data().toString(),
                     QStringLiteral("OpenAI"));
        search->clear();

        // Sorting by input price uses the exact value, not the text.
        table->sortByColumn(PriceTableModel::InputColumn, Qt::DescendingOrder);
        const qint64 first =
            table->model()->index(0, PriceTableModel::InputColumn).data(PriceTableModel::SortRole).toLongLong();
        const qint64 second =
            table->model()->index(1, PriceTableModel::InputColumn).data(PriceTableModel::SortRole).toLongLong();
        QVERIFY(first >= second);

        auto *banner = page.findChild<QFrame *>(QStringLiteral("unpricedBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("unpricedBannerLabel"))
                    ->text()
                    .contains(QStringLiteral("ft:my-model")));

        // Pricing the unpriced model clears the banner and shows the override first.
        PriceOverride o;
        o.provider = QStringLiteral("openai");
        o.model = QStringLiteral("ft:my-model");
        o.effectiveFrom = QDate(2000, 1, 1);
        o.prices.input = TieredPrice{*Money::fromDecimal(u"3"), {}};
        o.prices.output = TieredPrice{*Money::fromDecimal(u"12"), {}};
        QSignalSpy changed(&page, &PricingPage::pricesChanged);
        page.saveOverride(o);
        QVERIFY(changed.wait(10'000));
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(!banner->isVisible());
        QCOMPARE(page.snapshot().overrides, 1);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("pricingStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("1 stored row")));
        // 1000 × $3 + 10 × $12 per 1M = 3,120 nano-USD... × 1000
        QCOMPARE(db.scalar(QStringLiteral("SELECT cost_nano FROM usage")), qint64(3'000'000 + 120'000));

        page.removeOverride(o);
        QVERIFY(changed.wait(10'000));
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(page.snapshot().overrides, 0);
        QVERIFY(banner->isVisible());
    }

    // Usage reported without a model is no model to price: no banner, no "Price Them…", a plain note.
    // Hidden, the page does not read (the catalog's parse is no start-up job); shown, it does.
    void readsOnlyWhenShown()
    {
        test::TestDatabase db;
        DbWorker worker(db.path());
        PricingPage page(&worker);
        QSignalSpy refreshed(&page, &PricingPage::refreshed);
        page.refresh();
        QTest::qWait(200);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(!page.isLoaded());
        page.show();
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(page.isLoaded());
    }

    void unattributedUsageIsExplainedNotListed()
    {
        test::TestDatabase db;
        const qint64 account = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Org"));
        QVERIFY(UsageRepository(db.connection())
                    .upsert({test::usage(account, QDate(2026, 11, 2), unattributedModel(), 1200, 34, std::nullopt)})
                    .ok);
        DbWorker worker(db.path());
        PricingPage page(&worker);
        page.resize(1000, 700);
        page.show();
        QSignalSpy refreshed(&page, &PricingPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));

        QVERIFY(page.snapshot().unpriced.isEmpty());
        QVERIFY(!page.findChild<QFrame *>(QStringLiteral("unpricedBanner"))->isVisible());
        auto *note = page.findChild<QLabel *>(QStringLiteral("unattributedNoteLabel"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("without a model name")), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QLocale().toString(1234)), qPrintable(note->text()));
        // Laid out whole, never clipped to one line.
        QTRY_VERIFY(note->height() >= note->heightForWidth(note->width()));
        if (!qEnvironmentVariableIsEmpty("TL_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("TL_SCREENSHOT_DIR") + QStringLiteral("/pricing-unattributed.png"));
    }

    // The catalog's 1,466 rows are all measured (not a sample of 1,000) with few cells through the
    // style. At 800 and 600 px the model names keep up to 24 characters (at 600 the table scrolls
    // sideways); the provider column stops at 16 characters ("HuggingFace (fireworks-ai)" is cut,
    // whole in a tooltip). At 1,600 px the columns fill the table exactly. A search measures nothing
    // again.
    void columnsKeepTheModelNames()
    {
        test::TestDatabase db;
        DbWorker worker(db.path());
        auto style = std::make_unique<CellCountingStyle>();
        PricingPage page(&worker);
        auto *table = page.findChild<QTableView *>(QStringLiteral("priceTableView"));
        table->setStyle(style.get());
        page.resize(800, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy refreshed(&page, &PricingPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(table->model()->rowCount(), 1466);
        QVERIFY2(style->cellsSized <= 8 * 12, qPrintable(QString::number(style->cellsSized)));

        QHeaderView *header = table->horizontalHeader();
        const int model = PriceTableModel::ModelColumn;
        const int provider = PriceTableModel::ProviderColumn;
        const qreal widestModel = widestText(table, model);
        const qreal widestProvider = widestText(table, provider);
        const int floor = int(std::min(widestModel, 24.0 * table->fontMetrics().averageCharWidth()));
        const auto layout = [&](int width) {
            page.resize(width, 700);
            QTRY_COMPARE(table->width(), width);
            QCoreApplication::processEvents();
        };
        const auto narrow = [&] {
            QVERIFY2(table->columnWidth(model) >= floor,
                     qPrintable(u"model %1 px < %2 px"_qs.arg(table->columnWidth(model)).arg(floor)));
            QVERIFY2(table->columnWidth(provider) < widestProvider + 40,
                     qPrintable(u"provider %1 px"_qs.arg(table->columnWidth(provider))));
            QVERIFY(header->length() >= table->viewport()->width());
            if (header->length() > table->viewport()->width())
                QVERIFY(table->horizontalScrollBar()->isVisible());
        };
        layout(800);
        narrow();
        // The longest provider names are cut: the whole name shows in a tooltip, a short one none.
        QModelIndex longest;
        QModelIndex shortest;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, provider);
            if (index.data().toString() == u"HuggingFace (fireworks-ai)")
                longest = index;
            else if (index.data().toString() == u"OpenAI")
                shortest = index;
        }
        QVERIFY(longest.isValid() && shortest.isValid());
        for (const QModelIndex &index : {longest, shortest}) {
            table->scrollTo(index);
            QCoreApplication::processEvents();
            const QPoint at = table->visualRect(index).center();
            QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(table->viewport(), &help);
            if (index == longest) {
                QTRY_VERIFY(QToolTip::isVisible());
                QCOMPARE(QToolTip::text(), QStringLiteral("HuggingFace (fireworks-ai)"));
            } else {
                QTRY_VERIFY(!QToolTip::isVisible());
            }
        }

        layout(600);   // short of room: the table scrolls sideways
        narrow();
        QVERIFY(header->length() > table->viewport()->width());
        QVERIFY(table->horizontalScrollBar()->isVisible());

        layout(1600);
        QTRY_COMPARE(header->length(), table->viewport()->width());
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY(table->columnWidth(model) > floor);

        // Typing a search sizes no cell again and moves no column.
        layout(800);
        QList<int> widths;
        for (int c = 0; c < header->count(); ++c)
            widths.append(table->columnWidth(c));
        style->cellsSized = 0;
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("pricingSearchLineEdit"));
        for (const QString &text : {u"c"_qs, u"cl"_qs, u"cla"_qs, u"claude"_qs, QString()})
            search->setText(text);
        QCoreApplication::processEvents();
        QVERIFY2(style->cellsSized <= 12, qPrintable(QString::number(style->cellsSized)));
        for (int c = 0; c < header->count(); ++c)
            QCOMPARE(table->columnWidth(c), widths.at(c));
        narrow();
        if (!qEnvironmentVariableIsEmpty("TL_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("TL_SCREENSHOT_DIR") + QStringLiteral("/pricing-800.png"));
    }

    void overrideDialogValidates()
    {
        OverrideDialog dialog;
        QVERIFY(!dialog.validationError().isEmpty());
        dialog.findChild<QLineEdit *>(QStringLiteral("overrideModelLineEdit"))
            ->setText(QStringLiteral("GPT-4o-2024-08-06"));
        auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("inputPriceLineEdit"));
        auto *output = dialog.findChild<QLineEdit *>(QStringLiteral("outputPriceLineEdit"));
        input->setText(QStringLiteral("-1"));
        output->setText(QStringLiteral("10"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("non-negative")));
        input->setText(QStringLiteral("abc"));
        QVERIFY(!dialog.validationError().isEmpty());
        input->setText(QStringLiteral("2.125"));
        QVERIFY(dialog.validationError().isEmpty());
        const PriceOverride o = dialog.result();
        QCOMPARE(o.model, QStringLiteral("gpt-4o"));   // one override covers every snapshot
        QCOMPARE(o.prices.input->base.nanos(), qint64(2'125'000'000));
        QCOMPARE(o.effectiveFrom, QDate(2000, 1, 1));

        // Prices are typed in the user's locale too: de "2,125" is $2.125 per million tokens.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        OverrideDialog german;
        QLocale::setDefault(before);
        german.findChild<QLineEdit *>(QStringLiteral("overrideModelLineEdit"))->setText(QStringLiteral("gpt-4o"));
        german.findChild<QLineEdit *>(QStringLiteral("inputPriceLineEdit"))->setText(QStringLiteral("2,125"));
        german.findChild<QLineEdit *>(QStringLiteral("outputPriceLineEdit"))->setText(QStringLiteral("10"));
        QVERIFY2(german.validationError().isEmpty(), qPrintable(german.validationError()));
        QCOMPARE(german.result().prices.input->base.nanos(), qint64(2'125'000'000));
    }
};

QTEST_MAIN(TestPricingPage)
#include "tst_pricingpage.moc"
