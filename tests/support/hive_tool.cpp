// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-hive-tool: the two halves of bench/bench_hive.sh.
//   wimbench-hive-tool generate <file> <keys>   writes a SOFTWARE-like hive with <keys> keys under
//                                               Classes (groups of 500, two values each) plus an
//                                               AppxAllUserStore with 100 provisioned apps (HiveBuilder)
//   wimbench-hive-tool edit <file>              the changes of one provisioning through engine/registry
//                                               (open for writing, change, atomic commit): the same
//                                               changes bench/bench_hive.sh makes with hivexsh
#include "HiveBuilder.h"

#include "registry/Hive.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace wb;
using wb::test::HiveBuilder;

namespace {
const QString Store = u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"_s;

HiveBuilder::Key named(const QString &name)
{
    return HiveBuilder::Key{name, {}, {}};
}

HiveBuilder::Key *child(HiveBuilder::Key &parent, const QString &name)
{
    parent.subkeys << named(name);
    return &parent.subkeys.last();
}

int generate(const QString &file, int keys)
{
    HiveBuilder::Key root = named(u"ROOT"_s);
    HiveBuilder::Key *classes = child(root, u"Classes"_s);
    for (int g = 0; g * 500 < keys; ++g) {
        HiveBuilder::Key *group = child(*classes, u"Group%1"_s.arg(g, 4, 10, QLatin1Char('0')));
        for (int i = g * 500; i < std::min(keys, (g + 1) * 500); ++i) {
            HiveBuilder::Key *k = child(*group, u"Key%1"_s.arg(i, 6, 10, QLatin1Char('0')));
            k->values << RegistryValue::string(QString(), u"{%1-0000-4000-8000-0000000000000000} handler %1"_s.arg(i, 8, 16, QLatin1Char('0')))
                      << RegistryValue::dword(u"Flags"_s, quint32(i));
        }
    }
    HiveBuilder::Key *store = child(*child(*child(*child(*child(root, u"Microsoft"_s), u"Windows"_s),
                                                     u"CurrentVersion"_s),
                                               u"Appx"_s),
                                         u"AppxAllUserStore"_s);
    HiveBuilder::Key *apps = child(*store, u"Applications"_s);
    for (int a = 0; a < 100; ++a) {
        const QString full = u"Contoso.App%1_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s.arg(a);
        child(*apps, full)->values << RegistryValue::string(
            u"Path"_s, u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\%1\\AppxMetadata\\AppxBundleManifest.xml"_s.arg(full));
    }
    child(*store, u"Staged"_s);
    return HiveBuilder(root).writeTo(file) ? 0 : 1;
}

int edit(const QString &file)
{
    auto hive = Hive::open(file, Hive::Mode::Write);
    if (!hive) {
        QTextStream(stderr) << hive.error().oneLine() << '\n';
        return 1;
    }
    const QString full = u"Contoso.New_2.0.0.0_neutral_~_8wekyb3d8bbwe"_s;
    const QString dep = u"Microsoft.VCLibs.140.00_14.0.30704.0_x64__8wekyb3d8bbwe"_s;
    const QString path = u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\%1\\AppxManifest.xml"_s;
    const struct { QString key; QString value; } changes[] = {
        {Store + u"\\Applications\\"_s + full, path.arg(full)},
        {Store + u"\\Applications\\"_s + full + QLatin1Char('\\') + dep, path.arg(dep)},
        {Store + u"\\Staged\\Contoso.New_8wekyb3d8bbwe\\"_s + full, path.arg(full)},
        {Store + u"\\Staged\\Microsoft.VCLibs.140.00_8wekyb3d8bbwe\\"_s + dep, path.arg(dep)},
    };
    for (const auto &c : changes) {
        const auto key = hive->createKey(c.key);
        if (!key || !hive->setValue(*key, RegistryValue::string(u"Path"_s, c.value)))
            return 1;
    }
    if (!hive->deleteKey(Store + u"\\Applications\\Contoso.App7_1.0.0.0_neutral_~_8wekyb3d8bbwe"_s))
        return 1;
    if (!hive->createKey(Store + u"\\Deprovisioned\\Contoso.App7_8wekyb3d8bbwe"_s))
        return 1;
    const Status committed = hive->commit();
    if (!committed)
        QTextStream(stderr) << committed.error().oneLine() << '\n';
    return committed ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("generate"))
        return generate(args[2], args[3].toInt());
    if (args.size() == 3 && args[1] == QLatin1String("edit"))
        return edit(args[2]);
    QTextStream(stderr) << "usage: wimbench-hive-tool generate <file> <keys> | edit <file>\n";
    return 2;
}
