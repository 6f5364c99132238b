#include "OfflineImageBuilder.h"
#include "TestSigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace wb::test {

namespace {
QString servicingArch(PeMachine m)
{
    switch (m) {
    case PeMachine::X86: return QStringLiteral("x86");
    case PeMachine::X64: return QStringLiteral("amd64");
    case PeMachine::Arm: return QStringLiteral("arm");
    case PeMachine::Arm64: return QStringLiteral("arm64");
    }
    return {};
}
} // namespace

HiveBuilder softwareHive(const ImageHivesSpec &spec)
{
    HiveBuilder b(QStringLiteral("ROOT"));
    const QString cv = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");
    if (!spec.build.isEmpty()) {
        b.setValue(cv, RegistryValue::string(QStringLiteral("CurrentBuildNumber"), spec.build));
        b.setValue(cv, RegistryValue::string(QStringLiteral("CurrentBuild"), spec.build));
        b.setValue(cv, RegistryValue::string(QStringLiteral("CurrentVersion"), QStringLiteral("6.3")));
    }
    if (spec.ubr)
        b.setValue(cv, RegistryValue::dword(QStringLiteral("UBR"), *spec.ubr));
    const std::pair<const char *, QString> strings[] = {{"EditionID", spec.editionId},
                                                        {"ProductName", spec.productName},
                                                        {"InstallationType", spec.installationType},
                                                        {"DisplayVersion", spec.displayVersion}};
    for (const auto &[name, value] : strings) {
        if (!value.isEmpty())
            b.setValue(cv, RegistryValue::string(QLatin1String(name), value));
    }
    b.addKey(QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"));
    if (spec.trustTestRoot)
        addTestRoot(b);
    return b;
}

HiveBuilder systemHive(const ImageHivesSpec &spec)
{
    HiveBuilder b(QStringLiteral("ROOT"));
    b.setValue(QStringLiteral("Select"), RegistryValue::dword(QStringLiteral("Current"), spec.controlSet));
    b.setValue(QStringLiteral("Select"), RegistryValue::dword(QStringLiteral("Default"), spec.controlSet));
    const QString set = QStringLiteral("ControlSet%1").arg(spec.controlSet, 3, 10, QLatin1Char('0'));
    if (!spec.processorArchitecture.isEmpty())
        b.setValue(set + QStringLiteral("\\Control\\Session Manager\\Environment"),
                   RegistryValue::string(QStringLiteral("PROCESSOR_ARCHITECTURE"), spec.processorArchitecture));
    for (const QString &tag : spec.uiLanguages)
        b.setValue(set + QStringLiteral("\\Control\\MUI\\UILanguages\\") + tag, RegistryValue::dword(QStringLiteral("Type"), 0x92));
    const QString nls = set + QStringLiteral("\\Control\\Nls\\Language");
    if (!spec.installLanguage.isEmpty())
        b.setValue(nls, RegistryValue::string(QStringLiteral("InstallLanguage"), spec.installLanguage));
    if (!spec.defaultLanguage.isEmpty())
        b.setValue(nls, RegistryValue::string(QStringLiteral("Default"), spec.defaultLanguage));
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
    return software.writeTo(root + QStringLiteral("/Windows/System32/config/SOFTWARE"));
}

bool writeImageHives(const QString &root, const ImageHivesSpec &spec)
{
    const QString config = QDir(root).filePath(QStringLiteral("Windows/System32/config/"));
    return softwareHive(spec).writeTo(config + QStringLiteral("SOFTWARE")) && systemHive(spec).writeTo(config + QStringLiteral("SYSTEM"));
}

bool writeOfflineImage(const QString &root, const OfflineImageSpec &spec)
{
    if (!QDir().mkpath(root))
        return false;
    writeWindowsTree(root, spec.languages, spec.machine);
    if (!QFileInfo(QDir(root).filePath(QStringLiteral("Windows/System32/ntoskrnl.exe"))).isFile())
        return false;
    const QString arch = servicingArch(spec.machine);
    const QString build = spec.build ? QString::number(*spec.build) : QStringLiteral("22621");
    bool ok = true;
    if (spec.build)
        ok &= writeFile(root, QStringLiteral("Windows/servicing/Packages/Microsoft-Windows-Foundation-Package~31bf3856ad364e35~%1~~10.0.%2.1.mum").arg(arch, build),
                        "<assembly/>");
    for (const QString &lang : spec.languagePacks)
        ok &= writeFile(root,
                        QStringLiteral("Windows/servicing/Packages/Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~%1~%2~10.0.%3.1.mum")
                            .arg(arch, lang, build),
                        "<assembly/>");
    if (!spec.provisioningList.isEmpty())
        ok &= writeFile(root, QStringLiteral("ProgramData/Microsoft/Windows/AppxProvisioning.xml"), spec.provisioningList);
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
