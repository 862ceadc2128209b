#include "records.h"

namespace tl {

QString costStatusName(CostStatus status)
{
    switch (status) {
    case CostStatus::Estimated:
        return QStringLiteral("estimated");
    case CostStatus::Reported:
        return QStringLiteral("reported");
    case CostStatus::Unpriced:
        return QStringLiteral("unpriced");
    }
    return QStringLiteral("unpriced");
}

std::optional<CostStatus> costStatusFromName(QStringView name)
{
    if (name == u"estimated")
        return CostStatus::Estimated;
    if (name == u"reported")
        return CostStatus::Reported;
    if (name == u"unpriced")
        return CostStatus::Unpriced;
    return std::nullopt;
}

}   // namespace tl
