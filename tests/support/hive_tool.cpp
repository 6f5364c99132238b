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

using namespace wb;
using wb::test::HiveBuilder;

namespace {
const QString Store = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore");

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
    HiveBuilder::Key root = named(QStringLiteral("ROOT"));
    HiveBuilder::Key *classes = child(root, QStringLiteral("Classes"));
    for (int g = 0; g * 500 < keys; ++g) {
        HiveBuilder::Key *group = child(*classes, QStringLiteral("Group%1").arg(g, 4, 10, QLatin1Char('0')));
        for (int i = g * 500; i < std::min(keys, (g + 1) * 500); ++i) {
            HiveBuilder::Key *k = child(*group, QStringLiteral("Key%1").arg(i, 6, 10, QLatin1Char('0')));
            k->values << RegistryValue::string(QString(), QStringLiteral("{%1-0000-4000-8000-0000000000000000} handler %1").arg(i, 8, 16, QLatin1Char('0')))
                      << RegistryValue::dword(QStringLiteral("Flags"), quint32(i));
        }
    }
    HiveBuilder::Key *store = child(*child(*child(*child(*child(root, QStringLiteral("Microsoft")), QStringLiteral("Windows")),
                                                     QStringLiteral("CurrentVersion")),
                                               QStringLiteral("Appx")),
                                         QStringLiteral("AppxAllUserStore"));
    HiveBuilder::Key *apps = child(*store, QStringLiteral("Applications"));
    for (int a = 0; a < 100; ++a) {
        const QString full = QStringLiteral("Contoso.App%1_1.0.0.0_neutral_~_8wekyb3d8bbwe").arg(a);
        child(*apps, full)->values << RegistryValue::string(
            QStringLiteral("Path"), QStringLiteral("%SYSTEMDRIVE%\\Program Files\\WindowsApps\\%1\\AppxMetadata\\AppxBundleManifest.xml").arg(full));
    }
    child(*store, QStringLiteral("Staged"));
    return HiveBuilder(root).writeTo(file) ? 0 : 1;
}

int edit(const QString &file)
{
    auto hive = Hive::open(file, Hive::Mode::Write);
    if (!hive) {
        QTextStream(stderr) << hive.error().oneLine() << '\n';
        return 1;
    }
    const QString full = QStringLiteral("Contoso.New_2.0.0.0_neutral_~_8wekyb3d8bbwe");
    const QString dep = QStringLiteral("Microsoft.VCLibs.140.00_14.0.30704.0_x64__8wekyb3d8bbwe");
    const QString path = QStringLiteral("%SYSTEMDRIVE%\\Program Files\\WindowsApps\\%1\\AppxManifest.xml");
    const struct { QString key; QString value; } changes[] = {
        {Store + QStringLiteral("\\Applications\\") + full, path.arg(full)},
        {Store + QStringLiteral("\\Applications\\") + full + QLatin1Char('\\') + dep, path.arg(dep)},
        {Store + QStringLiteral("\\Staged\\Contoso.New_8wekyb3d8bbwe\\") + full, path.arg(full)},
        {Store + QStringLiteral("\\Staged\\Microsoft.VCLibs.140.00_8wekyb3d8bbwe\\") + dep, path.arg(dep)},
    };
    for (const auto &c : changes) {
        const auto key = hive->createKey(c.key);
        if (!key || !hive->setValue(*key, RegistryValue::string(QStringLiteral("Path"), c.value)))
            return 1;
    }
    if (!hive->deleteKey(Store + QStringLiteral("\\Applications\\Contoso.App7_1.0.0.0_neutral_~_8wekyb3d8bbwe")))
        return 1;
    if (!hive->createKey(Store + QStringLiteral("\\Deprovisioned\\Contoso.App7_8wekyb3d8bbwe")))
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
