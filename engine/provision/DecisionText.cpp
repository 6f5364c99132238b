// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace wb {
namespace {

struct Sentence
{
    const char *code;
    const char *source;
};

// The rules' sentences, with the translation contexts of the code that uses them (so the catalogue
// keeps its translations). lupdate reads the QT_TRANSLATE_NOOP entries.
const Sentence kRuleSentences[] = {
    {"build.known", QT_TRANSLATE_NOOP("wb::Applicability", "this image is build %1")},
    {"build.unknown", QT_TRANSLATE_NOOP("wb::Applicability", "the build of this image is unknown")},
    {"archs.x64", QT_TRANSLATE_NOOP("wb::Applicability", "x64, x86 and neutral")},
    {"archs.x86", QT_TRANSLATE_NOOP("wb::Applicability", "x86 and neutral")},
    {"archs.arm", QT_TRANSLATE_NOOP("wb::Applicability", "arm and neutral")},
    {"archs.arm64", QT_TRANSLATE_NOOP("wb::Applicability", "arm64, x86, neutral, x64 from build 22000 on and arm before build 26100")},
    {"archs.or-neutral", QT_TRANSLATE_NOOP("wb::Applicability", "%1 or neutral")},
    {"arch.applies", QT_TRANSLATE_NOOP("wb::Applicability", "architecture %1 applies to this %2 image")},
    {"arch.not-applies", QT_TRANSLATE_NOOP("wb::Applicability", "architecture %1 does not apply to this %2 image (it takes %3)")},
    {"arch.x64-on-old-arm64",
     QT_TRANSLATE_NOOP("wb::Applicability",
                       "architecture x64 does not apply to this arm64 image: x64 apps run on arm64 only from build 22000 "
                       "(Windows 11) on, and %1")},
    {"arch.arm-on-new-arm64",
     QT_TRANSLATE_NOOP("wb::Applicability",
                       "architecture arm does not apply to this arm64 image: 32-bit Arm apps are not supported from build "
                       "26100 (Windows 11 24H2) on, and %1")},
    {"rank.native", QT_TRANSLATE_NOOP("wb::Applicability", "native")},
    {"rank.neutral", QT_TRANSLATE_NOOP("wb::Applicability", "neutral")},
    {"rank.emulated", QT_TRANSLATE_NOOP("wb::Applicability", "emulated")},
    {"resource.language-installed", QT_TRANSLATE_NOOP("wb::Applicability", "language pack %1: %2 is installed in the image (%3)")},
    {"resource.language-missing",
     QT_TRANSLATE_NOOP("wb::Applicability", "language pack %1: no matching language is installed in the image (installed: %2)")},
    {"resource.none-found", QT_TRANSLATE_NOOP("wb::Applicability", "none found")},
    {"resource.scale", QT_TRANSLATE_NOOP("wb::Applicability", "scale %1 pack: every scale pack is provisioned")},
    {"resource.dx",
     QT_TRANSLATE_NOOP("wb::Applicability", "DirectX feature level %1 pack: every DirectX feature level pack is provisioned")},
    {"resource.other",
     QT_TRANSLATE_NOOP("wb::Applicability", "resource pack without language, scale or DirectX feature level: provisioned")},
    {"stub.installstub", QT_TRANSLATE_NOOP("wb::Applicability", "stub preference: install the stub")},
    {"stub.installfull", QT_TRANSLATE_NOOP("wb::Applicability", "stub preference: install the full app")},
    {"stub.default", QT_TRANSLATE_NOOP("wb::Applicability", "no stub preference, the default")},
    {"stub.stub-skipped", QT_TRANSLATE_NOOP("wb::Applicability", "stub package: the full packages are provisioned (%1)")},
    {"stub.full-skipped", QT_TRANSLATE_NOOP("wb::Applicability", "full package: the stub packages are provisioned (%1)")},
    {"app.best", QT_TRANSLATE_NOOP("wb::Applicability", "application package for %1, the best of the bundle for this %2 image (%3)")},
    {"app.not-best",
     QT_TRANSLATE_NOOP("wb::Applicability", "application package for %1 applies, but the bundle's %2 package suits this %3 image better")},
    {"app.not-applicable", QT_TRANSLATE_NOOP("wb::Applicability", "application package: %1")},
    {"main.package", QT_TRANSLATE_NOOP("wb::Applicability", "main package: %1")},
    {"main.package-family", QT_TRANSLATE_NOOP("wb::Applicability", "main package: %1; %2")},
    {"main.framework", QT_TRANSLATE_NOOP("wb::Applicability", "main package: a framework package, not an app")},
    {"main.optional",
     QT_TRANSLATE_NOOP("wb::Applicability", "main package: an optional package of %1 (MainPackageDependency), not an app on its own")},
    {"main.modification", QT_TRANSLATE_NOOP("wb::Applicability", "main package: a modification package for %1, not an app on its own")},
    {"main.any-app", QT_TRANSLATE_NOOP("wb::Applicability", "its main app")},
    {"optional.included", QT_TRANSLATE_NOOP("wb::Applicability", "optional package of %1: %2")},
    {"optional.modification", QT_TRANSLATE_NOOP("wb::Applicability", "modification package for %1: %2")},
    {"optional.not-optional",
     QT_TRANSLATE_NOOP("wb::Applicability", "given as an optional package, but it declares no MainPackageDependency")},
    {"optional.other-main", QT_TRANSLATE_NOOP("wb::Applicability", "optional package of %1 (publisher %2), not of the app given, %3")},
    {"optional.not-applicable", QT_TRANSLATE_NOOP("wb::Applicability", "optional package: %1")},
    {"platform.build-unknown", QT_TRANSLATE_NOOP("wb::Applicability", "%1 (build unknown)")},
    {"family.none", QT_TRANSLATE_NOOP("wb::Applicability", "no TargetDeviceFamily (a Windows 8/8.1 package), which this %1 image runs")},
    {"family.applies", QT_TRANSLATE_NOOP("wb::Applicability", "device family %1 %2 or later applies to this %3 image")},
    {"family.too-new", QT_TRANSLATE_NOOP("wb::Applicability", "it needs %1 %2 or later, and this image is %3")},
    {"family.other", QT_TRANSLATE_NOOP("wb::Applicability", "it targets %1, and this image is %2 (it takes %3)")},
    {"dependency.not-applicable", QT_TRANSLATE_NOOP("wb::Applicability", "dependency package: %1; skipped, not an error")},
    {"dependency.duplicate", QT_TRANSLATE_NOOP("wb::Applicability", "dependency package given more than once; provisioned once")},
    {"dependency.older",
     QT_TRANSLATE_NOOP("wb::Applicability",
                       "framework %1 %2 is older than %3, also given; only the newest version of a framework major version (%4) "
                       "is provisioned")},
    {"dependency.newest", QT_TRANSLATE_NOOP("wb::Applicability", "%1; newest given version of framework %2 major version %3")},
    {"dependency.already-provisioned",
     QT_TRANSLATE_NOOP("wb::Applicability", "dependency package is already provisioned in the image; left as it is")},
    {"dependency.included", QT_TRANSLATE_NOOP("wb::Applicability", "dependency package: %1")},
    {"met.given", QT_TRANSLATE_NOOP("wb::Applicability", "given with the dependency packages")},
    {"met.provisioned", QT_TRANSLATE_NOOP("wb::Applicability", "already provisioned in the image")},
    {"dependency.met", QT_TRANSLATE_NOOP("wb::Applicability", "dependency of %1 met by %2 (%3)")},
    {"dependency.optional-unmet",
     QT_TRANSLATE_NOOP("wb::Applicability",
                       "optional dependency of %1 not given and not provisioned; the app does not need it to install")},
    {"dependency.unmet",
     QT_TRANSLATE_NOOP("wb::Applicability",
                       "dependency of %1 not met: no given or provisioned %2 package of publisher %3, version %4 or later, for %5")},
};
const Sentence kRemoveSentences[] = {
    {"remove.asked", QT_TRANSLATE_NOOP("wb::Provisioner", "the app asked for")},
    {"remove.bundle-member", QT_TRANSLATE_NOOP("wb::Provisioner", "package of the bundle %1")},
    {"remove.kept-recorded", QT_TRANSLATE_NOOP("wb::Provisioner", "dependency kept: another app provisioned with WimBench uses it")},
    {"remove.kept-needed", QT_TRANSLATE_NOOP("wb::Provisioner", "dependency kept: another provisioned app depends on %1")},
    {"remove.kept-unreadable", QT_TRANSLATE_NOOP("wb::Provisioner", "dependency kept: the manifests of %1 cannot be read, so it is unknown whether they need it")},
    {"remove.dependency", QT_TRANSLATE_NOOP("wb::Provisioner", "dependency that came with %1 and that no other provisioned app needs")},
    {"registry.key", QT_TRANSLATE_NOOP("wb::Provisioner", "written to the image's SOFTWARE hive with Path = %1")},
    {"registry.clear-deprovisioned", QT_TRANSLATE_NOOP("wb::Provisioner", "deleted from the image's SOFTWARE hive: the family had been deprovisioned, and provisioning it again clears that")},
    {"registry.no-hive", QT_TRANSLATE_NOOP("wb::Provisioner", "no registry entries written: the image has no SOFTWARE hive (%1), so Windows would not install the app for new users from it; provision into a complete image or a mounted WIM")},
    {"registry.remove-key", QT_TRANSLATE_NOOP("wb::Provisioner", "deleted from the image's SOFTWARE hive")},
    {"trust.trusted", QT_TRANSLATE_NOOP("wb::Provisioner", "signature trusted by the image: %1")},
    {"trust.untrusted", QT_TRANSLATE_NOOP("wb::Provisioner", "signature not trusted by the image: signed by %1, and the image's certificate stores lack %2, so Windows would refuse the app at first logon (0x800B0109)")},
    {"trust.unsigned", QT_TRANSLATE_NOOP("wb::Provisioner", "not signed: Windows installs only signed app packages (0x800B0100)")},
    {"trust.no-hive", QT_TRANSLATE_NOOP("wb::Provisioner", "signed by %1; trust not evaluated: the image has no SOFTWARE hive (%2) holding certificate stores")},
    {"trust.not-verifiable", QT_TRANSLATE_NOOP("wb::Provisioner", "trust not evaluated: the signature of an unpacked package folder cannot be checked (its ZIP records are gone)")},
    {"registry.deprovisioned", QT_TRANSLATE_NOOP("wb::Provisioner", "written to the image's SOFTWARE hive (an empty key) so that feature updates do not bring the app back")},
};
const char *const kRuleContext = "wb::Applicability";
const char *const kRemoveContext = "wb::Provisioner";

/// The sentence of `code` and its translation context, or {nullptr, nullptr}.
std::pair<const Sentence *, const char *> find(const QString &code)
{
    for (const Sentence &s : kRuleSentences) {
        if (code == QLatin1String(s.code))
            return {&s, kRuleContext};
    }
    for (const Sentence &s : kRemoveSentences) {
        if (code == QLatin1String(s.code))
            return {&s, kRemoveContext};
    }
    return {nullptr, nullptr};
}

} // namespace

