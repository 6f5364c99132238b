// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appx/PackageIdentity.h"
#include "core/Result.h"
#include "registry/HiveFacts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// Processor architecture of a Windows image, as far as app applicability is concerned.
enum class ImageCpu { X86, X64, Arm, Arm64 };
/// "x86", "x64", "arm", "arm64".
QString imageCpuName(ImageCpu cpu);

/// What the WIM XML says about the image mounted on a folder (filled by the operation from the
/// mount registry when the folder is a WimBench mount). Value type.
struct WimImageFacts
{
    QString source;                  ///< e.g. "WIM XML of /images/install.wim, index 3"
    std::optional<int> architecture; ///< raw <ARCH>: 0 x86, 5 arm, 9 x64, 12 arm64
    std::optional<quint32> build;
    QStringList languages;
};

/// One language installed in the image and where it was seen.
struct ImageLanguage
{
    QString tag;     ///< canonical BCP-47, e.g. "en-US"
    QStringList sources; ///< e.g. "Windows/System32/en-US", "Windows/servicing/Packages/Microsoft-Windows-Client-LanguagePack-Package~...~en-US~....mum"
};

/// An offline Windows image folder (a mounted or applied image) and the facts the provisioning
/// rules need, each with its source. Value type, built on a worker thread by inspect().
///
/// Sources, in order of preference (engine/provision/README.md, "Image facts"):
/// - architecture: the SYSTEM hive (PROCESSOR_ARCHITECTURE of the current control set), else the
///   WIM XML <ARCH> of the mounted index when known, else the PE machine field of
///   Windows/System32/ntoskrnl.exe (0x14c x86, 0x8664 x64, 0x1c4 arm, 0xaa64 arm64);
/// - build and UBR: the SOFTWARE hive (CurrentBuildNumber or CurrentBuild, UBR), else the WIM XML
///   <BUILD>, else the 10.0.<build> version in the name of
///   Windows/servicing/Packages/Microsoft-Windows-Foundation-Package~...~10.0.<build>.<n>.mum (else the
///   highest among the other Microsoft-Windows-*-Package manifests), else unknown (the rules that
///   depend on it then say so);
/// - edition, product name, installation type, display version: the SOFTWARE hive only;
/// - languages: the SYSTEM hive (MUI\UILanguages, Nls\Language InstallLanguage and Default) when it
///   names any; else the union of the WIM XML languages, the Windows/System32/<lang>/ folders named
///   with a valid BCP-47 tag with a region (en-US, sr-Latn-RS) and the language-pack manifests
///   Microsoft-Windows-Client-LanguagePack-Package~<key>~<arch>~<lang>~<version>.mum.
/// A SOFTWARE or SYSTEM hive that exists but cannot be read fails inspect() (registry.corrupt).
class OfflineImage
{
public:
    /// Only the first check inspect() makes: `root` is a folder holding Windows/System32 (error
    /// provision.not-an-image otherwise). Reads no file.
    static Status checkFolder(const QString &root);
    /// Checks that `root` is a folder holding Windows/System32 (error provision.not-an-image
    /// otherwise) and reads the facts. `wim` is optional. With `hives`, the SOFTWARE hive is parsed
    /// through it and stays there for the command's Provisioner (HiveFacts::read).
    static Result<OfflineImage> inspect(const QString &root, const std::optional<WimImageFacts> &wim = std::nullopt,
                                        HiveCache *hives = nullptr);
    /// For the applicability tests and callers that know the facts already.
    static OfflineImage fromFacts(const QString &root, ImageCpu cpu, std::optional<quint32> build, const QStringList &languages,
                                  const QString &source = QStringLiteral("given"));

    /// A copy with the hives' facts `facts` (installation type, UBR, edition, ...), as inspect()
    /// would have read them; for the applicability tests. Architecture, build and languages stay.
    OfflineImage withHiveFacts(const HiveFacts &facts) const;

    QString root() const { return m_root; }
    ImageCpu cpu() const { return m_cpu; }
    QString cpuSource() const { return m_cpuSource; }
    std::optional<quint32> build() const { return m_build; }
    QString buildSource() const { return m_buildSource; }
    /// The update build revision (SOFTWARE UBR): 22631.<4169>; nullopt when no hive states it.
    std::optional<quint32> ubr() const { return m_ubr; }
    QString ubrSource() const { return m_ubrSource; }
    /// "22631.4169", "22631" without a UBR, empty when the build is unknown.
    QString buildText() const;
    /// What the hives say beyond architecture, build and languages (edition, product name, ...).
    const HiveFacts &hiveFacts() const { return m_hiveFacts; }
    const QList<ImageLanguage> &languages() const { return m_languages; }
    QStringList languageTags() const;
    /// "en-US (Windows/System32/en-US), fr-FR (...)".
    QString languagesDescription() const;

    /// `relative` below the root, matching existing path components case-insensitively (Windows
    /// images are case-insensitive; Linux file systems are not). Missing components keep the case given.
    QString path(const QString &relative) const;
    /// Same, static.
    static QString resolve(const QString &root, const QString &relative);

    /// Reads the PE machine field of a file; nullopt when it is not a PE file.
    static std::optional<quint16> peMachine(const QString &file);

private:
    QString m_root;
    ImageCpu m_cpu = ImageCpu::X64;
    QString m_cpuSource;
    std::optional<quint32> m_build;
    QString m_buildSource;
    std::optional<quint32> m_ubr;
    QString m_ubrSource;
    HiveFacts m_hiveFacts;
    QList<ImageLanguage> m_languages;

    Status readCpu(const std::optional<WimImageFacts> &wim);
    void readBuild(const std::optional<WimImageFacts> &wim);
    void readLanguages(const std::optional<WimImageFacts> &wim);
};

} // namespace wb
