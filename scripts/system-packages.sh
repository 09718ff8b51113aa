#!/usr/bin/env bash
# Before `npm run demo` and `npm test`: Debian's Chromium (browser tests and the pack PDFs; never a
# downloaded browser) and Noto fonts with Arabic and Cyrillic glyphs (PDFs and images). As root
# (a container, CI) they are installed here; anyone else gets the one command to run, before
# anything else happens.
set -euo pipefail

packages=(chromium fonts-noto-core)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Er ontbreken systeempakketten (${missing[*]}). Voer eerst uit:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "Er ontbreken systeempakketten (${missing[*]}) en apt-get is er niet; installeer Chromium en Noto-lettertypen met Arabisch zelf." >&2
  exit 1
fi
echo "Systeempakketten installeren (${missing[*]}), eenmalig, een paar minuten…"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
