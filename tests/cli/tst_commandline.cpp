// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line parser: dism.exe and cmdlet syntax, aliases, case, quotes, refusals.
#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::cli;

class TestCommandLine : public QObject
{
    Q_OBJECT

    QList<CommandSpec> m_commands;

private Q_SLOTS:
    void initTestCase()
    {
        CommandSpec info;
        info.id = u"Get-ImageInfo"_s;
        info.dismNames = {u"Get-ImageInfo"_s, u"Get-WimInfo"_s};
        info.cmdletNames = {u"Get-WindowsImage"_s};
        info.parameters = {
            {u"ImageFile"_s, {u"ImageFile"_s}, {u"ImagePath"_s}, ParameterSpec::Value, {}, {}},
            {u"Index"_s, {u"Index"_s}, {u"Index"_s}, ParameterSpec::Value, {}, {}},
            {u"Name"_s, {u"Name"_s}, {u"Name"_s}, ParameterSpec::Value, {}, {}},
            {u"CheckIntegrity"_s, {u"CheckIntegrity"_s}, {u"CheckIntegrity"_s}, ParameterSpec::Switch, {}, {}},
        };
        CommandSpec add;
        add.id = u"Add-ProvisionedAppxPackage"_s;
        add.dismNames = {u"Add-ProvisionedAppxPackage"_s};
        add.cmdletNames = {u"Add-AppxProvisionedPackage"_s};
        add.parameters = {
            {u"Image"_s, {u"Image"_s}, {u"Path"_s}, ParameterSpec::Value, {}, {}},
            {u"DependencyPackagePath"_s, {u"DependencyPackagePath"_s}, {u"DependencyPackagePath"_s}, ParameterSpec::List, {}, {}},
            {u"Region"_s, {u"Region"_s}, {u"Regions"_s}, ParameterSpec::Value, {}, {}},
            {u"SourceImagePath"_s, {}, {u"SourceImagePath"_s, u"SIP"_s}, ParameterSpec::Value, {}, {}},
            {u"SourceIndex"_s, {}, {u"SourceIndex"_s, u"SI"_s}, ParameterSpec::Value, {}, {}},
        };
        m_commands = {info, add};
    }

    void dismSyntaxAnyOrderAnyCase()
    {
        const auto p = parseCommandLine({u"/imagefile:C:\\x.wim"_s, u"/GET-IMAGEINFO"_s, u"/index:2"_s,
                                         u"/checkintegrity"_s},
                                        m_commands);
        QVERIFY(p.ok());
        QCOMPARE(p->spec->id, u"Get-ImageInfo"_s);
        QCOMPARE(p->syntax, Syntax::Dism);
        QCOMPARE(p->value(u"ImageFile"_s), u"C:\\x.wim"_s);
        QCOMPARE(p->value(u"Index"_s), u"2"_s);
        QVERIFY(p->has(u"CheckIntegrity"_s));
        QCOMPARE(parseCommandLine({u"/Get-WimInfo"_s, u"/WimFile:x"_s}, m_commands).ok(), false); // unknown option
        QCOMPARE(parseCommandLine({u"/Get-WimInfo"_s, u"/ImageFile:x"_s}, m_commands)->spec->id,
                 u"Get-ImageInfo"_s);
    }

    void quotedValuesAndColonsInValues()
    {
        const auto p = parseCommandLine({u"/Get-ImageInfo"_s, u"/ImageFile:\"D:\\my images\\a.wim\""_s,
                                         u"/Name:'Windows 11 Pro'"_s},
                                        m_commands);
        QVERIFY(p.ok());
        QCOMPARE(p->value(u"ImageFile"_s), u"D:\\my images\\a.wim"_s);
        QCOMPARE(p->value(u"Name"_s), u"Windows 11 Pro"_s);
        const auto r = parseCommandLine({u"/Image:/mnt/x"_s, u"/Add-ProvisionedAppxPackage"_s,
                                         u"/Region:\"US;GB\""_s},
                                        m_commands);
        QCOMPARE(r->value(u"Region"_s), u"US;GB"_s);
        QCOMPARE(r->value(u"Image"_s), u"/mnt/x"_s);
    }

    void repeatableOptions()
    {
        const auto d = parseCommandLine({u"/Image:/m"_s, u"/Add-ProvisionedAppxPackage"_s,
                                         u"/DependencyPackagePath:a.appx"_s, u"/DependencyPackagePath:b.appx"_s},
                                        m_commands);
        QCOMPARE(d->list(u"DependencyPackagePath"_s), QStringList({u"a.appx"_s, u"b.appx"_s}));
        const auto c = parseCommandLine({u"Add-AppxProvisionedPackage"_s, u"-Path"_s, u"/m"_s,
                                         u"-DependencyPackagePath"_s, u"a.appx,\"b c.appx\""_s},
                                        m_commands);
        QVERIFY(c.ok());
        QCOMPARE(c->list(u"DependencyPackagePath"_s), QStringList({u"a.appx"_s, u"b c.appx"_s}));
        QCOMPARE(c->value(u"Image"_s), u"/m"_s);
    }

