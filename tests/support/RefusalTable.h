// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTest>

// The columns every command-line refusal table shares (docs/CONVENTIONS.md, Tests): the request,
// the exit status, the engine's error code as the servicing log records it (empty for usage
// errors) and a fragment of the error line. A test adds its own columns (a setup) before them and
// checks a row with refusedAs() and Untouched (CliScenario.h). Header-only: only the tests link
// Qt Test, not the fixture library.
namespace wb::test {

/// One row of a refusal table.
struct RefusalRow
{
    QStringList args;
    int exitCode = 1;
    QString code;
    QString fragment;
};

/// In `<test>_data()`: the columns args, exitCode, code and fragment, in that order.
inline void addRefusalColumns()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
}

/// In the test: the current row's values of those columns.
inline RefusalRow fetchRefusal()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    return {args, exitCode, code, fragment};
}

} // namespace wb::test