DecisionText::DecisionText(const char *code, std::initializer_list<DecisionText> args)
    : m_code(QString::fromLatin1(code)), m_args(args)
{
    Q_ASSERT(find(m_code).first);
}

QString DecisionText::render(bool translate) const
{
    if (isPlain())
        return m_value;
    QStringList args;
    for (const DecisionText &a : m_args)
        args << a.render(translate);
    const auto [s, context] = find(m_code);
    if (!s)
        return QStringLiteral("%1(%2)").arg(m_code, args.join(QStringLiteral(", ")));
    const QString text = translate ? QCoreApplication::translate(context, s->source) : QString::fromUtf8(s->source);
    // Only as many arguments as the sentence has markers (a decision written by another version
    // may carry more); all at once, since arg() one by one would fill markers found inside earlier
    // arguments.
    int markers = 0;
    while (markers < 5 && text.contains(QLatin1Char('%') + QString::number(markers + 1)))
        ++markers;
    args = args.mid(0, markers);
    switch (args.size()) {
    case 0: return text;
    case 1: return text.arg(args[0]);
    case 2: return text.arg(args[0], args[1]);
    case 3: return text.arg(args[0], args[1], args[2]);
    case 4: return text.arg(args[0], args[1], args[2], args[3]);
    default: return text.arg(args[0], args[1], args[2], args[3], args[4]);
    }
}

QString DecisionText::toString() const
{
    return render(true);
}

QString DecisionText::toEnglish() const
{
    return render(false);
}

QJsonValue DecisionText::toJson() const
{
    if (isPlain())
        return m_value;
    QJsonArray args;
    for (const DecisionText &a : m_args)
        args.append(a.toJson());
    QJsonObject o{{QStringLiteral("code"), m_code}};
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), args);
    return o;
}

DecisionText DecisionText::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return DecisionText(json.toString());
    DecisionText t;
    t.m_code = json.toObject().value(QStringLiteral("code")).toString();
    for (const QJsonValue &a : json.toObject().value(QStringLiteral("args")).toArray())
        t.m_args.push_back(fromJson(a));
    if (t.m_code.isEmpty())
        t.m_code = QStringLiteral("unknown");
    return t;
}

QStringList DecisionText::knownCodes()
{
    QStringList out;
    for (const Sentence &s : kRuleSentences)
        out << QString::fromLatin1(s.code);
    for (const Sentence &s : kRemoveSentences)
        out << QString::fromLatin1(s.code);
    return out;
}

} // namespace wb
