// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionText: a decision kept as a code with arguments, rendered in the user's language only
// when shown; its JSON (what the sidecar in the image holds) round-trips, nested parts included.
#include "provision/DecisionText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

class TestDecisionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendering_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("english");
        QTest::newRow("plain arguments") << uR"({"code":"arch.applies","args":["x64","x64"]})"_s << u"architecture x64 applies to this x64 image"_s;
        QTest::newRow("nested part") << uR"({"code":"app.best","args":["x64","x64",{"code":"rank.native"}]})"_s
                                     << u"application package for x64, the best of the bundle for this x64 image (native)"_s;
        QTest::newRow("two levels") << uR"({"code":"main.package","args":[{"code":"arch.x64-on-old-arm64","args":[{"code":"build.unknown"}]}]})"_s
                                    << u"main package: architecture x64 does not apply to this arm64 image: x64 apps run on arm64 only from build "
                                       "22000 (Windows 11) on, and the build of this image is unknown"_s;
        QTest::newRow("argument holding a marker") << uR"({"code":"remove.kept-needed","args":["%1 %2"]})"_s
                                                   << u"dependency kept: another provisioned app depends on %1 %2"_s;
        QTest::newRow("unknown code (a newer WimBench)") << uR"({"code":"future.rule","args":["a","b"]})"_s << u"future.rule(a, b)"_s;
    }

    void rendering()
    {
        QFETCH(QString, json);
        QFETCH(QString, english);
        const DecisionText t = DecisionText::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(t.toString(), english);
        QCOMPARE(t.toEnglish(), english);
        QCOMPARE(t.toJson().toObject(), QJsonDocument::fromJson(json.toUtf8()).object()); // round trip
    }

    void everyCodeHasASentence()
    {
        // Each code renders to its own sentence: no "code(...)" fallback, no placeholder left over when
        // given five arguments (the most any sentence takes).
        static const QRegularExpression leftover(u"%[1-9]"_s);
        for (const QString &code : DecisionText::knownCodes()) {
            const QByteArray latin = code.toLatin1();
            const DecisionText t(latin.constData(), {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s});
            QVERIFY2(!t.toString().startsWith(code + u'('), qPrintable(code));
            QVERIFY2(!leftover.match(t.toString()).hasMatch(), qPrintable(code + u": "_s + t.toString()));
        }
        QCOMPARE(DecisionText::knownCodes().removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDecisionText)
#include "tst_decisiontext.moc"
