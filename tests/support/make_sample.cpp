// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generates the bundled sample image (SampleImage.h): a small Windows-like tree captured into a
// WIM with two indexes.
#include "SampleImage.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().size() != 2) {
        err << "usage: wimbench-make-sample <output.wim>\n";
        return 2;
    }
    const wb::Status st = wb::test::writeSampleImage(app.arguments().at(1));
    if (!st.ok()) {
        err << st.error().oneLine() << '\n';
        return 1;
    }
    return 0;
}
