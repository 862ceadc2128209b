// The window's stock icons are read when first drawn, not when a tool bar, menu bar or action is
// built (the first PNG read loads every image-format plugin: lazyicons.h), and then are the style's
// own; Sync Now's icon is drawn, not read. The KPI cards are drawn as their style sheet drew them,
// and widgets hidden at start-up get their style sheet when shown (cheapstyle.h).
#include "common/cheapstyle.h"
#include "common/lazyicons.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace tl;

namespace {

// Fusion, counting the icons asked of it.
class CountingStyle final : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_qs))
    {}
    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        ++asked[which];
        return QProxyStyle::standardIcon(which, option, widget);
    }
    mutable QHash<int, int> asked;
};

}   // namespace

class TestLazyIcons : public QObject
{
    Q_OBJECT

private slots:
    void stockIconsAreReadWhenFirstDrawn()
    {
        auto *counting = new CountingStyle;
        LazyIconStyle lazy(counting);   // takes the counting style
        const QIcon stop = lazy.standardIcon(QStyle::SP_BrowserStop);
        const QIcon extension = lazy.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QCOMPARE(counting->asked.value(QStyle::SP_BrowserStop), 0);
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
        // Drawn: read once, and the same pixels as the style's own icon.
        const QImage drawn = stop.pixmap(QSize(24, 24)).toImage();
        QCOMPARE(counting->asked.value(QStyle::SP_BrowserStop), 1);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_qs));
        QCOMPARE(drawn, fusion->standardIcon(QStyle::SP_BrowserStop).pixmap(24, 24).toImage());
        (void)stop.pixmap(QSize(16, 16));
        QCOMPARE(counting->asked.value(QStyle::SP_BrowserStop), 1);
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
        QVERIFY(!extension.isNull());
        // Icons it does not defer are the base's, asked at once.
        (void)lazy.standardIcon(QStyle::SP_DialogOkButton);
        QCOMPARE(counting->asked.value(QStyle::SP_DialogOkButton), 1);
    }

    // A window with a tool bar and a menu bar, as the main window builds them under the application's
    // style, reads none.
    void aToolBarAndMenuBarReadNoStockIcon()
    {
        auto *counting = new CountingStyle;
        QApplication::setStyle(new LazyIconStyle(counting));   // the application owns it from here
        QMainWindow window;
        window.menuBar()->addMenu(u"&File"_qs);
        window.addToolBar(u"Sync"_qs)->addAction(u"Sync Now"_qs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarHorizontalExtensionButton), 0);
        QCOMPARE(counting->asked.value(QStyle::SP_ToolBarVerticalExtensionButton), 0);
    }

    // A RoundedFrame looks as the style sheet it replaces did, and lays its contents out where it did:
    // the same pixels but for the antialiasing of the four corners' curves.
    void roundedFrameLooksAsItsStyleSheetDid()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
        const auto render = [](QFrame *frame, QLabel **label) {
            frame->setFixedSize(240, 120);
            auto *layout = new QVBoxLayout(frame);
            layout->setContentsMargins(14, 12, 14, 12);
            *label = new QLabel(u"$555.61"_qs, frame);
            layout->addWidget(*label);
            frame->show();
            return frame->grab().toImage().convertToFormat(QImage::Format_RGB32);
        };
        QWidget host;
        host.resize(600, 200);
        auto *styled = new QFrame(&host);
        styled->setObjectName(u"kpiCard"_qs);
        styled->setStyleSheet(u"QFrame#kpiCard { background: palette(base); border: 1px solid palette(mid); "
                              "border-radius: 8px; }"_qs);
        auto *drawn = new RoundedFrame(QPalette::Base, 8, &host);
        drawn->move(300, 0);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QLabel *styledLabel = nullptr;
        QLabel *drawnLabel = nullptr;
        const QImage a = render(styled, &styledLabel);
        const QImage b = render(drawn, &drawnLabel);
        QCOMPARE(drawnLabel->geometry(), styledLabel->geometry());
        QCOMPARE(a.size(), b.size());
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x) {
                if (a.pixel(x, y) == b.pixel(x, y))
                    continue;
                ++differing;
                const bool corner = (x < 8 || x >= a.width() - 8) && (y < 8 || y >= a.height() - 8);
                const int delta = std::max({std::abs(qRed(a.pixel(x, y)) - qRed(b.pixel(x, y))),
                                            std::abs(qGreen(a.pixel(x, y)) - qGreen(b.pixel(x, y))),
                                            std::abs(qBlue(a.pixel(x, y)) - qBlue(b.pixel(x, y)))});
                QVERIFY2(corner && delta <= 40, qPrintable(u"(%1, %2) differs by %3"_qs.arg(x).arg(y).arg(delta)));
            }
        }
        QVERIFY(differing < 4 * 8 * 8 / 2);
    }

    // The sidebar looks as its style sheet drew it, pixel for pixel: the selected item's rounded
    // highlight, the items' padding, the list's background and padding.
    void sidebarLooksAsItsStyleSheetDid()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_qs));
        QWidget host;
        host.resize(420, 300);
        auto *styled = new QListWidget(&host);
        styled->setObjectName(u"sidebarListWidget"_qs);
        styled->setStyleSheet(
            u"QListWidget#sidebarListWidget { background: palette(alternate-base); padding: 10px 6px; outline: 0; }"
            "QListWidget#sidebarListWidget::item { padding: 7px 10px; border-radius: 5px; }"
            "QListWidget#sidebarListWidget::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); }"_qs);
        auto *drawn = new SidebarList(&host);
        drawn->move(210, 0);
        for (QListWidget *list : {styled, static_cast<QListWidget *>(drawn)}) {
            list->setFrameShape(QFrame::NoFrame);
            list->setSpacing(2);
            list->setFixedSize(200, 300);
            list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            list->addItems({u"Dashboard"_qs, u"Usage"_qs, u"Budgets & Alerts (3)"_qs, u"Pricing"_qs});
            list->setCurrentRow(0);
            list->setFocus();
        }
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(drawn->visualItemRect(drawn->item(2)), styled->visualItemRect(styled->item(2)));
        QCOMPARE(drawn->grab().toImage().convertToFormat(QImage::Format_RGB32),
                 styled->grab().toImage().convertToFormat(QImage::Format_RGB32));
    }

    // A widget shown with showStyled() has no style sheet, and costs none, until it is shown.
    void hiddenWidgetsGetTheirStyleSheetWhenShown()
    {
        QWidget window;
        auto *banner = new QFrame(&window);
        banner->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(banner->styleSheet().isEmpty());
        const QString sheet = u"QFrame { background: #fff4e5; }"_qs;
        showStyled(banner, sheet);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->styleSheet(), sheet);
        banner->hide();
        showStyled(banner, sheet);   // again: shown, the same sheet
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->styleSheet(), sheet);
    }

    void syncIconIsDrawn()
    {
        const QImage image = syncIcon().pixmap(QSize(24, 24)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(image.size(), QSize(24, 24));
        int inked = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 128;
        }
        QVERIFY2(inked > 20 && inked < 24 * 24 / 2, qPrintable(QString::number(inked)));
        QVERIFY(!syncIcon().pixmap(QSize(16, 16), QIcon::Disabled).isNull());
    }
};

QTEST_MAIN(TestLazyIcons)
#include "tst_lazyicons.moc"
