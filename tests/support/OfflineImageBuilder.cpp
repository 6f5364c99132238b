// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineImageBuilder.h"
#include "TestSigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
QString servicingArch(PeMachine m)
{
    switch (m) {
    case PeMachine::X86: return u"x86"_s;
    case PeMachine::X64: return u"amd64"_s;
    case PeMachine::Arm: return u"arm"_s;
    case PeMachine::Arm64: return u"arm64"_s;
    }
    return {};
}
} // namespace

HiveBuilder softwareHive(const ImageHivesSpec &spec)
{
    HiveBuilder b(u"ROOT"_s);
    const QString cv = u"Microsoft\\Windows NT\\CurrentVersion"_s;
    if (!spec.build.isEmpty()) {
        b.setValue(cv, RegistryValue::string(u"CurrentBuildNumber"_s, spec.build));
        b.setValue(cv, RegistryValue::string(u"CurrentBuild"_s, spec.build));
        b.setValue(cv, RegistryValue::string(u"CurrentVersion"_s, u"6.3"_s));
    }
    if (spec.ubr)
        b.setValue(cv, RegistryValue::dword(u"UBR"_s, *spec.ubr));
    const std::pair<const char *, QString> strings[] = {{"EditionID", spec.editionId},
                                                        {"ProductName", spec.productName},
                                                        {"InstallationType", spec.installationType},
                                                        {"DisplayVersion", spec.displayVersion}};
    for (const auto &[name, value] : strings) {
        if (!value.isEmpty())
            b.setValue(cv, RegistryValue::string(QLatin1String(name), value));
    }
    b.addKey(u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"_s);
    if (spec.trustTestRoot)
        addTestRoot(b);
    return b;
}

HiveBuilder systemHive(const ImageHivesSpec &spec)
{
    HiveBuilder b(u"ROOT"_s);
    b.setValue(u"Select"_s, RegistryValue::dword(u"Current"_s, spec.controlSet));
    b.setValue(u"Select"_s, RegistryValue::dword(u"Default"_s, spec.controlSet));
    const QString set = u"ControlSet%1"_s.arg(spec.controlSet, 3, 10, QLatin1Char('0'));
    if (!spec.processorArchitecture.isEmpty())
        b.setValue(set + u"\\Control\\Session Manager\\Environment"_s,
                   RegistryValue::string(u"PROCESSOR_ARCHITECTURE"_s, spec.processorArchitecture));
    for (const QString &tag : spec.uiLanguages)
        b.setValue(set + u"\\Control\\MUI\\UILanguages\\"_s + tag, RegistryValue::dword(u"Type"_s, 0x92));
    const QString nls = set + u"\\Control\\Nls\\Language"_s;
    if (!spec.installLanguage.isEmpty())
        b.setValue(nls, RegistryValue::string(u"InstallLanguage"_s, spec.installLanguage));
    if (!spec.defaultLanguage.isEmpty())
        b.setValue(nls, RegistryValue::string(u"Default"_s, spec.defaultLanguage));
    return b;
}

bool writeImageWithRoots(const QString &root, const QStringList &roots, ImageHivesSpec hives)
{
    hives.trustTestRoot = false;
    OfflineImageSpec spec;
    spec.hives = hives;
    if (!writeOfflineImage(root, spec))
        return false;
    HiveBuilder software = softwareHive(hives);
    for (const QString &r : roots)
        addTestRoot(software, r == QLatin1String("foreign"));
    return software.writeTo(root + u"/Windows/System32/config/SOFTWARE"_s);
}

bool writeImageHives(const QString &root, const ImageHivesSpec &spec)
{
    const QString config = QDir(root).filePath(u"Windows/System32/config/"_s);
    return softwareHive(spec).writeTo(config + u"SOFTWARE"_s) && systemHive(spec).writeTo(config + u"SYSTEM"_s);
}

bool writeOfflineImage(const QString &root, const OfflineImageSpec &spec)
{
    if (!QDir().mkpath(root))
        return false;
    writeWindowsTree(root, spec.languages, spec.machine);
    if (!QFileInfo(QDir(root).filePath(u"Windows/System32/ntoskrnl.exe"_s)).isFile())
        return false;
    const QString arch = servicingArch(spec.machine);
    const QString build = spec.build ? QString::number(*spec.build) : u"22621"_s;
    bool ok = true;
    if (spec.build)
        ok &= writeFile(root, u"Windows/servicing/Packages/Microsoft-Windows-Foundation-Package~31bf3856ad364e35~%1~~10.0.%2.1.mum"_s.arg(arch, build),
                        "<assembly/>");
    for (const QString &lang : spec.languagePacks)
        ok &= writeFile(root,
                        u"Windows/servicing/Packages/Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~%1~%2~10.0.%3.1.mum"_s
                            .arg(arch, lang, build),
                        "<assembly/>");
    if (!spec.provisioningList.isEmpty())
        ok &= writeFile(root, u"ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s, spec.provisioningList);
    if (spec.hives)
        ok &= writeImageHives(root, *spec.hives);
    return ok;
}

QMap<QString, QByteArray> treeDigest(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = base.relativeFilePath(path);
        if (fi.isSymLink()) {
            out.insert(rel, "link:" + fi.symLinkTarget().toUtf8());
        } else if (fi.isDir()) {
            out.insert(rel, "dir");
        } else {
            QFile f(path);
            QCryptographicHash h(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly))
                h.addData(&f);
            struct stat st;
            const quint64 links = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_nlink) : 0;
            out.insert(rel, QByteArray::number(fi.size()) + ':' + h.result().toHex() + ':' + QByteArray::number(links));
        }
    }
    return out;
}

} // namespace wb::test
