// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleManifest.h"

#include "ManifestXml.h"
#include "PackagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::BundleManifest)
};

int bundleNamespaceYear(QStringView ns)
{
    static const QRegularExpression pattern(QStringLiteral("^http://schemas\\.microsoft\\.com/appx/(20(1[3-9]))/bundle$"));
    const auto m = pattern.match(ns.toString());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

bool BundleManifest::hasApplicationPackage() const
{
    for (const BundlePackageEntry &p : packages) {
        if (p.isApplication())
            return true;
    }
    return false;
}

namespace {
/// One <Packages>/<Package> element: its type, version, architecture, resource id, file name
/// (a safe relative .appx/.msix name), offset, size and IsStub.
Result<BundlePackageEntry> packageEntry(const ManifestXml &x, const QXmlStreamAttributes &attrs, const QString &file)
{
    BundlePackageEntry p;
    QString type;
    WB_TRY(x.requiredText(attrs, QStringLiteral("Package"), QStringLiteral("Type"), &type));
    if (type.compare(QLatin1String("application"), Qt::CaseInsensitive) == 0)
        p.type = BundlePackageEntry::Type::Application;
    else if (type.compare(QLatin1String("resource"), Qt::CaseInsensitive) == 0)
        p.type = BundlePackageEntry::Type::Resource;
    else
        return x.badValue(QStringLiteral("Package Type"), type, Tr::tr("application or resource"));
    QString versionText;
    WB_TRY(x.requiredText(attrs, QStringLiteral("Package"), QStringLiteral("Version"), &versionText));
    auto v = x.version(versionText, QStringLiteral("Package Version"));
    if (!v)
        return v.error();
    p.version = *v;
    auto a = x.architecture(ManifestXml::attribute(attrs, QStringLiteral("Architecture")), QStringLiteral("Package Architecture"));
    if (!a)
        return a.error();
    p.architecture = *a;
    p.resourceId = ManifestXml::attribute(attrs, QStringLiteral("ResourceId")).trimmed();
    WB_TRY(x.checkResourceId(p.resourceId, QStringLiteral("Package ResourceId")));
    QString fileName;
    WB_TRY(x.requiredText(attrs, QStringLiteral("Package"), QStringLiteral("FileName"), &fileName));
    auto safe = PackagePath::checkRelative(fileName, file);
    if (!safe)
        return safe.error();
    p.fileName = *safe;
    // MSIX SDK, src/msix/unpack/AppxBundleManifest.cpp (AppxBundleManifestPackageInfo):
    // FileName must match ".+\.((appx)|(msix))" (case-sensitive there, and here).
    static const QRegularExpression payloadName(QStringLiteral("^.+\\.(appx|msix)$"));
    if (!payloadName.match(p.fileName).hasMatch())
        return Error::make(QStringLiteral("appx.bundle-manifest-package-name"),
                           Tr::tr("%1 names the payload package %2, but a bundle's packages must be .appx or .msix files. The "
                                  "bundle was made by a faulty tool or altered.")
                               .arg(file, p.fileName));
    const QString offset = ManifestXml::attribute(attrs, QStringLiteral("Offset"));
    if (!offset.isEmpty()) {
        bool ok = false;
        p.offset = offset.toULongLong(&ok);
        if (!ok)
            return x.badValue(QStringLiteral("Package Offset"), offset, Tr::tr("a byte offset"));
    }
    QString size;
    WB_TRY(x.requiredText(attrs, QStringLiteral("Package"), QStringLiteral("Size"), &size));
    bool ok = false;
    p.size = size.toULongLong(&ok);
    if (!ok || p.size == 0)
        return x.badValue(QStringLiteral("Package Size"), size, Tr::tr("a size in bytes"));
    const QString stub = ManifestXml::attribute(attrs, QStringLiteral("IsStub"));
    if (!stub.isEmpty()) {
        auto b = x.boolean(stub, QStringLiteral("Package IsStub"));
        if (!b)
            return b.error();
        p.isStub = *b;
    }
    return p;
}

} // namespace

Result<BundleManifest> BundleManifest::parse(const QByteArray &xml, const QString &file)
{
    ManifestXml x(file, QStringLiteral("appx.bundle-manifest"));
    if (const QString reason = ManifestXml::tooManyAttributes(xml); !reason.isEmpty())
        return x.invalid(reason);
    BundleManifest m;
    QXmlStreamReader reader(xml);
    QStringList path;
    bool sawIdentity = false, sawPackages = false;
    BundlePackageEntry *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (path.size() == 3 && path.last() == QLatin1String("Package"))
                current = nullptr;
            path.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const QString parent = path.value(path.size() - 1);
        const auto attrs = reader.attributes();
        path << name;
        if (path.size() == 1) {
            if (name != QLatin1String("Bundle"))
                return x.invalid(Tr::tr("the root element is <%1>, not <Bundle>; this is not a bundle manifest").arg(name));
            m.schemaYear = bundleNamespaceYear(reader.namespaceUri());
            if (m.schemaYear == 0)
                return x.invalid(Tr::tr("the <Bundle> element is in the namespace \"%1\", which is not a bundle manifest namespace")
                                     .arg(reader.namespaceUri().toString()));
            continue;
        }
        if (path.size() == 2 && name == QLatin1String("Identity")) {
            sawIdentity = true;
            WB_TRY(x.identity(attrs, QStringLiteral("Identity"), &m.identity, false));
        } else if (path.size() == 2 && name == QLatin1String("Packages")) {
            sawPackages = true;
        } else if (path.size() == 3 && parent == QLatin1String("Packages") && name == QLatin1String("Package")) {
            auto entry = packageEntry(x, attrs, file);
            if (!entry)
                return entry.error();
            const BundlePackageEntry &p = *entry;
            for (const BundlePackageEntry &other : std::as_const(m.packages)) {
                if (PackagePath::sameName(other.fileName, p.fileName))
                    return x.invalid(Tr::tr("the package file %1 is listed twice").arg(p.fileName));
            }
            m.packages << p;
            current = &m.packages.last();
        } else if (current && name == QLatin1String("Resource") && parent == QLatin1String("Resources")) {
            auto r = x.resource(attrs);
            if (!r)
                return r.error();
            current->resources << *r;
        } else if (current && name == QLatin1String("TargetDeviceFamily")) {
            auto t = x.targetDeviceFamily(attrs);
            if (!t)
                return t.error();
            current->targetDeviceFamilies << *t;
        } else if (name == QLatin1String("OptionalBundle")) {
            OptionalBundleEntry o;
            WB_TRY(x.requiredText(attrs, QStringLiteral("OptionalBundle"), QStringLiteral("Name"), &o.name));
            WB_TRY(x.requiredText(attrs, QStringLiteral("OptionalBundle"), QStringLiteral("Publisher"), &o.publisher));
            QString versionText;
            WB_TRY(x.requiredText(attrs, QStringLiteral("OptionalBundle"), QStringLiteral("Version"), &versionText));
            auto v = x.version(versionText, QStringLiteral("OptionalBundle Version"));
            if (!v)
                return v.error();
            o.version = *v;
            o.fileName = ManifestXml::attribute(attrs, QStringLiteral("FileName"));
            m.optionalBundles << o;
        }
    }
    if (reader.hasError())
        return x.malformed(reader);
    if (!sawIdentity)
        return x.missing(QStringLiteral("Identity"));
    if (!sawPackages)
        return x.missing(QStringLiteral("Packages"));
    if (m.packages.isEmpty())
        return x.missing(QStringLiteral("Packages/Package"));
    return m;
}

} // namespace wb
