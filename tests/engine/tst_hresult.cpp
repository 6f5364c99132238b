// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HRESULT decoder of the log viewer: documented codes by name and meaning, Win32 codes split
// out of HRESULT_FROM_WIN32, everything else shown as the number only (never a guessed meaning).
#include "logread/Hresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

class TestHresult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<quint32>("hr");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cbs source missing") << 0x800f081fu << u"0x800F081F CBS_E_SOURCE_MISSING: The source for the package or file was not found."_s;
        QTest::newRow("installers failed") << 0x800f0922u << u"0x800F0922 CBS_E_INSTALLERS_FAILED: Processing advanced installers and generic commands failed."_s;
        QTest::newRow("access denied") << 0x80070005u << u"0x80070005 E_ACCESSDENIED: Access is denied."_s;
        QTest::newRow("disk full") << 0x80070070u << u"0x80070070 ERROR_DISK_FULL: There is not enough space on the disk."_s;
        QTest::newRow("win32 unknown") << 0x800700AAu << u"0x800700AA (Win32 error 170)"_s;
        QTest::newRow("unknown facility") << 0x8024402cu << u"0x8024402C"_s;
        QTest::newRow("success") << 0x00000000u << u"0x00000000"_s;
    }
    void summary()
    {
        QFETCH(quint32, hr);
        QFETCH(QString, expected);
        QCOMPARE(hresultSummary(hr), expected);
    }

    void failureBit()
    {
        QVERIFY(isFailureHresult(0x800f081fu));
        QVERIFY(!isFailureHresult(0x00000bc2u));
        QVERIFY(!describeHresult(0x8024402cu));
    }
};

QTEST_GUILESS_MAIN(TestHresult)
#include "tst_hresult.moc"
