// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimFile.h"
#include "core/FileTime.h"

#include "SplitSet.h"
#include "WimHandle.h"
#include "WimLibrary.h"

#include "core/FileContentLock.h"
#include "core/FileWriteGuard.h"
#include "servicelog/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <wimlib.h>

#include <cstring>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::WimFile)
};

std::optional<QString> property(WIMStruct *wim, int image, const char *name)
{
    const char *value = wimlib_get_image_property(wim, image, name);
    if (!value)
        return std::nullopt;
    return QString::fromUtf8(value);
}

std::optional<quint64> numberProperty(WIMStruct *wim, int image, const char *name)
{
    const auto text = property(wim, image, name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const quint64 v = text->trimmed().toULongLong(&ok, 0);
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

std::optional<quint32> smallNumberProperty(WIMStruct *wim, int image, const char *name)
{
    const auto v = numberProperty(wim, image, name);
    return v ? std::optional<quint32>(quint32(*v)) : std::nullopt;
}

/// A FILETIME stored as HIGHPART/LOWPART hex strings in the XML.
std::optional<QDateTime> fileTimeProperty(WIMStruct *wim, int image, const QByteArray &name)
{
    const auto high = numberProperty(wim, image, QByteArray(name + "/HIGHPART").constData());
    const auto low = numberProperty(wim, image, QByteArray(name + "/LOWPART").constData());
    if (!high || !low)
        return std::nullopt;
    const QDateTime t = fileTimeToUtc((*high << 32) | (*low & 0xffffffffu));
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

QDateTime fromTimespec(const struct wimlib_timespec &t)
{
    if (t.tv_sec == 0 && t.tv_nsec == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000, Qt::UTC);
}

DirectoryEntry toEntry(const wimlib_dir_entry *d)
{
    DirectoryEntry e;
    e.name = QString::fromUtf8(d->filename ? d->filename : "");
    e.path = QString::fromUtf8(d->full_path ? d->full_path : "/");
    if (e.path.isEmpty())
        e.path = QStringLiteral("/");
    e.attributes = d->attributes;
    e.isDirectory = (d->attributes & WIMLIB_FILE_ATTRIBUTE_DIRECTORY) != 0;
    e.reparseTag = d->reparse_tag;
    e.linkCount = d->num_links;
    e.namedStreamCount = d->num_named_streams;
    e.hardLinkGroup = d->hard_link_group_id;
    e.hasSecurityDescriptor = d->security_descriptor != nullptr;
    e.size = d->streams[0].resource.uncompressed_size;
    e.created = fromTimespec(d->creation_time);
    e.modified = fromTimespec(d->last_write_time);
    e.accessed = fromTimespec(d->last_access_time);
    return e;
}

struct WalkState
{
    const std::function<bool(const DirectoryEntry &)> *visit = nullptr;
    OperationContext *context = nullptr;
    quint64 seen = 0;
    bool cancelled = false;
    QString unsafeName; ///< an entry whose name no Windows file can have (kStoppedByUnsafeName)
    QString unsafeParent;
};

constexpr int kStoppedByVisitor = -1;
constexpr int kStoppedByCancel = -2;
constexpr int kStoppedByUnsafeName = -3;

int walkCallback(const wimlib_dir_entry *d, void *userCtx)
{
    auto *state = static_cast<WalkState *>(userCtx);
    if (state->context && state->context->isCancelled())
        return kStoppedByCancel;
    ++state->seen;
    // wimlib passes names with '/' or '\\' through (it drops only "." and ".."); in a path they
    // would read as other folders ("a/../../x"), and no Windows file name has them: a crafted image.
    if (d->filename && (std::strchr(d->filename, '/') || std::strchr(d->filename, '\\'))) {
        state->unsafeName = QString::fromUtf8(d->filename);
        const QString full = QString::fromUtf8(d->full_path ? d->full_path : "");
        state->unsafeParent = full.left(full.size() - state->unsafeName.size());
        return kStoppedByUnsafeName;
    }
    if (state->context && (state->seen % 1024) == 0)
        state->context->progress(Tr::tr("Listing files"), state->seen, 0);
    if (!*state->visit) // checkEntryNames: the names were all that was asked for
        return 0;
    return (*state->visit)(toEntry(d)) ? 0 : kStoppedByVisitor;
}

Error unsafeNameError(const WalkState &state, int index, const QString &wimPath)
{
    return Error::make(QStringLiteral("wim.unsafe-entry-name"),
                       Tr::tr("Image %1 of %2 contains an entry named \"%3\" in %4. No Windows file name contains '/' or '\\', so the "
                              "image is damaged or crafted; it is not read further. Use an intact copy of the image.")
                           .arg(index)
                           .arg(wimPath, state.unsafeName, state.unsafeParent.isEmpty() ? QStringLiteral("/") : state.unsafeParent));
}

/// wimlib_open_wim under FileContentLock's shared lock (a WimBench writer never rewrites the XML
/// while it is read). Integrity checking reports progress and can be cancelled through `context`;
/// fault point `open.progress[.<msg>]` (core/FaultPoint.h).
int openOnce(const QString &absolutePath, int flags, OperationContext *context, WIMStruct **wim)
{
    FileContentLock lock;
    if (!lock.acquire(absolutePath, FileContentLock::Mode::Read, context))
        return WIMLIB_ERR_ABORTED_BY_PROGRESS; // cancelled while waiting for a writer
    WimProgressAdapter openProgress(nullptr, context);
    openProgress.setFaultPoint("open.progress");
    const QByteArray encoded = QFile::encodeName(absolutePath);
    const int rc = wimlib_open_wim_with_progress(encoded.constData(), flags, wim,
                                                 reinterpret_cast<wimlib_progress_func_t>(&WimProgressAdapter::callback),
                                                 &openProgress);
    if (*wim) // the function stays registered on the WIMStruct; openProgress dies with this scope
        wimlib_register_progress_function(*wim, nullptr, nullptr);
    return rc;
}

constexpr int kChangedWhileReading = -100;
constexpr int kOpenAttempts = 3;

/// openOnce, again when the file's size or modification time changed while it was read (a writer
/// outside WimBench, which takes no FileContentLock: wimlib-imagex, a mount helper's commit), so
/// a half-written XML is never reported as damage. kChangedWhileReading when it kept changing.
int openConsistently(const QString &absolutePath, int flags, OperationContext *context, WIMStruct **wim)
{
    for (int attempt = 1; attempt <= kOpenAttempts; ++attempt) {
        const auto before = fileVersion(absolutePath);
        const int rc = openOnce(absolutePath, flags, context, wim);
        if (fileVersion(absolutePath) == before || rc == WIMLIB_ERR_ABORTED_BY_PROGRESS)
            return rc;
        Log::info(QStringLiteral("WIM"), QStringLiteral("%1 changed while it was opened (attempt %2 of %3, wimlib code %4)")
                                             .arg(absolutePath).arg(attempt).arg(kOpenAttempts).arg(rc));
        wimlib_free(*wim);
        *wim = nullptr;
        QThread::msleep(200 * attempt);
    }
    return kChangedWhileReading;
}

Error changedWhileReadingError(const QString &path)
{
    return Error::make(QStringLiteral("wim.changed-while-reading"),
                       Tr::tr("%1 changed while it was being read: another program is writing into it. Wait until it has "
                              "finished, then open or refresh it again.")
                           .arg(path));
}
} // namespace

QString normaliseImagePath(const QString &path)
{
    QString p = path.trimmed();
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

Status WimFile::checkImagePath(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error::make(QStringLiteral("wim.file-not-found"), Tr::tr("The image file %1 does not exist.").arg(path))
            .withRemedy(Remedy::Kind::CheckImagePath);
    if (fi.isDir())
        return Error::make(QStringLiteral("wim.is-directory"),
                           Tr::tr("%1 is a folder, not an image file. Give the path of a .wim, .esd or .swm file.").arg(path));
    // wimlib would block for ever opening a named pipe that no one writes to (and /dev/zero etc. are
    // no images either).
    if (!fi.isFile())
        return Error::make(QStringLiteral("wim.not-a-file"),
                           Tr::tr("%1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a .wim, .esd or "
                                  ".swm file.")
                               .arg(path));
    return {};
}

Result<WimFile> WimFile::open(const QString &path, const WimOpenOptions &options, OperationContext *context)
{
    WimLibrary::initialise();
    WB_TRY(checkImagePath(path));
    const QString absolute = QFileInfo(path).absoluteFilePath();

    int flags = 0;
    if (options.checkIntegrity)
        flags |= WIMLIB_OPEN_FLAG_CHECK_INTEGRITY;
    if (options.writeAccess)
        flags |= WIMLIB_OPEN_FLAG_WRITE_ACCESS;

    WIMStruct *wim = nullptr;
    int rc = openConsistently(absolute, flags, context, &wim);
    if (rc == kChangedWhileReading)
        return changedWhileReadingError(path);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not open the image file %1").arg(path), path);

    WimFile file(wim, absolute);
    file.refreshHeader();
    if (options.checkIntegrity)
        file.m_integrity = file.m_header.hasIntegrityTable ? IntegrityStatus::Verified : IntegrityStatus::NoTable;

    if (file.m_header.totalParts > 1) {
        if (file.m_header.partNumber != 1)
            return Error::make(QStringLiteral("wim.not-first-part"),
                               Tr::tr("%1 is part %2 of a split image.").arg(path).arg(file.m_header.partNumber))
                .withRemedy(Remedy::Kind::OpenFirstSplitPart);
        if (options.writeAccess)
            return Error::make(QStringLiteral("wim.split-read-only"),
                               Tr::tr("%1 is a split image, which can only be opened read-only. Export it to a single WIM "
                                      "file to change it.")
                                   .arg(path));
        const QString glob = resolveSplitPattern(path, options.splitPattern);
        const QByteArray encodedGlob = QFile::encodeName(glob);
        const char *globs[] = {encodedGlob.constData()};
        int refFlags = WIMLIB_REF_FLAG_GLOB_ENABLE | WIMLIB_REF_FLAG_GLOB_ERR_ON_NOMATCH;
        rc = wimlib_reference_resource_files(wim, globs, 1, refFlags, flags & ~WIMLIB_OPEN_FLAG_WRITE_ACCESS);
        if (rc != 0)
            return WimLibrary::error(rc, Tr::tr("Could not open the other parts of the split image %1 (pattern %2)").arg(path, glob), path);
        Log::info(QStringLiteral("WIM"), QStringLiteral("Split image %1: %2 parts referenced with %3")
                                             .arg(path).arg(file.m_header.totalParts).arg(glob));
    }
    Log::debug(QStringLiteral("WIM"), QStringLiteral("Opened %1: %2 image(s), %3 compression, integrity table %4")
                                          .arg(path)
                                          .arg(file.m_header.imageCount)
                                          .arg(file.m_header.compression,
                                               file.m_header.hasIntegrityTable ? QStringLiteral("present") : QStringLiteral("absent")));
    return file;
}

Result<WimFile> WimFile::createNew(int wimlibCompressionType, quint32 chunkSize, const QString &path)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    int rc = wimlib_create_new_wim(wimlib_compression_type(wimlibCompressionType), &wim);
    WimFile file(wim, QFileInfo(path).absoluteFilePath());
    if (rc == 0 && chunkSize != 0 && wimlibCompressionType != WIMLIB_COMPRESSION_TYPE_NONE)
        rc = wimlib_set_output_chunk_size(wim, chunkSize);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not prepare the new image file %1").arg(path), path);
    file.refreshHeader();
    return file;
}

WimFile::WimFile(WimFile &&other) noexcept
    : m_wim(std::exchange(other.m_wim, nullptr))
    , m_path(std::move(other.m_path))
    , m_header(std::move(other.m_header))
    , m_integrity(other.m_integrity)
{
}

WimFile &WimFile::operator=(WimFile &&other) noexcept
{
    if (this != &other) {
        if (m_wim)
            wimlib_free(m_wim);
        m_wim = std::exchange(other.m_wim, nullptr);
        m_path = std::move(other.m_path);
        m_header = std::move(other.m_header);
        m_integrity = other.m_integrity;
    }
    return *this;
}

WimFile::~WimFile()
{
    if (m_wim)
        wimlib_free(m_wim);
}

void WimFile::refreshHeader()
{
    wimlib_wim_info info {};
    if (wimlib_get_wim_info(m_wim, &info) != 0)
        return;
    m_header.imageCount = int(info.image_count);
    m_header.bootIndex = int(info.boot_index);
    m_header.compression = QString::fromUtf8(wimlib_get_compression_type_string(wimlib_compression_type(info.compression_type)));
    m_header.solid = info.wim_version == 0xE00;
    m_header.chunkSize = info.chunk_size;
    m_header.partNumber = info.part_number;
    m_header.totalParts = info.total_parts;
    m_header.hasIntegrityTable = info.has_integrity_table;
    m_header.pipable = info.pipable;
    m_header.readOnly = info.is_readonly;
    m_header.version = info.wim_version;
    m_header.fileSize = quint64(QFileInfo(m_path).size());
    QString guid;
    for (int i = 0; i < WIMLIB_GUID_LEN; ++i)
        guid += QStringLiteral("%1").arg(info.guid[i], 2, 16, QLatin1Char('0'));
    m_header.guid = guid;
}

WIMStruct *wimHandle(const WimFile &file)
{
    return file.m_wim;
}

QString WimFile::imageName(int index) const
{
    return QString::fromUtf8(wimlib_get_image_name(m_wim, index));
}

ImageInfo WimFile::imageInfo(int index) const
{
    ImageInfo i;
    i.index = index;
    i.name = imageName(index);
    i.description = property(m_wim, index, "DESCRIPTION");
    i.displayName = property(m_wim, index, "DISPLAYNAME");
    i.displayDescription = property(m_wim, index, "DISPLAYDESCRIPTION");
    i.flags = property(m_wim, index, "FLAGS");
    i.totalBytes = numberProperty(m_wim, index, "TOTALBYTES").value_or(0);
    if (const auto arch = numberProperty(m_wim, index, "WINDOWS/ARCH"))
        i.architecture = int(*arch);
    i.edition = property(m_wim, index, "WINDOWS/EDITIONID");
    i.installationType = property(m_wim, index, "WINDOWS/INSTALLATIONTYPE");
    i.productType = property(m_wim, index, "WINDOWS/PRODUCTTYPE");
    i.productSuite = property(m_wim, index, "WINDOWS/PRODUCTSUITE");
    i.hal = property(m_wim, index, "WINDOWS/HAL");
    i.versionMajor = smallNumberProperty(m_wim, index, "WINDOWS/VERSION/MAJOR");
    i.versionMinor = smallNumberProperty(m_wim, index, "WINDOWS/VERSION/MINOR");
    i.versionBuild = smallNumberProperty(m_wim, index, "WINDOWS/VERSION/BUILD");
    i.spBuild = smallNumberProperty(m_wim, index, "WINDOWS/VERSION/SPBUILD");
    i.spLevel = smallNumberProperty(m_wim, index, "WINDOWS/VERSION/SPLEVEL");
    for (int n = 1;; ++n) {
        const QByteArray key = n == 1 ? QByteArray("WINDOWS/LANGUAGES/LANGUAGE")
                                      : QByteArray("WINDOWS/LANGUAGES/LANGUAGE[") + QByteArray::number(n) + ']';
        const auto lang = property(m_wim, index, key.constData());
        if (!lang)
            break;
        i.languages << *lang;
    }
    i.defaultLanguage = property(m_wim, index, "WINDOWS/LANGUAGES/DEFAULT");
    i.directoryCount = numberProperty(m_wim, index, "DIRCOUNT");
    i.fileCount = numberProperty(m_wim, index, "FILECOUNT");
    i.created = fileTimeProperty(m_wim, index, "CREATIONTIME");
    i.modified = fileTimeProperty(m_wim, index, "LASTMODIFICATIONTIME");
    i.systemRoot = property(m_wim, index, "WINDOWS/SYSTEMROOT");
    i.bootable = m_header.bootIndex == index;
    const auto wimboot = property(m_wim, index, "WIMBOOT");
    i.wimBoot = wimboot && (*wimboot == QLatin1String("1") || wimboot->compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    return i;
}

QList<ImageInfo> WimFile::images() const
{
    QList<ImageInfo> list;
    for (int i = 1; i <= m_header.imageCount; ++i)
        list << imageInfo(i);
    return list;
}

Result<int> WimFile::resolveImage(std::optional<int> index, const QString &name) const
{
    const QString file = m_path;
    if (index && !name.isEmpty())
        return Error::make(QStringLiteral("wim.index-and-name"),
                           Tr::tr("Give either an index or a name for the image in %1, not both.").arg(file));
    if (index) {
        if (*index < 1 || *index > m_header.imageCount)
            return Error::make(
                       QStringLiteral("wim.no-such-index"),
                       Tr::tr("%1 has no image with index %2; it has %n image(s).", nullptr, m_header.imageCount).arg(file).arg(*index))
                .withRemedy(Remedy::Kind::ListImages, {file});
        return *index;
    }
    if (!name.isEmpty()) {
        for (int i = 1; i <= m_header.imageCount; ++i) {
            if (QString::fromUtf8(wimlib_get_image_name(m_wim, i)).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return Error::make(QStringLiteral("wim.no-such-name"), Tr::tr("%1 has no image named \"%2\".").arg(file, name))
            .withRemedy(Remedy::Kind::ListImages, {file});
    }
    if (m_header.imageCount == 1)
        return 1;
    return Error::make(QStringLiteral("wim.image-not-specified"),
                       Tr::tr("%1 has %2 images, and none was chosen.").arg(file).arg(m_header.imageCount))
        .withRemedy(Remedy::Kind::ChooseImage);
}

Status WimFile::walk(int index, const QString &path, bool recursive, const std::function<bool(const DirectoryEntry &)> &visit,
                     OperationContext *context) const
{
    WalkState state;
    state.visit = &visit;
    state.context = context;
    const QByteArray p = normaliseImagePath(path).toUtf8();
    const int flags = recursive ? WIMLIB_ITERATE_DIR_TREE_FLAG_RECURSIVE : WIMLIB_ITERATE_DIR_TREE_FLAG_CHILDREN;
    const int rc = wimlib_iterate_dir_tree(m_wim, index, p.constData(), flags, &walkCallback, &state);
    if (rc == 0 || rc == kStoppedByVisitor)
        return {};
    if (rc == kStoppedByCancel)
        return Error::cancelled();
    if (rc == kStoppedByUnsafeName)
        return unsafeNameError(state, index, m_path);
    if (rc == WIMLIB_ERR_PATH_DOES_NOT_EXIST)
        return Error::make(QStringLiteral("wim.path-not-found"),
                           Tr::tr("There is no %1 in image %2 of %3.").arg(QString::fromUtf8(p)).arg(index).arg(m_path));
    return WimLibrary::error(rc, Tr::tr("Could not list %1 in image %2 of %3").arg(QString::fromUtf8(p)).arg(index).arg(m_path), m_path);
}

Status WimFile::checkEntryNames(int index, OperationContext *context) const
{
    return walk(index, QStringLiteral("/"), true, {}, context);
}

Result<DirectoryEntry> WimFile::stat(int index, const QString &path) const
{
    std::optional<DirectoryEntry> found;
    const QByteArray p = normaliseImagePath(path).toUtf8();
    WalkState state;
    const std::function<bool(const DirectoryEntry &)> visit = [&](const DirectoryEntry &e) {
        found = e;
        return false;
    };
    state.visit = &visit;
    const int rc = wimlib_iterate_dir_tree(m_wim, index, p.constData(), 0, &walkCallback, &state);
    if (rc == kStoppedByUnsafeName)
        return unsafeNameError(state, index, m_path);
    if (rc == WIMLIB_ERR_PATH_DOES_NOT_EXIST || (rc == 0 && !found))
        return Error::make(QStringLiteral("wim.path-not-found"),
                           Tr::tr("There is no %1 in image %2 of %3.").arg(QString::fromUtf8(p)).arg(index).arg(m_path));
    if (rc != 0 && rc != kStoppedByVisitor)
        return WimLibrary::error(rc, Tr::tr("Could not read %1 in image %2 of %3").arg(QString::fromUtf8(p)).arg(index).arg(m_path),
                                 m_path);
    return *found;
}

Result<QList<DirectoryEntry>> WimFile::listDirectory(int index, const QString &path) const
{
    const auto self = stat(index, path);
    if (!self)
        return self.error();
    if (!self->isDirectory)
        return Error::make(QStringLiteral("wim.not-a-directory"),
                           Tr::tr("%1 in image %2 of %3 is a file, not a folder.").arg(self->path).arg(index).arg(m_path));
    QList<DirectoryEntry> entries;
    WB_TRY(walk(index, path, false, [&](const DirectoryEntry &e) {
        entries << e;
        return true;
    }));
    std::sort(entries.begin(), entries.end(), [](const DirectoryEntry &a, const DirectoryEntry &b) {
        if (a.isDirectory != b.isDirectory)
            return a.isDirectory;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return entries;
}

} // namespace wb
