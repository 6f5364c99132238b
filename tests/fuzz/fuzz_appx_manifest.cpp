// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AppxManifest.xml reader (engine/appx/AppxManifest.*, ManifestXml.*, PackageIdentity.*,
// PackageVersion.*). The input is the manifest's bytes.
//
// Invariants (abort on violation):
// - a failure has an appx.manifest-* code and a message naming the file;
// - parsing is deterministic;
// - an accepted identity is valid: Name 3-50 of [-.A-Za-z0-9], a non-empty Publisher of at most
//   8192 characters, ResourceId empty or 1-30 of [-.A-Za-z0-9], an architecture whose name parses
//   back to itself, a version whose text parses back to itself;
// - fullName() splits at '_' into exactly name, version, architecture, resource id and a
//   13-character publisher id, and is a safe relative folder name (PackagePath::checkRelative),
//   since provisioning creates WindowsApps/<fullName>;
// - writing what was read back as a fresh Windows 10 manifest (QXmlStreamWriter) and parsing it
//   again gives the same identity, names, resources, dependencies and device families.

#include "FuzzSupport.h"

#include "appx/AppxManifest.h"
#include "appx/PackagePath.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

const QString File = u"Fuzz.msix/AppxManifest.xml"_s;

void checkIdentity(const PackageIdentity &id)
{
    static const QRegularExpression name(u"^[-.A-Za-z0-9]{3,50}$"_s);
    static const QRegularExpression resource(u"^[-.A-Za-z0-9]{1,30}$"_s);
    FUZZ_CHECK_MSG(name.match(id.name).hasMatch(), id.name);
    FUZZ_CHECK(!id.publisher.isEmpty() && id.publisher.size() <= 8192);
    FUZZ_CHECK(id.publisher == id.publisher.trimmed());
    FUZZ_CHECK_MSG(id.resourceId.isEmpty() || resource.match(id.resourceId).hasMatch(), id.resourceId);
    FUZZ_CHECK(parseArchitecture(architectureName(id.architecture)) == id.architecture);
    FUZZ_CHECK(PackageVersion::parse(id.version.toString()) == id.version);

    const QString full = id.fullName();
    const QStringList parts = full.split(QLatin1Char('_'));
    FUZZ_CHECK_MSG(parts.size() == 5, full);
    FUZZ_CHECK(parts[0] == id.name);
    FUZZ_CHECK(parts[1] == id.version.toString());
    FUZZ_CHECK(parts[2] == architectureName(id.architecture));
    FUZZ_CHECK(parts[3] == id.resourceId);
    FUZZ_CHECK(parts[4] == id.publisherId() && parts[4].size() == 13);
    const auto safe = PackagePath::checkRelative(full, File);
    FUZZ_CHECK_MSG(safe && *safe == full, full);
    FUZZ_CHECK(id.familyName() == id.name + QLatin1Char('_') + id.publisherId());
}

