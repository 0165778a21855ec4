#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# The packaging test (ctest label "packaging"): builds the .deb from a built tree, checks its
# control fields, desktop file and AppStream metainfo, builds the .tar.gz and runs the CLI from where
# it was unpacked, then (as root only) installs the .deb, runs the installed programs and removes it
# again. Exit code 77 means skipped.
#
# Usage: test-package.sh BUILD_DIR VERSION APP_ID SCREENSHOT_DIR MEDIA_BASE_URL WIDTHxHEIGHT
set -euo pipefail

build_dir=$1
version=$2
app_id=$3
screenshot_dir=$4
media_base_url=$5
screenshot_size=$6

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file flock; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done

work=$(mktemp -d -t express-admin-package.XXXXXX)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q express-admin >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. Build the package into a scratch directory (the build tree is left as it was).
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$work"/express-admin_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one express-admin_*.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
echo "built $(basename "$deb")"

# 2. Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = express-admin ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends=$(field Depends)
echo "Depends: $depends"
for needed in libqt6svg6 libqt6keychain1 libqt6widgets6 libqt6network6; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done

# 3. What the package holds: programs, desktop file, metainfo, icons, licence.
contents=$(dpkg-deb --contents "$deb")
for path in usr/bin/express-admin usr/bin/express-admin-cli usr/bin/express-sandbox \
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" "usr/share/icons/hicolor/128x128/apps/$app_id.png" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" usr/share/doc/express-admin/LICENSE; do
    grep -q "\./$path\$" <<<"$contents" || fail "the package lacks /$path"
done

dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
metainfo="$work/root/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
homepage=$(field Homepage)
[[ $homepage == https://* ]] || fail "Homepage is '$homepage', expected an https address"
grep -qF "<url type=\"homepage\">$homepage</url>" "$metainfo" || fail "the metainfo's homepage is not $homepage"

# The metainfo's screenshots: a default one, each image published from docs/screenshots/ under the
# media address, and the committed PNG there has the size the metainfo states.
grep -q '<screenshot type="default">' "$metainfo" || fail "the metainfo has no default screenshot"
mapfile -t images < <(grep -o '<image [^>]*>[^<]*</image>' "$metainfo")
[ ${#images[@]} -ge 1 ] || fail "the metainfo's screenshots have no image"
width=${screenshot_size%x*}
height=${screenshot_size#*x}
for image in "${images[@]}"; do
    url=$(sed -E 's|<image [^>]*>([^<]*)</image>|\1|' <<<"$image")
    [[ $url == "$media_base_url"/*.png ]] || fail "screenshot $url is not a PNG under $media_base_url"
    grep -q "width=\"$width\" height=\"$height\"" <<<"$image" || fail "screenshot $url does not state ${width}x$height"
    png="$screenshot_dir/${url##*/}"
    [ -f "$png" ] || fail "screenshot $url has no $png to publish"
    file "$png" | grep -q "PNG image data, $width x $height," ||
        fail "$png is $(file -b "$png"), the metainfo says ${width}x$height (scripts/screenshot.sh grabs them)"
done
echo "metainfo: ${#images[@]} screenshot images, each in docs/screenshots at ${width}x$height"

# 4. The .tar.gz: the same tree under one top directory, runnable where it is unpacked (the CLI finds
#    the express-sandbox beside it).
if ! cpack --config "$build_dir/CPackConfig.cmake" -G TGZ -B "$work/tgz" >"$work/cpack-tgz.log" 2>&1; then
    cat "$work/cpack-tgz.log" >&2
    fail "cpack -G TGZ failed"
fi
tarballs=("$work"/tgz/express-admin-"$version"-*.tar.gz)
[ ${#tarballs[@]} -eq 1 ] || fail "expected one express-admin-$version-*.tar.gz, found: ${tarballs[*]:-none}"
tarball=${tarballs[0]}
top=$(basename "$tarball" .tar.gz)
tar_contents=$(tar -tzf "$tarball")
for path in bin/express-admin bin/express-admin-cli bin/express-sandbox \
    "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
    "share/icons/hicolor/scalable/apps/$app_id.svg" share/doc/express-admin/LICENSE; do
    grep -qx "$top/$path" <<<"$tar_contents" || fail "$(basename "$tarball") lacks $top/$path"
done
mkdir "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
unpacked="$work/unpacked/$top/bin"
[ "$("$unpacked/express-admin-cli" --version)" = "express-admin-cli $version" ] ||
    fail "the unpacked express-admin-cli --version says '$("$unpacked/express-admin-cli" --version)'"
tgz_list=$(cd "$work" && timeout 60 "$unpacked/express-admin-cli" --sandbox list --limit 1 2>"$work/tgz-cli.log") ||
    fail "the unpacked express-admin-cli --sandbox list: $(cat "$work/tgz-cli.log")"
grep -q 'cus_' <<<"$tgz_list" || fail "the unpacked express-admin-cli --sandbox list printed no customer: $tgz_list"
echo "built $(basename "$tarball"): unpacked, its CLI ran against its own sandbox"

# 5. Install, run, remove: root only (CI runs as root).
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing the package needs root; the package itself was built and checked"
    exit 77
fi
# One package installation at a time on this machine, whichever build tree it comes from.
exec 9>/tmp/express-admin-package-test.lock
flock -w 120 9 || fail "another packaging test held the lock for 2 minutes"

export DEBIAN_FRONTEND=noninteractive
installed=1
if ! apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=60 "$deb" >"$work/apt.log" 2>&1; then
    cat "$work/apt.log" >&2
    fail "apt-get install $deb"
fi

[ "$(/usr/bin/express-admin --version)" = "express-admin $version" ] ||
    fail "express-admin --version says '$(/usr/bin/express-admin --version)'"
[ "$(/usr/bin/express-admin-cli --version)" = "express-admin-cli $version" ] ||
    fail "express-admin-cli --version says '$(/usr/bin/express-admin-cli --version)'"

# The CLI starts the installed express-sandbox beside it.
list=$(cd "$work" && timeout 60 /usr/bin/express-admin-cli --sandbox list --limit 3 2>"$work/cli.log") ||
    fail "express-admin-cli --sandbox list"
grep -q 'cus_' <<<"$list" || fail "express-admin-cli --sandbox list printed no customer: $list"

# The installed GUI, offscreen, until its first window shows; its settings stay in the scratch directory.
if ! (cd "$work" && HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen \
    timeout 60 /usr/bin/express-admin --sandbox --quit-after-first-show --settings "$work/settings.ini") \
    >"$work/gui.log" 2>&1; then
    cat "$work/gui.log" >&2
    fail "the installed express-admin did not show its window"
fi

if ! apt-get remove -y -q -o DPkg::Lock::Timeout=60 express-admin >"$work/apt.log" 2>&1; then
    cat "$work/apt.log" >&2
    fail "apt-get remove express-admin"
fi
installed=0
for program in express-admin express-admin-cli express-sandbox; do
    [ ! -e "/usr/bin/$program" ] || fail "/usr/bin/$program is still there after apt-get remove"
done
echo "PASS: built, checked, installed, ran and removed $(basename "$deb")"
