#!/bin/sh
# Regenerates the window screenshots in this folder from a build tree (default: ./build), using the
# GUI's own --screenshot mode under Xvfb with a fresh settings folder (so the sample image opens).
#   docs/screenshots/make-screenshots.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shot() {
    out=$1; shift
    XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" \
        xvfb-run -a -s "-screen 0 1400x900x24" "$build/bin/wimbench" --screenshot "$out" --delay 4000 \
        --expand /Windows --expand /Windows/System32 "$@"
    rm -rf "$tmp/config"
}
shot "$here/mainwindow.png"
shot "$here/mainwindow-zh_CN.png" --lang zh_CN --select-index 2
# Dialogs and views as the GUI tests leave them (export running / appending, the Mounts tab with a
# read-write mount): the tests save a picture when WIMBENCH_SCREENSHOT_DIR is set.
WIMBENCH_SCREENSHOT_DIR="$here" ctest --test-dir "$build" -R 'ui/tst_(exportdialog|mountsview)$' >/dev/null
# The Log tab in a 1,024 px window, English and Chinese (issue 19 defect 5), under Xvfb.
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" WIMBENCH_SCREENSHOT_DIR="$here" xvfb-run -a -s '-screen 0 1024x768x24' "$build/tests/ui_tst_mainwindow" \
    -platform xcb logTabKeepsTheWindowAndPanelWidths >/dev/null
# The provisioning wizard's review with the AppxAllUserStore keys it will write, and the Provisioned
# apps view with its Registry column (issue 14), 1,024 px, English and Chinese, under Xvfb.
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_STATE_HOME="$tmp/state" WIMBENCH_SCREENSHOT_DIR="$here" xvfb-run -a -s '-screen 0 1024x768x24' "$build/tests/ui_tst_provisionwizard" \
    -platform xcb registryInReviewAndView >/dev/null
rm -f "$here/export-dialog.png"
shot "$here/apply-dialog.png" --dialog apply
shot "$here/capture-dialog.png" --dialog capture
echo "wrote $here/mainwindow.png, mainwindow-zh_CN.png, export-dialog-*.png, mountsview.png, logview*.png, provision-review-registry*.png, provisionedapps-registry*.png, apply-dialog.png and capture-dialog.png"
