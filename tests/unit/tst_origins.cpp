// common/origins.h: the loopback check that decides whether plain http may carry a key. It reads
// the address itself (QtNetwork is loaded only with the network module), and must answer as
// QHostAddress, which it replaced, does for every host a URL can name.
#include "common/origins.h"

#include <QHostAddress>
#include <QTest>
#include <QUrl>

using namespace tl;

class TestOrigins : public QObject
{
    Q_OBJECT

private slots:
    void loopbackAsQHostAddressSaysIt_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.255.3.4") << QStringLiteral("127.255.3.4") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("0:0:0:0:0:0:0:1") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
        QTest::newRow("::ffff:127.0.0.1") << QStringLiteral("::ffff:127.0.0.1") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("::") << QStringLiteral("::") << false;
        QTest::newRow("::2") << QStringLiteral("::2") << false;
        QTest::newRow("::ffff:10.0.0.1") << QStringLiteral("::ffff:10.0.0.1") << false;
        QTest::newRow("fe80::1") << QStringLiteral("fe80::1") << false;
        QTest::newRow("127.0.0.1.example.com") << QStringLiteral("127.0.0.1.example.com") << false;
        QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("api.openai.com") << QStringLiteral("api.openai.com") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("127.0.0.1 spaced") << QStringLiteral(" 127.0.0.1 ") << true;
    }

    void loopbackAsQHostAddressSaysIt()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
        // QHostAddress knows no names and no brackets (QUrl::host() drops them).
        if (host.compare(u"localhost", Qt::CaseInsensitive) != 0 && !host.startsWith(u'[')) {
            const QHostAddress address(host);
            QCOMPARE(!address.isNull() && address.isLoopback(), loopback);
        }
    }

    // Through a URL, as accounts name their hosts: QUrl's own spellings of an address.
    void urlHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost/v1") << true;
        QTest::newRow("http other machine") << QStringLiteral("http://192.168.1.5/v1") << false;
        QTest::newRow("http v6 other") << QStringLiteral("http://[2001:db8::1]/v1") << false;
        QTest::newRow("https anywhere") << QStringLiteral("https://api.openai.com/v1") << true;
    }

    void urlHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(baseUrlProblem(url, false).isEmpty(), allowed);
        QVERIFY(baseUrlProblem(url, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrigins)
#include "tst_origins.moc"
