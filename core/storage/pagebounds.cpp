#include "pagebounds.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

namespace tl {

using sql::bindText;

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
