#!/bin/sh
# Installs what Socialyst's build, tests and product need on a Debian machine and is not there
# yet. Sourced by main-job.sh and run-tests.sh. Needs root (or sudo) only when something is
# missing. Usage: prerequisites.sh [--ui]   (--ui adds Xvfb and GTK for the workbench tests)
set -eu

need_packages=""
need() { # need PACKAGE TEST...: queue PACKAGE when the test command fails
	package=$1; shift
	if ! "$@" >/dev/null 2>&1; then need_packages="$need_packages $package"; fi
}
has_lib() { ldconfig -p | grep -q "$1"; }
has_file() { [ -e "$1" ]; }

if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
	need openjdk-17-jdk-headless false
fi
need curl sh -c 'command -v curl || command -v wget'
need unzip command -v unzip
need fonts-dejavu has_file /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ "${1:-}" = "--ui" ]; then
	need xvfb command -v xvfb-run
	need xauth command -v xauth
	need libgtk-3-0 has_lib libgtk-3.so.0
	need x11-utils command -v xwininfo
fi

if [ -n "$need_packages" ]; then
	echo "Installing:$need_packages"
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
			echo "error: these Debian packages are missing and I am not root:$need_packages" >&2
			exit 1
		fi
	fi
	$sudo apt-get update -qq
	# shellcheck disable=SC2086 # a list of package names
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $need_packages >/dev/null
fi

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
java_major=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${java_major:-0}" -lt 17 ] 2>/dev/null; then
	echo "error: Java 17 or newer is needed, found ${java_major:-none} at $java_bin" >&2
	exit 1
fi
