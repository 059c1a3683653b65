#!/usr/bin/env bash
# Adds up the <Counters> of every .trx file under $1 and prints "N passed, N failed[, N skipped]".
# Errors, time-outs and aborted tests count as failed.
set -euo pipefail
passed=0 failed=0 skipped=0
counter() { grep -o "<Counters [^>]*" "$2" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
while IFS= read -r -d '' trx; do
  passed=$((passed + $(counter passed "$trx")))
  failed=$((failed + $(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx")))
  skipped=$((skipped + $(counter notExecuted "$trx")))
done < <(find "$1" -name '*.trx' -print0 2>/dev/null)
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
