// The real wimbench executable: on a first start (fresh settings) it opens the bundled sample
// image, remembers it as a recent file, and its --screenshot mode saves a picture of the window.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class MainWindowAppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartOpensSampleAndTakesScreenshot();
};

void MainWindowAppTest::firstStartOpensSampleAndTakesScreenshot()
{
    const QString exe = QDir(QString::fromLocal8Bit(qgetenv("WIMBENCH_BIN_DIR"))).filePath(QStringLiteral("wimbench"));
    if (!QFileInfo(exe).isExecutable())
        QSKIP("the wimbench executable is not built (build the wimbench target)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString shot = home.filePath(QStringLiteral("window.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(exe, {QStringLiteral("--screenshot"), shot, QStringLiteral("--delay"), QStringLiteral("2500"),
                  QStringLiteral("--expand"), QStringLiteral("/Windows")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);

    // The sample image was opened (and read successfully, or it would not be a recent file).
    QSettings settings(home.filePath(QStringLiteral("config/WimBench/wimbench.conf")), QSettings::IniFormat);
    const QStringList recent = settings.value(QStringLiteral("window/recentFiles")).toStringList();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(QFileInfo(recent.first()).canonicalFilePath(),
             QFileInfo(QString::fromLocal8Bit(qgetenv("WIMBENCH_SAMPLE_WIM"))).canonicalFilePath());
    // And the log went to XDG_STATE_HOME.
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("state/wimbench/dism.log"))));
}

QTEST_GUILESS_MAIN(MainWindowAppTest)
#include "tst_mainwindow_app.moc"
