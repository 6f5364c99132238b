// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppxBuilder.h"
#include "TestSigner.h"

#include "appx/AppxPackage.h"
#include "appx/PackageIdentity.h"
#include "appx/PackagePath.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {

struct ZipItem
{
    QByteArray rawName;
    QByteArray data;
    bool deflate = true;
};

Error failure(const QString &what)
{
    return Error::make(u"test.appx-builder"_s, what);
}

Status writeZip(const QString &path, const QList<ZipItem> &items)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return failure(u"zip_open(%1) failed: %2"_s.arg(path).arg(code));
    for (const ZipItem &item : items) {
        zip_source_t *source = zip_source_buffer(z, item.data.constData(), zip_uint64_t(item.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(z, item.rawName.constData(), source, ZIP_FL_ENC_CP437) : -1;
        if (index < 0) {
            const QString message = QString::fromLocal8Bit(zip_strerror(z));
            if (source)
                zip_source_free(source);
            zip_discard(z);
            return failure(u"zip_file_add(%1) failed: %2"_s.arg(QString::fromLatin1(item.rawName), message));
        }
        zip_set_file_compression(z, zip_uint64_t(index), item.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(z, zip_uint64_t(index), 1600000000, 0);
    }
    if (zip_close(z) != 0) {
        const QString message = QString::fromLocal8Bit(zip_strerror(z));
        zip_discard(z);
        return failure(u"zip_close(%1) failed: %2"_s.arg(path, message));
    }
    return {};
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | (quint32(quint8(b[at + 1])) << 8) | (quint32(quint8(b[at + 2])) << 16) | (quint32(quint8(b[at + 3])) << 24);
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | (quint8(b[at + 1]) << 8));
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

struct CdEntry
{
    QByteArray name;
    qsizetype cdOffset;
    quint32 localOffset;
};

QList<CdEntry> centralDirectory(const QByteArray &zip)
{
    QList<CdEntry> result;
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return result;
    const quint16 count = le16(zip, eocd + 10);
    qsizetype at = qsizetype(le32(zip, eocd + 16));
    for (int i = 0; i < count && at + 46 <= zip.size(); ++i) {
        const quint16 n = le16(zip, at + 28), e = le16(zip, at + 30), c = le16(zip, at + 32);
        result << CdEntry{zip.mid(at + 46, n), at, le32(zip, at + 42)};
        at += 46 + n + e + c;
    }
    return result;
}

QByteArray contentTypesXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/vnd.ms-appx.manifest+xml\"/>"
        "<Default Extension=\"dat\" ContentType=\"application/octet-stream\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Default Extension=\"txt\" ContentType=\"text/plain\"/>"
        "<Default Extension=\"appx\" ContentType=\"application/vnd.ms-appx\"/>"
        "<Default Extension=\"msix\" ContentType=\"application/vnd.ms-appx\"/>"
        "<Override PartName=\"/AppxBlockMap.xml\" ContentType=\"application/vnd.ms-appx.blockmap+xml\"/>"
        "<Override PartName=\"/AppxSignature.p7x\" ContentType=\"application/vnd.ms-appx.signature\"/>"
        "<Override PartName=\"/AppxMetadata/AppxBundleManifest.xml\" ContentType=\"application/vnd.ms-appx.bundlemanifest+xml\"/>"
        "</Types>");
}

QByteArray blockMapXml(const QList<std::pair<QString, QByteArray>> &files)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                                 "<BlockMap xmlns=\"http://schemas.microsoft.com/appx/2010/blockmap\" "
                                 "HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\">"_s;
    for (const auto &[name, data] : files) {
        QString windowsName = name;
        windowsName.replace(QLatin1Char('/'), QLatin1Char('\\'));
        xml += u"<File Name=\"%1\" Size=\"%2\" LfhSize=\"%3\">"_s
                   .arg(windowsName.toHtmlEscaped())
                   .arg(data.size())
                   .arg(30 + PackagePath::encodeEntryName(name).size());
        for (const QString &h : blockHashes(data))
            xml += u"<Block Hash=\"%1\"/>"_s.arg(h);
        xml += u"</File>"_s;
    }
    xml += u"</BlockMap>"_s;
    return xml.toUtf8();
}

