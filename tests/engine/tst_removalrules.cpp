// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The "which dependencies may go" rule of /Remove-ProvisionedAppxPackage (RemovalRules), as a
// table: records of other apps, remaining apps' manifests (name + PublisherId), unreadable
// manifests, and their precedence. Decisions are compared as their codes and values (codeForm(),
// DecisionCodes.h), whatever the language; the sentences are DecisionText's.
#include "DecisionCodes.h"
#include "provision/RemovalRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
const QString Ms = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;
const QString App = u"Contoso.App_1.0.0.0_x64__abcdefghjkmnp"_s;
const QString VCLibs = u"Microsoft.VCLibs.140.00_14.0.33519.0_x64__8wekyb3d8bbwe"_s;
const QString Ui = u"Microsoft.UI.Xaml.2.8_8.2310.30001.0_x64__8wekyb3d8bbwe"_s;

/// "Name|Publisher" entries as PackageDependency elements.
QList<PackageDependency> deps(const QStringList &specs)
{
    QList<PackageDependency> out;
    for (const QString &s : specs) {
        PackageDependency d;
        d.name = s.section(u'|', 0, 0);
        d.publisher = s.section(u'|', 1);
        d.minVersion = *PackageVersion::parse(u"1.0.0.0"_s);
        out << d;
    }
    return out;
}

/// A decision as "removed|package|code(values)" or "kept|...", for comparing whole lists.
QStringList render(const QList<ProvisionDecision> &decisions)
{
    QStringList out;
    for (const ProvisionDecision &d : decisions)
        out << (d.included ? u"removed|"_s : u"kept|"_s) + d.package + u'|' + test::codeForm(d.why);
    return out;
}
} // namespace

class TestRemovalRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dependencies_data()
    {
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QStringList>("recordedByOthers");
        QTest::addColumn<QStringList>("needed");
        QTest::addColumn<QStringList>("unreadable");
        QTest::addColumn<QStringList>("expected");
        const QString gone = u"remove.dependency("_s + App + u')';
        const QString recorded = u"remove.kept-recorded"_s;
        QTest::newRow("nothing needs it") << QStringList{VCLibs} << QStringList{} << QStringList{} << QStringList{}
                                          << QStringList{u"removed|"_s + VCLibs + u'|' + gone};
        QTest::newRow("no candidates") << QStringList{} << QStringList{VCLibs} << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("another record, other case") << QStringList{VCLibs} << QStringList{VCLibs.toUpper()} << QStringList{}
                                                    << QStringList{} << QStringList{u"kept|"_s + VCLibs + u'|' + recorded};
        QTest::newRow("a remaining manifest needs it")
            << QStringList{VCLibs} << QStringList{} << QStringList{u"microsoft.vclibs.140.00|"_s + Ms} << QStringList{}
            << QStringList{u"kept|"_s + VCLibs + u"|remove.kept-needed(microsoft.vclibs.140.00)"_s};
        QTest::newRow("same name, other publisher")
            << QStringList{VCLibs} << QStringList{} << QStringList{u"Microsoft.VCLibs.140.00|CN=Someone Else"_s} << QStringList{}
            << QStringList{u"removed|"_s + VCLibs + u'|' + gone};
        QTest::newRow("unreadable manifest keeps it")
            << QStringList{VCLibs} << QStringList{} << QStringList{} << QStringList{u"B_1.0.0.0_x64__abc"_s, u"C_1.0.0.0_x64__abc"_s}
            << QStringList{u"kept|"_s + VCLibs + u"|remove.kept-unreadable(B_1.0.0.0_x64__abc, C_1.0.0.0_x64__abc)"_s};
        QTest::newRow("record before manifest")
            << QStringList{VCLibs} << QStringList{VCLibs} << QStringList{u"Microsoft.VCLibs.140.00|"_s + Ms}
            << QStringList{u"B_1.0.0.0_x64__abc"_s} << QStringList{u"kept|"_s + VCLibs + u'|' + recorded};
        QTest::newRow("manifest before unreadable")
            << QStringList{VCLibs} << QStringList{} << QStringList{u"Microsoft.VCLibs.140.00|"_s + Ms}
            << QStringList{u"B_1.0.0.0_x64__abc"_s} << QStringList{u"kept|"_s + VCLibs + u"|remove.kept-needed(Microsoft.VCLibs.140.00)"_s};
        QTest::newRow("one kept, one removed") << QStringList{VCLibs, Ui} << QStringList{} << QStringList{u"Microsoft.UI.Xaml.2.8|"_s + Ms}
                                               << QStringList{}
                                               << QStringList{u"removed|"_s + VCLibs + u'|' + gone,
                                                              u"kept|"_s + Ui + u"|remove.kept-needed(Microsoft.UI.Xaml.2.8)"_s};
    }

    void dependencies()
    {
        QFETCH(QStringList, candidates);
        QFETCH(QStringList, recordedByOthers);
        QFETCH(QStringList, needed);
        QFETCH(QStringList, unreadable);
        QFETCH(QStringList, expected);
        DependencyRemovalInput in;
        in.app = App;
        in.candidates = candidates;
        in.recordedByOtherApps = recordedByOthers;
        in.neededByRemaining = deps(needed);
        in.unreadableManifests = unreadable;
        QCOMPARE(render(RemovalRules::dependencies(in)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRemovalRules)
#include "tst_removalrules.moc"
