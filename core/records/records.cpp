#include "records.h"

#include "common/enumnames.h"

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
    return enumFromName<CostStatus>(name, {CostStatus::Estimated, CostStatus::Reported, CostStatus::Unpriced},
                                    costStatusName);
}

QString unattributedModel()
{
    return QStringLiteral("(unattributed)");
}

bool isUnattributedModel(QStringView model)
{
    return model == u"(unattributed)";
}

}   // namespace tl
