// The command line parser: dism.exe and cmdlet syntax, aliases, case, quotes, refusals.
#include "CommandLine.h"

#include <QTest>

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
        info.id = QStringLiteral("Get-ImageInfo");
        info.dismNames = {QStringLiteral("Get-ImageInfo"), QStringLiteral("Get-WimInfo")};
        info.cmdletNames = {QStringLiteral("Get-WindowsImage")};
        info.parameters = {
            {QStringLiteral("ImageFile"), {QStringLiteral("ImageFile")}, {QStringLiteral("ImagePath")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("Index"), {QStringLiteral("Index")}, {QStringLiteral("Index")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("Name"), {QStringLiteral("Name")}, {QStringLiteral("Name")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {QStringLiteral("CheckIntegrity")}, ParameterSpec::Switch, {}, {}},
        };
        CommandSpec add;
        add.id = QStringLiteral("Add-ProvisionedAppxPackage");
        add.dismNames = {QStringLiteral("Add-ProvisionedAppxPackage")};
        add.cmdletNames = {QStringLiteral("Add-AppxProvisionedPackage")};
        add.parameters = {
            {QStringLiteral("Image"), {QStringLiteral("Image")}, {QStringLiteral("Path")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("DependencyPackagePath"), {QStringLiteral("DependencyPackagePath")}, {QStringLiteral("DependencyPackagePath")}, ParameterSpec::List, {}, {}},
            {QStringLiteral("Region"), {QStringLiteral("Region")}, {QStringLiteral("Regions")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("SourceImagePath"), {}, {QStringLiteral("SourceImagePath"), QStringLiteral("SIP")}, ParameterSpec::Value, {}, {}},
            {QStringLiteral("SourceIndex"), {}, {QStringLiteral("SourceIndex"), QStringLiteral("SI")}, ParameterSpec::Value, {}, {}},
        };
        m_commands = {info, add};
    }

    void dismSyntaxAnyOrderAnyCase()
    {
        const auto p = parseCommandLine({QStringLiteral("/imagefile:C:\\x.wim"), QStringLiteral("/GET-IMAGEINFO"), QStringLiteral("/index:2"),
                                         QStringLiteral("/checkintegrity")},
                                        m_commands);
        QVERIFY(p.ok());
        QCOMPARE(p->spec->id, QStringLiteral("Get-ImageInfo"));
        QCOMPARE(p->syntax, Syntax::Dism);
        QCOMPARE(p->value(QStringLiteral("ImageFile")), QStringLiteral("C:\\x.wim"));
        QCOMPARE(p->value(QStringLiteral("Index")), QStringLiteral("2"));
        QVERIFY(p->has(QStringLiteral("CheckIntegrity")));
        QCOMPARE(parseCommandLine({QStringLiteral("/Get-WimInfo"), QStringLiteral("/WimFile:x")}, m_commands).ok(), false); // unknown option
        QCOMPARE(parseCommandLine({QStringLiteral("/Get-WimInfo"), QStringLiteral("/ImageFile:x")}, m_commands)->spec->id,
                 QStringLiteral("Get-ImageInfo"));
    }

    void quotedValuesAndColonsInValues()
    {
        const auto p = parseCommandLine({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:\"D:\\my images\\a.wim\""),
                                         QStringLiteral("/Name:'Windows 11 Pro'")},
                                        m_commands);
        QVERIFY(p.ok());
        QCOMPARE(p->value(QStringLiteral("ImageFile")), QStringLiteral("D:\\my images\\a.wim"));
        QCOMPARE(p->value(QStringLiteral("Name")), QStringLiteral("Windows 11 Pro"));
        const auto r = parseCommandLine({QStringLiteral("/Image:/mnt/x"), QStringLiteral("/Add-ProvisionedAppxPackage"),
                                         QStringLiteral("/Region:\"US;GB\"")},
                                        m_commands);
        QCOMPARE(r->value(QStringLiteral("Region")), QStringLiteral("US;GB"));
        QCOMPARE(r->value(QStringLiteral("Image")), QStringLiteral("/mnt/x"));
    }

    void repeatableOptions()
    {
        const auto d = parseCommandLine({QStringLiteral("/Image:/m"), QStringLiteral("/Add-ProvisionedAppxPackage"),
                                         QStringLiteral("/DependencyPackagePath:a.appx"), QStringLiteral("/DependencyPackagePath:b.appx")},
                                        m_commands);
        QCOMPARE(d->list(QStringLiteral("DependencyPackagePath")), QStringList({QStringLiteral("a.appx"), QStringLiteral("b.appx")}));
        const auto c = parseCommandLine({QStringLiteral("Add-AppxProvisionedPackage"), QStringLiteral("-Path"), QStringLiteral("/m"),
                                         QStringLiteral("-DependencyPackagePath"), QStringLiteral("a.appx,\"b c.appx\"")},
                                        m_commands);
        QVERIFY(c.ok());
        QCOMPARE(c->list(QStringLiteral("DependencyPackagePath")), QStringList({QStringLiteral("a.appx"), QStringLiteral("b c.appx")}));
        QCOMPARE(c->value(QStringLiteral("Image")), QStringLiteral("/m"));
    }

    void cmdletSyntaxAliasesAndPrefixes()
    {
        const auto p = parseCommandLine({QStringLiteral("get-windowsimage"), QStringLiteral("-imagepath"), QStringLiteral("x.wim"),
                                         QStringLiteral("-Index:3"), QStringLiteral("-LP"), QStringLiteral("/tmp/l.log"),
                                         QStringLiteral("-LL"), QStringLiteral("4"), QStringLiteral("-CheckIntegrity")},
                                        m_commands);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->syntax, Syntax::Cmdlet);
        QCOMPARE(p->value(QStringLiteral("ImageFile")), QStringLiteral("x.wim"));
        QCOMPARE(p->value(QStringLiteral("Index")), QStringLiteral("3"));
        QCOMPARE(p->value(QStringLiteral("LogPath")), QStringLiteral("/tmp/l.log"));
        QCOMPARE(p->value(QStringLiteral("LogLevel")), QStringLiteral("4"));
        QVERIFY(p->has(QStringLiteral("CheckIntegrity")));
        QCOMPARE(p->spelling(QStringLiteral("ImageFile")), QStringLiteral("-ImagePath"));

        const auto alias = parseCommandLine({QStringLiteral("Add-AppxProvisionedPackage"), QStringLiteral("-SIP"), QStringLiteral("s.wim"),
                                             QStringLiteral("-SI"), QStringLiteral("1")},
                                            m_commands);
        QVERIFY(alias.ok());
        QCOMPARE(alias->value(QStringLiteral("SourceImagePath")), QStringLiteral("s.wim"));
        QCOMPARE(alias->value(QStringLiteral("SourceIndex")), QStringLiteral("1"));

        const auto prefix = parseCommandLine({QStringLiteral("Get-WindowsImage"), QStringLiteral("-ImageP"), QStringLiteral("x.wim")}, m_commands);
        QCOMPARE(prefix->value(QStringLiteral("ImageFile")), QStringLiteral("x.wim"));
        const auto ambiguous = parseCommandLine({QStringLiteral("Add-AppxProvisionedPackage"), QStringLiteral("-Source"), QStringLiteral("x")}, m_commands);
        QCOMPARE(ambiguous.error().code, QStringLiteral("usage.ambiguous-parameter"));

        const auto off = parseCommandLine({QStringLiteral("Get-WindowsImage"), QStringLiteral("-CheckIntegrity:$false")}, m_commands);
        QVERIFY(!off->has(QStringLiteral("CheckIntegrity")));
    }

    void helpRequests()
    {
        QVERIFY(parseCommandLine({}, m_commands)->spec == nullptr);
        QVERIFY(parseCommandLine({QStringLiteral("/?")}, m_commands)->spec == nullptr);
        const auto h = parseCommandLine({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/?")}, m_commands);
        QVERIFY(h->helpRequested);
        QCOMPARE(h->spec->id, QStringLiteral("Get-ImageInfo"));
        QVERIFY(parseCommandLine({QStringLiteral("Get-WindowsImage"), QStringLiteral("-?")}, m_commands)->helpRequested);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("online dism") << QStringList{QStringLiteral("/Online"), QStringLiteral("/Get-ImageInfo")} << QStringLiteral("usage.online");
        QTest::newRow("online unknown cmd") << QStringList{QStringLiteral("/online"), QStringLiteral("/Get-Packages")} << QStringLiteral("usage.online");
        QTest::newRow("online cmdlet") << QStringList{QStringLiteral("Get-WindowsImage"), QStringLiteral("-Online")} << QStringLiteral("usage.online");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("/Frobnicate")} << QStringLiteral("usage.unknown-command");
        QTest::newRow("unknown cmdlet") << QStringList{QStringLiteral("Get-Frob")} << QStringLiteral("usage.unknown-command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/Bogus:1")} << QStringLiteral("usage.unknown-option");
        QTest::newRow("missing value") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile")} << QStringLiteral("usage.missing-value");
        QTest::newRow("empty value") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:")} << QStringLiteral("usage.missing-value");
        QTest::newRow("cmdlet missing value") << QStringList{QStringLiteral("Get-WindowsImage"), QStringLiteral("-ImagePath")} << QStringLiteral("usage.missing-value");
        QTest::newRow("switch with value") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/CheckIntegrity:maybe")} << QStringLiteral("usage.switch-with-value");
        QTest::newRow("repeated") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/Index:1"), QStringLiteral("/Index:2")} << QStringLiteral("usage.repeated");
        QTest::newRow("two commands") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/Add-ProvisionedAppxPackage")} << QStringLiteral("usage.two-commands");
        QTest::newRow("stray value") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("x.wim")} << QStringLiteral("usage.unexpected-value");
        QTest::newRow("cmdlet stray value") << QStringList{QStringLiteral("Get-WindowsImage"), QStringLiteral("x.wim")} << QStringLiteral("usage.unexpected-value");
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
        QCOMPARE(wb::cli::unquote(QStringLiteral("\"a b\"")), QStringLiteral("a b"));
        QCOMPARE(wb::cli::unquote(QStringLiteral("'x'")), QStringLiteral("x"));
        QCOMPARE(wb::cli::unquote(QStringLiteral("\"")), QStringLiteral("\""));
        QCOMPARE(wb::cli::unquote(QStringLiteral("a\"")), QStringLiteral("a\""));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
