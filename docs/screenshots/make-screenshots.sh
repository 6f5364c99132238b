#!/bin/sh
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the window screenshots in this folder from a build tree (default: ./build) under Xvfb:
# wimbench-screenshots (tests/support/tools/screenshots.cpp) pictures every view and dialog of the
# real window on the sample image in a 1,024 px window, in English and in Simplified Chinese; the
# GUI tests add the states they set up (an export running, a read-write mount, real logs).
#   docs/screenshots/make-screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Views as the GUI tests leave them (export running / appending, the Mounts tab with a read-write
# mount): the tests save a picture when WIMBENCH_SCREENSHOT_DIR is set.
WIMBENCH_SCREENSHOT_DIR="$here" ctest --test-dir "$build" -R 'ui/tst_(exportdialog|mountsview)$' >/dev/null
# The Log tab with real logs in a 1,024 px window, English and Chinese (issue 19 defect 5).
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" WIMBENCH_SCREENSHOT_DIR="$here" xvfb-run -a -s '-screen 0 1024x768x24' "$build/tests/ui_tst_mainwindow" \
    -platform xcb logTabKeepsTheWindowAndPanelWidths >/dev/null
# The provisioning wizard's review with the AppxAllUserStore keys it will write, and the Provisioned
# apps view with its Registry column (issue 14), 1,024 px, English and Chinese, under Xvfb.
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" WIMBENCH_SCREENSHOT_DIR="$here" xvfb-run -a -s '-screen 0 1024x768x24' "$build/tests/ui_tst_provisionwizard" \
    -platform xcb registryInReviewAndView >/dev/null
rm -f "$here/export-dialog.png"
# Every tab and dialog of the window, after the tests' pictures (tst_exportdialog also writes export-dialog.png).
HOME="$tmp" xvfb-run -a -s "-screen 0 1024x768x24" "$build/tools/wimbench-screenshots" "$here" --lang en,zh_CN --width 1024
echo "wrote $(ls "$here"/*.png | wc -l) pictures into $here"
