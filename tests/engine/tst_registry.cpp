// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// engine/registry: hives read and written through libhivex. Hives are generated at test time by
// HiveBuilder (its own regf writer, not libhivex); every hive WimBench writes is read back by the
// independent libhivex-bin tools (hivexsh, hivexml). Types, non-ASCII names in both encodings,
// Windows' case-insensitive lookup, key and value changes, the atomic commit (also killed at its
// fault points) and the refusal of damaged hives.
#include "ErrorNames.h"
#include "FaultSupport.h"
#include "HiveBuilder.h"
#include "WimBuilder.h"

#include "registry/Hive.h"
#include "registry/HiveCache.h"
#include "registry/HiveLeaves.h"
#include "registry/RegistryName.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

Q_DECLARE_METATYPE(wb::RegistryValue)

namespace {

constexpr auto ChildVariable = "TST_REGISTRY_COMMIT_CHILD";

/// hivexsh (libhivex-bin) on `hive` with `commands` on stdin; its stdout. Fails the test on an error.
QString hivexsh(const QString &hive, const QString &commands, bool *ok = nullptr)
{
    QProcess p;
    p.start(u"hivexsh"_s, {hive});
    p.write(commands.toUtf8() + "\nexit\n");
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

/// hivexml's XML of the whole hive (it walks every key and value); empty when it fails.
QString hivexml(const QString &hive)
{
    QProcess p;
    p.start(u"hivexml"_s, {hive});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void putHeader32(QByteArray &hive, int at, quint32 v)
{
    qToLittleEndian(v, hive.data() + at);
    quint32 sum = 0;
    for (int i = 0; i < 0x1FC; i += 4)
        sum ^= qFromLittleEndian<quint32>(hive.constData() + i);
    qToLittleEndian(sum, hive.data() + 0x1FC);
}

/// A SOFTWARE-like hive with a few keys and values of every type.
HiveBuilder softwareLike()
{
    HiveBuilder b(u"ROOT"_s);
    const QString cv = u"Microsoft\\Windows NT\\CurrentVersion"_s;
    b.setValue(cv, RegistryValue::string(u"ProductName"_s, u"Windows 11 Pro"_s));
    b.setValue(cv, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
    b.setValue(cv, RegistryValue::dword(u"UBR"_s, 4169));
    b.setValue(cv, RegistryValue::qword(u"InstallTime"_s, 133500000000000000ULL));
    b.setValue(cv, RegistryValue::binary(u"DigitalProductId"_s, randomBytes(164, 7)));
    b.setValue(cv, RegistryValue::expandString(u"PathName"_s, u"%SystemRoot%"_s));
    b.setValue(cv, RegistryValue::multiString(u"Languages"_s, {u"en-US"_s, u"fr-FR"_s}));
    b.setValue(cv, RegistryValue::string(QString(), u"default value"_s));
    b.setValue(u"Clé\\中文键"_s, RegistryValue::string(u"Valeur é"_s, u"texte é"_s));
    b.setValue(u"Clé\\中文键"_s, RegistryValue::string(u"名称"_s, u"值"_s));
    b.addKey(u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications"_s);
    return b;
}

/// Rewrites the hive at `path` in place with another ProductName of the same length, then puts
/// its modification time back (as `touch -r` would): only the change time tells it apart.
bool rewriteKeepingSizeAndMtime(const QString &path, const QString &productName)
{
    struct stat before
    {};
    if (::stat(QFile::encodeName(path).constData(), &before) != 0)
        return false;
    HiveBuilder other = softwareLike();
    other.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"ProductName"_s, productName));
    const QByteArray bytes = other.build();
    // The kernel stamps times from a clock that ticks every few milliseconds: let it tick.
    QTest::qSleep(20);
    if (qint64(bytes.size()) != qint64(before.st_size) || !writeAll(path, bytes))
        return false;
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    struct stat after
    {};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0
        && ::stat(QFile::encodeName(path).constData(), &after) == 0 && after.st_size == before.st_size
        && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
        && after.st_ino == before.st_ino;
}

/// The child mode of this executable: opens the hive, adds Fault\Key with a value, commits.
int commitChild(const QString &hivePath)
{
    auto hive = Hive::open(hivePath, Hive::Mode::Write);
    if (!hive)
        return 2;
    const auto key = hive->createKey(u"Fault\\Key"_s);
    if (!key || !hive->setValue(*key, RegistryValue::string(u"Path"_s, u"after"_s)))
        return 3;
    return hive->commit() ? 0 : 4;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newHive(const QString &name, const HiveBuilder &builder)
    {
        const QString path = m_dir.filePath(name);
        if (!builder.writeTo(path))
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &tool : {u"hivexsh"_s, u"hivexml"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is missing: install libhivex-bin"_s));
    }

    void builtHiveIsReadByLibhivexTools()
    {
        const QString path = newHive(u"built"_s, softwareLike());
        const QString xml = hivexml(path);
        QVERIFY2(xml.contains(u"<node name=\"中文键\">"_s), qPrintable(xml));
        QVERIFY(xml.contains(u"key=\"Valeur é\" value=\"texte é\""_s));
        bool ok = false;
        const QString out = hivexsh(path, u"cd Microsoft\\Windows NT\\CurrentVersion\nlsval"_s, &ok);
        QVERIFY2(ok, qPrintable(out));
        QVERIFY2(out.contains(u"\"UBR\"=dword:00001049"_s), qPrintable(out));
        QVERIFY(out.contains(u"\"@\"=\"default value\""_s));
    }

    void readsValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<RegistryValue>("expected");
        const QString cv = u"Microsoft\\Windows NT\\CurrentVersion"_s;
        QTest::newRow("REG_SZ") << cv << RegistryValue::string(u"ProductName"_s, u"Windows 11 Pro"_s);
        QTest::newRow("REG_DWORD") << cv << RegistryValue::dword(u"UBR"_s, 4169);
        QTest::newRow("REG_QWORD") << cv << RegistryValue::qword(u"InstallTime"_s, 133500000000000000ULL);
        QTest::newRow("REG_BINARY") << cv << RegistryValue::binary(u"DigitalProductId"_s, randomBytes(164, 7));
        QTest::newRow("REG_EXPAND_SZ") << cv << RegistryValue::expandString(u"PathName"_s, u"%SystemRoot%"_s);
        QTest::newRow("REG_MULTI_SZ") << cv << RegistryValue::multiString(u"Languages"_s, {u"en-US"_s, u"fr-FR"_s});
        QTest::newRow("default value") << cv << RegistryValue::string(QString(), u"default value"_s);
        QTest::newRow("Latin-1 names") << u"clé\\中文键"_s << RegistryValue::string(u"valeur É"_s, u"texte é"_s);
        QTest::newRow("UTF-16 names") << u"CLÉ\\中文键"_s << RegistryValue::string(u"名称"_s, u"值"_s);
    }

    void readsValues()
    {
        QFETCH(QString, key);
        QFETCH(RegistryValue, expected);
        auto hive = Hive::open(newHive(u"read"_s, softwareLike()));
        QVERIFY2(hive, qPrintable(hive ? QString() : hive.error().oneLine()));
        const auto value = hive->value(key, expected.name);
        QVERIFY(value);
        QVERIFY2(value->has_value(), qPrintable(key + u" / "_s + expected.name));
        QCOMPARE((*value)->type, expected.type);
        QCOMPARE((*value)->data, expected.data);
    }

    void decodesValues()
    {
        auto hive = Hive::open(newHive(u"decode"_s, softwareLike()));
        QVERIFY(hive);
        const QString cv = u"Microsoft\\Windows NT\\CurrentVersion"_s;
        QCOMPARE((*hive->value(cv, u"productname"_s))->toString(), u"Windows 11 Pro"_s);
        QCOMPARE((*hive->value(cv, u"UBR"_s))->toDword(), 4169u);
        QCOMPARE((*hive->value(cv, u"UBR"_s))->toString(), std::nullopt);
        QCOMPARE((*hive->value(cv, u"InstallTime"_s))->toQword(), 133500000000000000ULL);
        QCOMPARE((*hive->value(cv, u"Languages"_s))->toStringList(), QStringList({u"en-US"_s, u"fr-FR"_s}));
        QCOMPARE((*hive->value(cv, u"PathName"_s))->toString(), u"%SystemRoot%"_s);
        QVERIFY(!hive->value(cv, u"Missing"_s)->has_value());
        QVERIFY(!hive->value(u"Microsoft\\Missing"_s, u"ProductName"_s)->has_value());
        // A string stored without its terminating NUL, and one with an odd trailing byte.
        RegistryValue raw{u"x"_s, RegistryType::String, QByteArray("a\0b\0c", 5)};
        QCOMPARE(raw.toString(), u"ab"_s);
    }

    void listsKeysAndValues()
    {
        auto hive = Hive::open(newHive(u"list"_s, softwareLike()));
        QVERIFY(hive);
        QCOMPARE(*hive->subkeyNames(hive->root()), QStringList({u"Clé"_s, u"Microsoft"_s}));
        const auto cv = hive->findKey(u"\\Microsoft\\\\Windows NT\\CurrentVersion\\"_s);
        QVERIFY(cv && cv->has_value());
        QCOMPARE(*hive->keyName(**cv), u"CurrentVersion"_s);
        QCOMPARE(hive->values(**cv)->size(), 8);
        const auto root = hive->findKey(u"\\"_s);
        QVERIFY(root && root->has_value() && **root == hive->root());
    }

    void findsKeysAsWindowsDoes_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("ASCII lower") << u"CurrentVersion"_s << u"currentversion"_s << true;
        QTest::newRow("ASCII upper") << u"CurrentVersion"_s << u"CURRENTVERSION"_s << true;
        QTest::newRow("Latin-1 é/É") << u"École"_s << u"éCOLE"_s << true;
        QTest::newRow("Latin-1 umlauts") << u"ÄÖÜ"_s << u"äöü"_s << true;
        QTest::newRow("Greek") << u"Ωμέγα"_s << u"ΩΜΈΓΑ"_s << true;
        QTest::newRow("Cyrillic") << u"Дом"_s << u"дОМ"_s << true;
        QTest::newRow("CJK") << u"中文"_s << u"中文"_s << true;
        QTest::newRow("no full case mapping: ß is not SS") << u"Straße"_s << u"STRASSE"_s << false;
        QTest::newRow("different names") << u"A_B"_s << u"AB"_s << false;
        QTest::newRow("prefix is not a match") << u"Windows"_s << u"Window"_s << false;
    }

    void findsKeysAsWindowsDoes()
    {
        QFETCH(QString, stored);
        QFETCH(QString, query);
        QFETCH(bool, found);
        HiveBuilder b;
        b.addKey(u"Parent\\"_s + stored + u"\\Child"_s);
        b.addKey(u"Parent\\Other"_s);
        auto hive = Hive::open(newHive(u"case"_s, b));
        QVERIFY(hive);
        const auto key = hive->findKey(u"PARENT\\"_s + query + u"\\child"_s);
        QVERIFY(key);
        QCOMPARE(key->has_value(), found);
        QCOMPARE(RegistryName::equal(stored, query), found);
    }

    void writesValues_data()
    {
        QTest::addColumn<RegistryValue>("value");
        QTest::addColumn<QString>("hivexshLine");
        QTest::newRow("REG_SZ with %SYSTEMDRIVE%")
            << RegistryValue::string(u"Path"_s, u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\A_1.0.0.0_x64__8wekyb3d8bbwe\\AppxManifest.xml"_s)
            << u"\"Path\"=\"%SYSTEMDRIVE%\\\\Program Files\\\\WindowsApps\\\\A_1.0.0.0_x64__8wekyb3d8bbwe\\\\AppxManifest.xml\""_s;
        QTest::newRow("REG_SZ non-ASCII") << RegistryValue::string(u"Name"_s, u"Édition 中文"_s) << u"\"Name\"=\"Édition 中文\""_s;
        QTest::newRow("REG_SZ empty") << RegistryValue::string(u"Empty"_s, QString()) << u"\"Empty\"=\"\""_s;
        QTest::newRow("REG_EXPAND_SZ") << RegistryValue::expandString(u"E"_s, u"%SystemRoot%\\x"_s)
                                       << u"\"E\"=str(2):\"%SystemRoot%\\\\x\""_s;
        QTest::newRow("REG_MULTI_SZ") << RegistryValue::multiString(u"M"_s, {u"ab"_s, u"é"_s})
                                      << u"\"M\"=hex(7):61,00,62,00,00,00,e9,00,00,00,00,00"_s;
        QTest::newRow("REG_DWORD") << RegistryValue::dword(u"D"_s, 1) << u"\"D\"=dword:00000001"_s;
        QTest::newRow("REG_DWORD max") << RegistryValue::dword(u"D"_s, 0xFFFFFFFF) << u"\"D\"=dword:ffffffff"_s;
        QTest::newRow("REG_QWORD") << RegistryValue::qword(u"Q"_s, 0x0102030405060708ULL) << u"\"Q\"=hex(11):08,07,06,05,04,03,02,01"_s;
        QTest::newRow("REG_BINARY") << RegistryValue::binary(u"B"_s, QByteArray("\x00\xff\x10", 3)) << u"\"B\"=hex(3):00,ff,10"_s;
        QTest::newRow("default value") << RegistryValue::string(QString(), u"d"_s) << u"\"@\"=\"d\""_s;
        QTest::newRow("Latin-1 value name") << RegistryValue::string(u"Clé é"_s, u"v"_s) << u"\"Clé é\"=\"v\""_s;
        QTest::newRow("UTF-16 value name") << RegistryValue::dword(u"名称"_s, 2) << u"\"名称\"=dword:00000002"_s;
        QTest::newRow("largest cell (16344 bytes)") << RegistryValue::binary(u"Big"_s, QByteArray(16344, 'x')) << u"\"Big\"=hex(3):78,78"_s;
    }

    void writesValues()
    {
        QFETCH(RegistryValue, value);
        QFETCH(QString, hivexshLine);
        HiveBuilder b;
        b.setValue(u"Target"_s, RegistryValue::string(u"Existing"_s, u"kept"_s));
        const QString path = newHive(u"write"_s, b);
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY2(hive, qPrintable(hive ? QString() : hive.error().oneLine()));
            const auto key = hive->findKey(u"target"_s);
            QVERIFY(key && key->has_value());
            QVERIFY(hive->setValue(**key, value));
            QVERIFY(hive->isModified());
            const Status committed = hive->commit();
            QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().oneLine()));
            QVERIFY(!hive->isModified());
        }
        auto again = Hive::open(path);
        QVERIFY(again);
        const auto read = again->value(u"Target"_s, value.name);
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, value);
        QCOMPARE((*again->value(u"Target"_s, u"Existing"_s))->toString(), u"kept"_s);
        bool ok = false;
        const QString out = hivexsh(path, u"cd Target\nlsval"_s, &ok);
        QVERIFY2(ok && out.contains(hivexshLine), qPrintable(out));
        QVERIFY(out.contains(u"\"Existing\"=\"kept\""_s));
    }

    void storesNamesInBothEncodings()
    {
        const QString path = newHive(u"names"_s, HiveBuilder());
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY(hive);
            const auto latin = hive->createKey(u"Clé"_s);
            const auto wide = hive->createKey(u"Clé\\中文键"_s);
            QVERIFY(latin && wide);
            QVERIFY(hive->setValue(*wide, RegistryValue::string(u"Valeur é"_s, u"v"_s)));
            QVERIFY(hive->setValue(*wide, RegistryValue::string(u"名称"_s, u"w"_s)));
            QVERIFY(hive->commit());
        }
        const QByteArray bytes = readAll(path);
        // "Clé" as Latin-1 (43 6c e9, compressed-name flag) and 中文键 as UTF-16LE, per the regf format.
        QVERIFY(bytes.contains(QByteArray("Cl\xe9", 3)));
        QVERIFY(bytes.contains(QByteArray("\x2d\x4e\x87\x65\x2e\x95", 6)));
        QVERIFY(!bytes.contains(QByteArray("Cl\xc3\xa9", 4)));
        const QString xml = hivexml(path);
        QVERIFY2(xml.contains(u"<node name=\"Clé\">"_s) && xml.contains(u"<node name=\"中文键\">"_s), qPrintable(xml));
        QVERIFY(xml.contains(u"key=\"Valeur é\" value=\"v\""_s) && xml.contains(u"key=\"名称\" value=\"w\""_s));
        bool ok = false;
        const QString out = hivexsh(path, u"cd Clé\\中文键\nlsval"_s, &ok);
        QVERIFY2(ok && out.contains(u"\"名称\"=\"w\""_s), qPrintable(out));
    }

    void createsAndDeletesKeys()
    {
        const QString path = newHive(u"keys"_s, softwareLike());
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY(hive);
            const QString store = u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"_s;
            const auto app = hive->createKey(store + u"\\Applications\\App_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s);
            QVERIFY(app);
            QVERIFY(hive->setValue(*app, RegistryValue::string(u"Path"_s, u"p"_s)));
            const auto dep = hive->createKey(store + u"\\Applications\\app_1.0.0.0_NEUTRAL_~_8wekyb3d8bbwe\\Dep_1_x64__8wekyb3d8bbwe"_s);
            QVERIFY(dep);
            QCOMPARE(*hive->subkeyNames(*app), QStringList({u"Dep_1_x64__8wekyb3d8bbwe"_s}));
            QVERIFY(hive->createKey(store + u"\\Staged\\Gone\\Deep\\Deeper"_s));
            QCOMPARE(*hive->deleteKey(store + u"\\STAGED"_s), true);
            QCOMPARE(*hive->deleteKey(store + u"\\Staged"_s), false);
            QVERIFY(hive->createKey(store + u"\\Deprovisioned\\Fam_8wekyb3d8bbwe"_s));
            const Error rootDelete = hive->deleteKey(u"\\"_s).error();
            QCOMPARE(rootDelete.code, u"registry.invalid-name"_s);
            QVERIFY(hive->commit());
        }
        const QString xml = hivexml(path);
        QVERIFY2(!xml.isEmpty(), "hivexml cannot read the hive");
        QVERIFY(!xml.contains(u"Staged"_s) && !xml.contains(u"Deeper"_s));
        QVERIFY(xml.contains(u"<node name=\"Fam_8wekyb3d8bbwe\">"_s));
        bool ok = false;
        const QString apps = hivexsh(path, u"cd Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications\nls"_s, &ok);
        QVERIFY2(ok && apps.trimmed() == u"App_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s, qPrintable(apps));
        const QString store = hivexsh(path, u"cd Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\nls"_s, &ok);
        QCOMPARE(store.split(u'\n', Qt::SkipEmptyParts), QStringList({u"Applications"_s, u"Deprovisioned"_s}));
    }

    void keepsSubkeysSortedAsWindows()
    {
        const QString path = newHive(u"sorted"_s, HiveBuilder());
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY(hive);
            for (const QString &name : {u"b"_s, u"A_B"_s, u"AB"_s, u"a"_s, u"Zed"_s, u"ab_c"_s})
                QVERIFY(hive->createKey(u"P\\"_s + name));
            QVERIFY(hive->commit());
        }
        // The order of the subkey list in the file (hivexml walks it in order; hivexsh's ls sorts).
        const QString xml = hivexml(path);
        QStringList order;
        static const QRegularExpression node(u"<node name=\"([^\"]+)\""_s);
        for (const auto &m : node.globalMatch(xml))
            order << m.captured(1);
        const QStringList windowsOrder{u"a"_s, u"AB"_s, u"ab_c"_s, u"A_B"_s, u"b"_s, u"Zed"_s}; // upper-cased: '_' after letters
        QCOMPARE(order.mid(2), windowsOrder);
        auto hive = Hive::open(path);
        QVERIFY(hive);
        QCOMPARE(*hive->subkeyNames(**hive->findKey(u"P"_s)), windowsOrder);
    }

    void hashesAndOrdersNonAsciiKeysAsWindows()
    {
        const QString path = newHive(u"hashes"_s, HiveBuilder());
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY(hive);
            for (const QString &name : {u"Ê"_s, u"中"_s, u"Zz"_s, u"é"_s})
                QVERIFY(hive->createKey(u"P\\"_s + name));
            QVERIFY(hive->commit());
        }
        // Every lh entry of the file: the hashes Windows computes over the upper-cased UTF-16 names
        // (regf specification, "Hash leaf"): É = 0xC9, Ê = 0xCA, 中 = 0x4E2D, ZZ = 90 * 37 + 90.
        const QByteArray bytes = readAll(path);
        QList<quint32> hashes;
        for (qsizetype at = bytes.indexOf("lh"); at >= 0; at = bytes.indexOf("lh", at + 2)) {
            const quint16 n = qFromLittleEndian<quint16>(bytes.constData() + at + 2);
            if (qFromLittleEndian<qint32>(bytes.constData() + at - 4) >= 0 || n != 4)
                continue; // a free cell or another list
            for (int i = 0; i < n; ++i)
                hashes << qFromLittleEndian<quint32>(bytes.constData() + at + 8 + 8 * i);
        }
        QCOMPARE(hashes, QList<quint32>({90 * 37 + 90, 0xC9, 0xCA, 0x4E2D})); // and in Windows' order: ZZ, É, Ê, 中
        QCOMPARE(HiveLeaves::hash(u"Zz"_s), 90u * 37 + 90);
        auto hive = Hive::open(path);
        QVERIFY(hive);
        QCOMPARE(*hive->subkeyNames(**hive->findKey(u"P"_s)), QStringList({u"Zz"_s, u"é"_s, u"Ê"_s, u"中"_s}));
        QVERIFY(hive->findKey(u"p\\ê"_s)->has_value());
        QVERIFY(!hivexml(path).isEmpty());
    }

    void deletesAndReplacesValues()
    {
        const QString path = newHive(u"values"_s, softwareLike());
        {
            auto hive = Hive::open(path, Hive::Mode::Write);
            QVERIFY(hive);
            const auto cv = hive->findKey(u"Microsoft\\Windows NT\\CurrentVersion"_s);
            QVERIFY(cv && cv->has_value());
            QCOMPARE(*hive->deleteValue(**cv, u"ubr"_s), true);
            QCOMPARE(*hive->deleteValue(**cv, u"UBR"_s), false);
            QVERIFY(hive->setValue(**cv, RegistryValue::string(u"PRODUCTNAME"_s, u"Windows 11 Enterprise"_s)));
            QCOMPARE(hive->values(**cv)->size(), 7);
            QVERIFY(hive->commit());
        }
        bool ok = false;
        const QString out = hivexsh(path, u"cd Microsoft\\Windows NT\\CurrentVersion\nlsval"_s, &ok);
        QVERIFY2(ok, qPrintable(out));
        QVERIFY(!out.contains(u"\"UBR\""_s));
        QVERIFY2(out.contains(u"\"PRODUCTNAME\"=\"Windows 11 Enterprise\""_s), qPrintable(out));
        QVERIFY(!out.contains(u"Windows 11 Pro"_s));
        QVERIFY(out.contains(u"\"CurrentBuildNumber\"=\"22631\""_s));
    }

    void refusesChangesItCannotWrite()
    {
        const QString path = newHive(u"refuse"_s, softwareLike());
        const QByteArray before = readAll(path);
        {
            auto readOnly = Hive::open(path);
            QVERIFY(readOnly);
            QCOMPARE(readOnly->createKey(u"X"_s).error().code, u"registry.read-only"_s);
            QCOMPARE(readOnly->setValue(readOnly->root(), RegistryValue::dword(u"D"_s, 1)).error().code, u"registry.read-only"_s);
            QCOMPARE(readOnly->commit().error().code, u"registry.read-only"_s);
        }
        auto hive = Hive::open(path, Hive::Mode::Write);
        QVERIFY(hive);
        const Error tooLarge = hive->setValue(hive->root(), RegistryValue::binary(u"Big"_s, QByteArray(16345, 'x'))).error();
        QCOMPARE(tooLarge.code, u"registry.value-too-large"_s);
        QVERIFY2(namesAll(tooLarge.message, {u"16345"_s}), qPrintable(tooLarge.message));
        QCOMPARE(hive->createKey(QString(256, u'k')).error().code, u"registry.invalid-name"_s);
        QVERIFY(hive->createKey(QString(255, u'k')));
        QCOMPARE(readAll(path), before); // nothing is written before commit()
    }

    void refusesDamagedHives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("names"); // what message or detail names: a signature, a size, a version, the library
        HiveBuilder big;
        for (int i = 0; i < 200; ++i)
            big.setValue(u"Key%1"_s.arg(i), RegistryValue::string(u"Value"_s, QString(40, u'v')));
        const QByteArray good = big.build();
        QVERIFY(good.size() > 0x4000);
        QTest::newRow("zero-byte file") << QByteArray() << QStringList{};
        QTest::newRow("random bytes") << randomBytes(64 * 1024, 11) << QStringList{u"regf"_s};
        QTest::newRow("a .reg text file") << QByteArray("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\r\n")
                                          << QStringList{u"regf"_s};
        QTest::newRow("header only") << good.left(0x1000) << QStringList{u"4096"_s};
        QTest::newRow("truncated inside a bin") << good.left(0x1000 + 0x1800) << QStringList{u"10240"_s};
        QTest::newRow("truncated at a bin boundary") << good.left(0x3000) << QStringList{u"12288"_s};
        QByteArray checksum = good;
        checksum[0x40] = 'X';
        QTest::newRow("bad header checksum") << checksum << QStringList{u"libhivex"_s};
        QByteArray version = good;
        putHeader32(version, 0x14, 2);
        QTest::newRow("format version 2") << version << QStringList{u"2"_s};
        QByteArray hbin = good;
        hbin.replace(0x1000, 4, "XXXX");
        QTest::newRow("corrupted first hbin signature") << hbin << QStringList{u"libhivex"_s};
        QByteArray secondBin = good;
        secondBin.replace(0x2000, 4, QByteArray(4, '\0'));
        QTest::newRow("corrupted second hbin signature") << secondBin << QStringList{u"libhivex"_s};
        QByteArray binSize = good;
        qToLittleEndian<quint32>(0x100000, binSize.data() + 0x1008);
        QTest::newRow("hbin size past the end") << binSize << QStringList{u"libhivex"_s};
        QByteArray cell = good;
        qToLittleEndian<qint32>(-3, cell.data() + 0x1020);
        QTest::newRow("cell size not a multiple of 4") << cell << QStringList{u"libhivex"_s};
    }

    void refusesDamagedHives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, names);
        const QString path = m_dir.filePath(u"damaged"_s);
        QVERIFY(writeAll(path, bytes));
        for (const Hive::Mode mode : {Hive::Mode::ReadOnly, Hive::Mode::Write}) {
            const auto hive = Hive::open(path, mode);
            QVERIFY(!hive);
            QCOMPARE(hive.error().code, u"registry.corrupt"_s);
            QVERIFY2(hive.error().message.contains(path), qPrintable(hive.error().message));
            QVERIFY2(namesAll(hive.error().oneLine(), names), qPrintable(hive.error().oneLine()));
            // The advice (restore the file from a good copy) is still part of the sentence: no Remedy kind says it yet.
            QVERIFY(hive.error().remedy.isNone());
        }
        QCOMPARE(readAll(path), bytes);
    }

    void reportsDamageFoundWhileReading()
    {
        QByteArray bytes = softwareLike().build();
        // Point the root key's subkey list at the sk cell (the first cell): a structure libhivex
        // only notices when the list is read.
        const quint32 root = qFromLittleEndian<quint32>(bytes.constData() + 0x24);
        qToLittleEndian<quint32>(0x20, bytes.data() + 0x1000 + root + 4 + 0x1C);
        const QString path = m_dir.filePath(u"damaged-list"_s);
        QVERIFY(writeAll(path, bytes));
        auto hive = Hive::open(path);
        QVERIFY2(hive, qPrintable(hive ? QString() : hive.error().oneLine()));
        const auto key = hive->findKey(u"Microsoft"_s);
        QVERIFY(!key);
        QCOMPARE(key.error().code, u"registry.corrupt"_s);
        QVERIFY(key.error().message.contains(path));
    }

    void refusesMissingFile()
    {
        const auto hive = Hive::open(m_dir.filePath(u"does-not-exist"_s));
        QVERIFY(!hive);
        QCOMPARE(hive.error().code, u"registry.open-failed"_s);
        QVERIFY(hive.error().message.contains(u"does-not-exist"_s));
    }

    void refusesToWriteADirtyHive()
    {
        QByteArray bytes = softwareLike().build();
        putHeader32(bytes, 0x08, 7); // secondary sequence number differs from the primary one
        const QString path = m_dir.filePath(u"SOFTWARE-dirty"_s);
        QVERIFY(writeAll(path, bytes));
        const auto writable = Hive::open(path, Hive::Mode::Write);
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, u"registry.dirty-hive"_s);
        QVERIFY(writable.error().message.contains(u"SOFTWARE-dirty.LOG1"_s));
        auto readable = Hive::open(path);
        QVERIFY(readable);
        QCOMPARE((*readable->value(u"Microsoft\\Windows NT\\CurrentVersion"_s, u"UBR"_s))->toDword(), 4169u);
    }

    void cacheParsesAgainOnlyWhenTheFileChanged_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("parses");
        QTest::addColumn<QString>("productName");
        // clang-format off
        QTest::newRow("unchanged")            << u"none"_s      << 1 << u"Windows 11 Pro"_s;
        QTest::newRow("committed here")       << u"commit"_s    << 1 << u"Committed"_s;
        QTest::newRow("changed, not committed") << u"uncommitted"_s << 2 << u"Windows 11 Pro"_s;
        QTest::newRow("renamed over")         << u"rename"_s    << 2 << u"Replaced"_s;
        QTest::newRow("rewritten in place")   << u"rewrite"_s   << 2 << u"Replaced"_s;
        QTest::newRow("rewritten, same size and mtime") << u"same-stamp"_s << 2 << u"Windows 11 Ent"_s;
        // clang-format on
    }

    /// HiveCache hands back the handle it parsed while the file is the one parsed (or committed
    /// through it); any other writer, or a handle left with uncommitted changes, means a new parse.
    void cacheParsesAgainOnlyWhenTheFileChanged()
    {
        QFETCH(QString, change);
        QFETCH(int, parses);
        QFETCH(QString, productName);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        QVERIFY(softwareLike().writeTo(path));
        const QString cv = u"Microsoft\\Windows NT\\CurrentVersion"_s;
        HiveCache cache;
        auto first = cache.open(path);
        QVERIFY(first);
        QCOMPARE(cache.parses(), 1);
        HiveBuilder replaced = softwareLike();
        replaced.setValue(cv, RegistryValue::string(u"ProductName"_s, u"Replaced"_s));
        if (change == u"commit"_s || change == u"uncommitted"_s) {
            auto writable = cache.open(path, Hive::Mode::Write);
            QVERIFY(writable);
            QCOMPARE(*writable, *first); // made writable, not parsed again
            QVERIFY((*writable)->setValue(*(*(*writable)->findKey(cv)), RegistryValue::string(u"ProductName"_s, u"Committed"_s)));
            if (change == u"commit"_s)
                QVERIFY((*writable)->commit());
        } else if (change == u"rename"_s) {
            QVERIFY(replaced.writeTo(path + u".new"_s));
            QCOMPARE(::rename(QFile::encodeName(path + u".new"_s).constData(), QFile::encodeName(path).constData()), 0);
        } else if (change == u"rewrite"_s) {
            QByteArray bytes = replaced.build();
            QVERIFY(writeAll(path, bytes)); // same inode, new content and modification time
            struct timespec times[2] = {{0, UTIME_OMIT}, {1, 0}};
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        } else if (change == u"same-stamp"_s) {
            QVERIFY(rewriteKeepingSizeAndMtime(path, u"Windows 11 Ent"_s));
        }
        auto again = cache.open(path);
        QVERIFY(again);
        QCOMPARE(cache.parses(), parses);
        QCOMPARE((*(*again)->value(cv, u"ProductName"_s))->toString(), productName);
        QCOMPARE(hivexsh(path, u"cd "_s + cv + u"\nlsval ProductName"_s).trimmed(), productName); // the file, read by libhivex-bin
    }

    void cachePrefetchIsCheckedLikeAParse_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("parses");
        QTest::addColumn<QString>("productName"); // empty: open() refuses the file
        // clang-format off
        QTest::newRow("unchanged")                   << u"none"_s     << 1 << u"Windows 11 Pro"_s;
        QTest::newRow("renamed over after the parse") << u"rename"_s  << 2 << u"Replaced"_s;
        QTest::newRow("corrupt, repaired before open") << u"repair"_s << 1 << u"Windows 11 Pro"_s;
        QTest::newRow("corrupt")                     << u"corrupt"_s  << 0 << QString();
        // clang-format on
    }

    /// HiveCache::prefetch parses on a thread of its own; the open() that joins it hands back that
    /// parse only while the file is still the one parsed, and a failed prefetch is made again by
    /// open() so that its answer is the file's as it is then.
    void cachePrefetchIsCheckedLikeAParse()
    {
        QFETCH(QString, change);
        QFETCH(int, parses);
        QFETCH(QString, productName);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        const QByteArray good = softwareLike().build();
        QByteArray damaged = good;
        damaged[4096] = 'x'; // the first hbin's signature
        QVERIFY(writeAll(path, change == u"repair"_s || change == u"corrupt"_s ? damaged : good));
        HiveCache cache;
        cache.prefetch(path);
        cache.prefetch(path); // already under way: nothing more
        QVERIFY(QTest::qWaitFor([&] { return !cache.isPrefetching(path); }, 10000));
        if (change == u"rename"_s) {
            HiveBuilder replaced = softwareLike();
            replaced.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"ProductName"_s, u"Replaced"_s));
            QVERIFY(replaced.writeTo(path + u".new"_s));
            QCOMPARE(::rename(QFile::encodeName(path + u".new"_s).constData(), QFile::encodeName(path).constData()), 0);
        } else if (change == u"repair"_s) {
            QVERIFY(writeAll(path + u".good"_s, good));
            QCOMPARE(::rename(QFile::encodeName(path + u".good"_s).constData(), QFile::encodeName(path).constData()), 0);
        }
        auto hive = cache.open(path);
        QCOMPARE(cache.parses(), parses);
        if (productName.isEmpty()) {
            QVERIFY(!hive);
            QCOMPARE(hive.error().code, u"registry.corrupt"_s);
            QVERIFY2(namesAll(hive.error().message, {path}), qPrintable(hive.error().message));
            return;
        }
        QVERIFY2(hive, qPrintable(hive ? QString() : hive.error().message));
        QCOMPARE((*(*hive)->value(u"Microsoft\\Windows NT\\CurrentVersion"_s, u"ProductName"_s))->toString(), productName);
        QCOMPARE(*cache.open(path), *hive); // parsed once, then handed back
        QCOMPARE(cache.parses(), parses);
    }

    /// release() forgets a handle (freed on another thread); the next open() parses the file again.
    void cacheReleaseForgetsTheHandle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        QVERIFY(softwareLike().writeTo(path));
        HiveCache cache;
        QVERIFY(cache.open(path));
        cache.release(path);
        cache.release(path); // nothing left to release
        cache.prefetch(path);
        cache.release(path); // a prefetch still running is joined, then released
        auto again = cache.open(path);
        QVERIFY(again);
        QCOMPARE(cache.parses(), 3);
        QCOMPARE((*(*again)->value(u"Microsoft\\Windows NT\\CurrentVersion"_s, u"ProductName"_s))->toString(), u"Windows 11 Pro"_s);
    }

    void cacheRefusesToWriteADirtyHiveItRead()
    {
        QByteArray bytes = softwareLike().build();
        putHeader32(bytes, 0x08, 7);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        QVERIFY(writeAll(path, bytes));
        const QString stale = dir.filePath(u".SOFTWARE.wimbench-999999999-0123456789abcdef.tmp"_s);
        QVERIFY(writeAll(stale, "left by a killed commit"));
        HiveCache cache;
        QVERIFY(cache.open(path)); // a dirty hive may be read (the facts)
        const auto writable = cache.open(path, Hive::Mode::Write);
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, u"registry.dirty-hive"_s);
        QVERIFY(QFile::exists(stale)); // refused before anything was touched
        QCOMPARE(cache.parses(), 1);
    }

    void commitReplacesTheFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        QVERIFY(softwareLike().writeTo(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        auto hive = Hive::open(path, Hive::Mode::Write);
        QVERIFY(hive);
        QVERIFY(hive->createKey(u"New"_s));
        QVERIFY(hive->commit());
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        QVERIFY(before.st_ino != after.st_ino); // a new file was renamed over the old one
        QCOMPARE(after.st_mode & 0777, 0640u);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList({u"SOFTWARE"_s}));
        // A second commit from the same handle writes the newer state again.
        QVERIFY(hive->createKey(u"Newer"_s));
        QVERIFY(hive->commit());
        const QString xml = hivexml(path);
        QVERIFY(xml.contains(u"<node name=\"New\">"_s) && xml.contains(u"<node name=\"Newer\">"_s));
    }

    void commitKilledAtFaultPoint_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("newContent");
        QTest::newRow("hive.before-rename") << u"hive.before-rename"_s << false;
        QTest::newRow("hive.after-rename") << u"hive.after-rename"_s << true;
    }

    void commitKilledAtFaultPoint()
    {
        QFETCH(QString, point);
        QFETCH(bool, newContent);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"SOFTWARE"_s);
        QVERIFY(softwareLike().writeTo(path));
        const QByteArray before = readAll(path);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), path);
        env.insert(u"WIMBENCH_FAULT"_s, point);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const CliResult r{child.exitCode(), child.exitStatus() == QProcess::CrashExit, {}, QString::fromUtf8(child.readAllStandardError())};
        QCOMPARE(diedAtFault(r, point), QString());
        bool ok = false;
        const QString out = hivexsh(path, u"cd Fault\\Key\nlsval"_s, &ok);
        QCOMPARE(ok && out.contains(u"\"Path\"=\"after\""_s), newContent);
        if (!newContent)
            QCOMPARE(readAll(path), before);
        const QStringList stray = strayTemporaries(dir.path());
        QCOMPARE(stray.size(), newContent ? 0 : 1);
        if (!newContent) {
            // The temporary file is a complete hive; the next writer removes it (its owner is dead).
            QVERIFY(hivexml(dir.filePath(stray.first())).contains(u"<node name=\"Fault\">"_s));
            QVERIFY(Hive::open(path, Hive::Mode::Write));
            QCOMPARE(strayTemporaries(dir.path()), QStringList());
        }
        QVERIFY(!hivexml(path).isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        return commitChild(qEnvironmentVariable(ChildVariable));
    QCoreApplication app(argc, argv);
    TestRegistry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_registry.moc"
