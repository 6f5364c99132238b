// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WimBuilder.h"

#include "HiveBuilder.h"
#include "TestSigner.h"

#include "wim/WimLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <wimlib.h>

using namespace Qt::StringLiterals;

namespace wb::test {

QByteArray minimalPeFile(PeMachine machine)
{
    QByteArray pe(512, '\0');
    pe[0] = 'M';
    pe[1] = 'Z';
    const quint32 peOffset = 0x80;
    pe[0x3c] = char(peOffset & 0xff);
    pe[0x3d] = char((peOffset >> 8) & 0xff);
    pe[peOffset + 0] = 'P';
    pe[peOffset + 1] = 'E';
    const quint16 m = quint16(machine);
    pe[peOffset + 4] = char(m & 0xff);
    pe[peOffset + 5] = char(m >> 8);
    pe[peOffset + 6] = 1; // one section
    return pe;
}

bool writeFile(const QString &root, const QString &relativePath, const QByteArray &content)
{
    const QString path = QDir(root).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

QByteArray treeSoftwareHive()
{
    // A real hive (the registry module reads it) whose ROOT store holds the test root, so the test
    // signer's packages are trusted by the image, as a real image trusts the Microsoft roots.
    HiveBuilder software;
    addTestRoot(software);
    return software.build();
}

QStringList writeWindowsTree(const QString &root, const QStringList &languages, PeMachine machine)
{
    QStringList files;
    auto add = [&](const QString &rel, const QByteArray &content) {
        if (writeFile(root, rel, content))
            files << rel;
    };
    add(u"Windows/System32/ntoskrnl.exe"_s, minimalPeFile(machine));
    add(u"Windows/System32/drivers/etc/hosts"_s, "127.0.0.1 localhost\r\n");
    add(u"Windows/System32/config/SOFTWARE"_s, treeSoftwareHive());
    add(u"Windows/win.ini"_s, "; for 16-bit app support\r\n[fonts]\r\n[extensions]\r\n");
    for (const QString &lang : languages) {
        add(u"Windows/System32/%1/notepad.exe.mui"_s.arg(lang), u"MUI %1"_s.arg(lang).toUtf8());
        add(u"Windows/System32/%1/Licenses/license.rtf"_s.arg(lang), u"{\\rtf1 %1}"_s.arg(lang).toUtf8());
    }
    QDir().mkpath(QDir(root).filePath(u"Program Files/WindowsApps"_s));
    QDir().mkpath(QDir(root).filePath(u"Program Files (x86)"_s));
    add(u"Program Files/Common Files/readme.txt"_s, "Common files\r\n");
    QDir().mkpath(QDir(root).filePath(u"ProgramData/Microsoft/Windows/Start Menu/Programs"_s));
    add(u"Users/Default/NTUSER.DAT"_s, QByteArray(4096, 'U'));
    add(u"Users/Public/Documents/desktop.ini"_s, "[.ShellClassInfo]\r\n");
    QByteArray random(64 * 1024, '\0');
    quint32 x = 0x12345678;
    for (char &c : random) {
        x = x * 1103515245u + 12345u;
        c = char(x >> 24);
    }
    add(u"Windows/System32/kernel32.dll"_s, random);
    return files;
}

ImageSpec windowsLikeSpec(const QString &sourceDir, const QString &name)
{
    ImageSpec s;
    s.sourceDir = sourceDir;
    s.name = name;
    s.description = name;
    s.architecture = 9;
    s.edition = u"Professional"_s;
    s.installationType = u"Client"_s;
    s.productType = u"WinNT"_s;
    s.productSuite = u"Terminal Server"_s;
    s.systemRoot = u"WINDOWS"_s;
    s.languages = {u"en-US"_s, u"fr-FR"_s};
    s.defaultLanguage = u"en-US"_s;
    s.major = 10;
    s.minor = 0;
    s.build = 22631;
    s.spBuild = 2861;
    s.spLevel = 0;
    return s;
}

namespace {
int compressionType(Compression c)
{
    switch (c) {
    case Compression::None: return WIMLIB_COMPRESSION_TYPE_NONE;
    case Compression::Xpress: return WIMLIB_COMPRESSION_TYPE_XPRESS;
    case Compression::Lzx: return WIMLIB_COMPRESSION_TYPE_LZX;
    case Compression::Lzms: return WIMLIB_COMPRESSION_TYPE_LZMS;
    }
    return WIMLIB_COMPRESSION_TYPE_LZX;
}

int setProperty(WIMStruct *wim, int index, const QString &name, const QString &value)
{
    if (value.isEmpty())
        return 0;
    return wimlib_set_image_property(wim, index, name.toUtf8().constData(), value.toUtf8().constData());
}

int applySpec(WIMStruct *wim, int index, const ImageSpec &s)
{
    int rc = 0;
    auto set = [&](const QString &name, const QString &value) {
        if (rc == 0)
            rc = setProperty(wim, index, name, value);
    };
    set(u"DESCRIPTION"_s, s.description);
    if (s.architecture)
        set(u"WINDOWS/ARCH"_s, QString::number(*s.architecture));
    set(u"WINDOWS/EDITIONID"_s, s.edition);
    set(u"WINDOWS/INSTALLATIONTYPE"_s, s.installationType);
    set(u"WINDOWS/PRODUCTTYPE"_s, s.productType);
    set(u"WINDOWS/PRODUCTSUITE"_s, s.productSuite);
    set(u"WINDOWS/HAL"_s, s.hal);
    set(u"WINDOWS/SYSTEMROOT"_s, s.systemRoot);
    for (int i = 0; i < s.languages.size(); ++i)
        set(i == 0 ? u"WINDOWS/LANGUAGES/LANGUAGE"_s : u"WINDOWS/LANGUAGES/LANGUAGE[%1]"_s.arg(i + 1),
            s.languages[i]);
    set(u"WINDOWS/LANGUAGES/DEFAULT"_s, s.defaultLanguage);
    if (s.major)
        set(u"WINDOWS/VERSION/MAJOR"_s, QString::number(*s.major));
    if (s.minor)
        set(u"WINDOWS/VERSION/MINOR"_s, QString::number(*s.minor));
    if (s.build)
        set(u"WINDOWS/VERSION/BUILD"_s, QString::number(*s.build));
    if (s.spBuild)
        set(u"WINDOWS/VERSION/SPBUILD"_s, QString::number(*s.spBuild));
    if (s.spLevel)
        set(u"WINDOWS/VERSION/SPLEVEL"_s, QString::number(*s.spLevel));
    return rc;
}
} // namespace

Status createWindowsLikeWim(const QString &wimPath, const QString &sourceDir, const QStringList &editions)
{
    writeWindowsTree(sourceDir, {u"en-US"_s});
    QList<ImageSpec> images;
    for (const QString &edition : editions)
        images.append(windowsLikeSpec(sourceDir, edition));
    return createWim(wimPath, images);
}

Status createWim(const QString &wimPath, const QList<ImageSpec> &images, const WimWriteOptions &options)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    int rc = wimlib_create_new_wim(wimlib_compression_type(compressionType(options.compression)), &wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not create a new WIM"_s, wimPath);
    for (const ImageSpec &s : images) {
        rc = wimlib_add_image(wim, QFile::encodeName(s.sourceDir).constData(), s.name.toUtf8().constData(), nullptr, 0);
        wimlib_wim_info info {};
        if (rc == 0)
            rc = wimlib_get_wim_info(wim, &info);
        if (rc == 0)
            rc = applySpec(wim, int(info.image_count), s);
        if (rc != 0) {
            wimlib_free(wim);
            return WimLibrary::error(rc, u"Could not capture %1"_s.arg(s.sourceDir), wimPath);
        }
    }
    if (options.bootIndex) {
        wimlib_wim_info info {};
        info.boot_index = uint32_t(options.bootIndex);
        wimlib_set_wim_info(wim, &info, WIMLIB_CHANGE_BOOT_INDEX);
    }
    int flags = 0;
    if (options.integrityTable)
        flags |= WIMLIB_WRITE_FLAG_CHECK_INTEGRITY;
    if (options.solid)
        flags |= WIMLIB_WRITE_FLAG_SOLID;
    if (options.solidCompression)
        wimlib_set_output_pack_compression_type(wim, wimlib_compression_type(compressionType(*options.solidCompression)));
    rc = wimlib_write(wim, QFile::encodeName(wimPath).constData(), WIMLIB_ALL_IMAGES, flags, 0);
    wimlib_free(wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not write %1"_s.arg(wimPath), wimPath);
    return {};
}

Status setImageProperties(const QString &wimPath, int index, const QList<std::pair<QString, QString>> &properties)
{
    WimLibrary::initialise();
    WIMStruct *wim = nullptr;
    int rc = wimlib_open_wim(QFile::encodeName(wimPath).constData(), WIMLIB_OPEN_FLAG_WRITE_ACCESS, &wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not open %1"_s.arg(wimPath), wimPath);
    for (const auto &[name, value] : properties) {
        rc = wimlib_set_image_property(wim, index, name.toUtf8().constData(), value.isEmpty() ? nullptr : value.toUtf8().constData());
        if (rc != 0)
            break;
    }
    if (rc == 0)
        rc = wimlib_overwrite(wim, 0, 0);
    wimlib_free(wim);
    if (rc != 0)
        return WimLibrary::error(rc, u"Could not set properties of %1"_s.arg(wimPath), wimPath);
    return {};
}

QString sharedFixturesDir()
{
    QString dir = qEnvironmentVariable("WIMBENCH_SHARED_FIXTURES");
    if (dir.isEmpty())
        dir = QStringLiteral(WIMBENCH_SOURCE_DIR "/../shared/fixtures");
    const QFileInfo fi(dir);
    return fi.isDir() ? fi.canonicalFilePath() : QString();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(rng.bounded(256));
    return data;
}

} // namespace wb::test
