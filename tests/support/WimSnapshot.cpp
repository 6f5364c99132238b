// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimSnapshot.h"

#include "wim/WimLibrary.h"

#include <QCryptographicHash>

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
qint64 folded(const wimlib_timespec &t)
{
    return qint64(t.tv_sec) * 10000000LL + t.tv_nsec / 100;
}

QByteArray hashHex(const wimlib_resource_entry &r)
{
    if (r.is_missing || r.uncompressed_size == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(r.sha1_hash), int(sizeof r.sha1_hash)).toHex();
}

int visit(const wimlib_dir_entry *e, void *ctx)
{
    auto *map = static_cast<QMap<QString, EntrySnapshot> *>(ctx);
    EntrySnapshot s;
    s.isDirectory = (e->attributes & WIMLIB_FILE_ATTRIBUTE_DIRECTORY) != 0;
    s.attributes = e->attributes;
    s.size = e->streams[0].resource.uncompressed_size;
    s.sha1 = hashHex(e->streams[0].resource);
    if (e->security_descriptor)
        s.securityDescriptor = QByteArray(e->security_descriptor, int(e->security_descriptor_size));
    for (uint32_t i = 1; i <= e->num_named_streams; ++i)
        s.namedStreams.insert(QString::fromUtf8(e->streams[i].stream_name), hashHex(e->streams[i].resource));
    s.creationTime = folded(e->creation_time);
    s.lastWriteTime = folded(e->last_write_time);
    s.unixMode = e->unix_mode;
    s.unixUid = e->unix_uid;
    s.unixGid = e->unix_gid;
    QString path = QString::fromUtf8(e->full_path);
    if (path.isEmpty())
        path = u"/"_s;
    map->insert(path, s);
    return 0;
}
} // namespace

QString EntrySnapshot::describe() const
{
    return u"%1 size=%2 attr=0x%3 sha1=%4 sd=%5 bytes streams=%6 ctime=%7 mtime=%8"_s
        .arg(isDirectory ? u"dir"_s : u"file"_s)
        .arg(size)
        .arg(attributes, 0, 16)
        .arg(QString::fromLatin1(sha1))
        .arg(securityDescriptor.size())
        .arg(namedStreams.size())
        .arg(creationTime)
        .arg(lastWriteTime);
}

QMap<QString, EntrySnapshot> snapshotImage(const QString &wimPath, int index, QString *error)
{
    WimLibrary::initialise();
    QMap<QString, EntrySnapshot> map;
    WIMStruct *wim = nullptr;
    int rc = wimlib_open_wim(wimPath.toUtf8().constData(), 0, &wim);
    if (rc == 0) {
        rc = wimlib_iterate_dir_tree(wim, index, "/", WIMLIB_ITERATE_DIR_TREE_FLAG_RECURSIVE, &visit, &map);
        wimlib_free(wim);
    }
    if (rc != 0) {
        map.clear();
        if (error)
            *error = QString::fromUtf8(wimlib_get_error_string(wimlib_error_code(rc)));
    }
    return map;
}

int wimImageCount(const QString &wimPath)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    if (wimlib_open_wim(wimPath.toUtf8().constData(), 0, &wim) != 0)
        return -1;
    wimlib_wim_info info{};
    wimlib_get_wim_info(wim, &info);
    wimlib_free(wim);
    return int(info.image_count);
}

QString verifyWim(const QString &wimPath)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    int rc = wimlib_open_wim(wimPath.toUtf8().constData(), WIMLIB_OPEN_FLAG_CHECK_INTEGRITY, &wim);
    if (rc == 0) {
        rc = wimlib_verify_wim(wim, 0);
        wimlib_free(wim);
    }
    return rc == 0 ? QString() : u"%1 (%2)"_s.arg(QString::fromUtf8(wimlib_get_error_string(wimlib_error_code(rc)))).arg(rc);
}

QByteArray sha1Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

} // namespace wb::test
