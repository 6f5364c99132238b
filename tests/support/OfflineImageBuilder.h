// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HiveBuilder.h"
#include "WimBuilder.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::test {

using namespace Qt::StringLiterals;

/// What the SOFTWARE and SYSTEM hives of a test image state (the keys Windows keeps them under:
/// engine/provision/README.md, "Image facts"). Defaults: an x64 Windows 11 23H2 Pro, en-US.
struct ImageHivesSpec
{
    QString processorArchitecture = u"AMD64"_s;
    QString build = u"22631"_s; ///< CurrentBuildNumber (and CurrentBuild); empty: neither
    std::optional<quint32> ubr = 4169;
    QString editionId = u"Professional"_s;
    QString productName = u"Windows 10 Pro"_s; ///< what Windows 11 itself stores
    QString installationType = u"Client"_s;
    QString displayVersion = u"23H2"_s;
    QStringList uiLanguages{u"en-US"_s}; ///< Control\MUI\UILanguages subkeys
    QString installLanguage = u"0409"_s;  ///< Control\Nls\Language, hex LCIDs
    QString defaultLanguage = u"0409"_s;
    quint32 controlSet = 1; ///< Select\Current; the values go under ControlSet00<n>
    bool trustTestRoot = true; ///< the test signer's root in SOFTWARE's ROOT store (addTestRoot)
};

/// A SOFTWARE hive with Microsoft\Windows NT\CurrentVersion as `spec` says, an empty
/// Microsoft\Windows\CurrentVersion\Appx\AppxAllUserStore and (trustTestRoot) the test root.
HiveBuilder softwareHive(const ImageHivesSpec &spec);
/// A SYSTEM hive with Select and the control set's Environment, MUI and Nls keys.
HiveBuilder systemHive(const ImageHivesSpec &spec);
/// Writes both into `root`/Windows/System32/config/{SOFTWARE,SYSTEM}.
bool writeImageHives(const QString &root, const ImageHivesSpec &spec);

/// Offline image folders for the provisioning tests: a Windows-like tree (writeWindowsTree) for an
/// architecture and a set of languages, optionally with servicing manifests that name the build and
/// language packs, and optionally with a provisioning list.
struct OfflineImageSpec
{
    PeMachine machine = PeMachine::X64;
    QStringList languages{u"en-US"_s};   ///< System32/<lang> folders
    QStringList languagePacks;                       ///< servicing manifests Microsoft-Windows-Client-LanguagePack-Package~...~<lang>~...
    std::optional<quint32> build;                    ///< writes Microsoft-Windows-Foundation-Package~...~10.0.<build>.1.mum
    QByteArray provisioningList;                     ///< written as ProgramData/Microsoft/Windows/AppxProvisioning.xml when not empty
    std::optional<ImageHivesSpec> hives;             ///< SOFTWARE and SYSTEM hives, when set
};

/// Writes the image under `root` (created). Returns false on a write error.
bool writeOfflineImage(const QString &root, const OfflineImageSpec &spec);

/// writeOfflineImage with SOFTWARE and SYSTEM hives as `hives` says, except that the SOFTWARE
/// hive's ROOT store holds exactly `roots`: "own" (the test signer's root), "foreign" (TestSigner's
/// unrelated root), both, or none; for the trust tests.
bool writeImageWithRoots(const QString &root, const QStringList &roots, ImageHivesSpec hives = {});

/// Every entry below `root`: relative path -> "dir", "link:<target>" or "<size>:<SHA-256 hex>:<inode-link-count>"
/// for files, so two equal maps mean byte-identical trees (names, content and hard links).
QMap<QString, QByteArray> treeDigest(const QString &root);

} // namespace wb::test
