#include "pagebounds.h"

#include <sqlite3.h>

#include <algorithm>

namespace tl {

namespace {

void bindText(sqlite3_stmt *s, int parameter, std::string_view text)
{
    sqlite3_bind_text(s, parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

}   // namespace

void PageBounds::add(const std::array<qint64, 5> &values, std::optional<qint64> cost,
                     const std::array<std::string_view, 4> &texts)
{
    const bool first = rows++ == 0;
    for (size_t i = 0; i < lo.size(); ++i) {
        lo[i] = first ? values[i] : std::min(lo[i], values[i]);
        hi[i] = first ? values[i] : std::max(hi[i], values[i]);
    }
    costNull = costNull || !cost;
    if (cost && (!costLo || *cost < *costLo))
        costLo = cost;
    if (cost && (!costHi || *cost > *costHi))
        costHi = cost;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (first || texts[i] < std::string_view(textLo[i]))
            textLo[i].assign(texts[i]);
        if (first || texts[i] > std::string_view(textHi[i]))
            textHi[i].assign(texts[i]);
    }
}

void PageBounds::merge(const PageBounds &o)
{
    const bool first = rows == 0;
    for (size_t i = 0; i < lo.size(); ++i) {
        lo[i] = first ? o.lo[i] : std::min(lo[i], o.lo[i]);
        hi[i] = first ? o.hi[i] : std::max(hi[i], o.hi[i]);
    }
    costNull = costNull || o.costNull;
    if (o.costLo && (!costLo || *o.costLo < *costLo))
        costLo = o.costLo;
    if (o.costHi && (!costHi || *o.costHi > *costHi))
        costHi = o.costHi;
    for (size_t i = 0; i < textLo.size(); ++i) {
        if (first || o.textLo[i] < textLo[i])
            textLo[i] = o.textLo[i];
        if (first || o.textHi[i] > textHi[i])
            textHi[i] = o.textHi[i];
    }
    rows += o.rows;
}

void PageBounds::bind(sqlite3_stmt *s) const
{
    int p = 3;
    bindText(s, p++, textLo[0]);
    bindText(s, p++, textHi[0]);
    for (size_t i = 0; i < lo.size(); ++i) {
        sqlite3_bind_int64(s, p++, lo[i]);
        sqlite3_bind_int64(s, p++, hi[i]);
    }
    for (const std::optional<qint64> &cost : {costNull ? std::nullopt : costLo, costHi}) {
        if (cost)
            sqlite3_bind_int64(s, p++, *cost);
        else
            sqlite3_bind_null(s, p++);
    }
    for (size_t i = 1; i < textLo.size(); ++i) {
        bindText(s, p++, textLo[i]);
        bindText(s, p++, textHi[i]);
    }
}

}   // namespace tl
