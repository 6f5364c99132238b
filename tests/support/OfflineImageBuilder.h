#pragma once

#include "WimBuilder.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wb::test {

/// Offline image folders for the provisioning tests: a Windows-like tree (writeWindowsTree) for an
/// architecture and a set of languages, optionally with servicing manifests that name the build and
/// language packs, and optionally with a provisioning list.
struct OfflineImageSpec
{
    PeMachine machine = PeMachine::X64;
    QStringList languages{QStringLiteral("en-US")};   ///< System32/<lang> folders
    QStringList languagePacks;                       ///< servicing manifests Microsoft-Windows-Client-LanguagePack-Package~...~<lang>~...
    std::optional<quint32> build;                    ///< writes Microsoft-Windows-Foundation-Package~...~10.0.<build>.1.mum
    QByteArray provisioningList;                     ///< written as ProgramData/Microsoft/Windows/AppxProvisioning.xml when not empty
};

/// Writes the image under `root` (created). Returns false on a write error.
bool writeOfflineImage(const QString &root, const OfflineImageSpec &spec);

/// Every entry below `root`: relative path -> "dir", "link:<target>" or "<size>:<SHA-256 hex>:<inode-link-count>"
/// for files, so two equal maps mean byte-identical trees (names, content and hard links).
QMap<QString, QByteArray> treeDigest(const QString &root);

} // namespace wb::test
