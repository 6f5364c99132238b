#include "OfflineImage.h"

#include "LanguageTag.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace wb {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::OfflineImage)
};

std::optional<ImageCpu> cpuFromWimArch(int arch)
{
    switch (arch) {
    case 0: return ImageCpu::X86;
    case 5: return ImageCpu::Arm;
    case 9: return ImageCpu::X64;
    case 12: return ImageCpu::Arm64;
    default: return std::nullopt;
    }
}

std::optional<ImageCpu> cpuFromMachine(quint16 machine)
{
    switch (machine) {
    case 0x14c: return ImageCpu::X86;
    case 0x8664: return ImageCpu::X64;
    case 0x1c4: return ImageCpu::Arm;
    case 0xaa64: return ImageCpu::Arm64;
    default: return std::nullopt;
    }
}

void addLanguage(QList<ImageLanguage> &list, const QString &tag, const QString &source)
{
    const QString canon = LanguageTag::canonical(tag);
    for (ImageLanguage &l : list) {
        if (l.tag.compare(canon, Qt::CaseInsensitive) == 0) {
            if (!l.sources.contains(source))
                l.sources << source;
            return;
        }
    }
    list << ImageLanguage{canon, {source}};
}
} // namespace

QString imageCpuName(ImageCpu cpu)
{
    switch (cpu) {
    case ImageCpu::X86: return QStringLiteral("x86");
    case ImageCpu::X64: return QStringLiteral("x64");
    case ImageCpu::Arm: return QStringLiteral("arm");
    case ImageCpu::Arm64: return QStringLiteral("arm64");
    }
    return {};
}

QString OfflineImage::resolve(const QString &root, const QString &relative)
{
    QString current = root;
    const QStringList parts = relative.split(QRegularExpression(QStringLiteral("[/\\\\]")), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString direct = current + QLatin1Char('/') + parts[i];
        if (QFileInfo::exists(direct)) {
            current = direct;
            continue;
        }
        QString found;
        const QStringList entries = QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &e : entries) {
            if (e.compare(parts[i], Qt::CaseInsensitive) == 0) {
                found = e;
                break;
            }
        }
        if (found.isEmpty()) {
            // Keep the rest as given.
            return current + QLatin1Char('/') + parts.mid(i).join(QLatin1Char('/'));
        }
        current += QLatin1Char('/') + found;
    }
    return current;
}

QString OfflineImage::path(const QString &relative) const
{
    return resolve(m_root, relative);
}

std::optional<quint16> OfflineImage::peMachine(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray dos = f.read(64);
    if (dos.size() < 64 || dos[0] != 'M' || dos[1] != 'Z')
        return std::nullopt;
    const quint32 peOffset = quint8(dos[0x3c]) | (quint8(dos[0x3d]) << 8) | (quint8(dos[0x3e]) << 16) | (quint32(quint8(dos[0x3f])) << 24);
    if (peOffset > 64 * 1024 * 1024 || !f.seek(peOffset))
        return std::nullopt;
    const QByteArray pe = f.read(6);
    if (pe.size() < 6 || pe[0] != 'P' || pe[1] != 'E' || pe[2] != 0 || pe[3] != 0)
        return std::nullopt;
    return quint16(quint8(pe[4]) | (quint8(pe[5]) << 8));
}

