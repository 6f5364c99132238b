// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// AppxProvisioning.xml in Windows' own format: the real Windows 11 23H2 list, round trips that
// keep what WimBench does not understand, atomic saves, refusals; and the WimBench sidecar.
#include "ErrorNames.h"
#include "WimBuilder.h"

#include "provision/ProvisioningList.h"
#include "provision/ProvisioningSidecar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestProvisioningList : public QObject
{
    Q_OBJECT

    QString realList()
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() ? QString() : dir + u"/real/AppxProvisioning-win11-23h2.xml"_s;
    }

private Q_SLOTS:
    void readsRealWindowsList()
    {
        if (realList().isEmpty() || !QFile::exists(realList()))
            QSKIP("../shared/fixtures is absent");
        auto list = ProvisioningList::load(realList());
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        const QList<ProvisionedPackage> packages = list->packages();
        QCOMPARE(packages.size(), 53);
        QCOMPARE(list->endOfLife().size(), 47);
        QCOMPARE(list->endOfLife().first(), u"Microsoft.Camera_8wekyb3d8bbwe"_s);
        int top = 0, resources = 0, frameworks = 0, bundles = 0, inner = 0;
        for (const ProvisionedPackage &p : packages) {
            top += p.isTopLevel();
            resources += p.isResource();
            frameworks += p.isLobFramework();
            bundles += p.isBundle();
            inner += p.fromBundle();
        }
        QCOMPARE(top, 17);
        QCOMPARE(resources, 12);
        QCOMPARE(frameworks, 12);
        QCOMPARE(bundles, 12);
        QCOMPARE(inner, 24);
        const auto calc = list->find(u"Microsoft.WindowsCalculator_10.2103.8.0_neutral_split.scale-125_8wekyb3d8bbwe"_s);
        QVERIFY(calc);
        QCOMPARE(calc->attributes,
                 (QList<std::pair<QString, QString>>{{u"ProvisionSourceIsBundle"_s, u"true"_s}, {u"PackageType"_s, u"resource"_s}}));
        QVERIFY(list->contains(u"microsoft.vclibs.140.00_14.0.30704.0_x64__8wekyb3d8bbwe"_s)); // case-insensitive
    }

    void realListRoundTripsUnchanged()
    {
        if (realList().isEmpty() || !QFile::exists(realList()))
            QSKIP("../shared/fixtures is absent");
        auto list = ProvisioningList::load(realList());
        QVERIFY(list);
        const QByteArray once = list->toXml();
        auto again = ProvisioningList::parse(once, u"memory"_s);
        QVERIFY(again);
        QCOMPARE(again->toXml(), once);
        // Same elements, attributes and text as the original, compared token by token.
        QFile f(realList());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader a(f.readAll()), b(once);
        int elements = 0;
        while (!a.atEnd() && !b.atEnd()) {
            a.readNext();
            b.readNext();
            if (a.tokenType() == QXmlStreamReader::StartDocument)
                continue;
            QCOMPARE(b.tokenType(), a.tokenType());
            if (a.isStartElement()) {
                ++elements;
                QCOMPARE(b.qualifiedName(), a.qualifiedName());
                QCOMPARE(b.namespaceUri(), a.namespaceUri());
                QCOMPARE(b.attributes(), a.attributes());
            } else if (a.isCharacters()) {
                QCOMPARE(b.text(), a.text());
            }
        }
        QVERIFY(!a.hasError());
        QVERIFY(!b.hasError());
        QCOMPARE(elements, 1 + 1 + 47 + 1 + 53);

        // Adding and removing an entry leaves the rest as it was.
        ProvisioningList changed = *list;
        changed.add(ProvisionedPackage{u"Contoso.App_1.0.0.0_x64__abcdefghjkmnp"_s, {}});
        QCOMPARE(changed.packages().size(), 54);
        QVERIFY(changed.remove(u"Contoso.App_1.0.0.0_x64__abcdefghjkmnp"_s));
        QCOMPARE(changed.toXml(), once);
    }

    void unknownContentIsPreserved()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<AppxProvisionList xmlns=\"http://schemas.microsoft.com/appx/2013/appxprovisionpackage\" xmlns:f=\"urn:future\" f:Stamp=\"7\">\n"
            "  <!-- kept -->\n"
            "  <EndOfLife><Package FamilyName=\"Old.App_8wekyb3d8bbwe\" Reason=\"gone\"/></EndOfLife>\n"
            "  <Future Level=\"2\"><Child>text &amp; more</Child></Future>\n"
            "  <Provisioned>\n"
            "    <Package FullName=\"A.App_1.0.0.0_x64__8wekyb3d8bbwe\" NewAttribute=\"x\" f:Extra=\"y\"/>\n"
            "    <f:Note>keep me</f:Note>\n"
            "  </Provisioned>\n"
            "</AppxProvisionList>\n";
        auto list = ProvisioningList::parse(xml, u"test.xml"_s);
        QVERIFY(list);
        const auto a = list->find(u"A.App_1.0.0.0_x64__8wekyb3d8bbwe"_s);
        QVERIFY(a);
        QCOMPARE(a->attribute(u"NewAttribute"_s), u"x"_s);
        list->add(ProvisionedPackage{u"B.App_2.0.0.0_neutral_~_8wekyb3d8bbwe"_s, {{u"PackageType"_s, u"bundle"_s}}});
        const QString out = QString::fromUtf8(list->toXml());
        QVERIFY(out.contains(QLatin1String("xmlns:f=\"urn:future\"")));
        QVERIFY(out.contains(QLatin1String("f:Stamp=\"7\"")));
        QVERIFY(out.contains(QLatin1String("<!-- kept -->")));
        QVERIFY(out.contains(QLatin1String("Reason=\"gone\"")));
        QVERIFY(out.contains(QLatin1String("<Future Level=\"2\"><Child>text &amp; more</Child></Future>")));
        QVERIFY(out.contains(QLatin1String("<Package FullName=\"A.App_1.0.0.0_x64__8wekyb3d8bbwe\" NewAttribute=\"x\" f:Extra=\"y\"/>")));
        QVERIFY(out.contains(QLatin1String("<f:Note>keep me</f:Note>")));
        QVERIFY(out.contains(QLatin1String("<Package FullName=\"B.App_2.0.0.0_neutral_~_8wekyb3d8bbwe\" PackageType=\"bundle\"/></Provisioned>")));
        auto reread = ProvisioningList::parse(out.toUtf8(), u"out"_s);
        QVERIFY(reread);
        QCOMPARE(reread->packages().size(), 2);
        QCOMPARE(reread->packages()[1].attributes, (QList<std::pair<QString, QString>>{{u"PackageType"_s, u"bundle"_s}}));
    }

    void saveIsAtomicAndCreatesFolders()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        auto empty = ProvisioningList::load(file); // absent: an empty list
        QVERIFY(empty);
        QCOMPARE(empty->packages().size(), 0);
        empty->add(ProvisionedPackage{u"A.App_1.0.0.0_x64__8wekyb3d8bbwe"_s, {}});
        QVERIFY(empty->save(file).ok());
        auto back = ProvisioningList::load(file);
        QVERIFY(back);
        QCOMPARE(back->packages().size(), 1);
        QVERIFY(QString::fromUtf8(back->toXml()).contains(QLatin1String("<AppxProvisionList xmlns=\"http://schemas.microsoft.com/appx/2013/appxprovisionpackage\">")));
        // No temporary files left beside it.
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files), QStringList{u"AppxProvisioning.xml"_s});
    }

    void refusesWhatIsNotAList()
    {
        auto broken = ProvisioningList::parse("<AppxProvisionList xmlns=\"http://schemas.microsoft.com/appx/2013/appxprovisionpackage\"><Provisioned>",
                                              u"broken.xml"_s);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, u"provision.list-invalid"_s);
        QVERIFY2(namesAll(broken.error().message, {u"broken.xml"_s, u"1"_s}), qPrintable(broken.error().message)); // the file, the line
        auto wrong = ProvisioningList::parse("<AppxProvisionList><Provisioned/></AppxProvisionList>", u"wrong.xml"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"provision.list-not-a-list"_s);
        QVERIFY2(namesAll(wrong.error().message,
                          {u"wrong.xml"_s, u"AppxProvisionList"_s, u"http://schemas.microsoft.com/appx/2013/appxprovisionpackage"_s}),
                 qPrintable(wrong.error().message));
    }

    void sidecarRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(ProvisioningSidecar::relativePath());
        ProvisioningSidecar s;
        SidecarApp a;
        a.fullName = u"A.App_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s;
        a.regions = u"US;GB"_s;
        a.stubPreference = u"installstub"_s;
        a.members = {u"A.App_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s, u"A.App_1.0.0.0_x64__8wekyb3d8bbwe"_s};
        a.decisions = {ProvisionDecision{u"A.App_1.0.0.0_x86__8wekyb3d8bbwe"_s, false, u"because"_s}};
        a.customData = true;
        s.put(a);
        QVERIFY(s.save(file).ok());
        auto back = ProvisioningSidecar::load(file);
        QVERIFY(back);
        const auto r = back->find(u"a.app_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s);
        QVERIFY(r);
        QCOMPARE(r->regions, a.regions);
        QCOMPARE(r->stubPreference, a.stubPreference);
        QCOMPARE(r->members, a.members);
        QCOMPARE(r->decisions, a.decisions);
        QVERIFY(r->customData);
        QVERIFY(back->remove(a.fullName));
        QVERIFY(!back->find(a.fullName));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningList)
#include "tst_provisioninglist.moc"