/// Writes `items`, then, when `publisher` is set, signs what was written and writes it again with
/// AppxSignature.p7x as the last part (the earlier records come out byte for byte the same: fixed
/// times, same order).
Status writeSignedZip(const QString &path, QList<ZipItem> items, const QString &publisher, bool foreignRoot = false)
{
    WB_TRY(writeZip(path, items));
    if (publisher.isEmpty())
        return {};
    auto blob = appxDigestBlob(path);
    if (!blob)
        return blob.error();
    items << ZipItem{QByteArrayLiteral("AppxSignature.p7x"), signAppxBlob(*blob, publisher, foreignRoot), false};
    return writeZip(path, items);
}

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char((i % 7 == 0) ? (x >> 24) : ('a' + (i / 13) % 26));
    }
    return b;
}

} // namespace

QString packageFullName(const AppxSpec &spec)
{
    PackageIdentity i;
    i.name = spec.name;
    i.publisher = spec.publisher;
    i.version = *PackageVersion::parse(spec.version);
    i.architecture = parseArchitecture(spec.architecture).value_or(PackageArchitecture::Neutral);
    i.resourceId = spec.resourceId;
    return i.fullName();
}

QList<AppxFile> defaultPayload()
{
    return {{u"readme.txt"_s, QByteArrayLiteral("Contoso sample package\n"), true},
            {u"Assets/Logo [1].png"_s, pattern(3000, 1), false},
            {u"bin/app.dat"_s, pattern(200000, 2), true}};
}

QStringList blockHashes(const QByteArray &data)
{
    QStringList hashes;
    for (qsizetype at = 0; at < data.size(); at += 65536)
        hashes << QString::fromLatin1(QCryptographicHash::hash(data.mid(at, 65536), QCryptographicHash::Sha256).toBase64());
    return hashes;
}

QByteArray appxManifestXml(const AppxSpec &spec)
{
    const bool win10 = spec.schema == AppxSpec::Schema::Windows10;
    const bool win81 = spec.schema == AppxSpec::Schema::Windows81;
    QString xml = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"_s;
    if (win10)
        xml += u"<Package xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\" "
                              "xmlns:uap=\"http://schemas.microsoft.com/appx/manifest/uap/windows10\" "
                              "xmlns:uap3=\"http://schemas.microsoft.com/appx/manifest/uap/windows10/3\" "
                              "xmlns:uap4=\"http://schemas.microsoft.com/appx/manifest/uap/windows10/4\" "
                              "xmlns:uap6=\"http://schemas.microsoft.com/appx/manifest/uap/windows10/6\" "
                              "xmlns:rescap6=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10/restrictedcapabilities/6\" "
                              "xmlns:contoso=\"urn:contoso:unknown\" IgnorableNamespaces=\"uap uap3 uap4 uap6 rescap6 contoso\">\n"_s;
    else
        xml += u"<Package xmlns=\"http://schemas.microsoft.com/appx/2010/manifest\" xmlns:contoso=\"urn:contoso:unknown\"%1>\n"_s
                   .arg(win81 ? u" xmlns:m2=\"http://schemas.microsoft.com/appx/2013/manifest\""_s : QString());
    xml += u"  <Identity Name=\"%1\" Publisher=\"%2\" Version=\"%3\""_s.arg(spec.name, spec.publisher.toHtmlEscaped(), spec.version);
    if (!spec.architecture.isEmpty())
        xml += u" ProcessorArchitecture=\"%1\""_s.arg(spec.architecture);
    if (!spec.resourceId.isEmpty())
        xml += u" ResourceId=\"%1\""_s.arg(spec.resourceId);
    xml += u" />\n  <contoso:Unknown Element=\"ignored\"/>\n"_s;
    xml += u"  <Properties>\n    <DisplayName>%1</DisplayName>\n    <PublisherDisplayName>Contoso</PublisherDisplayName>\n"
                          "    <Logo>Assets\\Logo [1].png</Logo>\n"_s
               .arg(spec.displayName.toHtmlEscaped());
    if (spec.framework)
        xml += u"    <Framework>true</Framework>\n"_s;
    if (spec.resourcePackage)
        xml += win10 ? u"    <ResourcePackage>true</ResourcePackage>\n"_s : u"    <m2:ResourcePackage>true</m2:ResourcePackage>\n"_s;
    if (spec.modificationPackage)
        xml += u"    <rescap6:ModificationPackage>true</rescap6:ModificationPackage>\n"_s;
    xml += u"  </Properties>\n"_s;
    if (win10) {
        xml += u"  <Dependencies>\n    <TargetDeviceFamily Name=\"%1\" MinVersion=\"%2\" MaxVersionTested=\"10.0.22621.0\" />\n"_s
                   .arg(spec.targetDeviceFamily, spec.targetDeviceMinVersion);
    } else {
        xml += u"  <Prerequisites>\n    <OSMinVersion>%1</OSMinVersion>\n    <OSMaxVersionTested>%1</OSMaxVersionTested>\n  </Prerequisites>\n"_s
                   .arg(win81 ? u"6.3"_s : u"6.2"_s);
        if (!spec.dependencies.isEmpty())
            xml += u"  <Dependencies>\n"_s;
    }
    for (const AppxDependencySpec &d : spec.dependencies) {
        xml += u"    <PackageDependency Name=\"%1\" Publisher=\"%2\" MinVersion=\"%3\"%4 />\n"_s
                   .arg(d.name, d.publisher.toHtmlEscaped(), d.minVersion, d.optional ? u" uap6:Optional=\"true\""_s : QString());
    }
    if (!spec.mainPackage.isEmpty() && spec.mainPackagePublisher.isEmpty())
        xml += u"    <uap3:MainPackageDependency Name=\"%1\" />\n"_s.arg(spec.mainPackage);
    else if (!spec.mainPackage.isEmpty())
        xml += u"    <uap4:MainPackageDependency Name=\"%1\" Publisher=\"%2\" />\n"_s.arg(spec.mainPackage, spec.mainPackagePublisher.toHtmlEscaped());
    if (win10 || !spec.dependencies.isEmpty())
        xml += u"  </Dependencies>\n"_s;
    xml += u"  <Resources>\n"_s;
    for (const QString &l : spec.languages)
        xml += u"    <Resource Language=\"%1\" />\n"_s.arg(l);
    for (int s : spec.scales)
        xml += u"    <Resource %1Scale=\"%2\" />\n"_s.arg(win10 ? u"uap:"_s : QString()).arg(s);
    for (const QString &dx : spec.dxFeatureLevels)
        xml += u"    <Resource %1DXFeatureLevel=\"%2\" />\n"_s.arg(win10 ? u"uap:"_s : u"m2:"_s, dx);
    xml += u"  </Resources>\n"_s;
    if (!spec.framework && !spec.resourcePackage && spec.mainPackage.isEmpty())
        xml += u"  <Applications>\n    <Application Id=\"App\" Executable=\"bin\\app.exe\" EntryPoint=\"Windows.FullTrustApplication\" />\n"
                              "  </Applications>\n"_s;
    xml += u"</Package>\n"_s;
    return xml.toUtf8();
}

