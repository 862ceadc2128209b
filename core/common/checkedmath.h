#pragma once

#include "common/overflow.h"
#include "money/money.h"

#include <QString>

namespace tl {

// Sums that either fit or say so. Collects the first sum that does not fit in 64 bits, so an
// answer is exact or fails as a whole with a message naming what overflowed — never a wrapped
// (negative) or silently capped figure. `describe` is called only on overflow.
class OverflowGuard
{
public:
    template <typename Describe> qint64 add(qint64 a, qint64 b, Describe &&describe)
    {
        qint64 sum = 0;
        if (addOverflows(a, b, &sum)) {
            fail(describe());
            return a;
        }
        return sum;
    }
    template <typename Describe> Money add(Money a, Money b, Describe &&describe)
    {
        if (const auto sum = a.checkedAdd(b))
            return *sum;
        fail(describe());
        return a;
    }
    bool failed() const { return !m_what.isEmpty(); }
    // "the tokens of gpt-4o in 2026-03 are too large to add up (more than 9,223,372,036,854,775,807)"
    QString message() const { return QStringLiteral("%1 are too large to add up (more than 2^63 − 1)").arg(m_what); }
    // Fills *error when a sum overflowed; true when all fitted.
    bool check(QString *error) const
    {
        if (failed() && error)
            *error = message();
        return !failed();
    }

private:
    void fail(const QString &what)
    {
        if (m_what.isEmpty())
            m_what = what;
    }
    QString m_what;
};

}   // namespace tl
