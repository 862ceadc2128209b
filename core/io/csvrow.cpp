#include "csvrow.h"

#include "common/dates.h"
#include "pricing/costcalculator.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace tl {

namespace {

// "hh:mm[:ss[.fff]]" as seconds of the day, or -1.
int secondsOfDay(QStringView time)
{
    const auto two = [&](qsizetype at) {
        if (time.size() < at + 2 || !time.at(at).isDigit() || !time.at(at + 1).isDigit())
            return -1;
        return (time.at(at).unicode() - u'0') * 10 + (time.at(at + 1).unicode() - u'0');
    };
    const int hours = two(0);
    const int minutes = time.size() > 2 && time.at(2) == u':' ? two(3) : -1;
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return -1;
    const int seconds = time.size() > 5 && time.at(5) == u':' ? two(6) : 0;
    return seconds < 0 || seconds > 60 ? -1 : hours * 3600 + minutes * 60 + std::min(seconds, 59);
}

// The UTC day of a time of `day` written with an offset from UTC ("23:30:00-02:00", "…+0530",
// "…+01"): `day` itself when there is no offset, a zero one or "Z", or the time cannot be read.
QDate utcDayOf(QDate day, QStringView time)
{
    const qsizetype sign = std::max(time.lastIndexOf(u'+'), time.lastIndexOf(u'-'));
    if (sign < 5)   // no offset after "hh:mm"
        return day;
    const int at = secondsOfDay(time.left(sign));
    QString offset = time.mid(sign + 1).toString();
    offset.remove(u':');
    bool ok = false;
    const int hhmm = offset.toInt(&ok);
    if (at < 0 || !ok || (offset.size() != 2 && offset.size() != 4))
        return day;
    const int minutes = offset.size() == 2 ? hhmm * 60 : (hhmm / 100) * 60 + hhmm % 100;
    const int utc = at - (time.at(sign) == u'-' ? -1 : 1) * minutes * 60;
    return utc < 0 ? day.addDays(-1) : utc >= 86400 ? day.addDays(1) : day;
}

std::optional<QDate> parseDay(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // An ISO day ("2026-03-01…") is looked for first: most files have one, and it is no number.
    if (text.size() < 10 || text.at(4) != u'-') {
        if (!std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        // "20261101" is the ISO basic form of a day; Unix seconds (OpenAI's start_time) of any day
        // since 1973 have 9 digits or more. A shorter number is no day ("20261101" was once read as
        // seconds: 1970-08-23).
        if (text.size() == 8)
            return parseIsoDay(QString(text.left(4) + u'-' + text.mid(4, 2) + u'-' + text.mid(6)));
        bool fits = false;
        const qint64 seconds = text.toLongLong(&fits);
        if (text.size() >= 9 && fits)
            return utcDayOfUnixSeconds(seconds);
        return std::nullopt;
    }
    if (text.size() > 10 && text.at(10) != u'T' && text.at(10) != u' ')
        return std::nullopt;
    const std::optional<QDate> day = parseIsoDay(QStringView(text).left(10));
    // A time with an offset is a moment: its UTC day ("2026-11-01T23:30:00-02:00" is 2 November).
    if (day && text.size() > 16)
        return utcDayOf(*day, QStringView(text).mid(11));
    return day;
}

bool parseCount(const QString &raw, qint64 *value, QString *reason, QLatin1String column)
{
    // The usual cell, a few plain digits (at most 18 always fit in 64 bits), is read here; the
    // general parse, and the column's name its messages need, only for anything else.
    if (!raw.isEmpty() && raw.size() <= 18) {
        qint64 number = 0;
        bool digits = true;
        for (const QChar c : raw) {
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            number = number * 10 + (c.unicode() - u'0');
        }
        if (digits) {
            *value = number;
            return true;
        }
    }
    const auto count = parseCsvCount(raw, QString(column), reason);
    if (count)
        *value = count.value();
    return count.has_value();
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Anthropic's context window: the Console writes "≤ 200k" / "> 200k", the Admin API's field names
// come with "0-200k" / "200k-1M". Long context (priced higher) is a window past 200k tokens, or one
// that starts there. Other text is nullopt, a bad row: a guess would price it at the wrong rate.
std::optional<bool> longContextWindow(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    if (t.startsWith(u'>'))
        return true;
    if (t.startsWith(u'<') || t.startsWith(QChar(0x2264)))   // "<", "<=", "≤"
        return false;
    static const QRegularExpression range(
        QStringLiteral("^(\\d{1,7})\\s*([kKmM]?)\\s*[-\\x{2013}]\\s*\\d{1,7}\\s*[kKmM]?$"));
    const QRegularExpressionMatch m = range.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const qint64 start = m.captured(1).toLongLong() * (unit == u"k" ? 1000 : unit == u"m" ? 1'000'000 : 1);
    return start >= 200'000;
}

const QRegularExpression &currencyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re;
}

// "1,234,567.89" -> "1234567.89"; nullopt unless every comma sits between groups of three digits
// in the whole part, with one to three digits before the first.
std::optional<QString> withoutThousandsSeparators(QStringView number)
{
    const qsizetype point = number.indexOf(u'.');
    const QStringView whole = point < 0 ? number : number.left(point);
    const QStringView fraction = point < 0 ? QStringView() : number.mid(point);
    if (fraction.contains(u',') || fraction.contains(u'e') || fraction.contains(u'E'))
        return std::nullopt;
    const QList<QStringView> groups = whole.split(u',');
    QString out;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups.at(i);
        const bool sizeOk = i == 0 ? g.size() >= 1 && g.size() <= 3 : g.size() == 3;
        if (!sizeOk || !std::all_of(g.begin(), g.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        out += g;
    }
    return out + fraction;
}

bool isAiService(const QString &service)
{
    const QString s = service.toLower();
    return s.contains(u"gemini") || s.contains(u"vertex ai") || s.contains(u"generative language");
}

}   // namespace

std::optional<qint64> parseCsvCount(QStringView raw, const QString &column, QString *reason)
{
    QStringView text = raw.trimmed();
    if (text.isEmpty())
        return 0;
    // "59200.0": a whole number written as a float. The zeros after the point carry nothing.
    if (const qsizetype point = text.indexOf(u'.'); point > 0) {
        const QStringView fraction = text.mid(point + 1);
        if (!fraction.isEmpty() && std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; }))
            text = text.left(point);
    }
    // "-0" (a spreadsheet's negative zero) is zero, not a negative count.
    if (text.size() > 1 && text.front() == u'-' &&
        std::all_of(text.begin() + 1, text.end(), [](QChar c) { return c == u'0'; }))
        return 0;
    const bool digits =
        !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits) {
        *reason = text.size() > 1 && text.startsWith(u'-')
                      ? QStringLiteral("negative %1 (%2)").arg(column, raw.trimmed())
                      : QStringLiteral("%1 \"%2\" is not a whole number").arg(column, raw.trimmed());
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        *reason = QStringLiteral("%1 \"%2\" is too large (the limit is %3)")
                      .arg(column, raw.trimmed())
                      .arg(std::numeric_limits<qint64>::max());
        return std::nullopt;
    }
    return value;
}

