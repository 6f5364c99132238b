// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZIP entry names: percent-decoding (PackagePath::decodeEntryName), the path-safety check every
// name passes before anything is written under it (PackagePath::checkRelative), name keys, and
// the way ZipArchive reads names from a real ZIP. The input is one raw entry name; its first byte
// also picks how libzip stores it (UTF-8 flag guessed, or explicitly CP437: ZipArchive reads raw
// bytes whatever the flag says, as MakeAppx packages are percent-encoded ASCII).
//
// Invariants (abort on violation):
// - decoding is the inverse of encodeEntryName: decode(encode(name)) == name;
// - a name checkRelative accepts has no '..', '.' or empty segment (nor one of only dots and
//   spaces), no leading '/', no '\', no ':', no control character; checkRelative is idempotent
//   and keeps the name's key; resolveInFolder() keeps it under the folder;
// - a rejected name fails with appx.unsafe-entry-name (decoding with appx.bad-entry-name);
// - a ZIP holding one entry with the raw name (cut at the first NUL, which ZIP names cannot hold)
//   opens with ZipArchive exactly when the name decodes; the entry's rawName is the bytes
//   stored, its name the decoded text, and find() finds it by that name.

#include "FuzzSupport.h"

#include "appx/PackagePath.h"
#include "appx/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
const QString Package = u"Fuzz.msix"_s;

void checkSafeName(const QString &safe, const QString &original)
{
    FUZZ_CHECK_MSG(!safe.isEmpty(), original);
    FUZZ_CHECK_MSG(!safe.startsWith(QLatin1Char('/')), original);
    FUZZ_CHECK_MSG(!safe.contains(QLatin1Char('\\')) && !safe.contains(QLatin1Char(':')), original);
    for (const QChar c : safe)
        FUZZ_CHECK_MSG(c.unicode() >= 0x20 && c.unicode() != 0x7f, original);
    for (const QString &segment : safe.split(QLatin1Char('/'))) {
        FUZZ_CHECK_MSG(!segment.isEmpty(), original);
        bool onlyDotsAndSpaces = true;
        for (const QChar c : segment)
            onlyDotsAndSpaces = onlyDotsAndSpaces && (c == QLatin1Char('.') || c == QLatin1Char(' '));
        FUZZ_CHECK_MSG(!onlyDotsAndSpaces, original);
    }
    const auto again = PackagePath::checkRelative(safe, Package);
    FUZZ_CHECK_MSG(again && *again == safe, original);
    FUZZ_CHECK(PackagePath::nameKey(safe) == PackagePath::nameKey(original));
    FUZZ_CHECK(PackagePath::sameName(safe, original));
}

const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir::tempPath() + u"/wimbench-fuzz-names-XXXXXX"_s);
    return dir;
}

/// A ZIP with one stored entry named `raw`, built with libzip in memory.
QByteArray zipWithName(const QByteArray &raw, bool cp437)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    FUZZ_CHECK(buffer);
    zip_source_keep(buffer);
    zip_t *z = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    FUZZ_CHECK(z);
    static const char payload[] = "payload";
    zip_source_t *content = zip_source_buffer(z, payload, sizeof payload - 1, 0);
    FUZZ_CHECK(content);
    const zip_int64_t index = zip_file_add(z, raw.constData(), content, cp437 ? ZIP_FL_ENC_CP437 : ZIP_FL_ENC_GUESS);
    QByteArray out;
    if (index < 0) {
        zip_source_free(content);
        zip_discard(z);
    } else {
        zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0);
        FUZZ_CHECK(zip_close(z) == 0);
        zip_stat_t st;
        FUZZ_CHECK(zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0);
        out.resize(qsizetype(st.size));
        FUZZ_CHECK(zip_source_read(buffer, out.data(), st.size) == zip_int64_t(st.size));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool cp437 = data[0] & 1;
    const QByteArray raw = fuzz::bytes(data + 1, size - 1);

    const auto decoded = PackagePath::decodeEntryName(raw, Package);
    if (!decoded) {
        FUZZ_CHECK(decoded.error().code == QLatin1String("appx.bad-entry-name"));
    } else {
        const QByteArray encoded = PackagePath::encodeEntryName(*decoded);
        const auto back = PackagePath::decodeEntryName(encoded, Package);
        FUZZ_CHECK_MSG(back && *back == *decoded, *decoded);
        // A decoded name that is itself percent-free decodes to itself.
        if (!raw.contains('%'))
            FUZZ_CHECK(decoded->toUtf8() == raw);

        const auto safe = PackagePath::checkRelative(*decoded, Package);
        if (safe) {
            checkSafeName(*safe, *decoded);
            const QString folder = scratch().path() + u"/target"_s;
            const QString resolved = PackagePath::resolveInFolder(folder, *safe);
            FUZZ_CHECK_MSG(resolved.startsWith(folder + QLatin1Char('/')), resolved);
            FUZZ_CHECK_MSG(QDir::cleanPath(resolved).startsWith(folder + QLatin1Char('/')), resolved);
        } else {
            FUZZ_CHECK(safe.error().code == QLatin1String("appx.unsafe-entry-name"));
            FUZZ_CHECK(safe.error().message.contains(Package));
        }
    }

    // The same name stored in a real ZIP and read back by ZipArchive.
    const QByteArray stored = raw.left(raw.indexOf('\0') < 0 ? raw.size() : raw.indexOf('\0'));
    if (stored.isEmpty() || !scratch().isValid())
        return 0;
    const QByteArray zipBytes = zipWithName(stored, cp437);
    if (zipBytes.isEmpty())
        return 0; // libzip refused the name
    const QString path = scratch().filePath(u"names.zip"_s);
    {
        QFile f(path);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(zipBytes) == zipBytes.size());
    }
    const auto storedDecoded = PackagePath::decodeEntryName(stored, Package);
    const auto archive = ZipArchive::open(path);
    FUZZ_CHECK_MSG(bool(archive) == bool(storedDecoded), archive ? QString() : archive.error().code + QLatin1Char(' ') + archive.error().message);
    if (archive) {
        FUZZ_CHECK(archive->entries().size() == 1);
        const ZipEntry &e = archive->entries().first();
        FUZZ_CHECK(e.rawName == stored);
        FUZZ_CHECK(e.name == *storedDecoded);
        FUZZ_CHECK(archive->find(e.name) == &e);
        FUZZ_CHECK(archive->find(e.name.toUpper()) == &e || PackagePath::nameKey(e.name.toUpper()) != PackagePath::nameKey(e.name));
    } else {
        FUZZ_CHECK(archive.error().code == QLatin1String("appx.bad-entry-name"));
    }
    return 0;
}
