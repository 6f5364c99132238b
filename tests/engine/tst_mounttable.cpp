// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mount/MountTable, the Qt-free mount table lookup that MountSystem and wimbench-mount-prewarm
// share: the kernel's escapes in /proc/self/mountinfo, and the type of what is mounted at a folder.
#include "mount/MountSystem.h"
#include "mount/MountTable.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TestMountTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unescapes_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("plain") << QByteArray("/mnt/image") << QByteArray("/mnt/image");
        QTest::newRow("space") << QByteArray("/mnt/my\\040image") << QByteArray("/mnt/my image");
        QTest::newRow("tab and newline") << QByteArray("/a\\011b\\012c") << QByteArray("/a\tb\nc");
        QTest::newRow("backslash") << QByteArray("/a\\134b") << QByteArray("/a\\b");
        QTest::newRow("not octal") << QByteArray("/a\\9zz") << QByteArray("/a\\9zz");
        QTest::newRow("cut short at the end") << QByteArray("/a\\04") << QByteArray("/a\\04");
    }

    void unescapes()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, path);
        QCOMPARE(QByteArray::fromStdString(MountTable::unescape(field.toStdString())), path);
    }

    void typeOfWhatIsMounted()
    {
        QCOMPARE(MountTable::typeAt("/proc"), std::optional<std::string>("proc"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(MountTable::typeAt(dir.path().toStdString()), std::nullopt); // a folder, not a mount point
        QCOMPARE(MountSystem::mountTypeAt(u"/proc"_s), std::optional<QString>(u"proc"_s));
        QCOMPARE(MountSystem::mountTypeAt(dir.path()), std::nullopt);
        QVERIFY(MountSystem::mountPointsOfType("proc").contains(u"/proc"_s));
        QVERIFY(!MountSystem::mountPointsOfType("proc").contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestMountTable)
#include "tst_mounttable.moc"
