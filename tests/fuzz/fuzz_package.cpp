// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole package or bundle file: the input is written to a file and opened the way provisioning
// and Get-AppxPackageInfo open one: ZipArchive (libzip), AppxPackage::open (names, manifest, block
// map, ZIP directory against block map), verify() and extractTo(); AppxBundle::open, its
// packages' locations, openPackage() and verify() of each embedded package.
//
// Invariants (abort on violation):
// - every failure has an appx.* code (or is a cancellation, which never happens here);
// - every ZIP entry's name is its decoded raw name, and find() finds an entry by its name;
// - an opened package's files() names are safe (checkRelative accepts them unchanged) and
//   unique, installedSize() is their sum, the manifest re-parses to the same identity;
// - extractTo() writes nothing outside its target folder: after it, the scratch folder holds
//   only the input file and the target (or only the input file when it failed);
// - an opened bundle's embedded packages lie inside the file (offset + size <= file size);
//   a package opened from a bundle has the identity the bundle manifest promised.

#include "FuzzSupport.h"

#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "appx/PackagePath.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir::tempPath() + u"/wimbench-fuzz-package-XXXXXX"_s);
    return dir;
}

void checkError(const Error &e)
{
    FUZZ_CHECK_MSG(e.code.startsWith(QLatin1String("appx.")), e.code + QLatin1Char(' ') + e.message);
    FUZZ_CHECK(!e.message.isEmpty());
}

/// Everything under the scratch folder, relative to it.
QStringList scratchContents()
{
    QStringList all;
    QDirIterator it(scratch().path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        all << QDir(scratch().path()).relativeFilePath(it.next());
    all.sort();
    return all;
}

void checkPackage(const AppxPackage &p)
{
    QSet<QString> keys;
    quint64 total = 0;
    for (const PackageFileEntry &f : p.files()) {
        const auto safe = PackagePath::checkRelative(f.name, p.displayName());
        FUZZ_CHECK_MSG(safe && *safe == f.name, f.name);
        FUZZ_CHECK_MSG(!keys.contains(PackagePath::nameKey(f.name)), f.name);
        keys.insert(PackagePath::nameKey(f.name));
        FUZZ_CHECK(!PackagePath::sameName(f.name, u"[Content_Types].xml"_s));
        total += f.size;
    }
    FUZZ_CHECK(p.installedSize() == total);
    const auto reparsed = AppxManifest::parse(p.manifestXml(), u"again"_s);
    FUZZ_CHECK(reparsed && reparsed->identity == p.identity());
    FUZZ_CHECK(p.hasBlockMap());
}

void verifyAndExtract(const AppxPackage &p, const QString &input)
{
    const Status verified = p.verify();
    if (!verified.ok()) {
        checkError(verified.error());
        return;
    }
    const QString target = scratch().filePath(u"out"_s);
    const Status extracted = p.extractTo(target);
    const QStringList after = scratchContents();
    if (!extracted.ok()) {
        checkError(extracted.error());
        FUZZ_CHECK_MSG(after == QStringList{QFileInfo(input).fileName()}, after.join(QLatin1Char(' ')));
        return;
    }
    for (const QString &entry : after) {
        FUZZ_CHECK_MSG(entry == QFileInfo(input).fileName() || entry == QLatin1String("out") || entry.startsWith(QLatin1String("out/")), entry);
    }
    for (const PackageFileEntry &f : p.files())
        FUZZ_CHECK_MSG(QFileInfo(PackagePath::resolveInFolder(target, f.name)).isFile(), f.name);
    QDir(target).removeRecursively();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!scratch().isValid())
        return 0;
    const QString input = scratch().filePath(u"input.appx"_s);
    {
        QFile f(input);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(f.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }

    const auto zip = ZipArchive::open(input);
    if (!zip) {
        checkError(zip.error());
    } else {
        for (const ZipEntry &e : zip->entries()) {
            const auto decoded = PackagePath::decodeEntryName(e.rawName, u"x"_s);
            FUZZ_CHECK(decoded && *decoded == e.name);
            const ZipEntry *found = zip->find(e.name);
            FUZZ_CHECK(found && PackagePath::sameName(found->name, e.name));
        }
    }

    const auto package = AppxPackage::open(input);
    if (!package) {
        checkError(package.error());
    } else {
        checkPackage(*package);
        verifyAndExtract(*package, input);
    }

    const auto bundle = AppxBundle::open(input);
    if (!bundle) {
        checkError(bundle.error());
    } else {
        FUZZ_CHECK(!bundle->packages().isEmpty());
        for (const QString &f : bundle->footprintFiles())
            FUZZ_CHECK_MSG([&] { const auto s = PackagePath::checkRelative(f, input); return s && *s == f; }(), f);
        int opened = 0;
        for (const BundlePackageEntry &entry : bundle->packages()) {
            const BundlePackageLocation loc = bundle->location(entry);
            if (loc.kind == BundlePackageLocation::Kind::Embedded)
                FUZZ_CHECK(loc.offset <= quint64(size) && entry.size <= quint64(size) - loc.offset);
            if (loc.kind != BundlePackageLocation::Kind::Embedded || opened >= 4)
                continue;
            ++opened;
            const auto inner = bundle->openPackage(entry);
            if (!inner) {
                checkError(inner.error());
                continue;
            }
            checkPackage(*inner);
            FUZZ_CHECK(inner->identity().version == entry.version);
            FUZZ_CHECK(inner->identity().architecture == entry.architecture);
            const Status verified = inner->verify();
            if (!verified.ok())
                checkError(verified.error());
        }
    }
    QFile::remove(input);
    return 0;
}
