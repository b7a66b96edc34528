#!/bin/sh
# The main job on a fresh machine: install what is missing, build the Socialyst product and
# run it. Usage: releng/scripts/main-job.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

sh releng/scripts/prerequisites.sh
./mvnw -B -q -DskipTests verify

product="$root/releng/com.socialyst.product/target/products/com.socialyst.product/linux/gtk/x86_64/socialyst"
echo
"$product/socialyst" --version
echo
echo "Product:  $product (start the workbench with: $product/socialyst)"
echo "Archive:  $root/releng/com.socialyst.product/target/products/socialyst-linux.gtk.x86_64.tar.gz"
