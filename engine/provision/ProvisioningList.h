// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace wb {

/// One <Package> of <Provisioned> in AppxProvisioning.xml: the full name and every attribute, in
/// the order read (FullName first), including those WimBench does not know.
struct ProvisionedPackage
{
    QString fullName;
    QList<std::pair<QString, QString>> attributes; ///< all but FullName, in file order

    QString attribute(const QString &name) const;
    void setAttribute(const QString &name, const QString &value);

    bool isBundle() const { return attribute(QStringLiteral("PackageType")).compare(QLatin1String("bundle"), Qt::CaseInsensitive) == 0; }
    bool isResource() const { return attribute(QStringLiteral("PackageType")).compare(QLatin1String("resource"), Qt::CaseInsensitive) == 0; }
    bool fromBundle() const { return attribute(QStringLiteral("ProvisionSourceIsBundle")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }
    bool isLobFramework() const { return attribute(QStringLiteral("IsLOBApp")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }
    /// A bundle entry, or a package provisioned on its own (not from a bundle, not a framework or resource):
    /// what Get-ProvisionedAppxPackages lists.
    bool isTopLevel() const { return isBundle() || (!fromBundle() && !isLobFramework() && !isResource()); }
    /// The package name part of the full name.
    QString packageName() const { return fullName.section(QLatin1Char('_'), 0, 0); }
};

/// ProgramData/Microsoft/Windows/AppxProvisioning.xml of an image, in Windows' own format
/// (namespace http://schemas.microsoft.com/appx/2013/appxprovisionpackage): <AppxProvisionList>
/// with <EndOfLife> (family names) and <Provisioned> (packages). The whole document is kept as a
/// tree, so elements, attributes, comments and whitespace WimBench does not understand are written
/// back unchanged. Value type, any thread.
class ProvisioningList
{
public:
    static constexpr const char *Namespace = "http://schemas.microsoft.com/appx/2013/appxprovisionpackage";
    /// "ProgramData/Microsoft/Windows/AppxProvisioning.xml".
    static QString relativePath();

    ProvisioningList();
    ProvisioningList(const ProvisioningList &other);
    ProvisioningList &operator=(const ProvisioningList &other);
    ~ProvisioningList();

    /// Reads `file`; a file that does not exist gives an empty list (a fresh image). Errors:
    /// provision.list-invalid (not XML), provision.list-not-a-list (XML whose root is not an
    /// AppxProvisionList in its namespace), provision.list-unreadable.
    static Result<ProvisioningList> load(const QString &file);
    static Result<ProvisioningList> parse(const QByteArray &xml, const QString &fileForMessages);

    QByteArray toXml() const;
    /// Writes atomically (writeFileAtomically: a temporary file beside it, fsync, then rename), creating the folder.
    Status save(const QString &file) const;

    QList<ProvisionedPackage> packages() const;
    QStringList endOfLife() const;
    bool contains(const QString &fullName) const;
    std::optional<ProvisionedPackage> find(const QString &fullName) const;
    /// Appends to <Provisioned> (created if missing); an entry with the same full name is replaced in place.
    void add(const ProvisionedPackage &package);
    /// Removes the entry; false if there was none.
    bool remove(const QString &fullName);

private:
    struct Node;
    std::unique_ptr<Node> m_root; // the document node
    Node *provisionedElement(bool create);
    const Node *provisionedElement() const;
};

} // namespace wb
