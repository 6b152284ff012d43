#!/usr/bin/env bash
# Starts JShell with Entente on the class path, the imports of examples/notebooks/imports.jsh and
# `corpus` (the seed corpus) defined, so that an analyst can type right away:
#   corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY).list()
# With notebook files as arguments, runs them one after the other without interaction, then exits:
#   examples/jshell.sh examples/notebooks/military-relations.jsh
# Builds examples/target/entente.jar first if it is missing. Works from any folder: JShell runs from
# the repository root, where the notebooks' paths start. Other arguments go to jshell as they are.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
args=()
for arg in "$@"; do
  if [[ -f $arg ]]; then
    args+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")")
  else
    args+=("$arg")
  fi
done
cd "$root"

jar=examples/target/entente.jar
if [[ ! -f $jar ]]; then
  echo "jshell.sh: building $jar (mvn -q -pl examples -am package -DskipTests)" >&2
  mvn -q -pl examples -am package -DskipTests
fi

# Java 17 writes System.out in the platform's encoding, '?' for accents under LANG=C: ask for UTF-8,
# both in JShell (-J) and in the JVM that runs the snippets (-R).
options=(--class-path "$jar" --startup DEFAULT --startup examples/notebooks/imports.jsh)
for side in -J -R; do
  options+=("$side-Dfile.encoding=UTF-8" "$side-Dsun.stdout.encoding=UTF-8"
            "$side-Dsun.stderr.encoding=UTF-8")
done

if ((${#args[@]} == 0)); then
  echo "corpus = Seeds.corpus(); try: corpus.relations().between(RUSSIA, CHINA).inDomain(MILITARY).list()"
  exec jshell "${options[@]}"
fi
exec jshell "${options[@]}" "${args[@]}" </dev/null
