#!/bin/sh
# The main job on a fresh machine: install what is missing, build the Socialyst product, run it,
# evaluate a client of a freshly written demo portfolio and write the branded reports of every demo
# client (and the portfolio overview). Usage: releng/scripts/main-job.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

sh releng/scripts/prerequisites.sh
./mvnw -B -q -DskipTests verify

product="$root/releng/com.socialyst.product/target/products/com.socialyst.product/linux/gtk/x86_64/socialyst"
echo
"$product/socialyst" --version

# Show the product at work: a demo portfolio and one client's scorecard for the last quarter of its data.
demo="$root/releng/com.socialyst.product/target/demo-portfolio"
rm -rf "$demo"
echo
"$product/socialyst" demo --workspace "$demo" 2>/dev/null
first=$("$product/socialyst" clients --workspace "$demo" 2>/dev/null | awk 'NR == 2 { print $1 }')
echo
"$product/socialyst" evaluate --workspace "$demo" --client "$first" --period 2026-Q3 --as-of 2026-10-01 2>/dev/null

# The branded client reports of the quarter, each in its client's language and brand, and the overview.
reports="$root/releng/com.socialyst.product/target/demo-reports"
rm -rf "$reports"
echo
"$product/socialyst" report --workspace "$demo" --all --period 2026-Q3 --out "$reports"
"$product/socialyst" report --workspace "$demo" --all --kind portfolio --period 2026-Q3 --out "$reports"
echo
echo "Reports:  $reports"
echo "Demo:     $demo (try: $product/socialyst evaluate --workspace $demo --period 2026-Q3)"
echo "Product:  $product (start the workbench with: $product/socialyst)"
echo "Archive:  $root/releng/com.socialyst.product/target/products/socialyst-linux.gtk.x86_64.tar.gz"
