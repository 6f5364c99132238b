// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AppxBundleManifest.xml reader (engine/appx/BundleManifest.*, ManifestXml.*). The input is the
// bundle manifest's bytes.
//
// Invariants (abort on violation):
// - a failure has an appx.bundle-manifest-* or appx.unsafe-entry-name code and names the file;
// - parsing is deterministic;
// - an accepted bundle has a 2013-2019 schema year, an identity with architecture neutral and
//   resource id "~", at least one package;
// - every package FileName is safe (PackagePath::checkRelative accepts it unchanged: no '..' or
//   '.' segment, not absolute, no '\', ':' or control characters) and unique case-insensitively;
// - every package has a size > 0, a valid type, version and resource id;
// - the bundle's fullName() is a safe folder name.

#include "FuzzSupport.h"

#include "appx/BundleManifest.h"
#include "appx/PackagePath.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
const QString File = u"Fuzz.msixbundle/AppxMetadata/AppxBundleManifest.xml"_s;

void checkSafe(const QString &name)
{
    const auto safe = PackagePath::checkRelative(name, File);
    FUZZ_CHECK_MSG(safe && *safe == name, name);
    FUZZ_CHECK_MSG(!name.startsWith(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')), name);
    for (const QString &segment : name.split(QLatin1Char('/')))
        FUZZ_CHECK_MSG(segment != QLatin1String("..") && segment != QLatin1String(".") && !segment.isEmpty(), name);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = fuzz::bytes(data, size);
    const auto parsed = BundleManifest::parse(xml, File);
    if (!parsed) {
        const QString code = parsed.error().code;
        FUZZ_CHECK_MSG(code.startsWith(QLatin1String("appx.bundle-manifest-")) || code == QLatin1String("appx.unsafe-entry-name"), code);
        FUZZ_CHECK(parsed.error().message.contains(u"AppxBundleManifest.xml"_s));
        const auto again = BundleManifest::parse(xml, File);
        FUZZ_CHECK(!again && again.error().code == code && again.error().message == parsed.error().message);
        return 0;
    }
    const BundleManifest &m = *parsed;
    static const QRegularExpression name(u"^[-.A-Za-z0-9]{3,50}$"_s);
    static const QRegularExpression resource(u"^[-.A-Za-z0-9]{1,30}$"_s);
    FUZZ_CHECK(m.schemaYear >= 2013 && m.schemaYear <= 2019);
    FUZZ_CHECK(name.match(m.identity.name).hasMatch());
    FUZZ_CHECK(!m.identity.publisher.isEmpty());
    FUZZ_CHECK(m.identity.architecture == PackageArchitecture::Neutral && m.identity.resourceId == QLatin1String("~"));
    FUZZ_CHECK(!m.packages.isEmpty());
    const QString full = m.identity.fullName();
    FUZZ_CHECK_MSG([&] { const auto s = PackagePath::checkRelative(full, File); return s && *s == full; }(), full);

    QSet<QString> keys;
    bool anyApplication = false;
    for (const BundlePackageEntry &p : m.packages) {
        checkSafe(p.fileName);
        const QString key = PackagePath::nameKey(p.fileName);
        FUZZ_CHECK_MSG(!keys.contains(key), p.fileName);
        keys.insert(key);
        FUZZ_CHECK(p.size > 0);
        FUZZ_CHECK(p.resourceId.isEmpty() || resource.match(p.resourceId).hasMatch());
        FUZZ_CHECK(PackageVersion::parse(p.version.toString()) == p.version);
        FUZZ_CHECK(!p.typeName().isEmpty());
        for (const PackageResource &r : p.resources)
            FUZZ_CHECK(!r.language.isEmpty() || r.scale || !r.dxFeatureLevel.isEmpty());
        anyApplication = anyApplication || p.isApplication();
    }
    FUZZ_CHECK(m.hasApplicationPackage() == anyApplication);
    for (const OptionalBundleEntry &o : m.optionalBundles)
        FUZZ_CHECK(!o.name.isEmpty() && !o.publisher.isEmpty());

    const auto again = BundleManifest::parse(xml, File);
    FUZZ_CHECK(again && again->identity == m.identity && again->packages.size() == m.packages.size());
    return 0;
}
