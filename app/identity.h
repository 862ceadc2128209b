#pragma once

#include "version.h"

#include <QCoreApplication>

namespace tl {

// Names that decide where QStandardPaths puts our files (~/.local/share/TokenLedger, ...).
inline void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("TokenLedger"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENLEDGER_VERSION));
}

}   // namespace tl
