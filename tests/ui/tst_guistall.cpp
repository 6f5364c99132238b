// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI responsiveness benchmark (bench/bench_guistall.sh): how late a 10 ms timer on the GUI thread
// fires while an export runs on the engine and its progress is shown on a real progress bar.
// Prints the longest stall and the 99th percentile of the lateness in milliseconds, idle and during
// the export. No timed assertions (the machine is shared); skipped unless WIMBENCH_BENCH_STALL is
// set: to the path of a WIM to export, or to anything else to generate an uncompressed one of
// WIMBENCH_BENCH_STALL_MB MiB (default 200). WIMBENCH_BENCH_STALL_COMPRESS: fast, max (default)
// or recovery.
#include "ImageDigest.h"
#include "WimBuilder.h"

#include "ProgressBars.h"
#include "ops/Engine.h"
#include "ops/ExportImageOperation.h"
#include "ops/OperationHandle.h"
#include "wim/Compression.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

/// Lateness of a 10 ms precise timer: each tick's delay beyond the 10 ms it asked for.
class StallMeter
{
public:
    explicit StallMeter(QObject *context)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, context, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_lateMs.push_back(std::max<double>(0.0, double(now - m_last) / 1e6 - 10.0));
            m_last = now;
        });
    }

    void start()
    {
        m_lateMs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    int ticks() const { return int(m_lateMs.size()); }
    double longest() const { return m_lateMs.empty() ? 0.0 : *std::max_element(m_lateMs.begin(), m_lateMs.end()); }
    double percentile(double p) const
    {
        if (m_lateMs.empty())
            return 0.0;
        std::vector<double> v = m_lateMs;
        std::sort(v.begin(), v.end());
        const auto i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())));
        return v[i];
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_lateMs;
};

} // namespace

class TestGuiStall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void stallDuringExport()
    {
        const QString setting = qEnvironmentVariable("WIMBENCH_BENCH_STALL");
        if (setting.isEmpty())
            QSKIP("benchmark: set WIMBENCH_BENCH_STALL (a WIM path, or 1 to generate one); see bench/bench_guistall.sh");
        QVERIFY(m_dir.isValid());

        QString source = setting;
        if (!QFileInfo(setting).isFile()) {
            bool ok = false;
            qint64 mb = qEnvironmentVariableIntValue("WIMBENCH_BENCH_STALL_MB", &ok);
            if (!ok || mb <= 0)
                mb = 200;
            const QString tree = m_dir.filePath(u"tree"_s);
            QVERIFY(writeBulkFiles(tree, mb * 1024 * 1024, 4 * 1024 * 1024, 7));
            source = m_dir.filePath(u"source.wim"_s);
            QVERIFY(createWim(source, {windowsLikeSpec(tree, u"Stall"_s)}, {Compression::None}).ok());
            QDir(tree).removeRecursively();
        }
        const QString compressName = qEnvironmentVariable("WIMBENCH_BENCH_STALL_COMPRESS", u"max"_s);
        const std::optional<WimCompression> compression = compressionFromName(compressName);
        QVERIFY2(compression.has_value(), qPrintable(u"unknown compression %1"_s.arg(compressName)));

        QProgressBar bar;
        bar.resize(400, 24);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));

        Engine engine;
        StallMeter meter(this);

        // Baseline: the same timer on an idle event loop for one second.
        meter.start();
        QTest::qWait(1000);
        meter.stop();
        const double idleMax = meter.longest();
        const double idleP99 = meter.percentile(99);
        const int idleTicks = meter.ticks();

        ExportImageRequest request;
        request.sourcePath = source;
        request.source.index = 1;
        request.destinationPath = m_dir.filePath(u"exported.wim"_s);
        request.compression = compression;
        QFile::remove(request.destinationPath);

        int progressReports = 0;
        meter.start();
        QElapsedTimer wall;
        wall.start();
        OperationHandle *handle = engine.start(std::make_shared<ExportImageOperation>(request));
        connect(handle, &OperationHandle::progressChanged, &bar, [&](const Progress &p) {
            ++progressReports;
            showProgress(&bar, p);
        });
        QSignalSpy finished(handle, &OperationHandle::finished);
        QVERIFY(finished.wait(3600 * 1000));
        meter.stop();
        const qint64 exportMs = wall.elapsed();
        const auto outcome = finished.first().first().value<OperationOutcome>();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(QFileInfo(request.destinationPath).size() > 0);

        qInfo("BENCH stall idle: longest %.1f ms, p99 %.1f ms (%d ticks of 10 ms)", idleMax, idleP99, idleTicks);
        qInfo("BENCH stall export %s of %lld MiB in %.2f s: longest %.1f ms, p99 %.1f ms (%d ticks, %d progress reports)",
              qPrintable(compressionDisplayName(*compression)), QFileInfo(source).size() / (1024 * 1024),
              double(exportMs) / 1000.0, meter.longest(), meter.percentile(99), meter.ticks(), progressReports);
    }
};

QTEST_MAIN(TestGuiStall)
#include "tst_guistall.moc"