namespace {

QList<AppxFile> payloadOf(const AppxSpec &spec)
{
    return spec.files.isEmpty() ? defaultPayload() : spec.files;
}

/// Payload plus AppxManifest.xml as (name, data, deflate), with corruption applied to data after
/// `mapped` received the bytes the block map is made from.
QList<AppxFile> packageFiles(const AppxSpec &spec, QList<std::pair<QString, QByteArray>> *mapped)
{
    QList<AppxFile> files = payloadOf(spec);
    if (!spec.omitManifest)
        files << AppxFile{u"AppxManifest.xml"_s, spec.manifestOverride.isEmpty() ? appxManifestXml(spec) : spec.manifestOverride, true};
    for (AppxFile &f : files) {
        mapped->append({f.name, f.content});
        if (!spec.corruptFile.isEmpty() && f.name == spec.corruptFile && !f.content.isEmpty()) {
            const qsizetype at = f.content.size() > 65536 + 100 ? 65536 + 100 : f.content.size() / 2;
            f.content[at] = char(f.content[at] ^ 0x20);
        }
    }
    return files;
}

} // namespace

Status writeAppx(const QString &path, const AppxSpec &spec)
{
    QList<std::pair<QString, QByteArray>> mapped;
    const QList<AppxFile> files = packageFiles(spec, &mapped);
    QList<ZipItem> items;
    for (const AppxFile &f : files)
        items << ZipItem{PackagePath::encodeEntryName(f.name), f.content, f.deflate};
    if (!spec.rawEntryName.isEmpty()) {
        const QByteArray evil = QByteArrayLiteral("this file tries to leave the package folder\n");
        items.insert(0, ZipItem{spec.rawEntryName, evil, true});
        mapped.append({QString::fromUtf8(spec.rawEntryName), evil});
    }
    if (!spec.unlistedFile.isEmpty())
        items.insert(0, ZipItem{PackagePath::encodeEntryName(spec.unlistedFile), QByteArrayLiteral("not in the block map\n"), true});
    if (!spec.omitBlockMap)
        items << ZipItem{QByteArrayLiteral("AppxBlockMap.xml"), blockMapXml(mapped), true};
    if (!spec.omitContentTypes)
        items << ZipItem{QByteArrayLiteral("[Content_Types].xml"), contentTypesXml(), true};
    const bool sign = spec.signature && !spec.omitBlockMap && !spec.omitContentTypes && !spec.omitManifest && spec.manifestOverride.isEmpty()
        && spec.bombFile.isEmpty();
    WB_TRY(writeSignedZip(path, items, !sign ? QString() : spec.signer.isEmpty() ? spec.publisher : spec.signer, spec.foreignRoot));

    if (!spec.bombFile.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            return failure(u"cannot reopen %1"_s.arg(path));
        QByteArray zip = f.readAll();
        const QByteArray raw = PackagePath::encodeEntryName(spec.bombFile);
        bool patched = false;
        for (const CdEntry &e : centralDirectory(zip)) {
            if (e.name != raw)
                continue;
            put32(zip, e.cdOffset + 24, spec.bombSize);
            put32(zip, qsizetype(e.localOffset) + 22, spec.bombSize);
            patched = true;
        }
        if (!patched)
            return failure(u"no entry %1 to patch"_s.arg(spec.bombFile));
        f.seek(0);
        f.write(zip);
    }
    return {};
}

