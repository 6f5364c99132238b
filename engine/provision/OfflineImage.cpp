// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineImage.h"

#include "LanguageTag.h"
#include "core/ImagePath.h"

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

std::optional<ImageCpu> cpuFromProcessorArchitecture(const QString &value)
{
    // The values Windows sets in Session Manager\Environment (Microsoft Learn, "WOW64 Implementation
    // Details" and the PROCESSOR_ARCHITECTURE environment variable): AMD64, x86, ARM64, ARM (IA64).
    const QString v = value.trimmed().toUpper();
    if (v == QLatin1String("AMD64"))
        return ImageCpu::X64;
    if (v == QLatin1String("X86"))
        return ImageCpu::X86;
    if (v == QLatin1String("ARM64"))
        return ImageCpu::Arm64;
    if (v == QLatin1String("ARM"))
        return ImageCpu::Arm;
    return std::nullopt;
}

/// The build named by the servicing manifests of `packagesDir` (see OfflineImage.h); `manifest` is the file.
std::optional<quint32> servicingBuild(const QString &packagesDir, QString *manifest)
{
    static const QRegularExpression windowsPackage(QStringLiteral("^Microsoft-Windows-[^~]*-Package~[^~]*~[^~]*~[^~]*~10\\.0\\.(\\d+)\\.\\d+\\.mum$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QLatin1String foundationPrefix("Microsoft-Windows-Foundation-Package~");
    std::optional<quint32> build;
    QStringList manifests = QDir(packagesDir).entryList({QStringLiteral("*.mum")}, QDir::Files);
    manifests.sort(Qt::CaseInsensitive);
    for (const QString &m : manifests) {
        const auto wp = windowsPackage.match(m);
        if (!wp.hasMatch())
            continue;
        // The foundation package names the build Windows was installed with; other Windows
        // packages are taken only when it is absent.
        const quint32 b = wp.captured(1).toUInt();
        const bool foundation = m.startsWith(foundationPrefix, Qt::CaseInsensitive);
        const bool haveFoundation = manifest->startsWith(foundationPrefix, Qt::CaseInsensitive);
        if (!build || (foundation && !haveFoundation) || (foundation == haveFoundation && b > *build)) {
            build = b;
            *manifest = m;
        }
    }
    return build;
}

/// A hive fact holding a decimal number (build, UBR); nullopt when absent or not a number.
std::optional<quint32> numberOf(const std::optional<HiveFact> &fact)
{
    bool ok = false;
    const quint32 n = fact ? fact->value.toUInt(&ok) : 0;
    return ok ? std::optional<quint32>(n) : std::nullopt;
}

/// Languages of the Client-LanguagePack manifests in `packagesDir`.
QList<ImageLanguage> languagePacks(const QString &packagesDir)
{
    static const QRegularExpression langPack(
        QStringLiteral("^Microsoft-Windows-Client-LanguagePack-Package~[^~]*~[^~]*~([^~]+)~[^~]*\\.mum$"), QRegularExpression::CaseInsensitiveOption);
    QStringList manifests = QDir(packagesDir).entryList({QStringLiteral("*.mum")}, QDir::Files);
    manifests.sort(Qt::CaseInsensitive);
    QList<ImageLanguage> out;
    for (const QString &m : manifests) {
        const auto lp = langPack.match(m);
        if (lp.hasMatch() && LanguageTag::isValid(lp.captured(1)))
            addLanguage(out, lp.captured(1), QStringLiteral("Windows/servicing/Packages/") + m);
    }
    return out;
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
    return ImagePath::resolve(root, relative);
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

Status OfflineImage::readCpu(const std::optional<WimImageFacts> &wim)
{
    if (const auto &hive = m_hiveFacts.processorArchitecture) {
        const auto cpu = cpuFromProcessorArchitecture(hive->value);
        if (!cpu)
            return Error::make(QStringLiteral("provision.unknown-architecture"),
                               Tr::tr("The SYSTEM hive of the image in %1 says its processor architecture is %2, which app packages do "
                                      "not support.")
                                   .arg(m_root, hive->value));
        m_cpu = *cpu;
        m_cpuSource = hive->source;
        return {};
    }
    if (wim && wim->architecture) {
        if (const auto cpu = cpuFromWimArch(*wim->architecture)) {
            m_cpu = *cpu;
            m_cpuSource = wim->source;
            return {};
        }
    }
    const auto machine = peMachine(path(QStringLiteral("Windows/System32/ntoskrnl.exe")));
    if (!machine)
        return Error::make(QStringLiteral("provision.unknown-architecture"),
                           Tr::tr("The architecture of the image in %1 cannot be determined: it has no SYSTEM hive that states it, "
                                  "Windows/System32/ntoskrnl.exe is missing or not a PE file, and the image is not a WimBench mount "
                                  "whose WIM records it.")
                               .arg(m_root));
    const auto cpu = cpuFromMachine(*machine);
    if (!cpu)
        return Error::make(QStringLiteral("provision.unknown-architecture"),
                           Tr::tr("Windows/System32/ntoskrnl.exe in %1 is for machine type 0x%2, which app packages do not support.")
                               .arg(m_root)
                               .arg(*machine, 4, 16, QLatin1Char('0')));
    m_cpu = *cpu;
    m_cpuSource = QStringLiteral("PE header of Windows/System32/ntoskrnl.exe (machine 0x%1)").arg(*machine, 0, 16);
    return {};
}

void OfflineImage::readBuild(const std::optional<WimImageFacts> &wim)
{
    m_ubr = numberOf(m_hiveFacts.ubr);
    if (m_ubr)
        m_ubrSource = m_hiveFacts.ubr->source;
    m_build = numberOf(m_hiveFacts.build);
    if (m_build) {
        m_buildSource = m_hiveFacts.build->source;
        return;
    }
    if (wim && wim->build) {
        m_build = wim->build;
        m_buildSource = wim->source;
        return;
    }
    QString manifest;
    m_build = servicingBuild(path(QStringLiteral("Windows/servicing/Packages")), &manifest);
    if (m_build)
        m_buildSource = QStringLiteral("Windows/servicing/Packages/") + manifest;
}

void OfflineImage::readLanguages(const std::optional<WimImageFacts> &wim)
{
    for (const HiveFact &l : m_hiveFacts.uiLanguages) {
        if (LanguageTag::isValid(l.value))
            addLanguage(m_languages, l.value, l.source);
    }
    for (const auto *lcid : {&m_hiveFacts.installLanguage, &m_hiveFacts.defaultLanguage}) {
        if (*lcid)
            addLanguage(m_languages, (*lcid)->value, (*lcid)->source);
    }
    if (!m_languages.isEmpty())
        return; // the hive names the installed languages: the heuristics below are not needed
    if (wim) {
        for (const QString &l : wim->languages) {
            if (LanguageTag::isValid(l))
                addLanguage(m_languages, l, wim->source);
        }
    }
    QStringList folders = QDir(path(QStringLiteral("Windows/System32"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    folders.sort(Qt::CaseInsensitive);
    for (const QString &d : folders) {
        if (LanguageTag::isLanguageFolderName(d))
            addLanguage(m_languages, d, QStringLiteral("Windows/System32/") + d);
    }
    for (const ImageLanguage &l : languagePacks(path(QStringLiteral("Windows/servicing/Packages")))) {
        for (const QString &s : l.sources)
            addLanguage(m_languages, l.tag, s);
    }
}

Status OfflineImage::checkFolder(const QString &root)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir())
        return Error::make(QStringLiteral("provision.not-an-image"), Tr::tr("%1 is not a folder.").arg(root))
            .withRemedy(Remedy::Kind::GiveImageFolder);
    if (!QFileInfo(resolve(rootInfo.absoluteFilePath(), QStringLiteral("Windows/System32"))).isDir())
        return Error::make(QStringLiteral("provision.not-an-image"),
                           Tr::tr("%1 does not look like a Windows image: it has no Windows/System32 folder. Give the folder an image "
                                  "is mounted or applied to.")
                               .arg(rootInfo.absoluteFilePath()));
    return {};
}

Result<OfflineImage> OfflineImage::inspect(const QString &rootIn, const std::optional<WimImageFacts> &wim, HiveCache *hiveCache)
{
    WB_TRY(checkFolder(rootIn));
    OfflineImage img;
    img.m_root = QFileInfo(rootIn).absoluteFilePath();
    auto hives = HiveFacts::read(img.m_root, hiveCache);
    if (!hives)
        return hives.error();
    img.m_hiveFacts = *hives;
    WB_TRY(img.readCpu(wim));
    img.readBuild(wim);
    img.readLanguages(wim);
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

OfflineImage OfflineImage::withHiveFacts(const HiveFacts &facts) const
{
    OfflineImage img = *this;
    img.m_hiveFacts = facts;
    img.m_ubr = numberOf(facts.ubr);
    img.m_ubrSource = img.m_ubr ? facts.ubr->source : QString();
    return img;
}

QString OfflineImage::buildText() const
{
    if (!m_build)
        return {};
    return m_ubr ? QStringLiteral("%1.%2").arg(*m_build).arg(*m_ubr) : QString::number(*m_build);
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
