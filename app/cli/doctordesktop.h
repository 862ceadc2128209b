#pragma once

#include <QList>
#include <QString>

namespace tl::cli {

// One line of `tokenledger doctor`.
struct DoctorFinding
{
    enum Level
    {
        Ok,
        Note,      // worth knowing, nothing to fix
        Warning,   // works, but less well than it could
        Problem,   // something TokenLedger needs is missing: the exit status is 1
    };
    QString area;
    Level level = Ok;
    QString detail;
    QString fix;   // what to do, when there is something to do
};

// The desktop services alerts reach the user through: the notification service and the tray.
// Platform code (the freedesktop D-Bus names on Linux) stays in doctordesktop.cpp.
QList<DoctorFinding> desktopFindings();

}   // namespace tl::cli
