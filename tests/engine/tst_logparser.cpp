// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing WimBench, DISM and CBS log lines: shapes, continuation lines, malformed lines, PID/TID,
// HRESULTs and operation markers, and every encoding Windows writes.
#include "servicelog/Log.h"
#include "logread/LogEntry.h"
#include "logread/LogParser.h"
#include "logread/LogTextCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

// Lines as dism.log and cbs.log from Windows 10/11 write them (level padded to 22, component to 6).
const char *const DismSample =
    "2019-10-10 10:57:54, Info                  DISM   PID=5780 TID=6080 Scratch directory set to 'C:\\Users\\x\\AppData\\Local\\Temp\\'. - CDISMManager::put_ScratchDir\r\n"
    "2019-10-10 10:57:54, Info                  DISM   DISM.EXE: <----- Starting Dism.exe session ----->\r\n"
    "2019-10-10 10:57:55, Info                  DISM   DISM Provider Store: PID=5780 TID=6080 Getting the collection of providers from a local provider store type. - CDISMProviderStore::GetProviderCollection\r\n"
    "2019-10-10 10:57:56, Error                 DISM   DISM.EXE: Failed to load the provider: C:\\Windows\\System32\\Dism\\SiloedPackageProvider.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x8007007e)\r\n"
    "2019-10-10 10:57:57, Warning               DISM   DISM Provider Store: PID=5780 TID=6080 Failed to load the provider: C:\\x.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x80070002)\r\n"
    "2019-10-10 10:57:58, Info                  DISM   DISM.EXE: <----- Ending Dism.exe session ----->\r\n";

