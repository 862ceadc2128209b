#pragma once

#include "csvimport.h"

#include <QFile>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace tl {

// The bytes an import reads, and what the import history records of them (name, size, SHA-256).
//
// A regular file is read twice: once here for its hash, then by the import. Anything else — a
// pipe, standard input ("-"), a device — can be read only once, so it is first copied into a
// private temporary file, hashed as it is copied. A stream holding binary data (a NUL byte:
// /dev/zero, /dev/urandom, a compressed file) is refused as soon as the byte is seen, rather
// than copied for ever: the CSV reader would refuse the whole file for it anyway.
class ImportInput
{
public:
    // Opens `path` ("-" for standard input). False with *error when it cannot be read.
    bool open(const QString &path, QString *error);

    // Positioned at the start; valid after open() returned true.
    QIODevice &device();
    const ImportSource &source() const { return m_source; }

private:
    bool hashRegularFile(QString *error);
    bool spool(QString *error);

    QFile m_file;
    std::unique_ptr<QTemporaryFile> m_spool;
    ImportSource m_source;
};

}   // namespace tl
