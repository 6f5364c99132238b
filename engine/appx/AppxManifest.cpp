// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppxManifest.h"

#include "ManifestXml.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::AppxManifest)
};

const QLatin1String Ns2010("http://schemas.microsoft.com/appx/2010/manifest");
const QLatin1String Ns2013("http://schemas.microsoft.com/appx/2013/manifest");
const QLatin1String NsWindows10("http://schemas.microsoft.com/appx/manifest/foundation/windows10");
/// One child of <Properties> (its text already read).
Status readProperty(const ManifestXml &x, const QString &name, const QString &text, AppxManifest &m, bool &sawDisplayName,
                    bool &sawPublisherDisplayName)
{
    auto flag = [&](const QString &element, bool *out) -> Status {
        auto v = x.boolean(text, QStringLiteral("Properties/") + element);
        if (!v)
            return v.error();
        *out = *v;
        return {};
    };
    if (name == QLatin1String("DisplayName")) {
        m.displayName = text;
        sawDisplayName = true;
    } else if (name == QLatin1String("PublisherDisplayName")) {
        m.publisherDisplayName = text;
        sawPublisherDisplayName = true;
    } else if (name == QLatin1String("Description")) {
        m.description = text;
    } else if (name == QLatin1String("Logo")) {
        m.logo = text;
    } else if (name == QLatin1String("Framework")) {
        return flag(name, &m.framework);
    } else if (name == QLatin1String("ResourcePackage")) {
        return flag(name, &m.resourcePackage);
    } else if (name == QLatin1String("ModificationPackage")) {
        return flag(name, &m.modificationPackage);
    }
    return {};
}
} // namespace

QString PackageResource::describe() const
{
    if (!language.isEmpty())
        return QStringLiteral("Language ") + language;
    if (scale)
        return QStringLiteral("Scale %1").arg(*scale);
    if (!dxFeatureLevel.isEmpty())
        return QStringLiteral("DXFeatureLevel ") + dxFeatureLevel;
    return {};
}

QString AppxManifest::schemaName() const
{
    switch (schema) {
    case Schema::Windows8: return QStringLiteral("Windows 8 (2010)");
    case Schema::Windows81: return QStringLiteral("Windows 8.1 (2013)");
    case Schema::Windows10: return QStringLiteral("Windows 10");
    }
    return {};
}

AppxManifest::Kind AppxManifest::kind() const
{
    if (framework)
        return Kind::Framework;
    if (resourcePackage)
        return Kind::Resource;
    if (modificationPackage)
        return Kind::Modification;
    if (isOptional())
        return Kind::Optional;
    return Kind::Application;
}

QString AppxManifest::kindName() const
{
    switch (kind()) {
    case Kind::Framework: return QStringLiteral("Framework");
    case Kind::Resource: return QStringLiteral("Resource");
    case Kind::Modification: return QStringLiteral("Modification");
    case Kind::Optional: return QStringLiteral("Optional");
    case Kind::Application: break;
    }
    return QStringLiteral("Application");
}

QStringList AppxManifest::mainPackages() const
{
    QStringList l;
    for (const MainPackageDependency &d : mainPackageDependencies)
        l << QStringLiteral("%1 (%2)").arg(d.name, mainPublisher(d));
    return l;
}

QStringList AppxManifest::languages() const
{
    QStringList l;
    for (const PackageResource &r : resources) {
        if (!r.language.isEmpty())
            l << r.language;
    }
    return l;
}

