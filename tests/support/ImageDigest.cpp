// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"

#include "WimBuilder.h"

#include "wim/WimLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb::test {

Result<QMap<QString, QByteArray>> extractedTreeDigest(const QString &wimPath, int index, const QString &splitGlob)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    int rc = wimlib_open_wim(QFile::encodeName(wimPath).constData(), 0, &wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not open %1"_s.arg(wimPath), wimPath);
    if (!splitGlob.isEmpty()) {
        const QByteArray glob = QFile::encodeName(splitGlob);
        const char *globs[] = {glob.constData()};
        rc = wimlib_reference_resource_files(wim, globs, 1, WIMLIB_REF_FLAG_GLOB_ENABLE | WIMLIB_REF_FLAG_GLOB_ERR_ON_NOMATCH, 0);
    }
    QTemporaryDir dir;
    const QString target = dir.filePath(u"x"_s);
    if (rc == 0)
        rc = wimlib_extract_image(wim, index, QFile::encodeName(target).constData(), WIMLIB_EXTRACT_FLAG_NO_ACLS);
    wimlib_free(wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not extract image %1 of %2"_s.arg(index).arg(wimPath), wimPath);

    QMap<QString, QByteArray> digest;
    QDirIterator it(target, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir base(target);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = base.relativeFilePath(path);
        if (fi.isDir() && !fi.isSymLink()) {
            digest.insert(rel, "dir");
            continue;
        }
        digest.insert(rel, QByteArray::number(fi.size()) + ':' + fileSha256(path));
    }
    return digest;
}

bool writeBulkFiles(const QString &root, qint64 totalBytes, qint64 fileBytes, quint32 seed, bool randomOnly)
{
    quint32 x = seed * 2654435761u + 1;
    qint64 written = 0;
    int n = 0;
    const QByteArray line = "The quick brown fox jumps over the lazy dog; WimBench bulk data line.\r\n";
    while (written < totalBytes) {
        const qint64 size = std::min(fileBytes, totalBytes - written);
        QByteArray data(size, '\0');
        if (randomOnly || n % 2 == 0) {
            for (qint64 i = 0; i < size; ++i) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                data[i] = char(x & 0xff);
            }
        } else {
            for (qint64 i = 0; i < size; ++i)
                data[i] = line[int((i + n) % line.size())];
        }
        if (!writeFile(root, u"Bulk/part%1.bin"_s.arg(n, 4, 10, QLatin1Char('0')), data))
            return false;
        written += size;
        ++n;
    }
    return true;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QMap<QString, QByteArray> contentTreeDigest(const QString &root)
{
    QMap<QString, QByteArray> d = treeDigest(root);
    for (auto it = d.begin(); it != d.end(); ++it) {
        const QList<QByteArray> parts = it.value().split(':');
        if (parts.size() == 3)
            it.value() = parts[0] + ':' + parts[1];
    }
    return d;
}

QStringList entriesBelow(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace wb::test