const char *const CbsSample =
    "2019-10-10 10:57:54, Info                  CBS    Starting TrustedInstaller initialization.\r\n"
    "2019-10-10 10:57:54, Info                  CBS    Ending TrustedInstaller initialization.\r\n"
    "2019-10-10 10:57:55, Perf                  CBS    Perf: InstallUninstallChain complete.\r\n"
    "2019-10-10 10:57:56, Info                  CSI    00000001@2019/10/10:08:57:56.123 WcpInitialize: wcp.dll version 0.0.0.6 (bld 1)\r\n"
    "2019-10-10 10:57:57, Error                 CBS    Failed to resolve package 'Microsoft-Windows-Foo' [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]\r\n"
    "2019-10-10 10:57:58, Info                  CSI    00000002 Hashes for file member \\SystemRoot\\WinSxS\\amd64_foo\\bar.dll do not match actual file [l:7]'bar.dll' :\r\n"
    "  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}\r\n"
    "\r\n"
    "2019-10-10 10:57:59, Info                  CBS    Session: 30778675_1 finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]\r\n";

} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerDatesAgreeWithQDate()
    {
        // The header parser computes Julian days itself (QDate costs more than the rest of the
        // line); validity and stamps must be QDate's for every date a log line can hold, from the
        // UTF-16 text and from the bytes alike.
        auto check = [](int y, int m, int d) {
            const QString line = u"%1-%2-%3 10:20:30, Info                  DISM   x"_s
                                     .arg(y, 4, 10, QLatin1Char('0'))
                                     .arg(m, 2, 10, QLatin1Char('0'))
                                     .arg(d, 2, 10, QLatin1Char('0'));
            const QDate date(y, m, d);
            const LogLineHeader h = LogParser::parseHeader(line);
            const QByteArray bytes = line.toLatin1();
            const LogLineHeader b = LogParser::parseHeader(QLatin1StringView(bytes));
            if (h.valid != date.isValid() || b.valid != h.valid || b.stamp != h.stamp || b.componentStart != h.componentStart)
                return false;
            return !date.isValid() || h.stamp == date.toJulianDay() * 86400 + 10 * 3600 + 20 * 60 + 30;
        };
        for (int y : {0, 1, 4, 100, 400, 1600, 1700, 1900, 1969, 1970, 2000, 2024, 2025, 2100, 9999}) {
            for (int m = 0; m <= 13; ++m) {
                for (int d = 0; d <= 32; ++d)
                    QVERIFY2(check(y, m, d), qPrintable(u"%1-%2-%3"_s.arg(y).arg(m).arg(d)));
            }
        }
        for (qint64 jd = QDate(1, 1, 1).toJulianDay(); jd <= QDate(9999, 12, 31).toJulianDay(); jd += 97) {
            const QDate date = QDate::fromJulianDay(jd);
            QVERIFY(check(date.year(), date.month(), date.day()));
        }
    }

    void dismLines()
    {
        const QList<LogEntry> entries = LogParser::parseText(QString::fromUtf8(DismSample));
        QCOMPARE(entries.size(), 6);
        const LogEntry &first = entries[0];
        QCOMPARE(first.time(), QDateTime(QDate(2019, 10, 10), QTime(10, 57, 54)));
        QCOMPARE(first.level, LogEntryLevel::Info);
        QCOMPARE(first.levelText, u"Info"_s);
        QCOMPARE(first.component, u"DISM"_s);
        QCOMPARE(first.pid, 5780u);
        QCOMPARE(first.tid, 6080u);
        QVERIFY(first.message.startsWith(u"PID=5780 TID=6080 Scratch directory set to"_s));
        QCOMPARE(first.lineNumber, 1);
        QVERIFY(!first.raw.endsWith(QLatin1Char('\r')));

        // DISM.EXE lines carry no PID/TID; provider lines carry them after a prefix.
        QCOMPARE(entries[1].pid, 0u);
        QCOMPARE(entries[1].message, u"DISM.EXE: <----- Starting Dism.exe session ----->"_s);
        QCOMPARE(entries[2].pid, 5780u);
        QCOMPARE(entries[2].tid, 6080u);

        QCOMPARE(entries[3].level, LogEntryLevel::Error);
        QCOMPARE(entries[3].hresult(), std::optional<quint32>(0x8007007eu));
        QCOMPARE(entries[4].level, LogEntryLevel::Warning);
        QCOMPARE(entries[4].hresult(), std::optional<quint32>(0x80070002u));
        QCOMPARE(entries[0].hresult(), std::nullopt);
    }

    void cbsLinesWithContinuation()
    {
        const QList<LogEntry> entries = LogParser::parseText(QString::fromUtf8(CbsSample));
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries[0].component, u"CBS"_s);
        QCOMPARE(entries[0].message, u"Starting TrustedInstaller initialization."_s);
        QCOMPARE(entries[2].level, LogEntryLevel::Perf);
        QCOMPARE(entries[2].levelText, u"Perf"_s);
        QCOMPARE(entries[3].component, u"CSI"_s);
        QCOMPARE(entries[4].level, LogEntryLevel::Error);
        QCOMPARE(entries[4].hresult(), std::optional<quint32>(0x800f081fu));
        QCOMPARE(entries[6].hresult(), std::optional<quint32>(0u));

        // The wrapped "Found/Expected" line and the empty line belong to the CSI entry above.
        const LogEntry &wrapped = entries[5];
        QCOMPARE(wrapped.lineNumber, 6);
        QCOMPARE(wrapped.lineCount, 3);
        QCOMPARE(wrapped.message,
                 u"00000002 Hashes for file member \\SystemRoot\\WinSxS\\amd64_foo\\bar.dll do not match actual file [l:7]'bar.dll' :\n"
                                "  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}\n"_s);
        QCOMPARE(entries[6].lineNumber, 9);
    }

    void ownLinesRoundTrip()
    {
        // Lines as wb::Log writes them parse back to what was written.
        const QDateTime t(QDate(2026, 11, 21), QTime(5, 6, 7));
        const QString line = Log::formatLine(t, LogSeverity::Warning, u"APPX"_s,
                                             u"PID=42 TID=43 Decision: skipped arm package"_s);
        const QList<LogEntry> entries = LogParser::parseText(line);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].time(), t);
        QCOMPARE(entries[0].level, LogEntryLevel::Warning);
        QCOMPARE(entries[0].component, u"APPX"_s);
        QCOMPARE(entries[0].message, u"PID=42 TID=43 Decision: skipped arm package"_s);
        QCOMPARE(entries[0].pid, 42u);
        QCOMPARE(entries[0].tid, 43u);
        QCOMPARE(entries[0].raw, line);

        const QString debug = Log::formatLine(t, LogSeverity::Debug, u"DISM"_s, u"PID=1 TID=2   indented"_s);
        QCOMPARE(LogParser::parseText(debug).value(0).level, LogEntryLevel::Debug);
        QCOMPARE(LogParser::parseText(debug).value(0).message, u"PID=1 TID=2   indented"_s);
    }

    void componentLongerThanItsColumn()
    {
        const auto e = LogParser::parseText(u"2019-10-10 10:57:54, Info                  TrustedInstaller  message text").value(0);
        QCOMPARE(e.component, u"TrustedInstaller"_s);
        QCOMPARE(e.message, u" message text"_s);
        const auto tight = LogParser::parseText(u"2019-10-10 10:57:54, Info CBS message").value(0);
        QCOMPARE(tight.level, LogEntryLevel::Info);
        QCOMPARE(tight.component, u"CBS"_s);
        QCOMPARE(tight.message, u"message"_s);
    }

    void malformedLinesAreKept()
    {
        const QString text = u"garbage before any entry\n"
            "2019-10-10 10:57:54, Info                  CBS    first\n"
            "2019-13-45 99:99:99, Info                  CBS    impossible date\n"
            "2019-10-10 10:57:55 no comma after the time\n"
            "2019-10-10 10:57:56, \n"
            "2019-10-10 10:57:57, Verbose               XYZ    unusual level word\n"
            "2019-10-10 10:57:58, Chatter               XYZ    unknown level word\n"
            "binary\x01junk\n"
            "2019-10-10 10:57:59, Error                 CBS    last\n"_s;
        const QList<LogEntry> entries = LogParser::parseText(text);
        QCOMPARE(entries.size(), 9);
        QCOMPARE(entries[0].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[0].message, u"garbage before any entry"_s);
        QVERIFY(!entries[0].time().isValid());
        QCOMPARE(entries[1].message, u"first"_s);
        QCOMPARE(entries[2].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[2].raw, u"2019-13-45 99:99:99, Info                  CBS    impossible date"_s);
        QCOMPARE(entries[3].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[3].lineNumber, 4);
        QCOMPARE(entries[4].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[4].time(), QDateTime(QDate(2019, 10, 10), QTime(10, 57, 56)));
        QCOMPARE(entries[5].level, LogEntryLevel::Debug);
        QCOMPARE(entries[5].levelText, u"Verbose"_s);
        QCOMPARE(entries[6].level, LogEntryLevel::Other);
        QCOMPARE(entries[6].levelText, u"Chatter"_s);
        QCOMPARE(entries[6].component, u"XYZ"_s);
        QCOMPARE(entries[7].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[7].lineNumber, 8);
        QCOMPARE(entries[8].level, LogEntryLevel::Error);
        QCOMPARE(entries[8].lineNumber, 9);
    }

    void endlessContinuationIsSplit()
    {
        QString text = u"2019-10-10 10:57:54, Info                  CBS    head\n"_s;
        for (int i = 0; i < LogParser::MaxContinuationLines + 5; ++i)
            text += u"  wrapped %1\n"_s.arg(i);
        const QList<LogEntry> entries = LogParser::parseText(text);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].lineCount, LogParser::MaxContinuationLines + 1);
        QCOMPARE(entries[1].level, LogEntryLevel::Unknown);
        QCOMPARE(entries[1].lineCount, 5);
        QCOMPARE(entries[1].lineNumber, LogParser::MaxContinuationLines + 2);
    }

    void operationMarkers()
    {
        auto start = LogParser::operationMarker(u"PID=10 TID=11 <----- Starting Get-ImageInfo: Read image information of a.wim ----->");
        QVERIFY(start);
        QVERIFY(start->starting);
        QCOMPARE(start->name, u"Get-ImageInfo"_s);
        QCOMPARE(start->detail, u"Read image information of a.wim"_s);
        auto end = LogParser::operationMarker(u"PID=10 TID=11 <----- Ending Get-ImageInfo: succeeded in 12 ms ----->");
        QVERIFY(end);
        QVERIFY(!end->starting);
        QCOMPARE(end->detail, u"succeeded in 12 ms"_s);
        auto session = LogParser::operationMarker(u"DISM.EXE: <----- Starting Dism.exe session ----->");
        QVERIFY(session);
        QCOMPARE(session->name, u"Dism.exe session"_s);
        QVERIFY(!LogParser::operationMarker(u"<----- something else ----->"));
        QVERIFY(!LogParser::operationMarker(u"no marker"));
    }

    void pidTid()
    {
        QCOMPARE(LogParser::pidTid(u"PID=1 TID=2 x"), std::make_pair(1u, 2u));
        QCOMPARE(LogParser::pidTid(u"API: PID=3468 TID=3428 DismApi.dll:"), std::make_pair(3468u, 3428u));
        QCOMPARE(LogParser::pidTid(u"PID=77 only"), std::make_pair(77u, 0u));
        QCOMPARE(LogParser::pidTid(u"PID=x TID=2"), std::make_pair(0u, 0u));
        QCOMPARE(LogParser::pidTid(u"nothing"), std::make_pair(0u, 0u));
    }

    void levelRanks()
    {
        const quint32 errors = logLevelsUpToRank(1);
        QCOMPARE(errors, logLevelBit(LogEntryLevel::Error));
        const quint32 warnings = logLevelsUpToRank(2);
        QCOMPARE(warnings, logLevelBit(LogEntryLevel::Error) | logLevelBit(LogEntryLevel::Warning));
        const quint32 info = logLevelsUpToRank(3);
        QVERIFY(info & logLevelBit(LogEntryLevel::Perf));
        QVERIFY(info & logLevelBit(LogEntryLevel::Unknown));
        QVERIFY(!(info & logLevelBit(LogEntryLevel::Debug)));
        QCOMPARE(logLevelsUpToRank(4), AllLogLevels);
    }

    void encodings_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bom");
        QTest::addColumn<QString>("name");
        QTest::newRow("utf8") << int(LogEncoding::Utf8) << 0 << u"UTF-8"_s;
        QTest::newRow("utf8-bom") << int(LogEncoding::Utf8) << 3 << u"UTF-8 with BOM"_s;
        QTest::newRow("utf16le-bom") << int(LogEncoding::Utf16LE) << 2 << u"UTF-16 LE with BOM"_s;
        QTest::newRow("utf16be-bom") << int(LogEncoding::Utf16BE) << 2 << u"UTF-16 BE with BOM"_s;
        QTest::newRow("utf16le-no-bom") << int(LogEncoding::Utf16LE) << 0 << u"UTF-16 LE"_s;
    }

    void encodings()
    {
        QFETCH(int, encoding);
        QFETCH(int, bom);
        QFETCH(QString, name);
        const LogTextCodec writer(LogEncoding(encoding), bom);
        // Non-ASCII text (a German path, a Chinese message) must survive too.
        const QString text = QString::fromUtf8(CbsSample)
            + u"2019-10-10 10:58:00, Info                  CBS    Datei C:\\Über\\größe.txt — 已完成\r\n"_s;
        const QByteArray bytes = writer.bom() + writer.encode(text);
        const LogTextCodec detected = LogTextCodec::detect(bytes.left(4096));
        QCOMPARE(detected.encoding(), LogEncoding(encoding));
        QCOMPARE(detected.bomLength(), bom);
        QCOMPARE(detected.name(), name);

        // Split into lines with the codec and parse, as the reader does.
        LogParser parser;
        const char *data = bytes.constData();
        qsizetype pos = detected.bomLength();
        for (;;) {
            const qsizetype nl = detected.findNewline(data, pos, bytes.size());
            if (nl < 0)
                break;
            QString line = detected.decode(data + pos, nl - pos);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            parser.addLine(line);
            pos = nl + detected.unitSize();
        }
        QCOMPARE(pos, bytes.size());
        parser.finish();
        const QList<LogEntry> entries = parser.takeEntries();
        QCOMPARE(entries.size(), 8);
        QCOMPARE(entries[4].hresult(), std::optional<quint32>(0x800f081fu));
        QCOMPARE(entries[5].lineCount, 3);
        QCOMPARE(entries[7].message, u"Datei C:\\Über\\größe.txt — 已完成"_s);
    }

    void latin1Fallback()
    {
        const QByteArray bytes("2019-10-10 10:57:54, Info                  CBS    Gr\xf6\xdf" "e\n");
        const LogTextCodec codec = LogTextCodec::detect(bytes);
        QCOMPARE(codec.encoding(), LogEncoding::Latin1);
        QCOMPARE(LogParser::parseText(codec.decode(bytes)).value(0).message, u"Größe"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
