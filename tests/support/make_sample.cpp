// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generates the bundled sample image: a small Windows-like tree captured into a WIM with two
// indexes (x64, en-US default + fr-FR, edition, version, installation type).
#include "WimBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

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
    const QString pro = work.filePath(u"pro"_s);
    const QString ent = work.filePath(u"enterprise"_s);
    wb::test::writeWindowsTree(pro, {u"en-US"_s, u"fr-FR"_s});
    wb::test::writeWindowsTree(ent, {u"en-US"_s, u"fr-FR"_s});
    wb::test::writeFile(ent, u"Windows/System32/gpedit.msc"_s, "<MMC_ConsoleFile/>");
    wb::test::writeFile(pro, u"Users/Public/Documents/Welcome.txt"_s, "Welcome to the WimBench sample image.\r\n");

    auto proSpec = wb::test::windowsLikeSpec(pro, u"Windows 11 Pro"_s);
    proSpec.description = u"WimBench sample: Windows 11 Pro layout"_s;
    auto entSpec = wb::test::windowsLikeSpec(ent, u"Windows 11 Enterprise"_s);
    entSpec.edition = u"Enterprise"_s;
    entSpec.description = u"WimBench sample: Windows 11 Enterprise layout"_s;

    QDir().mkpath(QFileInfo(out).absolutePath());
    const QString tmp = out + u".tmp"_s;
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
