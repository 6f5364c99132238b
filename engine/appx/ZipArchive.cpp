// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include "PackagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <zip.h>

#include <cstring>

#include <sys/stat.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ZipArchive)
};
} // namespace

// ---------------------------------------------------------------------------------------------
// ZipEntryReader

ZipEntryReader::ZipEntryReader(ZipEntryReader &&other) noexcept
    : m_file(std::exchange(other.m_file, nullptr)), m_archive(std::move(other.m_archive)), m_entry(std::move(other.m_entry))
{
}

ZipEntryReader &ZipEntryReader::operator=(ZipEntryReader &&other) noexcept
{
    if (this != &other) {
        if (m_file)
            zip_fclose(m_file);
        m_file = std::exchange(other.m_file, nullptr);
        m_archive = std::move(other.m_archive);
        m_entry = std::move(other.m_entry);
    }
    return *this;
}

ZipEntryReader::~ZipEntryReader()
{
    if (m_file)
        zip_fclose(m_file);
}

Result<qint64> ZipEntryReader::read(char *data, qint64 max)
{
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(max));
    if (n < 0)
        return ZipArchive::error(zip_file_get_error(m_file), Tr::tr("Could not read %1 in %2").arg(m_entry, m_archive));
    return qint64(n);
}

// ---------------------------------------------------------------------------------------------
// ZipArchive

Error ZipArchive::error(int zipCode, int systemErrno, const QString &action)
{
    zip_error_t e;
    zip_error_init_with_code(&e, zipCode);
    if (systemErrno)
        e.sys_err = systemErrno;
    Error result = error(&e, action);
    zip_error_fini(&e);
    return result;
}

Error ZipArchive::error(zip_error *e, const QString &action)
{
    const int code = zip_error_code_zip(e);
    const QString detail = QStringLiteral("libzip error %1: %2").arg(code).arg(QString::fromLocal8Bit(zip_error_strerror(e)));
    switch (code) {
    case ZIP_ER_NOZIP:
        return Error::make(QStringLiteral("appx.not-a-zip"),
                           Tr::tr("%1: the file is not a ZIP archive, so it is not an app package. "
                                  "Check that it was copied completely and is really an .appx, .msix or bundle file.")
                               .arg(action),
                           detail);
    case ZIP_ER_INCONS:
    case ZIP_ER_MULTIDISK:
    case ZIP_ER_EOF:
        return Error::make(QStringLiteral("appx.zip-corrupted"),
                           Tr::tr("%1: the ZIP structure of the package is damaged (its central directory does not match its contents). "
                                  "Download or copy the package again.")
                               .arg(action),
                           detail);
    case ZIP_ER_CRC:
        return Error::make(QStringLiteral("appx.zip-crc"),
                           Tr::tr("%1: the data does not match its ZIP checksum, so the package is damaged. "
                                  "Download or copy the package again.")
                               .arg(action),
                           detail);
    case ZIP_ER_COMPNOTSUPP:
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_OPNOTSUPP:
        return Error::make(QStringLiteral("appx.zip-unsupported"),
                           Tr::tr("%1: the package uses a ZIP compression or encryption that app packages may not use.").arg(action),
                           detail);
    case ZIP_ER_NOENT:
        return Error::make(QStringLiteral("appx.not-found"), Tr::tr("%1: the file does not exist.").arg(action), detail);
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return Error::make(QStringLiteral("appx.file-unreadable"),
                           Tr::tr("%1: the file could not be read. Check that it exists and that you may read it.").arg(action), detail);
    default:
        return Error::make(QStringLiteral("appx.zip-error"), Tr::tr("%1: the ZIP library reported an error.").arg(action), detail);
    }
}

ZipArchive::ZipArchive(ZipArchive &&other) noexcept
    : m_zip(std::exchange(other.m_zip, nullptr))
    , m_path(std::move(other.m_path))
    , m_displayName(std::move(other.m_displayName))
    , m_rangeOffset(other.m_rangeOffset)
    , m_rangeLength(other.m_rangeLength)
    , m_entries(std::move(other.m_entries))
    , m_byName(std::move(other.m_byName))
{
}

ZipArchive &ZipArchive::operator=(ZipArchive &&other) noexcept
{
    if (this != &other) {
        if (m_zip)
            zip_discard(m_zip);
        m_zip = std::exchange(other.m_zip, nullptr);
        m_path = std::move(other.m_path);
        m_displayName = std::move(other.m_displayName);
        m_rangeOffset = other.m_rangeOffset;
        m_rangeLength = other.m_rangeLength;
        m_entries = std::move(other.m_entries);
        m_byName = std::move(other.m_byName);
    }
    return *this;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<ZipArchive> ZipArchive::open(const QString &path)
{
    if (!QFile::exists(path))
        return Error::make(QStringLiteral("appx.not-found"), Tr::tr("The package %1 does not exist. Check the path.").arg(path));
    int code = 0;
    const QByteArray encoded = QFile::encodeName(path);
    zip_t *z = zip_open(encoded.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!z)
        return error(code, code == ZIP_ER_OPEN || code == ZIP_ER_READ ? errno : 0, Tr::tr("Could not open %1").arg(path));
    return finishOpen(z, path, path, 0, quint64(QFileInfo(path).size()));
}

Result<ZipArchive> ZipArchive::openRange(const QString &path, quint64 offset, quint64 length, const QString &displayName)
{
    zip_error_t e;
    zip_error_init(&e);
    const QByteArray encoded = QFile::encodeName(path);
    zip_source_t *source = zip_source_file_create(encoded.constData(), offset, zip_int64_t(length), &e);
    if (!source) {
        Error err = error(&e, Tr::tr("Could not open %1").arg(displayName));
        zip_error_fini(&e);
        return err;
    }
    zip_t *z = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &e);
    if (!z) {
        zip_source_free(source);
        Error err = error(&e, Tr::tr("Could not open %1").arg(displayName));
        zip_error_fini(&e);
        return err;
    }
    zip_error_fini(&e);
    return finishOpen(z, path, displayName, offset, length);
}

