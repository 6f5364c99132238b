// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct zip;
struct zip_file;
struct zip_error;

namespace wb {

/// One entry of a ZIP archive as its central directory (ZIP64 records included) describes it.
/// Local headers are never trusted for sizes: MakeAppx writes zeros there (data descriptors).
struct ZipEntry
{
    qint64 index = -1;
    QByteArray rawName; ///< as stored (percent-encoded for packages)
    QString name;       ///< percent-decoded, UTF-8
    quint64 size = 0;   ///< uncompressed
    quint64 compressedSize = 0;
    quint16 method = 0; ///< 0 stored, 8 deflated
    bool isDirectory = false;

    bool isStored() const { return method == 0; }
};

/// Streams the uncompressed bytes of one entry. Move-only; used on one thread; must not outlive
/// the ZipArchive it came from.
class ZipEntryReader
{
public:
    ZipEntryReader(ZipEntryReader &&other) noexcept;
    ZipEntryReader &operator=(ZipEntryReader &&other) noexcept;
    ~ZipEntryReader();

    /// Up to `max` bytes; 0 at the end of the entry.
    Result<qint64> read(char *data, qint64 max);

private:
    friend class ZipArchive;
    ZipEntryReader(zip_file *file, QString archive, QString entry) : m_file(file), m_archive(std::move(archive)), m_entry(std::move(entry)) {}
    zip_file *m_file = nullptr;
    QString m_archive;
    QString m_entry;
};

/// The single libzip adapter: opens a ZIP file (or a byte range of one, for a package stored
/// inside a bundle), lists its entries from the central directory, streams entries, and turns
/// libzip errors into wb::Error (codes appx.not-a-zip, appx.zip-corrupted, appx.zip-crc,
/// appx.file-unreadable, appx.zip-error). Read-only. Used by one thread at a time; move-only.
class ZipArchive
{
public:
    /// The whole file.
    static Result<ZipArchive> open(const QString &path);
    /// `length` bytes of `path` from `offset`, opened in place (nothing is copied).
    /// `displayName` names it in messages, e.g. "bundle.msixbundle/App_x64.msix".
    static Result<ZipArchive> openRange(const QString &path, quint64 offset, quint64 length, const QString &displayName);

    ZipArchive(ZipArchive &&other) noexcept;
    ZipArchive &operator=(ZipArchive &&other) noexcept;
    ~ZipArchive();

    QString path() const { return m_path; }
    QString displayName() const { return m_displayName; }
    /// Where the archive lies in path(): 0 and the file size, or the range openRange() was given.
    quint64 rangeOffset() const { return m_rangeOffset; }
    quint64 rangeLength() const { return m_rangeLength; }
    const QList<ZipEntry> &entries() const { return m_entries; }
    /// By decoded name, case-insensitively, '\' and '/' alike; nullptr when absent.
    const ZipEntry *find(const QString &name) const;

    Result<ZipEntryReader> openEntry(const ZipEntry &entry) const;
    /// The whole entry, refusing entries larger than `limit` (appx.entry-too-large).
    Result<QByteArray> readAll(const ZipEntry &entry, quint64 limit) const;
    /// `length` bytes of a stored entry's data from `position` (seeking, without reading what
    /// comes before).
    Result<QByteArray> readStored(const ZipEntry &entry, quint64 position, quint64 length) const;

    /// An Error for a libzip error code (ZIP_ER_*) with its system errno; `action` says what was
    /// being done and names the file.
    static Error error(int zipCode, int systemErrno, const QString &action);
    static Error error(zip_error *error, const QString &action);

private:
    ZipArchive() = default;
    static Result<ZipArchive> finishOpen(zip *archive, QString path, QString displayName, quint64 offset, quint64 length);

    zip *m_zip = nullptr;
    QString m_path;
    QString m_displayName;
    quint64 m_rangeOffset = 0;
    quint64 m_rangeLength = 0;
    QList<ZipEntry> m_entries;
    QHash<QString, qsizetype> m_byName; ///< PackagePath::nameKey -> index in m_entries (first wins)
};

} // namespace wb
