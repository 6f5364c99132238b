// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleImage.h"
#include "WimBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wb::test {

Status writeSampleImage(const QString &out)
{
    QTemporaryDir work;
    if (!work.isValid())
        return Error::make(u"test.sample-failed"_s, u"Cannot create a temporary folder for the sample image."_s);
    const QString pro = work.filePath(u"pro"_s);
    const QString ent = work.filePath(u"enterprise"_s);
    writeWindowsTree(pro, {u"en-US"_s, u"fr-FR"_s});
    writeWindowsTree(ent, {u"en-US"_s, u"fr-FR"_s});
    writeFile(ent, u"Windows/System32/gpedit.msc"_s, "<MMC_ConsoleFile/>");
    writeFile(pro, u"Users/Public/Documents/Welcome.txt"_s, "Welcome to the WimBench sample image.\r\n");

    auto proSpec = windowsLikeSpec(pro, u"Windows 11 Pro"_s);
    proSpec.description = u"WimBench sample: Windows 11 Pro layout"_s;
    auto entSpec = windowsLikeSpec(ent, u"Windows 11 Enterprise"_s);
    entSpec.edition = u"Enterprise"_s;
    entSpec.description = u"WimBench sample: Windows 11 Enterprise layout"_s;

    QDir().mkpath(QFileInfo(out).absolutePath());
    const QString tmp = out + u".tmp"_s;
    QFile::remove(tmp);
    WB_TRY(createWim(tmp, {proSpec, entSpec}, {}));
    QFile::remove(out);
    if (!QFile::rename(tmp, out))
        return Error::make(u"test.sample-failed"_s, u"Cannot move %1 to %2."_s.arg(tmp, out));
    return {};
}

} // namespace wb::test
