// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real executables: on a first start (fresh settings) wimbench opens the bundled sample image
// and remembers it as a recent file; wimbench-screenshots (the docs' pictures, issue 18 item 7)
// writes the window, every tab and every dialog.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString binDir()
{
    return QString::fromLocal8Bit(qgetenv("WIMBENCH_BIN_DIR"));
}

QProcessEnvironment freshEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}
} // namespace

class MainWindowAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartOpensTheSample();
    void screenshotsToolPicturesEveryView();
};

void MainWindowAppTest::firstStartOpensTheSample()
{
    const QString exe = QDir(binDir()).filePath(u"wimbench"_s);
    if (!QFileInfo(exe).isExecutable())
        QSKIP("the wimbench executable is not built (build the wimbench target)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    p.setProcessEnvironment(freshEnvironment(home));
    p.start(exe, {});
    QVERIFY(p.waitForStarted());
    // The sample image was opened (and read successfully, or it would not be a recent file).
    const QString conf = home.filePath(u"config/WimBench/wimbench.conf"_s);
    QStringList recent;
    QElapsedTimer waited;
    waited.start();
    while (recent.isEmpty() && waited.elapsed() < 60000 && p.state() == QProcess::Running) {
        QTest::qWait(200);
        recent = QSettings(conf, QSettings::IniFormat).value(u"window/recentFiles"_s).toStringList();
    }
    p.terminate();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(recent.size(), 1);
    QCOMPARE(QFileInfo(recent.first()).canonicalFilePath(),
             QFileInfo(QString::fromLocal8Bit(qgetenv("WIMBENCH_SAMPLE_WIM"))).canonicalFilePath());
    // And the log went to XDG_STATE_HOME.
    QVERIFY(QFileInfo::exists(home.filePath(u"state/wimbench/dism.log"_s)));
}

void MainWindowAppTest::screenshotsToolPicturesEveryView()
{
    const QString exe = QDir(binDir()).filePath(u"../tools/wimbench-screenshots"_s);
    if (!QFileInfo(exe).isExecutable())
        QSKIP("wimbench-screenshots is not built (build the wimbench-screenshots target)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString out = home.filePath(u"shots"_s);
    QProcess p;
    p.setProcessEnvironment(freshEnvironment(home));
    p.start(exe, {out, u"--lang"_s, u"en"_s, u"--width"_s, u"1024"_s});
    QVERIFY(p.waitForFinished(180000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QStringList expected{u"mainwindow.png"_s, u"tab-inventory.png"_s, u"tab-log.png"_s, u"tab-mounts.png"_s, u"tab-provisioned-apps.png"_s};
    for (const QString &dialog : {u"apply"_s, u"capture"_s, u"export"_s, u"split"_s, u"mount"_s, u"preferences"_s})
        expected << dialog + u"-dialog.png"_s;
    expected.sort();
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), expected);
    for (const QString &file : std::as_const(expected)) {
        const QImage image(QDir(out).filePath(file));
        QVERIFY2(!image.isNull(), qPrintable(file));
        if (file.startsWith(u"tab-"_s) || file == u"mainwindow.png"_s)
            QCOMPARE(image.width(), 1024); // the window at the width asked for
        else                               // a dialog, not the window behind it
            QVERIFY2(image.width() < 1024 && image.height() < 720,
                     qPrintable(u"%1: %2x%3"_s.arg(file).arg(image.width()).arg(image.height())));
    }
}

QTEST_GUILESS_MAIN(MainWindowAppTest)
#include "tst_mainwindow_app.moc"
