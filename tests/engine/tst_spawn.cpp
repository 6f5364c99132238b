// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// spawn/Spawn: the Qt-free pieces the launcher, the unmount standby and the mount helper share.
#include "spawn/Spawn.h"

#include <QTest>

#include <csignal>
#include <optional>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestSpawn : public QObject
{
    Q_OBJECT

private:
    /// The wait status of a child that calls Spawn::endLike(status).
    static int endedLike(int status)
    {
        const pid_t pid = ::fork();
        if (pid == 0)
            wb::Spawn::endLike(status);
        int got = 0;
        ::waitpid(pid, &got, 0);
        return got;
    }

private Q_SLOTS:
    void takeNulEnded_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<QByteArray>("rest");
        QTest::newRow("empty") << QByteArray() << QStringList() << QByteArray();
        QTest::newRow("one") << QByteArray("a\0", 2) << QStringList{u"a"_s} << QByteArray();
        QTest::newRow("empty strings") << QByteArray("\0\0", 2) << QStringList{QString(), QString()} << QByteArray();
        QTest::newRow("unfinished last") << QByteArray("2\0/Index:1\0/Mou", 15) << QStringList{u"2"_s, u"/Index:1"_s} << QByteArray("/Mou");
        QTest::newRow("nothing ended") << QByteArray("mount /tmp") << QStringList() << QByteArray("mount /tmp");
    }

    void takeNulEnded()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, parts);
        QFETCH(QByteArray, rest);
        std::string buffer(data.constData(), size_t(data.size()));
        QStringList got;
        for (const std::string &part : wb::Spawn::takeNulEnded(&buffer))
            got << QString::fromStdString(part);
        QCOMPARE(got, parts);
        QCOMPARE(QByteArray::fromStdString(buffer), rest);
    }

    /// A line is read up to its newline and no further (what follows stays for the next reader);
    /// end-of-file before a newline gives nothing.
    void readLine()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const char data[] = "ok 12\nexit 3";
        QCOMPARE(::write(fds[1], data, sizeof data - 1), ssize_t(sizeof data - 1));
        ::close(fds[1]);
        QCOMPARE(wb::Spawn::readLine(fds[0]), std::optional<std::string>("ok 12"));
        char rest[8] = {};
        QCOMPARE(::read(fds[0], rest, 6), ssize_t(6)); // still there: the line was read no further
        QCOMPARE(QByteArray(rest), QByteArray("exit 3"));
        ::close(fds[0]);
        QCOMPARE(::pipe(fds), 0);
        QCOMPARE(::write(fds[1], "exit 3", 6), ssize_t(6));
        ::close(fds[1]);
        QCOMPARE(wb::Spawn::readLine(fds[0]), std::optional<std::string>()); // no newline before end-of-file
        ::close(fds[0]);
    }

    /// A launcher ends as its command did: the same exit code, or the same signal.
    void endLike()
    {
        const int exited = endedLike(W_EXITCODE(87, 0));
        QVERIFY(WIFEXITED(exited));
        QCOMPARE(WEXITSTATUS(exited), 87);
        const int signalled = endedLike(W_EXITCODE(0, SIGTERM));
        QVERIFY(WIFSIGNALED(signalled));
        QCOMPARE(WTERMSIG(signalled), SIGTERM);
        // Blocked in the process that ends so (a mask it inherited): it still ends by that signal.
        sigset_t term;
        sigemptyset(&term);
        sigaddset(&term, SIGTERM);
        sigset_t before;
        ::sigprocmask(SIG_BLOCK, &term, &before);
        const int blocked = endedLike(W_EXITCODE(0, SIGTERM));
        ::sigprocmask(SIG_SETMASK, &before, nullptr);
        QVERIFY(WIFSIGNALED(blocked));
        QCOMPARE(WTERMSIG(blocked), SIGTERM);
    }
};

QTEST_GUILESS_MAIN(TestSpawn)
#include "tst_spawn.moc"