QByteArray rewrite(const AppxManifest &m)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(u"http://schemas.microsoft.com/appx/manifest/foundation/windows10"_s);
    w.writeStartElement(u"Package"_s);
    w.writeStartElement(u"Identity"_s);
    w.writeAttribute(u"Name"_s, m.identity.name);
    w.writeAttribute(u"Publisher"_s, m.identity.publisher);
    w.writeAttribute(u"Version"_s, m.identity.version.toString());
    w.writeAttribute(u"ProcessorArchitecture"_s, architectureName(m.identity.architecture));
    if (!m.identity.resourceId.isEmpty())
        w.writeAttribute(u"ResourceId"_s, m.identity.resourceId);
    w.writeEndElement();
    w.writeStartElement(u"Properties"_s);
    w.writeTextElement(u"DisplayName"_s, m.displayName);
    w.writeTextElement(u"PublisherDisplayName"_s, m.publisherDisplayName);
    w.writeTextElement(u"Framework"_s, m.framework ? u"true"_s : u"false"_s);
    w.writeTextElement(u"ResourcePackage"_s, m.resourcePackage ? u"true"_s : u"false"_s);
    w.writeEndElement();
    w.writeStartElement(u"Dependencies"_s);
    for (const TargetDeviceFamily &t : m.targetDeviceFamilies) {
        w.writeStartElement(u"TargetDeviceFamily"_s);
        w.writeAttribute(u"Name"_s, t.name);
        w.writeAttribute(u"MinVersion"_s, t.minVersion.toString());
        if (t.maxVersionTested)
            w.writeAttribute(u"MaxVersionTested"_s, t.maxVersionTested->toString());
        w.writeEndElement();
    }
    for (const PackageDependency &d : m.dependencies) {
        w.writeStartElement(u"PackageDependency"_s);
        w.writeAttribute(u"Name"_s, d.name);
        w.writeAttribute(u"Publisher"_s, d.publisher);
        w.writeAttribute(u"MinVersion"_s, d.minVersion.toString());
        if (d.maxMajorVersionTested)
            w.writeAttribute(u"MaxMajorVersionTested"_s, QString::number(*d.maxMajorVersionTested));
        if (d.optional)
            w.writeAttribute(u"Optional"_s, u"true"_s);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(u"Resources"_s);
    for (const PackageResource &r : m.resources) {
        w.writeStartElement(u"Resource"_s);
        if (!r.language.isEmpty())
            w.writeAttribute(u"Language"_s, r.language);
        if (r.scale)
            w.writeAttribute(u"Scale"_s, QString::number(*r.scale));
        if (!r.dxFeatureLevel.isEmpty())
            w.writeAttribute(u"DXFeatureLevel"_s, r.dxFeatureLevel);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = fuzz::bytes(data, size);
    const auto parsed = AppxManifest::parse(xml, File);
    if (!parsed) {
        FUZZ_CHECK_MSG(parsed.error().code.startsWith(QLatin1String("appx.manifest-")), parsed.error().code);
        FUZZ_CHECK(parsed.error().message.contains(u"AppxManifest.xml"_s));
        const auto again = AppxManifest::parse(xml, File);
        FUZZ_CHECK(!again && again.error().code == parsed.error().code && again.error().message == parsed.error().message);
        return 0;
    }
    const AppxManifest &m = *parsed;
    checkIdentity(m.identity);
    FUZZ_CHECK(!m.schemaName().isEmpty() && !m.kindName().isEmpty());
    FUZZ_CHECK(m.languages().size() <= m.resources.size());
    for (const PackageResource &r : m.resources) {
        FUZZ_CHECK(!r.language.isEmpty() || r.scale || !r.dxFeatureLevel.isEmpty());
        FUZZ_CHECK(!r.scale || *r.scale > 0);
        FUZZ_CHECK(!r.describe().isEmpty());
    }
    for (const PackageDependency &d : m.dependencies) {
        FUZZ_CHECK(!d.name.isEmpty() && !d.publisher.isEmpty());
        FUZZ_CHECK(d.familyName().endsWith(PackageIdentity::publisherIdOf(d.publisher)));
    }
    for (const TargetDeviceFamily &t : m.targetDeviceFamilies)
        FUZZ_CHECK(!t.name.isEmpty());

    const auto again = AppxManifest::parse(xml, File);
    FUZZ_CHECK(again && again->identity == m.identity && again->displayName == m.displayName);

    const QByteArray rewritten = rewrite(m);
    const auto back = AppxManifest::parse(rewritten, File);
    FUZZ_CHECK_MSG(back, QString::fromUtf8(rewritten) + u"\n"_s + (back ? QString() : back.error().message));
    FUZZ_CHECK(back->identity == m.identity);
    FUZZ_CHECK_MSG(back->displayName == m.displayName, m.displayName);
    FUZZ_CHECK(back->publisherDisplayName == m.publisherDisplayName);
    FUZZ_CHECK(back->framework == m.framework && back->resourcePackage == m.resourcePackage);
    FUZZ_CHECK(back->resources == m.resources);
    FUZZ_CHECK(back->dependencies.size() == m.dependencies.size());
    for (qsizetype i = 0; i < m.dependencies.size(); ++i) {
        const PackageDependency &a = m.dependencies[i], &b = back->dependencies[i];
        FUZZ_CHECK(a.name == b.name && a.publisher == b.publisher && a.minVersion == b.minVersion
                   && a.maxMajorVersionTested == b.maxMajorVersionTested && a.optional == b.optional);
    }
    FUZZ_CHECK(back->targetDeviceFamilies.size() == m.targetDeviceFamilies.size());
    for (qsizetype i = 0; i < m.targetDeviceFamilies.size(); ++i) {
        const TargetDeviceFamily &a = m.targetDeviceFamilies[i], &b = back->targetDeviceFamilies[i];
        FUZZ_CHECK(a.name == b.name && a.minVersion == b.minVersion && a.maxVersionTested == b.maxVersionTested);
    }
    return 0;
}
