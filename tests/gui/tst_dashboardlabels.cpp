// The dashboard's labels are built without a text control (cheap at start-up) and still let the
// user select and copy a figure: the selection turns on when the pointer reaches the label.
#include "dashboard/dashboardtext.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace tl;

class TstDashboardLabels : public QObject
{
    Q_OBJECT

private slots:
    void aFigureCanBeSelectedAndCopied()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        QLabel *figure = dashboard::label(QStringLiteral("figure"), &window, 1.9, true);
        figure->setText(QStringLiteral("$3,635.49"));
        layout->addWidget(figure);
        window.resize(320, 120);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Built plain (a QLabel's default flags, links only): no text control until the pointer comes.
        QVERIFY(!(figure->textInteractionFlags() & Qt::TextSelectableByMouse));

        QTest::mouseMove(figure, QPoint(1, figure->height() / 2));
        QTRY_VERIFY(figure->textInteractionFlags() & Qt::TextSelectableByMouse);

        // Drag across the figure, then copy it with the keyboard.
        const int y = figure->height() / 2;
        QTest::mousePress(figure, Qt::LeftButton, Qt::NoModifier, QPoint(0, y));
        QTest::mouseMove(figure, QPoint(figure->width() - 1, y));
        QTest::mouseRelease(figure, Qt::LeftButton, Qt::NoModifier, QPoint(figure->width() - 1, y));
        QTRY_VERIFY(figure->hasSelectedText());
        QCOMPARE(figure->selectedText(), QStringLiteral("$3,635.49"));
        QApplication::clipboard()->clear();
        QTest::keyClick(figure, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$3,635.49"));
    }

    void aPressAloneAlsoTurnsSelectionOn()
    {
        // A press that arrives without an enter first (a touch, a test) still reaches the text control.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        QLabel *figure = dashboard::label(QStringLiteral("figure"), &window);
        figure->setText(QStringLiteral("1234 tokens"));
        layout->addWidget(figure);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!(figure->textInteractionFlags() & Qt::TextSelectableByMouse));
        const QPoint at(2, figure->height() / 2);
        QTest::mousePress(figure, Qt::LeftButton, Qt::NoModifier, at);
        QVERIFY(figure->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseRelease(figure, Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(figure, Qt::LeftButton, Qt::NoModifier, at);   // selects the word under it
        QCOMPARE(figure->selectedText(), QStringLiteral("1234"));
    }
};

QTEST_MAIN(TstDashboardLabels)
#include "tst_dashboardlabels.moc"
