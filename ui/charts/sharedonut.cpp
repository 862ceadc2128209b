#include "sharedonut.h"

#include "chartstyle.h"

#include <QCursor>
#include <QEvent>
#include <QPieSeries>
#include <QToolTip>

namespace tl::charts {

ShareDonut::ShareDonut(Colouring colouring, QWidget *parent)
    : QChartView(parent)
    , m_colouring(colouring)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(200, 200);
}

void ShareDonut::setShares(const QList<Share> &shares, int maxSlices)
{
    m_slices.clear();
    Share other;
    other.key = QString();   // the folded rest: no provider or model has an empty key
    other.label = tr("Other");
    QList<Share> positive;
    for (const Share &s : shares) {
        if (s.cost.nanos() > 0)
            positive.append(s);
    }
    const bool fold = positive.size() > maxSlices;
    for (qsizetype i = 0; i < positive.size(); ++i) {
        if (!fold || i < maxSlices - 1) {
            m_slices.append(positive.at(i));
        } else {
            other.cost = other.cost.checkedAdd(positive.at(i).cost).value_or(other.cost);
            other.tokens += positive.at(i).tokens;
        }
    }
    if (!other.cost.isZero())
        m_slices.append(other);
    QList<Money> parts;
    for (const Share &s : std::as_const(m_slices))
        parts.append(s.cost);
    const QList<qint64> bp = shareBasisPoints(parts);
    for (qsizetype i = 0; i < m_slices.size(); ++i)
        m_slices[i].shareBasisPoints = bp.at(i);
    rebuild();
}

void ShareDonut::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ShareDonut::rebuild()
{
    QChart *c = chart();
    resetChart(c, palette());
    c->legend()->setVisible(false);
    auto *series = new QPieSeries(c);
    series->setHoleSize(0.58);
    series->setPieSize(0.92);
    for (qsizetype i = 0; i < m_slices.size(); ++i) {
        const Share &s = m_slices.at(i);
        auto *slice = series->append(s.label, double(s.cost.nanos()) / 1e9);
        const QColor colour = s.key.isEmpty()                        ? QColor(0x99, 0x99, 0x99)
                              : m_colouring == Colouring::ByProvider ? providerColor(s.provider)
                                                                     : seriesColor(int(i));
        slice->setColor(colour);
        slice->setBorderColor(palette().color(QPalette::Window));
        slice->setBorderWidth(2);
        const QString tip =
            tr("<b>%1</b><br>%2 · %3 %")
                .arg(s.label.toHtmlEscaped(), exactMoneyText(s.cost.nanos()), percentText(s.shareBasisPoints));
        connect(slice, &QPieSlice::hovered, this, [this, slice, tip](bool on) {
            slice->setExploded(on);
            slice->setExplodeDistanceFactor(0.06);
            if (on)
                QToolTip::showText(QCursor::pos(), tip, this);
            else
                QToolTip::hideText();
        });
    }
    c->addSeries(series);
}

}   // namespace tl::charts
