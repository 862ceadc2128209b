#include "agentlogs.h"
#include "analytics/agentbreakdown.h"
#include "pricing/pricingservice.h"
#include "storage/accountrepository.h"
#include "storage/agentrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tl;
using namespace tl::test;

// agentBreakdown over three Claude Code accounts imported from real log files: an API key (spend),
// a subscription (value) and an API key whose requests an Anthropic account's bill already holds.
// Expected amounts are computed by hand from the catalog's list prices for Sonnet 4.5 (nano-USD per
// token: input 3,000, cache read 300, output 15,000; over 200k input every token at 6,000 / 600 /
// 22,500).
namespace {

constexpr qint64 SmallCost = 4'500'000;          // 1,000 × 3,000 + 100 × 15,000
constexpr qint64 LongCost = 958'500'000;         // 150,000 × 6,000 + 60,000 × 600 + 1,000 × 22,500
constexpr qint64 SubscriptionCost = 6'000'000;   // 2,000 × 3,000

ClaudeRequest request(const QString &id, const QString &time, const QString &project, const QString &branch,
                      const QString &session, qint64 input, qint64 output)
{
    ClaudeRequest r;
    r.id = id;
    r.time = QDateTime::fromString(time, Qt::ISODate);
    r.cwd = project;
    r.branch = branch;
    r.session = session;
    r.input = input;
    r.output = output;
    return r;
}

const QString Shop = QStringLiteral("/home/dev/shop");
const QString Blog = QStringLiteral("/home/dev/blog");

struct Fixture
{
    TestDatabase db;
    PricingService pricing{db.connection()};
    QTemporaryDir tree;
    qint64 api = 0;
    qint64 subscription = 0;
    qint64 billedElsewhere = 0;
    qint64 anthropic = 0;

    qint64 agentAccount(const QString &label, const QString &folder, bool isSubscription, qint64 billedBy)
    {
        Account a;
        a.provider = QStringLiteral("claude-code");
        a.label = label;
        a.subscription = isSubscription;
        a.billedByAccount = billedBy;
        const qint64 id = AccountRepository(db.connection()).add(a);
        AgentRepository(db.connection()).setFolders(id, {tree.filePath(folder)});
        return id;
    }
    void log(const QString &folder, const ClaudeRequest &r)
    {
        QVERIFY(appendClaudeLog(tree.filePath(folder), QStringLiteral("-home-dev-x"), r.session, claudeRequestLine(r)));
    }

    Fixture()
    {
        QVERIFY(pricing.load());
        anthropic = db.addAccount(QStringLiteral("anthropic"), QStringLiteral("Anthropic org"));
        api = agentAccount(QStringLiteral("Claude API"), QStringLiteral("a"), false, 0);
        subscription = agentAccount(QStringLiteral("Claude Max"), QStringLiteral("b"), true, 0);
        billedElsewhere = agentAccount(QStringLiteral("Claude via org"), QStringLiteral("c"), false, anthropic);

        log(QStringLiteral("a"), request(u"a1"_qs, u"2026-11-02T10:00:00Z"_qs, Shop, u"main"_qs, u"s-1"_qs, 1000, 100));
        ClaudeRequest longRequest =
            request(u"a2"_qs, u"2026-11-02T11:00:00Z"_qs, Shop, u"feature"_qs, u"s-2"_qs, 150000, 1000);
        longRequest.cacheRead = 60000;
        log(QStringLiteral("a"), longRequest);
        ClaudeRequest unpriced = request(u"a3"_qs, u"2026-11-03T09:00:00Z"_qs, Blog, u"main"_qs, u"s-3"_qs, 500, 50);
        unpriced.model = QStringLiteral("mystery-model-1");
        log(QStringLiteral("a"), unpriced);
        // The day before the range.
        log(QStringLiteral("a"), request(u"a4"_qs, u"2026-10-31T23:59:00Z"_qs, Shop, u"main"_qs, u"s-1"_qs, 1000, 100));
        log(QStringLiteral("b"), request(u"b1"_qs, u"2026-11-03T10:00:00Z"_qs, Shop, u"main"_qs, u"s-4"_qs, 2000, 0));
        log(QStringLiteral("c"),
            request(u"c1"_qs, u"2026-11-04T10:00:00Z"_qs, Blog, u"feature"_qs, u"s-5"_qs, 1000, 100));
        QString error;
        for (qint64 id : {api, subscription, billedElsewhere})
            QVERIFY2(importAgentAccount(db.connection(), pricing.catalog(), id, &error), qPrintable(error));
    }

    AgentBreakdown breakdown(AgentDimension by, AgentBreakdownFilter f = {})
    {
        if (!f.from.isValid()) {
            f.from = QDate(2026, 11, 1);
            f.to = QDate(2026, 11, 30);
        }
        QString error;
        const auto out = agentBreakdown(db.connection(), pricing.catalog(), by, f, &error);
        if (!out)
            qWarning("agentBreakdown: %s", qPrintable(error));
        return out.value_or(AgentBreakdown{});
    }
};

}   // namespace

