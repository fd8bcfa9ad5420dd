#!/usr/bin/env bash
# Generates the application icons from assets/wirecheck.svg:
#   assets/icons/wirecheck-{16,32,48,64,128,256,512}.png   Linux launcher and .deb, file type icon
#   assets/icons/wirecheck.ico                               Windows (.msi, launcher), PNG-compressed entries
#   assets/icons/wirecheck.icns                              macOS (.dmg, app bundle)
#   src/main/resources/org/wirecheck/ui/icons/*.png          the window's icon (16 to 256), read from the class path
# The results are committed, so a build never needs these tools. Needs rsvg-convert (Debian: librsvg2-bin) and
# python3. Run from anywhere: assets/make-icons.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$root/assets/wirecheck.svg"
out="$root/assets/icons"
res="$root/src/main/resources/org/wirecheck/ui/icons"
command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "make-icons: python3 missing" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out" "$res"
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$svg" --output "$tmp/$s.png"
done
for s in 16 32 48 64 128 256 512; do
  cp "$tmp/$s.png" "$out/wirecheck-$s.png"
done
for s in 16 32 48 64 128 256; do
  cp "$tmp/$s.png" "$res/wirecheck-$s.png"
done

python3 - "$tmp" "$out" <<'PY'
import struct, sys, pathlib
tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
png = lambda s: (tmp / f"{s}.png").read_bytes()

# Windows .ico: a directory of PNG images (Windows Vista and later, WiX and jpackage accept it)
sizes = [16, 32, 48, 64, 128, 256]
header = struct.pack("<HHH", 0, 1, len(sizes))
entries, data, offset = b"", b"", 6 + 16 * len(sizes)
for s in sizes:
    d = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset)
    data += d
    offset += len(d)
(out / "wirecheck.ico").write_bytes(header + entries + data)

# macOS .icns: PNG entries by OSType (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512,
# ic11 16@2x, ic12 32@2x, ic13 128@2x, ic14 256@2x, ic10 512@2x)
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
(out / "wirecheck.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "make-icons: wrote $(ls "$out" | wc -l) files in assets/icons and $(ls "$res" | wc -l) in ${res#"$root"/}"