std::optional<Money> parseCsvAmount(QStringView text, Money::Unit unit, QString *reason)
{
    const QStringView cell = text.trimmed();
    QStringView rest = cell;
    QString sign;
    const auto takeSign = [&] {
        if (!rest.isEmpty() && (rest.front() == u'-' || rest.front() == u'+') && sign.isEmpty()) {
            sign = rest.front();
            rest = rest.mid(1);
        }
    };
    takeSign();   // "-$1.50"
    if (rest.startsWith(u'$')) {
        // "$ 12.50": spaces may follow the sign, nothing else ("$\n3" is not an amount).
        rest = rest.mid(1);
        while (rest.startsWith(u' '))
            rest = rest.mid(1);
    }
    takeSign();   // "$-1.50"
    QString number = rest.toString();
    if (rest.contains(u',')) {
        const std::optional<QString> plain = withoutThousandsSeparators(rest);
        if (!plain) {
            *reason = QStringLiteral("cost \"%1\" is not a decimal amount: a comma may only separate thousands, as "
                                     "in 1,234.50")
                          .arg(cell);
            return std::nullopt;
        }
        number = *plain;
    }
    // Money::parse would accept a sign here too: "$+-1" or "--1" are not amounts.
    if (number.startsWith(u'-') || number.startsWith(u'+') || number.startsWith(u' ')) {
        *reason = QStringLiteral("cost \"%1\" is not a decimal amount").arg(cell);
        return std::nullopt;
    }
    const Money::ParseResult parsed = Money::parse(QString(sign + number), unit);
    if (parsed.error == Money::ParseError::Overflow) {
        *reason = QStringLiteral("cost \"%1\" is too large (the limit is $%2)")
                      .arg(cell, Money::fromNanos(std::numeric_limits<qint64>::max()).toExactString());
        return std::nullopt;
    }
    if (!parsed.value) {
        *reason = QStringLiteral("cost \"%1\" is not a decimal amount").arg(cell);
        return std::nullopt;
    }
    return parsed.value;
}