class TestAgentBreakdown : public QObject
{
    Q_OBJECT

private slots:
    void byProjectSeparatesSpendValueAndOtherBills()
    {
        Fixture f;
        const AgentBreakdown b = f.breakdown(AgentDimension::Project);
        QVERIFY(b.anyAgentAccount);
        QCOMPARE(b.rows.size(), 2);
        const AgentBreakdownRow &shop = b.rows.at(0);
        QCOMPARE(shop.key, Shop);
        QCOMPARE(shop.spend.nanos(), SmallCost + LongCost);
        QCOMPARE(shop.value.nanos(), SubscriptionCost);
        QCOMPARE(shop.billedElsewhere.nanos(), 0);
        QCOMPARE(shop.requests, 3);
        QCOMPARE(shop.unpricedRequests, 0);
        QCOMPARE(shop.tokens, 1100 + 211000 + 2000);
        QCOMPARE(shop.cacheReadTokens, 60000);
        QCOMPARE(shop.accounts, (QStringList{u"Claude API"_qs, u"Claude Max"_qs}));
        QCOMPARE(shop.firstRequest, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(shop.lastRequest, QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC));
        const AgentBreakdownRow &blog = b.rows.at(1);
        QCOMPARE(blog.key, Blog);
        QCOMPARE(blog.spend.nanos(), 0);   // its only API-key request is unpriced
        QCOMPARE(blog.billedElsewhere.nanos(), SmallCost);
        QCOMPARE(blog.requests, 2);
        QCOMPARE(blog.unpricedRequests, 1);
        QCOMPARE(blog.tokens, 550 + 1100);

        QCOMPARE(b.total.spend.nanos(), SmallCost + LongCost);
        QCOMPARE(b.total.value.nanos(), SubscriptionCost);
        QCOMPARE(b.total.billedElsewhere.nanos(), SmallCost);
        QCOMPARE(b.total.requests, 5);
        QCOMPARE(b.total.unpricedRequests, 1);
        QCOMPARE(b.projects, (QStringList{Blog, Shop}));
        QCOMPARE(b.gitBranches, (QStringList{u"feature"_qs, u"main"_qs}));
        QCOMPARE(b.models, (QStringList{u"claude-sonnet-4-5-20250929"_qs, u"mystery-model-1"_qs}));

        // The API key's spend agrees with the daily rollups the rest of the app reads.
        QCOMPARE(f.db.scalar(QStringLiteral("SELECT SUM(cost_nano) FROM usage WHERE account_id = %1 AND day >= "
                                            "'2026-11-01'")
                                 .arg(f.api)),
                 b.total.spend.nanos());
    }

    void groupsByBranchAndFiltersOnTheOthers()
    {
        Fixture f;
        AgentBreakdown b = f.breakdown(AgentDimension::GitBranch);
        QCOMPARE(b.rows.size(), 2);
        QCOMPARE(b.rows.at(0).key, u"feature"_qs);
        QCOMPARE(b.rows.at(0).spend.nanos(), LongCost);
        QCOMPARE(b.rows.at(0).billedElsewhere.nanos(), SmallCost);
        QCOMPARE(b.rows.at(1).key, u"main"_qs);
        QCOMPARE(b.rows.at(1).spend.nanos(), SmallCost);
        QCOMPARE(b.rows.at(1).value.nanos(), SubscriptionCost);
        QCOMPARE(b.rows.at(1).requests, 3);
        QCOMPARE(b.rows.at(1).unpricedRequests, 1);

        // main only, by session: biggest amount first, the unpriced one last.
        AgentBreakdownFilter main;
        main.gitBranch = u"main"_qs;
        b = f.breakdown(AgentDimension::Session, main);
        QCOMPARE(b.rows.size(), 3);
        QCOMPARE(b.rows.at(0).key, u"s-4"_qs);
        QCOMPARE(b.rows.at(0).value.nanos(), SubscriptionCost);
        QCOMPARE(b.rows.at(1).key, u"s-1"_qs);
        QCOMPARE(b.rows.at(1).spend.nanos(), SmallCost);
        QCOMPARE(b.rows.at(2).key, u"s-3"_qs);
        QCOMPARE(b.rows.at(2).unpricedRequests, 1);
        // Choices stay those of the whole range, so another branch can be picked.
        QCOMPARE(b.gitBranches, (QStringList{u"feature"_qs, u"main"_qs}));

        // One account, by model; and a project with a branch together.
        AgentBreakdownFilter max;
        max.accountId = f.subscription;
        b = f.breakdown(AgentDimension::Model, max);
        QCOMPARE(b.rows.size(), 1);
        QCOMPARE(b.rows.at(0).key, u"claude-sonnet-4-5-20250929"_qs);
        QCOMPARE(b.total.value.nanos(), SubscriptionCost);
        QCOMPARE(b.total.spend.nanos(), 0);
        AgentBreakdownFilter shopFeature;
        shopFeature.project = Shop;
        shopFeature.gitBranch = u"feature"_qs;
        b = f.breakdown(AgentDimension::Model, shopFeature);
        QCOMPARE(b.total.spend.nanos(), LongCost);
        QCOMPARE(b.total.requests, 1);
    }

    void theDateRangeIsInclusiveUtcDays()
    {
        Fixture f;
        AgentBreakdownFilter f31;
        f31.from = QDate(2026, 10, 31);
        f31.to = QDate(2026, 11, 2);
        const AgentBreakdown b = f.breakdown(AgentDimension::Project, f31);
        QCOMPARE(b.rows.size(), 1);
        QCOMPARE(b.rows.at(0).spend.nanos(), SmallCost + SmallCost + LongCost);
        QCOMPARE(b.total.requests, 3);
        AgentBreakdownFilter none;
        none.from = QDate(2026, 12, 1);
        none.to = QDate(2026, 12, 31);
        QVERIFY(f.breakdown(AgentDimension::Project, none).rows.isEmpty());
    }

    void noAgentAccountsIsNotAnError()
    {
        TestDatabase db;
        PricingService pricing(db.connection());
        QVERIFY(pricing.load());
        AgentBreakdownFilter range;
        range.from = QDate(2026, 11, 1);
        range.to = QDate(2026, 11, 30);
        const auto b = agentBreakdown(db.connection(), pricing.catalog(), AgentDimension::Model, range);
        QVERIFY(b);
        QVERIFY(!b->anyAgentAccount);
        QVERIFY(b->rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentBreakdown)
#include "tst_agentbreakdown.moc"
