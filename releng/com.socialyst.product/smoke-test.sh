#!/bin/sh
# Smoke test of the materialized product, run by the build after packaging: the launcher
# script, the headless CLI without a display, and (when a display is available) the workbench
# window; with a plugin jar, drop-in installation on a copy of the product.
# Usage: smoke-test.sh PRODUCT_DIR [DROPIN_PLUGIN_JAR]
set -u
product=$1
failures=0
checks=0

check() { # check DESCRIPTION EXPECTED_EXIT COMMAND...: run, compare the exit code
	description=$1; expected=$2; shift 2
	checks=$((checks + 1))
	output=$("$@" 2>&1); actual=$?
	if [ "$actual" -ne "$expected" ]; then
		failures=$((failures + 1))
		echo "SMOKE FAIL: $description: exit $actual, expected $expected"; echo "$output" | sed 's/^/    /'
	else
		echo "smoke ok: $description"
	fi
}

check "socialyst --version without a display" 0 env -u DISPLAY -u WAYLAND_DISPLAY "$product/socialyst" --version
version=$(env -u DISPLAY "$product/socialyst" --version 2>/dev/null | head -n 1)
checks=$((checks + 1))
case $version in
	"Socialyst 0.1.0."*) echo "smoke ok: version line '$version'" ;;
	*) failures=$((failures + 1)); echo "SMOKE FAIL: version line is '$version'" ;;
esac
check "socialyst help" 0 env -u DISPLAY "$product/socialyst" help
check "socialyst frobnicate is a usage error" 2 env -u DISPLAY "$product/socialyst" frobnicate

if [ -n "${2:-}" ] && [ -f "$2" ]; then
	# On a copy, so that the product the build archives stays as shipped.
	copy=$(mktemp -d)
	cp -a "$product" "$copy/socialyst"
	cp "$2" "$copy/socialyst/dropins/"
	checks=$((checks + 1))
	listed=$(env -u DISPLAY "$copy/socialyst/socialyst" metrics 2>&1)
	if echo "$listed" | grep -q '^example_influence_score .*com.socialyst.examples.influence$'; then
		echo "smoke ok: a plugin copied into dropins/ is listed by socialyst metrics"
	else
		failures=$((failures + 1))
		echo "SMOKE FAIL: the drop-in plugin is not listed by socialyst metrics"; echo "$listed" | sed 's/^/    /'
	fi
	# A plugin that cannot be installed is named, with what it lacks.
	mkdir -p "$copy/broken"
	printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: com.acme.broken\nBundle-Version: 1.0.0\nRequire-Bundle: com.acme.missing\n' > "$copy/broken/MANIFEST.MF"
	(cd "$copy/broken" && jar cfm "$copy/socialyst/dropins/com.acme.broken_1.0.0.jar" MANIFEST.MF)
	checks=$((checks + 1))
	listed=$(env -u DISPLAY "$copy/socialyst/socialyst" metrics 2>&1)
	if echo "$listed" | grep -q 'dropins/com.acme.broken_1.0.0.jar: not installed (com.acme.broken): it requires com.acme.missing'; then
		echo "smoke ok: a drop-in that cannot be installed is reported with what it requires"
	else
		failures=$((failures + 1))
		echo "SMOKE FAIL: the broken drop-in is not reported"; echo "$listed" | sed 's/^/    /'
	fi
	rm -rf "$copy"
else
	echo "smoke skipped: drop-in plugin (no plugin jar given)"
fi

if [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1; then
	checks=$((checks + 1))
	data=$(mktemp -d)
	SOCIALYST_DATA=$data "$product/socialyst" > "$data/workbench.log" 2>&1 &
	pid=$!
	opened=no
	for _ in $(seq 1 60); do
		if xwininfo -root -tree 2>/dev/null | grep -q '"Socialyst"'; then opened=yes; break; fi
		sleep 0.5
	done
	kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
	if [ $opened = yes ]; then
		echo "smoke ok: socialyst opens a window titled 'Socialyst'"
	else
		failures=$((failures + 1))
		echo "SMOKE FAIL: no window titled 'Socialyst' within 30 s"; sed 's/^/    /' "$data/workbench.log"
	fi
	rm -rf "$data"
else
	echo "smoke skipped: workbench window (needs DISPLAY and xwininfo)"
fi

echo "Product smoke test: $checks checks, $failures failing"
[ "$failures" -eq 0 ]
