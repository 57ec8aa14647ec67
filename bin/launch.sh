# Shared by bin/synergyc and bin/synergy: build the shaded jars if they are missing or older than the sources, then
# start the JVM tuned for a short-lived command line (C1 only, serial GC, a class-data archive made on first run).
synergy_launch() {
  local jar="$SYNERGY_HOME/$1"
  shift
  if [ ! -f "$jar" ] || [ -n "$(find "$SYNERGY_HOME" -path "$SYNERGY_HOME/*/target" -prune -o \
        \( -name '*.java' -o -name '*.g4' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \
           -o -path "$SYNERGY_HOME/docs/diagnostics/*" \) \
        -newer "$jar" -print -quit)" ]; then
    echo "synergy: building (first use or sources changed; this takes a minute)..." >&2
    (cd "$SYNERGY_HOME" && mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true -Denforcer.skip=true package >&2) \
      || { echo "synergy: the build failed; run 'mvn -B verify' in $SYNERGY_HOME to see why" >&2; exit 3; }
    rm -f "${jar%.jar}.jsa"
  fi
  # An archive older than the jar (rebuilt by `mvn package`) no longer matches it: make a new one.
  local cds=()
  # A class-data archive made from an older jar is silently ignored by the JVM: make a new one.
  if [ -f "${jar%.jar}.jsa" ] && [ "$jar" -nt "${jar%.jar}.jsa" ]; then
    rm -f "${jar%.jar}.jsa"
  fi
  if [ -f "${jar%.jar}.jsa" ]; then
    cds=(-XX:SharedArchiveFile="${jar%.jar}.jsa" -Xshare:auto)
  else
    rm -f "${jar%.jar}.jsa"
    cds=(-XX:ArchiveClassesAtExit="${jar%.jar}.jsa")
  fi
  exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss8m "${cds[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" "$@"
}
SYNERGY_HOME="$(cd "$here/.." && pwd)"
