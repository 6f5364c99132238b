// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fragments that the engine puts into translated titles and messages go through the translator
// too (a Chinese window shows no English "index 3" or "ZIP file records" in them), while the
// English forms for parameters and the servicing log stay English. A translator that wraps every
// text it is asked for in «» shows which parts were translated.
#include "appx/AppxSignature.h"
#include "inventory/InventoryRoot.h"
#include "ops/GetDriversOperation.h"
#include "ops/GetEditionOperation.h"
#include "ops/ImageSelector.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

InventorySource wimSource(std::optional<int> index, const QString &name = {})
{
    InventorySource source;
    source.wimFile = u"/images/install.wim"_s;
    source.index = index;
    source.name = name;
    return source;
}

} // namespace

class TestTranslatedFragments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_translator)); }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void fragments_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("inventory source, index")      << wimSource(3).displayText()                 << u"«/images/install.wim, index 3»"_s;
        QTest::newRow("inventory source, name")       << wimSource({}, u"Pro"_s).displayText()      << u"«/images/install.wim, name \"Pro\"»"_s;
        QTest::newRow("inventory source, only image") << wimSource({}).displayText()                << u"/images/install.wim"_s;
        QTest::newRow("inventory source, for the log") << wimSource(3).describe()                   << u"/images/install.wim, index 3"_s;
        QTest::newRow("edition title")                << GetEditionOperation(wimSource(3)).description()
                                                      << u"«Read the edition of «/images/install.wim, index 3»»"_s;
        QTest::newRow("drivers title")                << GetDriversOperation(wimSource(2), false).description()
                                                      << u"«List the drivers of «/images/install.wim, index 2»»"_s;
        QTest::newRow("image selector")               << ImageSelector{3, {}}.displayText()        << u"«index 3»"_s;
        QTest::newRow("image selector, for the log")  << ImageSelector{3, {}}.describe()           << u"index 3"_s;
        QTest::newRow("signed part, file records")    << signedPartName(SignedPart::FileRecords)      << u"«ZIP file records»"_s;
        QTest::newRow("signed part, central dir")     << signedPartName(SignedPart::CentralDirectory) << u"«ZIP central directory»"_s;
        QTest::newRow("signed part, a file name")     << signedPartName(SignedPart::BlockMap)         << u"AppxBlockMap.xml"_s;
        // clang-format on
    }
    void fragments()
    {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        QCOMPARE(shown, expected);
    }

private:
    MarkingTranslator m_translator;
};

QTEST_GUILESS_MAIN(TestTranslatedFragments)
#include "tst_translatedfragments.moc"
