// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real wimbench executable: on a first start (fresh settings) it opens the bundled sample
// image, remembers it as a recent file, and its --screenshot mode saves a picture of the window.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class MainWindowAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartOpensSampleAndTakesScreenshot();
};

void MainWindowAppTest::firstStartOpensSampleAndTakesScreenshot()
{
    const QString exe = QDir(QString::fromLocal8Bit(qgetenv("WIMBENCH_BIN_DIR"))).filePath(u"wimbench"_s);
    if (!QFileInfo(exe).isExecutable())
        QSKIP("the wimbench executable is not built (build the wimbench target)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString shot = home.filePath(u"window.png"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(exe, {u"--screenshot"_s, shot, u"--delay"_s, u"2500"_s,
                  u"--expand"_s, u"/Windows"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);

    // The sample image was opened (and read successfully, or it would not be a recent file).
    QSettings settings(home.filePath(u"config/WimBench/wimbench.conf"_s), QSettings::IniFormat);
    const QStringList recent = settings.value(u"window/recentFiles"_s).toStringList();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(QFileInfo(recent.first()).canonicalFilePath(),
             QFileInfo(QString::fromLocal8Bit(qgetenv("WIMBENCH_SAMPLE_WIM"))).canonicalFilePath());
    // And the log went to XDG_STATE_HOME.
    QVERIFY(QFileInfo::exists(home.filePath(u"state/wimbench/dism.log"_s)));
}

QTEST_GUILESS_MAIN(MainWindowAppTest)
#include "tst_mainwindow_app.moc"

