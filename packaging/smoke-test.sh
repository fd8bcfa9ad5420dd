#!/usr/bin/env bash
# Smoke test of the installable application (Linux): builds the app-image (and the .deb with --deb), checks what is
# inside, runs the bundled command line on the bundled samples, starts the window under Xvfb from a folder without
# samples, waits until it shows the sample story compared, measures launch-to-window time and takes a screenshot.
#
#   packaging/smoke-test.sh [--no-build] [--deb] [--runs N] [--shot FILE]
#
# --no-build   test the app-image already in target/dist/Wirecheck
# --deb        also build the .deb and check its control data, desktop entry, file type and /usr/bin link scripts
# --runs N     launches to time (default 3; the figure is their median)
# --shot FILE  screenshot of the last launch (default docs/screenshots/packaged-app.png)
# Needs: JDK 17+ with jpackage, Maven, Xvfb, xdotool, imagemagick (import), python3; for --deb also fakeroot, dpkg-dev.
# Exit status 0 when every check passed; each failed check is printed with "FAIL".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image="$root/target/dist/Wirecheck"
build=1 deb=0 runs=3 shot="$root/docs/screenshots/packaged-app.png"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --deb) deb=1 ;;
    --runs) runs="$2"; shift ;;
    --shot) shot="$2"; shift ;;
    *) echo "usage: $0 [--no-build] [--deb] [--runs N] [--shot FILE]" >&2; exit 2 ;;
  esac
  shift
done
for tool in Xvfb xdotool import python3; do
  command -v "$tool" >/dev/null || { echo "smoke-test: $tool missing (apt-get install xvfb xdotool imagemagick python3)" >&2; exit 2; }
done

failures=0
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

tmp="$(mktemp -d)"
app= xvfb=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

if [ "$build" = 1 ]; then
  installer=none
  [ "$deb" = 1 ] && installer=auto
  echo "smoke-test: building (mvn -Pdist, installer $installer)"
  (cd "$root" && mvn -B -q -Pdist -DskipTests -Ddist.installer="$installer" package) > "$tmp/build.log" 2>&1 \
    || { tail -40 "$tmp/build.log"; echo "smoke-test: the build failed" >&2; exit 1; }
fi
[ -x "$image/bin/Wirecheck" ] || { echo "smoke-test: no app-image in $image" >&2; exit 1; }

# ---- what the image holds
samples=("$image"/lib/app/samples/*)
check "launchers bin/Wirecheck and bin/wirecheck" test -x "$image/bin/Wirecheck" -a -x "$image/bin/wirecheck"
check "bundled samples (${#samples[@]} files)" test "${#samples[@]}" -ge 2
check "icon lib/Wirecheck.png" test -s "$image/lib/Wirecheck.png"
check "runtime with JavaFX and the extra charsets" \
  grep -q 'javafx.controls.*jdk.charsets\|jdk.charsets.*javafx.controls' "$image/lib/runtime/release"
bytes=$(du -sb "$image" | cut -f1)
mib=$(python3 -c "print(f'{$bytes / 1048576:.1f}')")
check "app-image size $mib MiB ($bytes bytes) under 90 MiB" test "$bytes" -lt $((90 * 1048576))

# ---- the command line inside the image
version=$("$image/bin/wirecheck" --version 2>&1 || true)
check "bin/wirecheck --version: $version" grep -q '^wirecheck [0-9]' <<<"$version"
if "$image/bin/wirecheck" compare "${samples[@]}" --format json --out "$tmp/report.json" > "$tmp/cli.out" 2>&1; then
  found=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['discrepancies']))" "$tmp/report.json")
  check "bin/wirecheck compare on the samples: $found discrepancies" test "$found" -gt 0
else
  cat "$tmp/cli.out"; fail "bin/wirecheck compare on the samples"
fi

# ---- the window, from a folder without samples/, with its own home (settings, recovery journal)
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 & xvfb=$!
export DISPLAY="$display"
sleep 1
mkdir -p "$tmp/home" "$tmp/work"
times=()
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  (cd "$tmp/work" && JAVA_TOOL_OPTIONS="-Duser.home=$tmp/home -Dwirecheck.timing=true" \
     exec "$image/bin/Wirecheck") > "$tmp/app.log" 2>&1 & app=$!
  shown=0
  for _ in $(seq 1 1500); do  # 30 s
    if xdotool search --onlyvisible --name '^Wirecheck' > /dev/null 2>&1; then shown=1; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.02
  done
  ms=$((($(date +%s%N) - start) / 1000000))
  if [ "$shown" = 0 ]; then
    cat "$tmp/app.log"; fail "run $run: no window"; app=; break
  fi
  times+=("$ms")
  for _ in $(seq 1 300); do grep -q "window shows" "$tmp/app.log" && break; sleep 0.1; done
  line=$(grep -o "window shows.*" "$tmp/app.log" || true)
  check "run $run: window after $ms ms; $line" grep -q "window shows ${#samples[@]} compared copies" <<<"$line"
  if [ "$run" = "$runs" ]; then
    sleep 1
    mkdir -p "$(dirname "$shot")"
    import -window root "$shot" && ok "screenshot $shot"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true; app=
done
if [ "${#times[@]}" -gt 0 ]; then
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')
  check "launch to window: median $median ms of ${times[*]} ms, under 2000 ms" test "$median" -lt 2000
fi

# ---- the .deb
if [ "$deb" = 1 ]; then
  debfile=$(ls "$root"/target/dist/*.deb 2>/dev/null | head -1)
  if [ -z "$debfile" ]; then
    fail "no .deb in target/dist"
  else
    dpkg-deb -c "$debfile" > "$tmp/deb.list"
    dpkg-deb -e "$debfile" "$tmp/control"
    dpkg-deb --fsys-tarfile "$debfile" | tar -x -C "$tmp" ./opt/wirecheck/lib/wirecheck-Wirecheck.desktop \
      ./opt/wirecheck/lib/wirecheck-Wirecheck-MimeInfo.xml 2>/dev/null || true
    check "$(basename "$debfile") $(($(stat -c %s "$debfile") / 1048576)) MiB, package wirecheck" \
      grep -q '^Package: wirecheck$' "$tmp/control/control"
    check ".deb depends on GTK 3" grep -q 'libgtk-3-0' "$tmp/control/control"
    check ".deb holds both launchers" grep -q './opt/wirecheck/bin/wirecheck$' "$tmp/deb.list"
    check ".deb desktop entry in Office" grep -q '^Categories=Office;' "$tmp/opt/wirecheck/lib/wirecheck-Wirecheck.desktop"
    check ".deb desktop entry opens review files" grep -q '^MimeType=application/x-wirecheck-review;' \
      "$tmp/opt/wirecheck/lib/wirecheck-Wirecheck.desktop"
    check ".deb registers the .wirecheck type" grep -q 'pattern="\*.wirecheck"' \
      "$tmp/opt/wirecheck/lib/wirecheck-Wirecheck-MimeInfo.xml"
    check ".deb installs the desktop entry and type" grep -q 'xdg-mime install' "$tmp/control/postinst"
    check ".deb links /usr/bin/wirecheck" grep -q '^launcher=/opt/wirecheck/bin/wirecheck$' "$tmp/control/postinst"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke-test: $failures check(s) failed"
  exit 1
fi
echo "smoke-test: all checks passed"
