#!/usr/bin/env bash
# Builds a separate Maven project as an Entente user would (.ci/consumer/pom.xml, the README's
# dependencies and plugin versions) against the artifacts installed into a private local repository
# under target/, with the README's two Java snippets as its sources: the quick start (run by
# QuickStartRunsTest) and the fixtures test. A README that stops compiling or running fails CI.
set -euo pipefail
cd "$(dirname "$0")/.."

repo=$PWD/target/ci-m2
work=$PWD/target/consumer
rm -rf "$work"
mkdir -p "$work"
cp -r .ci/consumer/. "$work"

# Each README snippet follows a line "<!-- consumer: PATH -->"; its ```java block becomes PATH.
awk -v dir="$work" '
  /^<!-- consumer: .* -->$/ { path = $3; next }
  path != "" && /^```java$/ { file = dir "/" path; system("mkdir -p \"$(dirname \"" file "\")\""); printf "" > file; copying = 1; next }
  copying && /^```$/ { copying = 0; close(file); path = ""; count++; next }
  copying { print >> file }
  END { if (count != 2) { print "consumer.sh: expected 2 README snippets, found " count > "/dev/stderr"; exit 1 } }
' README.md

# Only what the snippets need: the parent, core, the parser and the fixtures (not DuckDB's 77 MB).
mvn -B -q install -pl src-test-fixtures -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Dmaven.repo.local="$repo"
(cd "$work" && mvn -B test -Dmaven.repo.local="$repo")
