#!/bin/sh
# SPDX-FileCopyrightText: 2026 WimBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the window screenshots in this folder from a build tree (default: ./build), using the
# GUI's own --screenshot mode under Xvfb with a fresh settings folder (so the sample image opens),
# every view and dialog in a 1,024 px window, in English and in Simplified Chinese.
#   docs/screenshots/make-screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shot() {
    out=$1; shift
    HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" \
        xvfb-run -a -s "-screen 0 1024x768x24" "$build/bin/wimbench" --screenshot "$out" --delay 4000 --width 1024 \
        --expand /Windows --expand /Windows/System32 "$@"
    rm -rf "$tmp/config"
}
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
for lang in en zh_CN; do
    suffix=$([ "$lang" = en ] && echo "" || echo "-$lang")
    shot "$here/mainwindow$suffix.png" --lang "$lang" --select-index $([ "$lang" = en ] && echo 1 || echo 2)
    shot "$here/tab-mounts$suffix.png" --lang "$lang" --tab 1
    shot "$here/tab-provisioned-apps$suffix.png" --lang "$lang" --tab 2
    shot "$here/tab-log$suffix.png" --lang "$lang" --tab 3
    shot "$here/tab-inventory$suffix.png" --lang "$lang" --tab 4 --select-index 1
    for dialog in apply capture export split mount preferences; do
        shot "$here/$dialog-dialog$suffix.png" --lang "$lang" --dialog "$dialog"
    done
done
echo "wrote $(ls "$here"/*.png | wc -l) pictures into $here"