Result<QByteArray> buildAppx(const AppxSpec &spec)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(u"no temporary folder"_s);
    const QString path = dir.filePath(u"package.appx"_s);
    WB_TRY(writeAppx(path, spec));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(u"cannot read %1"_s.arg(path));
    return f.readAll();
}

Status writeUnpackedPackage(const QString &folder, const AppxSpec &spec)
{
    QList<std::pair<QString, QByteArray>> mapped;
    QList<AppxFile> files = packageFiles(spec, &mapped);
    if (!spec.omitBlockMap)
        files << AppxFile{u"AppxBlockMap.xml"_s, blockMapXml(mapped), true};
    if (spec.unpackedSignature)
        files << AppxFile{u"AppxSignature.p7x"_s, signAppxBlob(QByteArrayLiteral("APPX"), spec.publisher), false};
    for (const AppxFile &f : files) {
        const QString full = QDir(folder).filePath(f.name);
        if (!QDir().mkpath(QFileInfo(full).absolutePath()))
            return failure(u"cannot create folder for %1"_s.arg(full));
        QFile out(full);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size())
            return failure(u"cannot write %1"_s.arg(full));
    }
    return {};
}

AppxSpec languagePack(const AppxSpec &app, const QString &language)
{
    AppxSpec s = app;
    s.architecture.clear();
    s.resourceId = u"split.language-"_s + language.section(QLatin1Char('-'), 0, 0).toLower();
    s.resourcePackage = true;
    s.framework = false;
    s.languages = {language};
    s.scales.clear();
    s.dxFeatureLevels.clear();
    s.dependencies.clear();
    s.files = {{u"Strings/%1/resources.resw"_s.arg(language), u"strings for %1\n"_s.arg(language).toUtf8(), true}};
    return s;
}

AppxSpec scalePack(const AppxSpec &app, int scale)
{
    AppxSpec s = languagePack(app, u"en-US"_s);
    s.resourceId = u"split.scale-%1"_s.arg(scale);
    s.languages.clear();
    s.scales = {scale};
    s.files = {{u"Assets/Logo.scale-%1.png"_s.arg(scale), pattern(1000 + scale, scale), false}};
    return s;
}

AppxSpec dxFeatureLevelPack(const AppxSpec &app, const QString &level)
{
    AppxSpec s = languagePack(app, u"en-US"_s);
    s.resourceId = u"split."_s + level;
    s.languages.clear();
    s.dxFeatureLevels = {level};
    s.files = {{u"Textures/%1/sky.dds"_s.arg(level), pattern(70000, 11), true}};
    return s;
}

