#include "pricing/overridedialog.h"
#include "pricing/pricetablemodel.h"
#include "pricing/pricingpage.h"
#include "storage/dbworker.h"
#include "storage/usagerepository.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tl;

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
