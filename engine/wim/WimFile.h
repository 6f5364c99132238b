// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryEntry.h"
#include "ImageInfo.h"
#include "WimHeaderInfo.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

struct WIMStruct;

namespace wb {

struct WimOpenOptions
{
    /// Verify the integrity table while opening; a mismatch fails the open.
    bool checkIntegrity = false;
    /// Open for in-place modification (refused by wimlib for split and read-only files).
    bool writeAccess = false;
    /// Glob of all parts of a split set (`install*.swm`). Empty: `<folder>/<stem>*.swm` when the
    /// file turns out to be the first part of a split set. A relative pattern that matches nothing
    /// from the current folder is taken relative to the first part's folder.
    QString splitPattern;
};

/// An open WIM/ESD/SWM file (wimlib's WIMStruct). Move-only; used by one thread at a time
/// (normally the worker thread of the operation that opened it); closes the file when destroyed.
class WimFile
{
public:
    /// Opens `path`. `context`, if given, receives integrity-check progress and can cancel it.
    static Result<WimFile> open(const QString &path, const WimOpenOptions &options = {},
                                OperationContext *context = nullptr);

    /// What `open` refuses before it opens anything: a path that does not exist
    /// (wim.file-not-found), a folder (wim.is-directory), anything but a regular file (wim.not-a-file).
    static Status checkImagePath(const QString &path);

    /// A new, empty WIM in memory (wimlib_create_new_wim) with the given wimlib compression type
    /// and chunk size (0: wimlib's default), to add images to and write with WimWriter. `path` is
    /// where it will be written (for messages).
    static Result<WimFile> createNew(int wimlibCompressionType, quint32 chunkSize, const QString &path);

    WimFile(WimFile &&other) noexcept;
    WimFile &operator=(WimFile &&other) noexcept;
    WimFile(const WimFile &) = delete;
    WimFile &operator=(const WimFile &) = delete;
    ~WimFile();

    QString path() const { return m_path; }
    const WimHeaderInfo &header() const { return m_header; }
    IntegrityStatus integrity() const { return m_integrity; }
    int imageCount() const { return m_header.imageCount; }
    /// Re-reads header facts (after a write).
    void refreshHeader();

    /// The name of image `index` (1-based); empty when it has none.
    QString imageName(int index) const;
    ImageInfo imageInfo(int index) const;
    QList<ImageInfo> images() const;

    /// The 1-based index selected by an index or a name (exactly one of them may be given; with
    /// neither, a file with one image selects it). Errors name the file and what exists.
    Result<int> resolveImage(std::optional<int> index, const QString &name) const;

    /// The entry at `path` (a '/'-separated path inside image `index`).
    Result<DirectoryEntry> stat(int index, const QString &path) const;
    /// The children of the folder at `path`, folders first, then by name (case-insensitive).
    Result<QList<DirectoryEntry>> listDirectory(int index, const QString &path) const;
    /// Calls `visit` for `path` and everything below it (recursive) or its children only.
    /// `visit` returns false to stop early (the result is then success). Cancellation via context.
    Status walk(int index, const QString &path, bool recursive, const std::function<bool(const DirectoryEntry &)> &visit,
                OperationContext *context = nullptr) const;
    /// Walks all of image `index` for its names only (no DirectoryEntry is built): the walk's
    /// wim.unsafe-entry-name for a name with '/' or '\\', wimlib's error for a cyclic tree.
    Status checkEntryNames(int index, OperationContext *context) const;

private:
    friend WIMStruct *wimHandle(const WimFile &file);
    WimFile(WIMStruct *wim, QString path) : m_wim(wim), m_path(std::move(path)) {}
    WIMStruct *m_wim = nullptr;
    QString m_path;
    WimHeaderInfo m_header;
    IntegrityStatus m_integrity = IntegrityStatus::NotChecked;
};

/// Normalises an image path typed by a person ("Windows\\System32", "/Windows/") to "/Windows/System32".
QString normaliseImagePath(const QString &path);

} // namespace wb