AppxSpec optionalPackageSpec(const AppxSpec &main, const QString &name, bool modification)
{
    AppxSpec s;
    s.name = name;
    s.publisher = main.publisher;
    s.version = u"1.0.1.0"_s;
    s.architecture = main.architecture;
    s.displayName = name;
    s.mainPackage = main.name;
    if (modification) {
        s.publisher = u"CN=Contoso IT, O=Contoso, C=US"_s; // an IT department customising a vendor's app
        s.mainPackagePublisher = main.publisher;
        s.modificationPackage = true;
    }
    s.files = {{u"Extra/readme.txt"_s, QByteArrayLiteral("extra content\n"), true}};
    return s;
}

AppxSpec frameworkSpec(const QString &name, const QString &version, const QString &architecture)
{
    AppxSpec s;
    s.name = name;
    s.publisher = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;
    s.version = version;
    s.architecture = architecture;
    s.framework = true;
    s.displayName = name;
    s.files = {{u"vcruntime140_app.dll"_s, pattern(90000, 7), true}};
    return s;
}

BundleItem bundleItem(const AppxSpec &spec, const QString &fileName)
{
    BundleItem item;
    item.spec = spec;
    item.fileName = fileName;
    return item;
}

BundleSpec sampleBundle()
{
    BundleSpec b;
    AppxSpec app;
    app.name = b.name;
    app.publisher = b.publisher;
    app.version = b.version;
    app.languages = {u"en-US"_s};
    app.scales = {100};
    app.dependencies = {{u"Microsoft.VCLibs.140.00"_s,
                         u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s,
                         u"14.0.30704.0"_s, false}};
    for (const QString &arch : {u"x86"_s, u"x64"_s, u"arm64"_s}) {
        AppxSpec a = app;
        a.architecture = arch;
        b.items << bundleItem(a, u"Contoso.Sample_1.0.0.0_%1.msix"_s.arg(arch));
    }
    for (const QString &lang : {u"en-US"_s, u"fr-FR"_s, u"de-DE"_s})
        b.items << bundleItem(languagePack(app, lang), u"Contoso.Sample_1.0.0.0_language-%1.msix"_s.arg(lang.left(2)));
    for (int scale : {100, 200})
        b.items << bundleItem(scalePack(app, scale), u"Contoso.Sample_1.0.0.0_scale-%1.msix"_s.arg(scale));
    b.items << bundleItem(dxFeatureLevelPack(app, u"dx11"_s), u"Contoso.Sample_1.0.0.0_DXFL-DX11.msix"_s);
    return b;
}

QByteArray bundleManifestXml(const BundleSpec &spec, const QList<quint64> &offsets, const QList<quint64> &sizes)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                                 "<Bundle xmlns=\"http://schemas.microsoft.com/appx/%1/bundle\" SchemaVersion=\"5.0\" "
                                 "xmlns:b4=\"http://schemas.microsoft.com/appx/2018/bundle\" "
                                 "xmlns:b5=\"http://schemas.microsoft.com/appx/2019/bundle\" IgnorableNamespaces=\"b4 b5\">\n"_s
                      .arg(spec.rootNamespaceYear);
    xml += u"  <Identity Name=\"%1\" Publisher=\"%2\" Version=\"%3\"/>\n  <Packages>\n"_s
               .arg(spec.name, spec.publisher.toHtmlEscaped(), spec.version);
    for (qsizetype i = 0; i < spec.items.size(); ++i) {
        const BundleItem &item = spec.items.at(i);
        const AppxSpec &s = item.spec;
        xml += u"    <Package Type=\"%1\" Version=\"%2\""_s
                   .arg(s.resourcePackage ? u"resource"_s : u"application"_s,
                        item.manifestVersion.isEmpty() ? s.version : item.manifestVersion);
        if (!s.architecture.isEmpty())
            xml += u" Architecture=\"%1\""_s.arg(s.architecture);
        if (!s.resourceId.isEmpty())
            xml += u" ResourceId=\"%1\""_s.arg(s.resourceId);
        xml += u" FileName=\"%1\""_s.arg(item.fileName.toHtmlEscaped());
        if (!item.outside)
            xml += u" Offset=\"%1\""_s.arg(qint64(offsets.value(i)) + item.offsetDelta);
        xml += u" Size=\"%1\""_s.arg(qint64(sizes.value(i)) + item.sizeDelta);
        if (item.stub)
            xml += u" b4:IsStub=\"true\""_s;
        xml += u">\n      <Resources>\n"_s;
        for (const QString &l : s.languages)
            xml += u"        <Resource Language=\"%1\"/>\n"_s.arg(l);
        for (int sc : s.scales)
            xml += u"        <Resource Scale=\"%1\"/>\n"_s.arg(sc);
        for (const QString &dx : s.dxFeatureLevels)
            xml += u"        <Resource b4:DXFeatureLevel=\"%1\"/>\n"_s.arg(dx);
        xml += u"      </Resources>\n"_s;
        if (!s.resourcePackage)
            xml += u"      <b4:Dependencies>\n        <b4:TargetDeviceFamily Name=\"%1\" MinVersion=\"10.0.17763.0\" "
                                  "MaxVersionTested=\"10.0.22621.0\"/>\n      </b4:Dependencies>\n"_s
                       .arg(s.targetDeviceFamily);
        xml += u"    </Package>\n"_s;
    }
    xml += u"  </Packages>\n</Bundle>\n"_s;
    return xml.toUtf8();
}

