// Generates the bundled sample image: a small Windows-like tree captured into a WIM with two
// indexes (x64, en-US default + fr-FR, edition, version, installation type).
#include "WimBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: wimbench-make-sample <output.wim>\n";
        return 2;
    }
    const QString out = app.arguments().at(1);
    QTemporaryDir work;
    if (!work.isValid()) {
        err << "cannot create a temporary folder\n";
        return 1;
    }
    const QString pro = work.filePath(QStringLiteral("pro"));
    const QString ent = work.filePath(QStringLiteral("enterprise"));
    wb::test::writeWindowsTree(pro, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
    wb::test::writeWindowsTree(ent, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
    wb::test::writeFile(ent, QStringLiteral("Windows/System32/gpedit.msc"), "<MMC_ConsoleFile/>");
    wb::test::writeFile(pro, QStringLiteral("Users/Public/Documents/Welcome.txt"), "Welcome to the WimBench sample image.\r\n");

    auto proSpec = wb::test::windowsLikeSpec(pro, QStringLiteral("Windows 11 Pro"));
    proSpec.description = QStringLiteral("WimBench sample: Windows 11 Pro layout");
    auto entSpec = wb::test::windowsLikeSpec(ent, QStringLiteral("Windows 11 Enterprise"));
    entSpec.edition = QStringLiteral("Enterprise");
    entSpec.description = QStringLiteral("WimBench sample: Windows 11 Enterprise layout");

    QDir().mkpath(QFileInfo(out).absolutePath());
    const QString tmp = out + QStringLiteral(".tmp");
    QFile::remove(tmp);
    const wb::Status st = wb::test::createWim(tmp, {proSpec, entSpec}, {});
    if (!st.ok()) {
        err << st.error().oneLine() << '\n';
        return 1;
    }
    QFile::remove(out);
    if (!QFile::rename(tmp, out)) {
        err << "cannot move " << tmp << " to " << out << '\n';
        return 1;
    }
    return 0;
}
