#pragma once

#include "analytics/dashboard.h"

#include <QChartView>

namespace tl::charts {

// A donut of shares (providers or models), coloured like the rest of the window; hovering a
// slice lifts it and shows its exact amount and share.
class ShareDonut final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareDonut)

public:
    enum class Colouring
    {
        ByProvider,   // each slice in its provider's colour
        ByIndex,      // the palette in order (models)
    };

    explicit ShareDonut(Colouring colouring, QWidget *parent = nullptr);

    // Shares with a cost; at most `maxSlices`, the rest folded into "Other".
    void setShares(const QList<Share> &shares, int maxSlices = 7);
    QList<Share> slices() const { return m_slices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Colouring m_colouring;
    QList<Share> m_slices;
};

}   // namespace tl::charts