Status writeBundle(const QString &path, const BundleSpec &spec)
{
    QList<QByteArray> packages;
    QList<quint64> sizes;
    for (const BundleItem &item : spec.items) {
        auto bytes = buildAppx(item.spec);
        if (!bytes)
            return bytes.error();
        packages << *bytes;
        sizes << quint64(bytes->size());
        if (item.outside && !item.omitFile) {
            QFile f(QFileInfo(path).absoluteDir().filePath(item.fileName));
            if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
                return failure(u"cannot write %1"_s.arg(f.fileName()));
        }
    }
    const auto itemsWith = [&](const QByteArray &manifest) {
        QList<ZipItem> items;
        for (qsizetype i = 0; i < spec.items.size(); ++i) {
            if (!spec.items.at(i).outside)
                items << ZipItem{PackagePath::encodeEntryName(spec.items.at(i).fileName), packages.at(i), spec.items.at(i).deflate};
        }
        items << ZipItem{QByteArrayLiteral("AppxMetadata/AppxBundleManifest.xml"), manifest, true};
        if (!spec.omitBlockMap)
            items << ZipItem{QByteArrayLiteral("AppxBlockMap.xml"), blockMapXml({{u"AppxMetadata/AppxBundleManifest.xml"_s, manifest}}), true};
        items << ZipItem{QByteArrayLiteral("[Content_Types].xml"), contentTypesXml(), true};
        return items;
    };
    // Pass 1 finds where libzip puts each package's data; the packages come first, so pass 2
    // (with the real manifest) puts them at the same offsets.
    WB_TRY(writeZip(path, itemsWith(bundleManifestXml(spec, {}, sizes))));
    const auto packageOffsets = [&] {
        const auto offsets = zipDataOffsets(path);
        QList<quint64> byItem;
        for (const BundleItem &item : spec.items) {
            quint64 offset = 0;
            for (const auto &[name, at] : offsets) {
                if (name == PackagePath::encodeEntryName(item.fileName))
                    offset = at;
            }
            byItem << offset;
        }
        return byItem;
    };
    const QList<quint64> byItem = packageOffsets();
    WB_TRY(writeSignedZip(path, itemsWith(bundleManifestXml(spec, byItem, sizes)), spec.signature && !spec.omitBlockMap ? spec.publisher : QString()));
    if (packageOffsets() != byItem)
        return failure(u"package offsets moved between the two passes"_s);
    return {};
}

QList<std::pair<QByteArray, quint64>> zipDataOffsets(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray zip = f.readAll();
    QList<std::pair<QByteArray, quint64>> result;
    for (const CdEntry &e : centralDirectory(zip)) {
        const qsizetype local = qsizetype(e.localOffset);
        const quint16 n = le16(zip, local + 26), x = le16(zip, local + 28);
        result.append({e.name, quint64(local + 30 + n + x)});
    }
    return result;
}

Result<AppxSignature> writeSignedSample(const QString &file)
{
    AppxSpec spec;
    spec.signature = true;
    WB_TRY(writeAppx(file, spec));
    auto package = AppxPackage::open(file);
    if (!package)
        return package.error();
    if (!package->signatureDetails())
        return Error::make(u"test.unsigned"_s, u"%1 was written without a signature"_s.arg(file));
    return *package->signatureDetails();
}

} // namespace wb::test
