#include "importinput.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace tl {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;

QString binaryData()
{
    return QStringLiteral("this is not a CSV file (it contains binary data)");
}

}   // namespace

bool ImportInput::open(const QString &path, QString *error)
{
    const bool standardInput = path == QLatin1String("-");
    const bool opened = standardInput ? m_file.open(stdin, QIODevice::ReadOnly)
                                      : (m_file.setFileName(path), m_file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = m_file.errorString();
        return false;
    }
    m_source.fileName = standardInput ? QStringLiteral("standard input") : QFileInfo(path).fileName();
    // A FIFO, a character device or a socket is read once (Qt calls them sequential).
    if (standardInput || m_file.isSequential() || !QFileInfo(path).isFile())
        return spool(error);
    return hashRegularFile(error);
}

QIODevice &ImportInput::device()
{
    if (m_spool)
        return *m_spool;
    return m_file;
}

bool ImportInput::hashRegularFile(QString *error)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&m_file) || !m_file.seek(0)) {
        *error = m_file.errorString();
        return false;
    }
    m_source.size = m_file.size();
    m_source.sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

bool ImportInput::spool(QString *error)
{
    // In the temporary folder, readable by this user only (QTemporaryFile's default), removed
    // when the import is done.
    m_spool = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("tokenledger-import-XXXXXX.csv")));
    if (!m_spool->open()) {
        *error = QStringLiteral("cannot make a temporary copy of the input: %1").arg(m_spool->errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_file.read(chunk.data(), ChunkBytes);
        if (n < 0) {
            *error = m_file.errorString();
            return false;
        }
        if (n == 0)
            break;
        if (std::memchr(chunk.constData(), '\0', size_t(n))) {
            *error = binaryData();
            return false;
        }
        hash.addData(QByteArrayView(chunk.constData(), n));
        if (m_spool->write(chunk.constData(), n) != n) {
            *error = QStringLiteral("cannot make a temporary copy of the input: %1").arg(m_spool->errorString());
            return false;
        }
        m_source.size += n;
    }
    if (!m_spool->flush() || !m_spool->seek(0)) {
        *error = QStringLiteral("cannot make a temporary copy of the input: %1").arg(m_spool->errorString());
        return false;
    }
    m_source.sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

}   // namespace tl
