// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::test {

/// Extracts image `index` of `wimPath` (a split set's first part with `splitGlob` for the other
/// parts) with wimlib into a temporary folder and returns every entry's relative path mapped to
/// "dir" for folders or "<size>:<SHA-256 hex>" for files. wimlib verifies each blob's SHA-1 while
/// extracting, so two equal digests mean byte-equal trees.
Result<QMap<QString, QByteArray>> extractedTreeDigest(const QString &wimPath, int index, const QString &splitGlob = {});

/// Writes `totalBytes` of file data under `root/Bulk` in files of about `fileBytes` each: half
/// pseudo-random (incompressible), half repetitive text (compressible), reproducible from `seed`;
/// all pseudo-random with `randomOnly` (the slowest data for LZMS: tests that cancel inside a solid chunk).
bool writeBulkFiles(const QString &root, qint64 totalBytes, qint64 fileBytes = 4 * 1024 * 1024, quint32 seed = 1, bool randomOnly = false);

/// treeDigest (OfflineImageBuilder.h) of a folder in extractedTreeDigest's form: "dir" or
/// "<size>:<SHA-256 hex>" (without the hard link count), to compare a source with what was captured.
QMap<QString, QByteArray> contentTreeDigest(const QString &root);

/// Every path below `root` (not following links), relative to it, sorted.
QStringList entriesBelow(const QString &root);

/// SHA-256 of a whole file (empty on error).
QByteArray fileSha256(const QString &path);

} // namespace wb::test
