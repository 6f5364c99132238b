// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace wb {

/// A fresh, randomly named (hexadecimal) working folder inside the scratch directory, removed with
/// everything in it when this object is destroyed (after success, failure or cancellation).
/// Used by one operation on its worker thread; move-only.
class ScratchDirectory
{
public:
    /// Checks `root` (existing, writable, on a local file system) and makes a new subfolder in it.
    /// An empty root means defaultRoot().
    static Result<ScratchDirectory> create(const QString &root);
    /// The same checks without creating anything.
    static Status validateRoot(const QString &root);
    /// The system's temporary folder.
    static QString defaultRoot();
    /// True for the file system types of network shares (nfs, cifs/smb, sshfs, 9p, ...).
    static bool isNetworkFileSystemType(const QByteArray &fsType);

    ScratchDirectory(ScratchDirectory &&other) noexcept;
    ScratchDirectory &operator=(ScratchDirectory &&other) noexcept;
    ScratchDirectory(const ScratchDirectory &) = delete;
    ScratchDirectory &operator=(const ScratchDirectory &) = delete;
    ~ScratchDirectory();

    QString path() const { return m_path; }
    QString filePath(const QString &name) const;
    /// Keeps the folder when this object dies (for staging data that outlives the operation).
    QString release();

private:
    explicit ScratchDirectory(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace wb