Result<ZipArchive> ZipArchive::finishOpen(zip *z, QString path, QString displayName, quint64 offset, quint64 length)
{
    ZipArchive a;
    a.m_rangeOffset = offset;
    a.m_rangeLength = length;
    a.m_zip = z;
    a.m_path = std::move(path);
    a.m_displayName = std::move(displayName);
    const zip_int64_t count = zip_get_num_entries(z, 0);
    a.m_entries.reserve(count);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) != 0)
            return error(zip_get_error(z), Tr::tr("Could not read the directory of %1").arg(a.m_displayName));
        ZipEntry entry;
        entry.index = i;
        entry.rawName = QByteArray(st.name ? st.name : "");
        auto decoded = PackagePath::decodeEntryName(entry.rawName, a.m_displayName);
        if (!decoded)
            return decoded.error();
        entry.name = *decoded;
        // A symbolic link in a package would be written as a plain file holding its target at best;
        // app packages never contain links, so a crafted one is refused.
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(z, zip_uint64_t(i), 0, &opsys, &attributes) == 0 && opsys == ZIP_OPSYS_UNIX
            && ((attributes >> 16) & S_IFMT) == S_IFLNK)
            return Error::make(QStringLiteral("appx.zip-symlink"),
                               Tr::tr("%1 contains %2 as a symbolic link; app packages hold only plain files. The package is crafted or "
                                      "was not made by MakeAppx.")
                                   .arg(a.m_displayName, entry.name));
        entry.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        entry.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        entry.method = (st.valid & ZIP_STAT_COMP_METHOD) ? quint16(st.comp_method) : 0;
        entry.isDirectory = entry.rawName.endsWith('/') && entry.size == 0;
        const QString key = PackagePath::nameKey(entry.name);
        if (!a.m_byName.contains(key))
            a.m_byName.insert(key, a.m_entries.size());
        a.m_entries.append(entry);
    }
    return a;
}

const ZipEntry *ZipArchive::find(const QString &name) const
{
    const auto it = m_byName.constFind(PackagePath::nameKey(name));
    return it == m_byName.constEnd() ? nullptr : &m_entries.at(*it);
}

Result<ZipEntryReader> ZipArchive::openEntry(const ZipEntry &entry) const
{
    zip_file_t *f = zip_fopen_index(m_zip, zip_uint64_t(entry.index), 0);
    if (!f)
        return error(zip_get_error(m_zip), Tr::tr("Could not open %1 in %2").arg(entry.name, m_displayName));
    return ZipEntryReader(f, m_displayName, entry.name);
}

Result<QByteArray> ZipArchive::readAll(const ZipEntry &entry, quint64 limit) const
{
    if (entry.size > limit)
        return Error::make(
            QStringLiteral("appx.entry-too-large"),
            Tr::tr("%1 in %2 declares %3 bytes, more than the %4 bytes such a file may have. The package is damaged or crafted.")
                .arg(entry.name, m_displayName)
                .arg(entry.size)
                .arg(limit));
    auto reader = openEntry(entry);
    if (!reader)
        return reader.error();
    QByteArray data(qsizetype(entry.size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < qint64(entry.size)) {
        auto n = reader->read(data.data() + done, qint64(entry.size) - done);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        done += *n;
    }
    if (done != qint64(entry.size))
        return Error::make(QStringLiteral("appx.zip-corrupted"),
                           Tr::tr("%1 in %2 is shorter than its ZIP directory says (%3 of %4 bytes). The package is damaged.")
                               .arg(entry.name, m_displayName)
                               .arg(done)
                               .arg(entry.size));
    char extra = 0;
    auto more = reader->read(&extra, 1);
    if (!more)
        return more.error();
    if (*more != 0)
        return Error::make(
            QStringLiteral("appx.zip-corrupted"),
            Tr::tr("%1 in %2 is longer than its ZIP directory says. The package is damaged.").arg(entry.name, m_displayName));
    return data;
}

Result<QByteArray> ZipArchive::readStored(const ZipEntry &entry, quint64 position, quint64 length) const
{
    auto reader = openEntry(entry);
    if (!reader)
        return reader.error();
    if (position > 0 && zip_fseek(reader->m_file, zip_int64_t(position), SEEK_SET) != 0)
        return error(zip_file_get_error(reader->m_file), Tr::tr("Could not seek in %1 in %2").arg(entry.name, m_displayName));
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    qint64 done = 0;
    while (done < qint64(length)) {
        auto n = reader->read(data.data() + done, qint64(length) - done);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        done += *n;
    }
    data.truncate(done);
    return data;
}

} // namespace wb
