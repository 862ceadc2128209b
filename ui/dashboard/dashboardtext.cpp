#include "dashboardtext.h"

#include "common/cheapstyle.h"
#include "common/dates.h"
#include "common/int128.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tl::dashboard {

using i128 = Int128;

namespace {

// Turns a label's text interaction on the first time the pointer reaches it (or it is pressed, asked
// for its context menu or given focus), then steps aside. The pointer enters before it can press, so
// selecting and copying work as on any selectable label.
class SelectableOnDemand final : public QObject
{
public:
    SelectableOnDemand(Qt::TextInteractionFlags flags, QLabel *label)
        : QObject(label)
        , m_flags(flags)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseButtonPress:
        case QEvent::ContextMenu:
        case QEvent::FocusIn:
            if (auto *l = qobject_cast<QLabel *>(watched)) {
                l->removeEventFilter(this);
                l->setTextInteractionFlags(m_flags);   // the event then goes on to the label's new text control
                deleteLater();
            }
            break;
        default:
            break;
        }
        return false;
    }

private:
    Qt::TextInteractionFlags m_flags;
};

}   // namespace

void selectableOnDemand(QLabel *label, Qt::TextInteractionFlags flags)
{
    new SelectableOnDemand(flags, label);
}

QLabel *label(const QString &objectName, QWidget *parent, qreal scale, bool bold)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    selectableOnDemand(l, Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    if (bold)
        f.setWeight(QFont::DemiBold);
    l->setFont(f);
    return l;
}

// A KPI card: a caption, a big figure and a line or two that say what the figure is.
QFrame *card(const QString &caption, QLabel **title, QLabel *value, QLabel *detail, QWidget *parent)
{
    // Drawn, not styled: a style sheet here polished each card and its labels through
    // QStyleSheetStyle before the first paint.
    auto *frame = new RoundedFrame(QPalette::Base, 8, parent);
    frame->setObjectName(QStringLiteral("kpiCard"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    QLabel *captionLabel = label(QString(), frame, 0.95, true);
    captionLabel->setText(caption);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    if (title)
        *title = captionLabel;
    layout->addWidget(captionLabel);
    value->setParent(frame);
    layout->addWidget(value);
    detail->setParent(frame);
    layout->addWidget(detail);
    layout->addStretch(1);
    return frame;
}

QWidget *section(const QString &title, QWidget *body, QWidget *trailing, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    QLabel *heading = label(QString(), box, 1.15, true);
    heading->setText(title);
    header->addWidget(heading, 1);
    if (trailing)
        header->addWidget(trailing);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return box;
}

// (a − b) / b in hundredths of a percent, half-even; nullopt when b is zero.
std::optional<qint64> changeBasisPoints(Money a, Money b)
{
    if (b.nanos() <= 0)
        return std::nullopt;
    i128 n = (static_cast<i128>(a.nanos()) - b.nanos()) * 10000;
    const bool negative = n < 0;
    if (negative)
        n = -n;
    i128 q = n / b.nanos();
    const i128 r = n % b.nanos();
    if (r * 2 > b.nanos() || (r * 2 == b.nanos() && q % 2 == 1))
        ++q;
    return static_cast<qint64>(negative ? -q : q);
}

QString shortDay(QDate day)
{
    return QLocale().toString(day, dayPattern(QLocale(), false));
}

QString longDay(QDate day)
{
    return QLocale().toString(day, dayPattern(QLocale()));
}

QString amountIn(const QString &currency, Money amount)
{
    if (currency == QStringLiteral("USD"))
        return amount.toDisplayString();
    return amountInCurrency(amount, currency);
}

}   // namespace tl::dashboard