CsvRow parseCsvRow(const CsvMapping &m, const QStringList &row, qsizetype columnCount, const QString &provider)
{
    CsvRow out;
    const auto bad = [&out](const QString &reason) {
        out.kind = CsvRow::Kind::Bad;
        out.reason = reason;
        return out;
    };
    const auto field = [&m, &row](CsvField f) -> QString {
        const int i = m.columns.value(f, -1);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    // Read where each kind of row needs it, so a row with two faults keeps reporting the first.
    const auto unknownWindow = [&] {
        return bad(QStringLiteral("unknown context window \"%1\"").arg(field(CsvField::ContextWindow)));
    };
    if (row.size() != columnCount)
        return bad(QStringLiteral("expected %1 columns, found %2").arg(columnCount).arg(row.size()));
    // An empty time bucket (OpenAI): the times and nothing else. Not usage, not a bad row.
    if (m.blankBucketsSkipped && row.size() > m.timeColumns.size()) {
        bool blank = true;
        for (qsizetype i = 0; i < row.size() && blank; ++i)
            blank = m.timeColumns.contains(int(i)) || isBlank(row.at(i));
        if (blank) {
            out.kind = CsvRow::Kind::Skipped;
            out.reason = QStringLiteral("an empty time bucket");
            return out;
        }
    }
    const std::optional<QDate> day = parseDay(field(CsvField::Date));
    if (!day)
        return bad(QStringLiteral("bad date \"%1\"").arg(field(CsvField::Date)));
    out.day = *day;
    const QString currency = field(CsvField::Currency).toUpper();
    if (m.has(CsvField::Currency) && !currency.isEmpty() && !currencyPattern().match(currency).hasMatch())
        return bad(QStringLiteral("unknown currency \"%1\"").arg(field(CsvField::Currency)));
    if (!field(CsvField::CostUsd).isEmpty()) {
        QString reason;
        out.cost = parseCsvAmount(field(CsvField::CostUsd), m.centsNotDollars ? Money::Unit::Cents : Money::Unit::Usd,
                                  &reason);
        if (!out.cost)
            return bad(reason);
    }
    out.project = field(CsvField::Project);

    if (m.costsOnly) {
        if (m.has(CsvField::Service) && !isAiService(field(CsvField::Service))) {
            out.kind = CsvRow::Kind::Skipped;
            out.reason = QStringLiteral("not an AI service");
            return out;
        }
        if (!out.cost)
            return bad(QStringLiteral("no cost"));
        QString item = field(CsvField::LineItem);
        if (m.has(CsvField::Service))
            item = field(CsvField::Service) + QStringLiteral(" — ") + item;
        if (m.displayModelNames) {
            // One line per model (token types of one day summed), kept apart by what is priced
            // differently: batch, long context, and costs that are not tokens.
            out.displayModel = field(CsvField::Model);
            item = out.displayModel.isEmpty() ? QStringLiteral("usage") : out.displayModel;
            const QString costType = field(CsvField::CostType).toLower();
            if (!costType.isEmpty() && costType != u"tokens" && costType != u"token")
                item += QStringLiteral(", ") + field(CsvField::CostType);
            const QString usageType = field(CsvField::UsageType).toLower();
            if (!usageType.isEmpty() && usageType != u"standard")
                item += QStringLiteral(" (%1)").arg(field(CsvField::UsageType));
            const std::optional<bool> longContext = longContextWindow(field(CsvField::ContextWindow));
            if (!longContext)
                return unknownWindow();
            if (*longContext)
                item += QStringLiteral(" (long context)");
        }
        if (item.isEmpty())
            item = field(CsvField::Model).isEmpty() ? QStringLiteral("usage") : field(CsvField::Model);
        out.lineItem = item;
        // A currency column with an empty cell: the amount could be in any currency.
        if (m.has(CsvField::Currency) && currency.isEmpty())
            return bad(QStringLiteral("no currency"));
        out.currency = currency.isEmpty() ? QStringLiteral("USD") : currency;
        out.kind = CsvRow::Kind::Cost;
        return out;
    }

    out.model = field(CsvField::Model);
    if (out.model.isEmpty())
        return bad(QStringLiteral("no model"));
    const bool gateway = provider == u"openrouter";
    if (m.has(CsvField::Provider) && !field(CsvField::Provider).isEmpty() && !gateway &&
        field(CsvField::Provider).toLower() != provider)
        return bad(
            QStringLiteral("provider \"%1\" is not this account's (%2)").arg(field(CsvField::Provider), provider));
    if (out.cost && out.cost->isNegative())
        return bad(QStringLiteral("negative cost"));
    if (out.cost && !currency.isEmpty() && currency != u"USD")
        return bad(QStringLiteral("usage costs must be in USD, not %1").arg(currency));
    const std::pair<CsvField, const char *> countFields[] = {
        {CsvField::InputTokens, "input tokens"},
        {CsvField::CachedTokens, "cached tokens"},
        {CsvField::CacheWriteTokens, "cache-write tokens"},
        {CsvField::CacheWrite1hTokens, "1-hour cache-write tokens"},
        {CsvField::OutputTokens, "output tokens"},
        {CsvField::Requests, "requests"}};
    qint64 *const counts[] = {&out.inputTokens,        &out.cachedTokens, &out.cacheWriteTokens,
                              &out.cacheWrite1hTokens, &out.outputTokens, &out.requests};
    QString reason;
    for (int i = 0; i < 6; ++i) {
        if (!parseCount(field(countFields[i].first), counts[i], &reason, QLatin1String(countFields[i].second)))
            return bad(reason);
    }
    // The tier, as the API adapters store it: OpenAI's service_tier, "batch" for batch requests;
    // Anthropic's usage_type when not standard; long-context rows marked apart.
    out.serviceTier = field(CsvField::ServiceTier);
    const QString batch = field(CsvField::Batch).toLower();
    if (batch == u"true" || batch == u"1")
        out.serviceTier = QStringLiteral("batch");
    const QString usageType = field(CsvField::UsageType);
    if (!usageType.isEmpty() && usageType.compare(u"standard", Qt::CaseInsensitive) != 0)
        out.serviceTier = usageType.toLower();
    const std::optional<bool> longContext = longContextWindow(field(CsvField::ContextWindow));
    if (!longContext)
        return unknownWindow();
    if (*longContext)
        out.serviceTier = withLongContext(out.serviceTier);
    qint64 uncached = -1;
    if (m.has(CsvField::UncachedInputTokens) && !field(CsvField::UncachedInputTokens).isEmpty() &&
        !parseCount(field(CsvField::UncachedInputTokens), &uncached, &reason, QLatin1String("uncached input tokens")))
        return bad(reason);
    if (uncached >= 0) {
        out.inputTokens = uncached;   // given explicitly: input_tokens includes the cached ones
    } else if (m.inputIncludesCached) {
        if (out.cachedTokens > out.inputTokens)
            return bad(QStringLiteral("more cached tokens (%1) than input tokens (%2)")
                           .arg(out.cachedTokens)
                           .arg(out.inputTokens));
        out.inputTokens -= out.cachedTokens;   // stored input is uncached
    }
    out.apiKeyId = field(CsvField::ApiKey);
    out.kind = CsvRow::Kind::Usage;
    return out;
}

}   // namespace tl
