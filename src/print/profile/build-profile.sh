#!/bin/sh
# Regenerates the CMYK print profile and the table the tests check our conversion against.
# Needs ArgyllCMS and the FOGRA39 characterisation data (Debian: apt-get install argyll
# icc-profiles-free). The build and CI do not: the profile and the table are committed.
#
#   sh src/print/profile/build-profile.sh      (from the package root)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
data=${FOGRA39_TI3:-/usr/share/color/icc/FOGRA39L.ti3}
srgb="$root/node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# FOGRA39 (ISO 12647-2:2004/Amd 1, coated paper), with a total ink limit of 300 % so every
# conversion stays within what a sheet-fed press on coated stock takes. -qm: medium-sized
# tables (about 120 KB); -nc: the measurements are not copied into the profile.
cp "$data" "$work/fogra39.ti3"
(cd "$work" && colprof -v0 -qm -nc -l300 \
  -D "factsheet FOGRA39 coated, 300% TAC" \
  -C "Built with ArgyllCMS colprof from FOGRA39L.ti3 (zlib licence, see the README). No restrictions." \
  fogra39) >/dev/null
cp "$work/fogra39.icc" "$here/fogra39-tac300.icc"

# The expected values: each colour through Argyll's sRGB → Lab (forward, relative) and Lab →
# CMYK (the profile's BToA1), and K alone → L* (the profile's AToB1) for the K-only greys.
expected="$root/tests/print/argyll-expected.tsv"
colours="#0b4f71 #e3a320 #c5d3da #e9f1f5 #eef3f6 #d9534f #2a9d8f #7b3fa0 #ffcc00 #00a0e0 #ff0000 #00ff00
  #0000ff #f4a6b8 #8a6d3b"
printf 'hex\tL\ta\tb\tC\tM\tY\tK\n' >"$expected"
for hex in $colours; do
  channel() { echo "$(printf '%d' "0x$(echo "$hex" | cut -c"$1")") / 255" | bc -l; }
  rgb="$(channel 2-3) $(channel 4-5) $(channel 6-7)"
  lab=$(echo "$rgb" | xicclu -v0 -ff -ir -pl "$srgb")
  cmyk=$(echo "$lab" | xicclu -v0 -fb -ir -pl "$here/fogra39-tac300.icc")
  echo "$hex $lab $cmyk" | awk '{ printf "%s\t%.3f\t%.3f\t%.3f\t%.2f\t%.2f\t%.2f\t%.2f\n",
    $1, $2, $3, $4, $5*100, $6*100, $7*100, $8*100 }' >>"$expected"
done
ramp="$root/tests/print/argyll-black-ramp.tsv"
printf 'K\tL\n' >"$ramp"
for k in 0 10 20 30 40 50 60 70 80 90 100; do
  l=$(echo "0 0 0 $(echo "$k / 100" | bc -l)" | xicclu -v0 -ff -ir -pl "$here/fogra39-tac300.icc" |
    awk '{ print $1 }')
  printf '%s\t%.3f\n' "$k" "$l" >>"$ramp"
done
