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

using namespace wb;

namespace {

const QString File = QStringLiteral("Fuzz.msix/AppxManifest.xml");

void checkIdentity(const PackageIdentity &id)
{
    static const QRegularExpression name(QStringLiteral("^[-.A-Za-z0-9]{3,50}$"));
    static const QRegularExpression resource(QStringLiteral("^[-.A-Za-z0-9]{1,30}$"));
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
    w.writeDefaultNamespace(QStringLiteral("http://schemas.microsoft.com/appx/manifest/foundation/windows10"));
    w.writeStartElement(QStringLiteral("Package"));
    w.writeStartElement(QStringLiteral("Identity"));
    w.writeAttribute(QStringLiteral("Name"), m.identity.name);
    w.writeAttribute(QStringLiteral("Publisher"), m.identity.publisher);
    w.writeAttribute(QStringLiteral("Version"), m.identity.version.toString());
    w.writeAttribute(QStringLiteral("ProcessorArchitecture"), architectureName(m.identity.architecture));
    if (!m.identity.resourceId.isEmpty())
        w.writeAttribute(QStringLiteral("ResourceId"), m.identity.resourceId);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Properties"));
    w.writeTextElement(QStringLiteral("DisplayName"), m.displayName);
    w.writeTextElement(QStringLiteral("PublisherDisplayName"), m.publisherDisplayName);
    w.writeTextElement(QStringLiteral("Framework"), m.framework ? QStringLiteral("true") : QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("ResourcePackage"), m.resourcePackage ? QStringLiteral("true") : QStringLiteral("false"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Dependencies"));
    for (const TargetDeviceFamily &t : m.targetDeviceFamilies) {
        w.writeStartElement(QStringLiteral("TargetDeviceFamily"));
        w.writeAttribute(QStringLiteral("Name"), t.name);
        w.writeAttribute(QStringLiteral("MinVersion"), t.minVersion.toString());
        if (t.maxVersionTested)
            w.writeAttribute(QStringLiteral("MaxVersionTested"), t.maxVersionTested->toString());
        w.writeEndElement();
    }
    for (const PackageDependency &d : m.dependencies) {
        w.writeStartElement(QStringLiteral("PackageDependency"));
        w.writeAttribute(QStringLiteral("Name"), d.name);
        w.writeAttribute(QStringLiteral("Publisher"), d.publisher);
        w.writeAttribute(QStringLiteral("MinVersion"), d.minVersion.toString());
        if (d.maxMajorVersionTested)
            w.writeAttribute(QStringLiteral("MaxMajorVersionTested"), QString::number(*d.maxMajorVersionTested));
        if (d.optional)
            w.writeAttribute(QStringLiteral("Optional"), QStringLiteral("true"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Resources"));
    for (const PackageResource &r : m.resources) {
        w.writeStartElement(QStringLiteral("Resource"));
        if (!r.language.isEmpty())
            w.writeAttribute(QStringLiteral("Language"), r.language);
        if (r.scale)
            w.writeAttribute(QStringLiteral("Scale"), QString::number(*r.scale));
        if (!r.dxFeatureLevel.isEmpty())
            w.writeAttribute(QStringLiteral("DXFeatureLevel"), r.dxFeatureLevel);
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
        FUZZ_CHECK(parsed.error().message.contains(QStringLiteral("AppxManifest.xml")));
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
    FUZZ_CHECK_MSG(back, QString::fromUtf8(rewritten) + QStringLiteral("\n") + (back ? QString() : back.error().message));
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
