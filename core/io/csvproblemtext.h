#pragma once

#include <QString>

namespace tl {

// An import problem — a bad row's reason, why a file was refused — in the installed translation.
// The importer says them in English (what --json reports, the same on every machine); this
// recognises which of its sentences `english` is and says it again translated, with the same
// values (a column name among them translated too). Text it does not recognise (a database or
// file-system error) is returned as it is (*recognised false). tst_csvimport checks that every
// reason the importer gives is recognised.
QString translatedCsvProblem(const QString &english, bool *recognised = nullptr);

}   // namespace tl
