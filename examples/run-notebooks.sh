#!/usr/bin/env bash
# Runs every notebook examples/notebooks/*.jsh (imports.jsh, jshell.sh's startup, excepted) with
# JShell from the repository root, without interaction, and checks what it prints against
# examples/notebooks/expected/<name>.txt.
#
# An expected file lists key lines, one per line; blank lines and lines starting with '#' are
# ignored. Each key line must appear within some line of the notebook's standard output, runs of
# spaces and tabs counting as one space on both sides: column widths may change, values may not.
# A notebook also fails if JShell reports an error or an exception (its standard error), if it
# prints nothing, if it has no expected file, or if it runs longer than NOTEBOOK_TIMEOUT seconds
# (default 300).
#
# Usage: examples/run-notebooks.sh [NAME...]    e.g. examples/run-notebooks.sh who-sells-what
# Needs examples/target/entente.jar (mvn -q -pl examples -am package). Prints PASS or FAIL per
# notebook, with what was missing on failure, then "N passed, M failed" as its last line; exits 0 if
# every notebook passed, 1 otherwise.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root" || exit 1
notebooks=examples/notebooks
timeout_seconds=${NOTEBOOK_TIMEOUT:-300}

if (($# > 0)); then
  names=("$@")
else
  names=()
  for file in "$notebooks"/*.jsh; do
    name=$(basename "$file" .jsh)
    [[ $name == imports ]] || names+=("$name")
  done
fi

# Same encoding flags as jshell.sh: accents must print as themselves whatever the locale.
options=()
for side in -J -R; do
  options+=("$side-Dfile.encoding=UTF-8" "$side-Dsun.stdout.encoding=UTF-8"
            "$side-Dsun.stderr.encoding=UTF-8")
done

squeeze() { sed -E 's/[[:space:]]+/ /g; s/^ //; s/ $//'; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
if [[ ! -f examples/target/entente.jar ]]; then
  echo "run-notebooks.sh: examples/target/entente.jar is missing; build it with" \
    "mvn -q -pl examples -am package" >&2
  echo "0 passed, ${#names[@]} failed"
  exit 1
fi

for name in "${names[@]}"; do
  notebook=$notebooks/$name.jsh
  expected=$notebooks/expected/$name.txt
  problems=()
  if [[ ! -f $notebook ]]; then
    problems+=("no notebook $notebook")
  elif [[ ! -f $expected ]]; then
    problems+=("no expected output $expected")
  else
    timeout "$timeout_seconds" jshell "${options[@]}" "$notebook" \
      </dev/null >"$work/out" 2>"$work/err"
    status=$?
    if ((status == 124)); then
      problems+=("timed out after ${timeout_seconds}s")
    elif ((status != 0)); then
      problems+=("jshell exited with status $status")
    fi
    if grep -Eq '^(\|  )?(Error:|Exception |Caused by: )' "$work/err"; then
      problems+=("JShell reported an error or exception")
    fi
    if [[ ! -s $work/out ]]; then
      problems+=("printed nothing")
    fi
    squeeze <"$work/out" >"$work/out.squeezed"
    while IFS= read -r line || [[ -n $line ]]; do
      key=$(squeeze <<<"$line")
      [[ -z $key || $key == \#* ]] && continue
      if ! grep -qF -- "$key" "$work/out.squeezed"; then
        problems+=("missing: $key")
      fi
    done <"$expected"
  fi

  if ((${#problems[@]} == 0)); then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    printf '  %s\n' "${problems[@]}"
    if [[ -f $work/out ]]; then
      echo "  --- standard output (last 20 lines)"
      tail -n 20 "$work/out" | sed 's/^/  | /'
      echo "  --- standard error (last 20 lines)"
      tail -n 20 "$work/err" | sed 's/^/  | /'
    fi
    failed=$((failed + 1))
  fi
  rm -f "$work/out" "$work/err" "$work/out.squeezed"
done

echo "$passed passed, $failed failed"
((failed == 0))
