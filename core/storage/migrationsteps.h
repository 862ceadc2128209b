#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstddef>

// The schema's upgrade steps, shared by migrations.cpp (versions 1–8 and the step list) and
// rollupmigrations.cpp (versions 9–13, 16 and 18–21). Internal to core/storage.
namespace tl::migrations {

// Runs each statement through sql::execSchema (translated for the connection's dialect); stops at
// the first that fails.
bool execAll(QSqlDatabase db, const char *const *statements, std::size_t count, QString *error);
template <std::size_t N> bool execAll(QSqlDatabase db, const char *const (&statements)[N], QString *error)
{
    return execAll(db, statements, N, error);
}

bool upgradeTo9(QSqlDatabase db, QString *error);
bool upgradeTo10(QSqlDatabase db, QString *error);
bool upgradeTo11(QSqlDatabase db, QString *error);
bool upgradeTo12(QSqlDatabase db, QString *error);
bool upgradeTo13(QSqlDatabase db, QString *error);
bool upgradeTo16(QSqlDatabase db, QString *error);
bool upgradeTo18(QSqlDatabase db, QString *error);
bool upgradeTo19(QSqlDatabase db, QString *error);
bool upgradeTo20(QSqlDatabase db, QString *error);
bool upgradeTo21(QSqlDatabase db, QString *error);
bool upgradeTo22(QSqlDatabase db, QString *error);
bool upgradeTo23(QSqlDatabase db, QString *error);

}   // namespace tl::migrations
