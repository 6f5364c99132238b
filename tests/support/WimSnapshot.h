// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace wb::test {

/// Everything the tests compare about one file or folder of an image, read with wimlib.
struct EntrySnapshot
{
    bool isDirectory = false;
    quint64 size = 0;
    quint32 attributes = 0;
    QByteArray sha1;               ///< SHA-1 of the unnamed data stream (hex), empty for none
    QByteArray securityDescriptor; ///< raw bytes, empty when the file has none
    QMap<QString, QByteArray> namedStreams; ///< name -> SHA-1 (hex)
    qint64 creationTime = 0;       ///< 100 ns since 1601 (wimlib's timespec folded)
    qint64 lastWriteTime = 0;
    quint32 unixMode = 0; ///< 0 when the image records no UNIX data for the file
    quint32 unixUid = 0;
    quint32 unixGid = 0;

    bool operator==(const EntrySnapshot &) const = default;
    /// One line for failure messages.
    QString describe() const;
};

/// Path ('/'-separated, "/" for the root) -> snapshot, for image `index` of `wimPath`; empty with
/// `error` set when the file cannot be read.
QMap<QString, EntrySnapshot> snapshotImage(const QString &wimPath, int index, QString *error = nullptr);

/// Number of images in `wimPath`, -1 when it cannot be opened.
int wimImageCount(const QString &wimPath);

/// wimlib_verify_wim on `wimPath`: empty on success, the error text otherwise.
QString verifyWim(const QString &wimPath);

/// SHA-1 (hex) of `data`, as snapshots store it.
QByteArray sha1Hex(const QByteArray &data);

} // namespace wb::test