    void cmdletSyntaxAliasesAndPrefixes()
    {
        const auto p = parseCommandLine({u"get-windowsimage"_s, u"-imagepath"_s, u"x.wim"_s,
                                         u"-Index:3"_s, u"-LP"_s, u"/tmp/l.log"_s,
                                         u"-LL"_s, u"4"_s, u"-CheckIntegrity"_s},
                                        m_commands);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->syntax, Syntax::Cmdlet);
        QCOMPARE(p->value(u"ImageFile"_s), u"x.wim"_s);
        QCOMPARE(p->value(u"Index"_s), u"3"_s);
        QCOMPARE(p->value(u"LogPath"_s), u"/tmp/l.log"_s);
        QCOMPARE(p->value(u"LogLevel"_s), u"4"_s);
        QVERIFY(p->has(u"CheckIntegrity"_s));
        QCOMPARE(p->spelling(u"ImageFile"_s), u"-ImagePath"_s);

        const auto alias = parseCommandLine({u"Add-AppxProvisionedPackage"_s, u"-SIP"_s, u"s.wim"_s,
                                             u"-SI"_s, u"1"_s},
                                            m_commands);
        QVERIFY(alias.ok());
        QCOMPARE(alias->value(u"SourceImagePath"_s), u"s.wim"_s);
        QCOMPARE(alias->value(u"SourceIndex"_s), u"1"_s);

        const auto prefix = parseCommandLine({u"Get-WindowsImage"_s, u"-ImageP"_s, u"x.wim"_s}, m_commands);
        QCOMPARE(prefix->value(u"ImageFile"_s), u"x.wim"_s);

        const auto off = parseCommandLine({u"Get-WindowsImage"_s, u"-CheckIntegrity:$false"_s}, m_commands);
        QVERIFY(!off->has(u"CheckIntegrity"_s));
    }

    void helpRequests()
    {
        QVERIFY(parseCommandLine({}, m_commands)->spec == nullptr);
        QVERIFY(parseCommandLine({u"/?"_s}, m_commands)->spec == nullptr);
        const auto h = parseCommandLine({u"/Get-ImageInfo"_s, u"/?"_s}, m_commands);
        QVERIFY(h->helpRequested);
        QCOMPARE(h->spec->id, u"Get-ImageInfo"_s);
        QVERIFY(parseCommandLine({u"Get-WindowsImage"_s, u"-?"_s}, m_commands)->helpRequested);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("online dism") << QStringList{u"/Online"_s, u"/Get-ImageInfo"_s} << u"usage.online"_s;
        QTest::newRow("online unknown cmd") << QStringList{u"/online"_s, u"/Get-Packages"_s} << u"usage.online"_s;
        QTest::newRow("online cmdlet") << QStringList{u"Get-WindowsImage"_s, u"-Online"_s} << u"usage.online"_s;
        QTest::newRow("unknown command") << QStringList{u"/Frobnicate"_s} << u"usage.unknown-command"_s;
        QTest::newRow("unknown cmdlet") << QStringList{u"Get-Frob"_s} << u"usage.unknown-command"_s;
        QTest::newRow("unknown option") << QStringList{u"/Get-ImageInfo"_s, u"/Bogus:1"_s} << u"usage.unknown-option"_s;
        QTest::newRow("missing value") << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile"_s} << u"usage.missing-value"_s;
        QTest::newRow("empty value") << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:"_s} << u"usage.missing-value"_s;
        QTest::newRow("cmdlet missing value") << QStringList{u"Get-WindowsImage"_s, u"-ImagePath"_s} << u"usage.missing-value"_s;
        QTest::newRow("switch with value") << QStringList{u"/Get-ImageInfo"_s, u"/CheckIntegrity:maybe"_s} << u"usage.switch-with-value"_s;
        QTest::newRow("repeated") << QStringList{u"/Get-ImageInfo"_s, u"/Index:1"_s, u"/Index:2"_s} << u"usage.repeated"_s;
        QTest::newRow("two commands") << QStringList{u"/Get-ImageInfo"_s, u"/Add-ProvisionedAppxPackage"_s} << u"usage.two-commands"_s;
        QTest::newRow("stray value") << QStringList{u"/Get-ImageInfo"_s, u"x.wim"_s} << u"usage.unexpected-value"_s;
        QTest::newRow("cmdlet stray value") << QStringList{u"Get-WindowsImage"_s, u"x.wim"_s} << u"usage.unexpected-value"_s;
        QTest::newRow("ambiguous prefix") << QStringList{u"Add-AppxProvisionedPackage"_s, u"-Source"_s, u"x"_s}
                                          << u"usage.ambiguous-parameter"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        const auto p = parseCommandLine(args, m_commands);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().message.isEmpty());
        QVERIFY(!p.error().message.contains(QLatin1Char('\n')));
    }

    void unquote()
    {
        QCOMPARE(wb::cli::unquote(u"\"a b\""_s), u"a b"_s);
        QCOMPARE(wb::cli::unquote(u"'x'"_s), u"x"_s);
        QCOMPARE(wb::cli::unquote(u"\""_s), u"\""_s);
        QCOMPARE(wb::cli::unquote(u"a\""_s), u"a\""_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