Result<OfflineImage> OfflineImage::inspect(const QString &rootIn, const std::optional<WimImageFacts> &wim)
{
    const QFileInfo rootInfo(rootIn);
    if (!rootInfo.isDir())
        return Error::make(QStringLiteral("provision.not-an-image"),
                           Tr::tr("%1 is not a folder. Give the folder of a mounted or applied Windows image with /Image.").arg(rootIn));
    OfflineImage img;
    img.m_root = rootInfo.absoluteFilePath();
    const QString system32 = img.path(QStringLiteral("Windows/System32"));
    if (!QFileInfo(system32).isDir())
        return Error::make(QStringLiteral("provision.not-an-image"),
                           Tr::tr("%1 does not look like a Windows image: it has no Windows/System32 folder. Give the folder an image "
                                  "is mounted or applied to.")
                               .arg(img.m_root));

    // Architecture.
    std::optional<ImageCpu> cpu;
    if (wim && wim->architecture) {
        cpu = cpuFromWimArch(*wim->architecture);
        if (cpu)
            img.m_cpuSource = wim->source;
    }
    const QString kernel = img.path(QStringLiteral("Windows/System32/ntoskrnl.exe"));
    if (!cpu) {
        const auto machine = peMachine(kernel);
        if (!machine)
            return Error::make(QStringLiteral("provision.unknown-architecture"),
                               Tr::tr("The architecture of the image in %1 cannot be determined: Windows/System32/ntoskrnl.exe is missing or "
                                      "not a PE file, and the image is not a WimBench mount whose WIM records it.")
                                   .arg(img.m_root));
        cpu = cpuFromMachine(*machine);
        if (!cpu)
            return Error::make(QStringLiteral("provision.unknown-architecture"),
                               Tr::tr("Windows/System32/ntoskrnl.exe in %1 is for machine type 0x%2, which app packages do not support.")
                                   .arg(img.m_root)
                                   .arg(*machine, 4, 16, QLatin1Char('0')));
        img.m_cpuSource = QStringLiteral("PE header of Windows/System32/ntoskrnl.exe (machine 0x%1)").arg(*machine, 0, 16);
    }
    img.m_cpu = *cpu;

    // Servicing manifests: build and language packs.
    const QString packages = img.path(QStringLiteral("Windows/servicing/Packages"));
    std::optional<quint32> servicingBuild;
    QString servicingBuildFile;
    static const QRegularExpression langPack(
        QStringLiteral("^Microsoft-Windows-Client-LanguagePack-Package~[^~]*~[^~]*~([^~]+)~[^~]*\\.mum$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression windowsPackage(QStringLiteral("^Microsoft-Windows-[^~]*-Package~[^~]*~[^~]*~[^~]*~10\\.0\\.(\\d+)\\.\\d+\\.mum$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    QStringList manifests = QDir(packages).entryList({QStringLiteral("*.mum")}, QDir::Files);
    manifests.sort(Qt::CaseInsensitive);
    QList<ImageLanguage> packLanguages;
    for (const QString &m : manifests) {
        const auto lp = langPack.match(m);
        if (lp.hasMatch() && LanguageTag::isValid(lp.captured(1)))
            addLanguage(packLanguages, lp.captured(1), QStringLiteral("Windows/servicing/Packages/") + m);
        const auto wp = windowsPackage.match(m);
        if (wp.hasMatch()) {
            // The foundation package names the build Windows was installed with; other
            // Windows packages are taken only when it is absent.
            const quint32 b = wp.captured(1).toUInt();
            const bool foundation = m.startsWith(QLatin1String("Microsoft-Windows-Foundation-Package~"), Qt::CaseInsensitive);
            const bool haveFoundation = servicingBuildFile.startsWith(QLatin1String("Microsoft-Windows-Foundation-Package~"), Qt::CaseInsensitive);
            if (!servicingBuild || (foundation && !haveFoundation) || (foundation == haveFoundation && b > *servicingBuild)) {
                servicingBuild = b;
                servicingBuildFile = m;
            }
        }
    }
    if (wim && wim->build) {
        img.m_build = wim->build;
        img.m_buildSource = wim->source;
    } else if (servicingBuild) {
        img.m_build = servicingBuild;
        img.m_buildSource = QStringLiteral("Windows/servicing/Packages/") + servicingBuildFile;
    }

    // Languages.
    if (wim) {
        for (const QString &l : wim->languages) {
            if (LanguageTag::isValid(l))
                addLanguage(img.m_languages, l, wim->source);
        }
    }
    QStringList folders = QDir(system32).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    folders.sort(Qt::CaseInsensitive);
    for (const QString &d : folders) {
        if (LanguageTag::isLanguageFolderName(d))
            addLanguage(img.m_languages, d, QStringLiteral("Windows/System32/") + d);
    }
    for (const ImageLanguage &l : packLanguages) {
        for (const QString &s : l.sources)
            addLanguage(img.m_languages, l.tag, s);
    }
    return img;
}

OfflineImage OfflineImage::fromFacts(const QString &root, ImageCpu cpu, std::optional<quint32> build, const QStringList &languages,
                                     const QString &source)
{
    OfflineImage img;
    img.m_root = root;
    img.m_cpu = cpu;
    img.m_cpuSource = source;
    img.m_build = build;
    img.m_buildSource = build ? source : QString();
    for (const QString &l : languages)
        addLanguage(img.m_languages, l, source);
    return img;
}

QStringList OfflineImage::languageTags() const
{
    QStringList out;
    for (const ImageLanguage &l : m_languages)
        out << l.tag;
    return out;
}

QString OfflineImage::languagesDescription() const
{
    QStringList out;
    for (const ImageLanguage &l : m_languages)
        out << QStringLiteral("%1 (%2)").arg(l.tag, l.sources.join(QStringLiteral("; ")));
    return out.join(QStringLiteral(", "));
}

} // namespace wb
