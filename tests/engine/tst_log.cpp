// The DISM-format log: line shape, levels, continuation lines, .bak rotation, default path.
#include "servicelog/Log.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
        const QString path = dir.filePath(QStringLiteral("sub/dism.log"));
        QVERIFY(Log::configure(path, LogLevel::Debug));
        Log::info(QStringLiteral("DISM"), QStringLiteral("Hello"));
        Log::error(QStringLiteral("WIM"), QStringLiteral("Bad thing"));
        Log::warning(QStringLiteral("APPX"), QStringLiteral("Careful"));
        Log::debug(QStringLiteral("MOUNT"), QStringLiteral("Details"));
        Log::shutdown();
        const QStringList l = lines(path);
        QCOMPARE(l.size(), 4);
        const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d, (Info|Error|Warning|Debug) +\S+ +PID=\d+ TID=\d+ .+$)"));
        for (const QString &line : l)
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        // Level padded to 22 columns, component to 6 plus a space, as in dism.log.
        QCOMPARE(l[0].mid(19, 2), QStringLiteral(", "));
        QCOMPARE(l[0].mid(21, 22), QStringLiteral("Info                  "));
        QCOMPARE(l[0].mid(43, 7), QStringLiteral("DISM   "));
        QCOMPARE(l[1].mid(21, 29), QStringLiteral("Error                 WIM    "));
        QCOMPARE(l[2].mid(21, 29), QStringLiteral("Warning               APPX   "));
        QCOMPARE(l[3].mid(21, 29), QStringLiteral("Debug                 MOUNT  "));
        QVERIFY(l[0].endsWith(QStringLiteral(" Hello")));
    }

    void levelsFilter_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("1 errors") << 1 << QStringList{QStringLiteral("e")};
        QTest::newRow("2 warnings") << 2 << QStringList{QStringLiteral("e"), QStringLiteral("w")};
        QTest::newRow("3 info") << 3 << QStringList{QStringLiteral("e"), QStringLiteral("w"), QStringLiteral("i")};
        QTest::newRow("4 debug") << 4 << QStringList{QStringLiteral("e"), QStringLiteral("w"), QStringLiteral("i"), QStringLiteral("d")};
    }

    void levelsFilter()
    {
        QFETCH(int, level);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dism.log"));
        QVERIFY(Log::configure(path, LogLevel(level)));
        Log::error(QStringLiteral("DISM"), QStringLiteral("e"));
        Log::warning(QStringLiteral("DISM"), QStringLiteral("w"));
        Log::info(QStringLiteral("DISM"), QStringLiteral("i"));
        Log::debug(QStringLiteral("DISM"), QStringLiteral("d"));
        Log::shutdown();
        QStringList got;
        for (const QString &line : lines(path))
            got << line.section(QLatin1Char(' '), -1);
        QCOMPARE(got, expected);
    }

    void levelNames()
    {
        QCOMPARE(parseLogLevel(QStringLiteral("1")), std::optional<LogLevel>(LogLevel::Errors));
        QCOMPARE(parseLogLevel(QStringLiteral("warnings")), std::optional<LogLevel>(LogLevel::Warnings));
        QCOMPARE(parseLogLevel(QStringLiteral("WarningsInfo")), std::optional<LogLevel>(LogLevel::WarningsInfo));
        QCOMPARE(parseLogLevel(QStringLiteral("4")), std::optional<LogLevel>(LogLevel::Debug));
        QVERIFY(!parseLogLevel(QStringLiteral("5")).has_value());
        QVERIFY(!parseLogLevel(QStringLiteral("0")).has_value());
        QVERIFY(!parseLogLevel(QStringLiteral("verbose")).has_value());
    }

    void multiLineMessagesBecomeContinuationLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dism.log"));
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo));
        Log::info(QStringLiteral("DISM"), QStringLiteral("first\nsecond"));
        Log::shutdown();
        const QStringList l = lines(path);
        QCOMPARE(l.size(), 2);
        QVERIFY(l[0].endsWith(QStringLiteral("first")));
        QCOMPARE(l[1], QStringLiteral("second"));
    }

    void rotatesToBak()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dism.log"));
        const QString bak = dir.filePath(QStringLiteral("dism.bak"));
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo, 2000));
        for (int i = 0; i < 30; ++i)
            Log::info(QStringLiteral("DISM"), QStringLiteral("line %1 ").arg(i) + QString(50, QLatin1Char('x')));
        Log::shutdown();
        QVERIFY(QFile::exists(bak));
        const QStringList first = lines(bak);
        const QStringList current = lines(path);
        QVERIFY(QFileInfo(bak).size() >= 2000);
        QVERIFY(QFileInfo(path).size() < 2000 + 200);
        // Nothing lost at the rotation: the newest lines are in the log, older ones in .bak.
        QVERIFY(current.last().contains(QStringLiteral("line 29 ")));
        QVERIFY(first.last().contains(QStringLiteral("line %1 ").arg(29 - current.size())));

        // A second rotation replaces the old .bak.
        const QString oldFirstBak = first.first();
        QVERIFY(Log::configure(path, LogLevel::WarningsInfo, 2000));
        for (int i = 30; i < 80; ++i)
            Log::info(QStringLiteral("DISM"), QStringLiteral("line %1 ").arg(i) + QString(50, QLatin1Char('x')));
        Log::shutdown();
        QVERIFY(lines(bak).first() != oldFirstBak);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("dism.bak.bak"))));
        QVERIFY(lines(path).last().contains(QStringLiteral("line 79 ")));
    }

    void defaultPathFollowsXdgStateHome()
    {
        QTemporaryDir dir;
        qputenv("XDG_STATE_HOME", dir.path().toUtf8());
        QCOMPARE(Log::defaultPath(), dir.filePath(QStringLiteral("wimbench/dism.log")));
        QVERIFY(Log::configure({}, LogLevel::WarningsInfo));
        Log::info(QStringLiteral("DISM"), QStringLiteral("x"));
        Log::shutdown();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("wimbench/dism.log"))));
    }

    void unwritableLogIsReported()
    {
        QString error;
        QVERIFY(!Log::configure(QStringLiteral("/proc/version/dism.log"), LogLevel::WarningsInfo, Log::DefaultMaxBytes, &error));
        QVERIFY(error.contains(QStringLiteral("/proc/version/dism.log")));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
