// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Error remedies: stable identifiers, argument filling, and the rule that the engine's user-visible
// messages name no command-line switch (the front ends render the remedy in their own terms).
#include "core/Error.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

/// The translated strings of one source file: each tr()/Tr::tr()/translate()/QT_TRANSLATE_NOOP()
/// call's source text, adjacent literals joined ("a" "b" -> "ab"), with the line it starts on.
QList<std::pair<int, QString>> translatedStrings(const QString &source)
{
    static const QRegularExpression call(u"\\b(?:tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\\s*\\("_s);
    static const QRegularExpression literal(u"\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(,)?"_s);
    QList<std::pair<int, QString>> found;
    for (auto it = call.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype pos = m.capturedEnd();
        QString text;
        bool context = m.captured().startsWith(u"translate") || m.captured().startsWith(u"QT_TRANSLATE_NOOP");
        const auto next = [&] {
            return literal.match(source, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        };
        for (QRegularExpressionMatch lit = next(); lit.hasMatch(); lit = next()) {
            pos = lit.capturedEnd();
            if (context) { // the first literal is the context, not the text
                context = false;
                continue;
            }
            text += lit.captured(1);
            if (!lit.captured(2).isEmpty())
                break;
        }
        if (!text.isEmpty())
            found.append({int(source.left(m.capturedStart()).count(u'\n')) + 1, text});
    }
    return found;
}

/// dism.exe switches (/Remount-Image, /ScratchDir:) and PowerShell parameters (-PackagePath,
/// -Discard) as they would appear in advice; paths ("Windows/System32", "a/b") do not match.
const QRegularExpression &switchSpelling()
{
    static const QRegularExpression re(u"(?<![\\w./%<])/[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)*\\b|(?<![\\w-])-[A-Z][a-z]+(?:[A-Z][a-z]+)+\\b"
                                       "|(?<![\\w-])-(?:Discard|Save|Commit|Append|Index|Name|Path|Remount|Mounted|ReadOnly|All)\\b"_s);
    return re;
}

} // namespace

class TestRemedy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifiersAreStableAndUnique()
    {
        const QList<Remedy::Kind> kinds = Remedy::allKinds();
        QVERIFY(!kinds.contains(Remedy::Kind::None));
        QSet<QString> ids;
        static const QRegularExpression kebab(u"^[a-z]+(-[a-z]+)*$"_s);
        for (const Remedy::Kind kind : kinds) {
            const QString id = Remedy::id(kind);
            QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
        }
        // Scripts may match on these, as on error codes.
        QCOMPARE(Remedy::id(Remedy::Kind::RemountImage), u"remount-image"_s);
        QCOMPARE(Remedy::id(Remedy::Kind::AddDependencyPackage), u"add-dependency-package"_s);
        QCOMPARE(Remedy::id(Remedy::Kind::ChooseScratchDir), u"choose-scratch-dir"_s);
        QCOMPARE(Remedy::id(Remedy::Kind::None), QString());
    }

    void fill_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << u"Remount %1."_s << QStringList{u"/mnt/a"_s} << u"Remount /mnt/a."_s;
        QTest::newRow("twice") << u"%1 and %1"_s << QStringList{u"x"_s} << u"x and x"_s;
        QTest::newRow("order") << u"%2 before %1"_s << QStringList{u"a"_s, u"b"_s} << u"b before a"_s;
        QTest::newRow("percent in argument") << u"%1 then %2"_s << QStringList{u"50%2"_s, u"z"_s} << u"50%2 then z"_s;
        QTest::newRow("missing argument") << u"[%2]"_s << QStringList{u"a"_s} << u"[]"_s;
        QTest::newRow("literal percent") << u"100% sure %"_s << QStringList{} << u"100% sure %"_s;
    }

    void fill()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QCOMPARE((Remedy{Remedy::Kind::ChooseImage, args}.fill(sentence)), expected);
    }

    void withRemedyKeepsTheRest()
    {
        const Error plain = Error::make(u"mount.not-served"_s, u"Not served."_s, u"helper gone"_s);
        QVERIFY(plain.remedy.isNone());
        const Error e = plain.withRemedy(Remedy::Kind::RemountImage, {u"/mnt/a"_s});
        QCOMPARE(e.code, plain.code);
        QCOMPARE(e.message, plain.message);
        QCOMPARE(e.detail, plain.detail);
        QCOMPARE(e.remedy.kind, Remedy::Kind::RemountImage);
        QCOMPARE(e.remedy.args, QStringList{u"/mnt/a"_s});
        QCOMPARE(e.oneLine(), u"Not served. (helper gone)"_s);
    }

    void switchPatternRecognisesAdvice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isAdvice");
        QTest::newRow("dism command") << u"Run /Remount-Image /MountDir:%1."_s << true;
        QTest::newRow("dism switch") << u"Choose another one with /ScratchDir."_s << true;
        QTest::newRow("cmdlet parameter") << u"Use -DependencyPackagePath."_s << true;
        QTest::newRow("cmdlet switch") << u"Use /Discard (-Discard)."_s << true;
        QTest::newRow("image path") << u"has no Windows/System32 folder"_s << false;
        QTest::newRow("xml element") << u"(<Framework>true</Framework>)"_s << false;
        QTest::newRow("hyphenated word") << u"line-of-business, x86-based"_s << false;
        QTest::newRow("placeholder path") << u"%1/AppxManifest.xml"_s << false;
    }

    void switchPatternRecognisesAdvice()
    {
        QFETCH(QString, text);
        QFETCH(bool, isAdvice);
        QCOMPARE(switchSpelling().match(text).hasMatch(), isAdvice);
    }

    void engineMessagesNameNoSwitch()
    {
        const QString source = qEnvironmentVariable("WIMBENCH_SOURCE_DIR");
        if (source.isEmpty())
            QSKIP("WIMBENCH_SOURCE_DIR is not set (run through ctest)");
        QStringList offenders;
        int scanned = 0;
        QDirIterator it(source + u"/engine"_s, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const auto &[line, text] : translatedStrings(QString::fromUtf8(file.readAll()))) {
                ++scanned;
                if (switchSpelling().match(text).hasMatch())
                    offenders << u"%1:%2: %3"_s.arg(file.fileName()).arg(line).arg(text);
            }
        }
        QVERIFY2(scanned > 300, qPrintable(u"only %1 translated strings found: is the scanner broken?"_s.arg(scanned)));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRemedy)
#include "tst_remedy.moc"
