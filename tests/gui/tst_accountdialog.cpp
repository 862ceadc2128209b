#include "accounts/accountdialog.h"
#include "fakeproviderserver.h"
#include "secrets/accountkeys.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace tl;

namespace {

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QLatin1String(name));
}

QString hint(QWidget *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label>");
}

void chooseProvider(AccountDialog &dialog, const QString &id)
{
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("accountProviderComboBox"));
    provider->setCurrentIndex(provider->findData(id));
}

void save(AccountDialog &dialog)
{
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
}

QMessageBox *testFailedBox(AccountDialog &dialog)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = dialog.findChild<QMessageBox *>(QStringLiteral("accountTestFailedMessageBox"));
            return box && box->isVisible();
        },
        20'000);
    return shown ? box : nullptr;
}

}   // namespace

// The account dialog (issue 14, item 5): the provider's default address shown, no new account
// without its key, and Save tests the connection first (against a loopback server here).
class TestAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEachProvidersDefaultAddress()
    {
        AccountDialog dialog;
        chooseProvider(dialog, QStringLiteral("openai"));
        QCOMPARE(field(&dialog, "accountBaseUrlLineEdit")->placeholderText(),
                 QStringLiteral("https://api.openai.com/v1"));
        chooseProvider(dialog, QStringLiteral("anthropic"));
        QCOMPARE(field(&dialog, "accountBaseUrlLineEdit")->placeholderText(),
                 QStringLiteral("https://api.anthropic.com"));
        chooseProvider(dialog, QStringLiteral("other"));
        QVERIFY(!field(&dialog, "accountBaseUrlLineEdit")->placeholderText().startsWith(u"http"));
    }

    void refusesAnEmptyKeyNextToTheField()
    {
        AccountDialog dialog;
        dialog.show();
        chooseProvider(dialog, QStringLiteral("groq"));
        QTest::keyClicks(field(&dialog, "accountLabelLineEdit"), QStringLiteral("Groq"));
        QCOMPARE(hint(&dialog, "accountKeyHintLabel"), QString());   // not typed in yet: quiet
        save(dialog);
        QVERIFY(dialog.isVisible());   // refused
        QVERIFY2(hint(&dialog, "accountKeyHintLabel").contains(QStringLiteral("API key")),
                 qPrintable(hint(&dialog, "accountKeyHintLabel")));
        QTest::keyClicks(field(&dialog, "accountKeyLineEdit"), QStringLiteral("gsk-test"));
        QCOMPARE(hint(&dialog, "accountKeyHintLabel"), QString());

        // An "Other service" account has no API and no key; editing keeps the stored key.
        chooseProvider(dialog, QStringLiteral("other"));
        field(&dialog, "accountKeyLineEdit")->clear();
        QVERIFY2(dialog.validationError().isEmpty(), qPrintable(dialog.validationError()));
        Account existing;
        existing.id = 3;
        existing.provider = QStringLiteral("groq");
        existing.label = QStringLiteral("Groq");
        dialog.setAccount(existing);
        QVERIFY(dialog.validationError().isEmpty());
    }

    void savesOnceTheConnectionTestPasses()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        AccountDialog dialog;
        dialog.setConnectionTest(&network, &secrets);
        dialog.show();
        chooseProvider(dialog, QStringLiteral("groq"));
        field(&dialog, "accountLabelLineEdit")->setText(QStringLiteral("Groq"));
        field(&dialog, "accountKeyLineEdit")->setText(QStringLiteral("gsk-good"));
        field(&dialog, "accountBaseUrlLineEdit")->setText(server.url(QStringLiteral("/groq")));
        save(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
        QCOMPARE(server.requests(QStringLiteral("/groq/models")), 1);
    }

    void aFailingTestAsksBeforeSaving()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        server.setFault(QStringLiteral("/groq/models"), {401, R"({"error":{"message":"Invalid API Key"}})"});
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        AccountDialog dialog;
        dialog.setConnectionTest(&network, &secrets);
        dialog.show();
        chooseProvider(dialog, QStringLiteral("groq"));
        field(&dialog, "accountLabelLineEdit")->setText(QStringLiteral("Groq"));
        field(&dialog, "accountKeyLineEdit")->setText(QStringLiteral("gsk-wrong"));
        field(&dialog, "accountBaseUrlLineEdit")->setText(server.url(QStringLiteral("/groq")));
        save(dialog);
        QMessageBox *box = testFailedBox(dialog);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("anyway")));
        QVERIFY(!box->text().contains(QStringLiteral("gsk-wrong")));   // never the key
        box->findChild<QPushButton *>(QStringLiteral("accountKeepEditingButton"))->click();
        QTest::qWait(50);
        QVERIFY(dialog.isVisible());   // not saved: the user fixes the key...
        QVERIFY(hint(&dialog, "accountTestStatusLabel").contains(QStringLiteral("failed")));

        save(dialog);   // ...or saves anyway (offline, an outage, a gateway not up yet)
        box = testFailedBox(dialog);
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("accountSaveAnywayButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 5'000);
        QCOMPARE(server.requests(QStringLiteral("/groq/models")), 2);
    }

    void editingTestsWithTheStoredKey()
    {
        test::FakeProviderServer server;
        QVERIFY(server.start());
        server.loadStandardFixtures();
        QNetworkAccessManager network;
        MemorySecretStore secrets;
        Account existing;
        existing.id = 4;
        existing.provider = QStringLiteral("groq");
        existing.label = QStringLiteral("Groq");
        existing.keyRef = QStringLiteral("abc");
        existing.baseUrl = server.url(QStringLiteral("/groq"));
        QCOMPARE(storeAccountKeyNow(secrets, existing, QStringLiteral("gsk-stored")).status, SecretStore::Status::Ok);
        AccountDialog dialog;
        dialog.setAccount(existing);
        dialog.setConnectionTest(&network, &secrets);
        dialog.show();
        save(dialog);   // the key field left empty: the stored key is tested
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20'000);
        QCOMPARE(server.requests(QStringLiteral("/groq/models")), 1);
        QCOMPARE(server.lastHeaders(QStringLiteral("/groq/models")).value("authorization"),
                 QByteArray("Bearer gsk-stored"));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