Result<AppxManifest> AppxManifest::parse(const QByteArray &xml, const QString &file)
{
    ManifestXml x(file, QStringLiteral("appx.manifest"));
    if (const QString reason = ManifestXml::tooManyAttributes(xml); !reason.isEmpty())
        return x.invalid(reason);
    AppxManifest m;
    QXmlStreamReader reader(xml);
    QStringList path; // local names of the open elements
    bool sawIdentity = false, sawProperties = false, sawDisplayName = false, sawPublisherDisplayName = false;
    bool sawWin81Extension = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString name = reader.name().toString();
        const QString parent = path.value(path.size() - 1);
        const QString grandParent = path.value(path.size() - 2);
        const auto attrs = reader.attributes();
        path << name;
        if (reader.namespaceUri() == Ns2013)
            sawWin81Extension = true;
        if (path.size() == 1) {
            if (name != QLatin1String("Package"))
                return x.invalid(Tr::tr("the root element is <%1>, not <Package>; this is not an app package manifest").arg(name));
            const auto ns = reader.namespaceUri();
            if (ns == Ns2010)
                m.schema = Schema::Windows8;
            else if (ns == NsWindows10)
                m.schema = Schema::Windows10;
            else
                return x.invalid(Tr::tr("the <Package> element is in the namespace \"%1\", which is not an app package manifest namespace")
                                     .arg(ns.toString()));
            continue;
        }
        if (path.size() == 2 && name == QLatin1String("Identity")) {
            sawIdentity = true;
            WB_TRY(x.identity(attrs, QStringLiteral("Identity"), &m.identity, true));
        } else if (path.size() == 2 && name == QLatin1String("Properties")) {
            sawProperties = true;
        } else if (parent == QLatin1String("Properties") && path.size() == 3) {
            const QString text = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            path.removeLast(); // readElementText consumed the end element
            WB_TRY(readProperty(x, name, text, m, sawDisplayName, sawPublisherDisplayName));
        } else if (parent == QLatin1String("Dependencies") && name == QLatin1String("TargetDeviceFamily")) {
            auto t = x.targetDeviceFamily(attrs);
            if (!t)
                return t.error();
            m.targetDeviceFamilies << *t;
        } else if (parent == QLatin1String("Dependencies") && name == QLatin1String("MainPackageDependency")) {
            MainPackageDependency d;
            WB_TRY(x.requiredText(attrs, QStringLiteral("MainPackageDependency"), QStringLiteral("Name"), &d.name));
            d.publisher = ManifestXml::attribute(attrs, QStringLiteral("Publisher"));
            m.mainPackageDependencies << d;
        } else if (parent == QLatin1String("Dependencies") && name == QLatin1String("PackageDependency")) {
            PackageDependency d;
            WB_TRY(x.requiredText(attrs, QStringLiteral("PackageDependency"), QStringLiteral("Name"), &d.name));
            WB_TRY(x.requiredText(attrs, QStringLiteral("PackageDependency"), QStringLiteral("Publisher"), &d.publisher));
            QString minVersion;
            WB_TRY(x.requiredText(attrs, QStringLiteral("PackageDependency"), QStringLiteral("MinVersion"), &minVersion));
            auto v = x.version(minVersion, QStringLiteral("PackageDependency MinVersion"));
            if (!v)
                return v.error();
            d.minVersion = *v;
            const QString maxMajor = ManifestXml::attribute(attrs, QStringLiteral("MaxMajorVersionTested"));
            if (!maxMajor.isEmpty())
                d.maxMajorVersionTested = quint16(maxMajor.toUShort());
            const QString optional = ManifestXml::attribute(attrs, QStringLiteral("Optional"));
            if (!optional.isEmpty()) {
                auto b = x.boolean(optional, QStringLiteral("PackageDependency Optional"));
                if (!b)
                    return b.error();
                d.optional = *b;
            }
            m.dependencies << d;
        } else if (parent == QLatin1String("Resources") && grandParent == QLatin1String("Package") && name == QLatin1String("Resource")) {
            auto r = x.resource(attrs);
            if (!r)
                return r.error();
            m.resources << *r;
        } else if (parent == QLatin1String("Prerequisites") && name == QLatin1String("OSMinVersion")) {
            m.osMinVersion = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            path.removeLast();
        } else if (parent == QLatin1String("Applications") && name == QLatin1String("Application")) {
            m.applicationIds << ManifestXml::attribute(attrs, QStringLiteral("Id"));
        }
        // Everything else (capabilities, extensions, build metadata, ...) is ignored.
    }
    if (reader.hasError())
        return x.malformed(reader);
    if (m.schema == Schema::Windows8 && sawWin81Extension)
        m.schema = Schema::Windows81;
    if (!sawIdentity)
        return x.missing(QStringLiteral("Identity"));
    if (!sawProperties)
        return x.missing(QStringLiteral("Properties"));
    if (!sawDisplayName)
        return x.missing(QStringLiteral("Properties/DisplayName"));
    if (!sawPublisherDisplayName)
        return x.missing(QStringLiteral("Properties/PublisherDisplayName"));
    // The MSIX SDK's ValidatePackageType (src/msix/common/AppxManifestValidation.cpp).
    // Its own code per kind, so scripts and tests need not read the sentence.
    if (m.isOptional() && (m.framework || m.resourcePackage)) {
        Error e = x.invalid(m.framework ? Tr::tr("it declares a MainPackageDependency and is also a framework package; an optional "
                                                 "package cannot be a framework or a resource package")
                                        : Tr::tr("it declares a MainPackageDependency and is also a resource package; an optional "
                                                 "package cannot be a framework or a resource package"));
        e.code = m.framework ? QStringLiteral("appx.optional-is-framework") : QStringLiteral("appx.optional-is-resource");
        return e;
    }
    return m;
}

} // namespace wb
