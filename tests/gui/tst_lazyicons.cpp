// The window's stock icons are read when first drawn, not when a tool bar, menu bar or action is
// built (the first PNG read loads every image-format plugin: lazyicons.h), and then are the style's
// own; Sync Now's icon is drawn, not read.
#include "common/lazyicons.h"

#include <QApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>

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
