#include "chartstyle.h"

#include "money/money.h"
#include "providers/providercatalog.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLocale>

namespace tl::charts {

namespace {

// Okabe & Ito, "Color Universal Design" (2008).
const QRgb Palette[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x8C6D31};

}   // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the window's locale ("$1,500" / "$1.500"), like every other figure.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

void resetChart(QChart *chart, const QPalette &palette)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);   // hands the axis back to us
        delete axis;
    }
    applyPalette(chart, palette);
}

QColor seriesColor(int index)
{
    constexpr int count = int(std::size(Palette));
    return QColor::fromRgb(Palette[((index % count) + count) % count]);
}

QColor providerColor(const QString &provider)
{
    // One colour per provider, never shared (the series palette wraps after 8): the Okabe–Ito set
    // first, then Paul Tol's muted colours, none of them the grey of a folded "Other" slice.
    static const std::pair<const char *, QRgb> colours[] = {
        {"openai", 0x0072B2},     {"anthropic", 0xE69F00}, {"google", 0x009E73},      {"openrouter", 0xCC79A7},
        {"deepseek", 0x56B4E9},   {"xai", 0xD55E00},       {"groq", 0xF0E442},        {"perplexity", 0x8C6D31},
        {"mistral", 0x332288},    {"other", 0x882255},     {"claude-code", 0x44AA99}, {"codex-cli", 0x999933},
        {"gemini-cli", 0xAA4499},
    };
    for (const auto &[id, rgb] : colours) {
        if (provider == QLatin1String(id))
            return QColor::fromRgb(rgb);
    }
    return QColor(0x99, 0x99, 0x99);
}

QString moneyText(qint64 nanos)
{
    return Money::fromNanos(nanos).toDisplayString();   // the one rule for small amounts: Money's
}

QString exactMoneyText(qint64 nanos)
{
    const QLocale locale;
    const QString digits =
        Money::fromNanos(nanos < 0 ? -nanos : nanos).toExactString(2).replace(QLatin1Char('.'), locale.decimalPoint());
    return withDollarSign(digits, nanos < 0, locale);
}

QString moneyAxisFormat(const QString &number)
{
    return withDollarSign(number, false, QLocale());
}

QString percentText(qint64 basisPoints)
{
    const qint64 magnitude = std::abs(basisPoints);
    return (basisPoints < 0 ? QStringLiteral("-") : QString()) + QLocale().toString(magnitude / 100) +
           QLocale().decimalPoint() + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString compactCount(qint64 value)
{
    const QLocale locale;
    const auto scaled = [&](qint64 unit, const char *suffix) -> QString {
        // One decimal, truncated toward zero, from integers: 1'250'000 → "1.2M".
        const qint64 whole = value / unit;
        const qint64 tenth = (std::abs(value) % unit) * 10 / unit;
        QString text = locale.toString(whole);
        if (whole < 100 && tenth != 0)
            text += locale.decimalPoint() + QString::number(tenth);
        return text + QLatin1String(suffix);
    };
    const qint64 magnitude = std::abs(value);
    if (magnitude >= 1'000'000'000)
        return scaled(1'000'000'000, "B");
    if (magnitude >= 1'000'000)
        return scaled(1'000'000, "M");
    if (magnitude >= 10'000)
        return scaled(1'000, "k");
    return locale.toString(value);
}

}   // namespace tl::charts
