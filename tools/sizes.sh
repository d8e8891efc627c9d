#!/usr/bin/env bash
# Prints the raw and gzip (-9) size of every file in a Trunk dist/ folder, as a Markdown table.
set -euo pipefail
dir=${1:-dist}
[ -d "$dir" ] || { echo "no $dir/: run \`make build\` first" >&2; exit 1; }
printf '| file | raw bytes | gzip bytes |\n| --- | ---: | ---: |\n'
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  name=${f#"$dir"/}
  printf '| %s | %d | %d |\n' "$(echo "$name" | sed -E 's/-[0-9a-f]{16}//')" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '| **total** | **%d** | **%d** |\n' "$total_raw" "$total_gz"
