// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli-core loads libcrypto and libzip on the first call of one of their functions, not at
// start-up (engine/lazylibs/README.md): a command that needs neither runs without them, and one that
// reads and verifies a signed package loads them then and gives the same answer as before. What was
// loaded, and how, is what glibc's dynamic loader reports with LD_DEBUG=files.
#include "AppxBuilder.h"
#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::test;

class TestLazyLibraries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Runs the command line with the loader's report of every library it loads on stderr.
    static CliResult runReported(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(u"LD_DEBUG"_s, u"files"_s);
        return runCli(args, 120000, env);
    }

    /// The loader's line for `library`, or an empty string when it was not loaded.
    static QString loadLine(const CliResult &r, const QString &library)
    {
        for (const QString &line : r.err.split(u'\n')) {
            if (line.contains(u"file="_s + library + u" ["_s))
                return line.trimmed();
        }
        return {};
    }

    /// True when the loader ran `library`'s initialisers: it was loaded (looking for it is not).
    static bool initialised(const CliResult &r, const QString &library)
    {
        for (const QString &line : r.err.split(u'\n')) {
            if (line.contains(u"calling init: "_s) && line.contains(u'/' + library))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
#ifndef WIMBENCH_LAZY_LIBRARIES_BUILT
        QSKIP("built without WIMBENCH_LAZY_LIBRARIES (or not on x86-64): libcrypto and libzip are linked as usual");
#endif
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
    }

    void commandWithoutPackagesLoadsNeither()
    {
        const CliResult r = runReported({u"/Get-MountedWimInfo"_s});
        QCOMPARE(r.exitCode, 0);
        // The report is there (or this test could not fail): Qt is loaded at start-up.
        QVERIFY2(initialised(r, u"libQt6Core.so.6"_s), qPrintable(r.err.left(2000)));
        QVERIFY(!initialised(r, u"libcrypto.so.3"_s));
        QVERIFY(!initialised(r, u"libzip.so.4"_s));
    }

    void signedPackageLoadsThemWhenFirstUsed()
    {
        const QString package = m_dir.filePath(u"Contoso_x64.msix"_s);
        AppxSpec spec;
        spec.signature = true;
        QVERIFY(writeAppx(package, spec).ok());
        const CliResult r = runReported({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + package});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Name"_s), u"Contoso.Sample"_s);
        QCOMPARE(r.field(u"Signature"_s), u"verified"_s);
        QCOMPARE(r.field(u"Contents"_s), u"every block matches the block map"_s);
        // The package is opened first: the program loads libzip, and libcrypto comes with it (libzip
        // links it); the program itself needs neither at start-up.
        const QString zip = loadLine(r, u"libzip.so.4"_s);
        QVERIFY2(zip.contains(u"dynamically loaded by"_s), qPrintable(zip));
        const QString crypto = loadLine(r, u"libcrypto.so.3"_s);
        QVERIFY2(crypto.contains(u"needed by /"_s) && crypto.contains(u"libzip.so.4"_s), qPrintable(crypto));
        QVERIFY(initialised(r, u"libcrypto.so.3"_s));
    }
};

QTEST_GUILESS_MAIN(TestLazyLibraries)
#include "tst_lazylibs.moc"
