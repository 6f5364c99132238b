// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The DISM-format log: line shape, levels, continuation lines, .bak rotation, default path.
#include "servicelog/Log.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

class TestLog : public QObject
{
    Q_OBJECT

    static QStringList lines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void lineShape()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/dism.log"_s);
        QVERIFY(Log::configure(path, LogLevel::Debug));
        Log::info(u"DISM"_s, u"Hello"_s);
        Log::error(u"WIM"_s, u"Bad thing"_s);
        Log::warning(u"APPX"_s, u"Careful"_s);
        Log::debug(u"MOUNT"_s, u"Details"_s);
        Log::shutdown();
        const QStringList l = lines(path);
        QCOMPARE(l.size(), 4);
        const QRegularExpression shape(uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d, (Info|Error|Warning|Debug) +\S+ +PID=\d+ TID=\d+ .+$)"_s);
        for (const QString &line : l)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        // Level padded to 22 columns, component to 6 plus a space, as in dism.log.
        QCOMPARE(l[0].mid(19, 2), u", "_s);
        QCOMPARE(l[0].mid(21, 22), u"Info                  "_s);
        QCOMPARE(l[0].mid(43, 7), u"DISM   "_s);
        QCOMPARE(l[1].mid(21, 29), u"Error                 WIM    "_s);
        QCOMPARE(l[2].mid(21, 29), u"Warning               APPX   "_s);
        QCOMPARE(l[3].mid(21, 29), u"Debug                 MOUNT  "_s);
        QVERIFY(l[0].endsWith(u" Hello"_s));
    }

    void levelsFilter_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1 errors") << 1 << QStringList{u"e"_s};
        QTest::newRow("2 warnings") << 2 << QStringList{u"e"_s, u"w"_s};
        QTest::newRow("3 info") << 3 << QStringList{u"e"_s, u"w"_s, u"i"_s};
        QTest::newRow("4 debug") << 4 << QStringList{u"e"_s, u"w"_s, u"i"_s, u"d"_s};
    }

    void levelsFilter()
    {
        QFETCH(int, level);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dism.log"_s);
        QVERIFY(Log::configure(path, LogLevel(level)));
        Log::error(u"DISM"_s, u"e"_s);
        Log::warning(u"DISM"_s, u"w"_s);
        Log::info(u"DISM"_s, u"i"_s);
        Log::debug(u"DISM"_s, u"d"_s);
        Log::shutdown();
        QStringList got;
        for (const QString &line : lines(path))
            got << line.section(QLatin1Char(' '), -1);
        QCOMPARE(got, expected);
    }

    void levelNames()
    {
        QCOMPARE(parseLogLevel(u"1"_s), std::optional<LogLevel>(LogLevel::Errors));
        QCOMPARE(parseLogLevel(u"warnings"_s), std::optional<LogLevel>(LogLevel::Warnings));
        QCOMPARE(parseLogLevel(u"WarningsInfo"_s), std::optional<LogLevel>(LogLevel::WarningsInfo));
        QCOMPARE(parseLogLevel(u"4"_s), std::optional<LogLevel>(LogLevel::Debug));
        QVERIFY(!parseLogLevel(u"5"_s).has_value());
        QVERIFY(!parseLogLevel(u"0"_s).has_value());
        QVERIFY(!parseLogLevel(u"verbose"_s).has_value());
    }

    void multiLineMessagesBecomeContinuationLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dism.log"_s);
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo));
        Log::info(u"DISM"_s, u"first\nsecond"_s);
        Log::shutdown();
        const QStringList l = lines(path);
        QCOMPARE(l.size(), 2);
        QVERIFY(l[0].endsWith(u"first"_s));
        QCOMPARE(l[1], u"second"_s);
    }

    void rotatesToBak()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dism.log"_s);
        const QString bak = dir.filePath(u"dism.bak"_s);
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo, 2000));
        for (int i = 0; i < 30; ++i)
            Log::info(u"DISM"_s, u"line %1 "_s.arg(i) + QString(50, QLatin1Char('x')));
        Log::shutdown();
        QVERIFY(QFile::exists(bak));
        const QStringList first = lines(bak);
        const QStringList current = lines(path);
        QVERIFY(QFileInfo(bak).size() >= 2000);
        QVERIFY(QFileInfo(path).size() < 2000 + 200);
        // Nothing lost at the rotation: the newest lines are in the log, older ones in .bak.
        QVERIFY(current.last().contains(u"line 29 "_s));
        QVERIFY(first.last().contains(u"line %1 "_s.arg(29 - current.size())));

        // A second rotation replaces the old .bak.
        const QString oldFirstBak = first.first();
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo, 2000));
        for (int i = 30; i < 80; ++i)
            Log::info(u"DISM"_s, u"line %1 "_s.arg(i) + QString(50, QLatin1Char('x')));
        Log::shutdown();
        QVERIFY(lines(bak).first() != oldFirstBak);
        QVERIFY(!QFile::exists(dir.filePath(u"dism.bak.bak"_s)));
        QVERIFY(lines(path).last().contains(u"line 79 "_s));
    }

    void defaultPathFollowsXdgStateHome()
    {
        QTemporaryDir dir;
        qputenv("XDG_STATE_HOME", dir.path().toUtf8());
        QCOMPARE(Log::defaultPath(), dir.filePath(u"wimbench/dism.log"_s));
        QVERIFY(Log::configure({}, LogLevel::WarningsInfo));
        Log::info(u"DISM"_s, u"x"_s);
        Log::shutdown();
        QVERIFY(QFile::exists(dir.filePath(u"wimbench/dism.log"_s)));
    }

    void unwritableLogIsReported()
    {
        QString error;
        QVERIFY(!Log::configure(u"/proc/version/dism.log"_s, LogLevel::WarningsInfo, Log::DefaultMaxBytes, &error));
        QVERIFY(error.contains(u"/proc/version/dism.log"_s));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
