#!/usr/bin/env bash
# Build the packaged desktop app: one self-extracting file a user downloads and runs.
#
#   packaging/build.sh            -> dist/rl-playground-<version>-linux-x86_64.run
#
# The app is a relocatable CPython folder: this machine's CPython (built with a shared
# libpython, its RPATH set to $ORIGIN/../lib), its standard library, and a site-packages
# with the app, Ray/RLlib, the CPU build of torch, PySide6, gymnasium and pygame installed
# by pip. Ray starts its workers with sys.executable, which is that real interpreter, so
# Ray needs no change. `makeself` wraps the folder in one .run file.
#
# Environment: PYTHON (the CPython to ship, default python3; a venv's python works too),
# BUILD_DIR (work folder, default build/package), DIST_DIR (default dist),
# KEEP_FOLDER=1 keeps the unpacked app folder in BUILD_DIR.
# Chinese (Settings → Language) needs a CJK font on the user's machine: Debian's fonts-noto-cjk
# (the packaged app uses the system's fonts; ./playground installs it).
# Needs: patchelf, makeself and pigz (Debian packages; installed here when run as root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)

need=""
for tool in patchelf makeself pigz; do command -v "$tool" >/dev/null || need="$need $tool"; done
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "build: installing$need"
    apt-get install -y -qq $need >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $need >/dev/null; }
  else
    echo "build: please install$need (Debian/Ubuntu packages)" >&2; exit 1
  fi
fi

python=${PYTHON:-python3}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)
[ -n "$version" ] || { echo "build: no __version__ in desktop/__init__.py" >&2; exit 1; }
name=rl-playground-$version
work=${BUILD_DIR:-$root/build/package}
dist=${DIST_DIR:-$root/dist}
app=$work/$name
artifact=$dist/$name-linux-x86_64.run

# The interpreter to ship: the base installation behind $python (not a venv).
eval "$("$python" - <<'PY'
import sys, sysconfig
v = sysconfig.get_config_var
print(f"base={sys.base_prefix!r} pyver={v('py_version_short')!r} shared={v('Py_ENABLE_SHARED') or 0} "
      f"libdir={v('LIBDIR')!r} ldlib={v('INSTSONAME') or ''!r}")
PY
)"
[ -x "$base/bin/python$pyver" ] || { echo "build: no $base/bin/python$pyver" >&2; exit 1; }
echo "build: $name from CPython $pyver at $base (shared libpython: $shared)"

rm -rf "$app" && mkdir -p "$app/python/bin" "$app/python/lib" "$dist"

# 1. The interpreter, its libpython and its standard library (without tests, IDLE, tkinter, caches).
cp "$base/bin/python$pyver" "$app/python/bin/"
ln -s "python$pyver" "$app/python/bin/python3"
ln -s "python$pyver" "$app/python/bin/python"
if [ "$shared" = 1 ]; then
  cp -L "$libdir/$ldlib" "$app/python/lib/"
  # RPATH (not RUNPATH): found before any LD_LIBRARY_PATH of the user's.
  patchelf --force-rpath --set-rpath '$ORIGIN/../lib' "$app/python/bin/python$pyver"
fi
tar -C "$base/lib" -cf - \
  --exclude="python$pyver/site-packages" --exclude="python$pyver/test" --exclude="python$pyver/idlelib" \
  --exclude="python$pyver/tkinter" --exclude="python$pyver/turtledemo" --exclude="python$pyver/ensurepip" \
  --exclude="python$pyver/lib2to3/tests" --exclude="python$pyver/unittest/test" \
  --exclude="python$pyver/lib-dynload/_tkinter*" --exclude="python$pyver/lib-dynload/_test*" \
  --exclude="python$pyver/lib-dynload/xxlimited*" --exclude="python$pyver/config-*/*.a" \
  --exclude="__pycache__" --exclude="*.pyc" "python$pyver" | tar -C "$app/python/lib" -xf -
mkdir "$app/python/lib/python$pyver/site-packages"
py="$app/python/bin/python$pyver"
"$py" -c "import sys, ssl, sqlite3, ctypes; assert sys.prefix == '$app/python', sys.prefix"

# 2. site-packages: the app and its dependencies, installed by pip into the shipped interpreter
#    (pip runs from the wheel CPython bundles, so pip itself is not shipped).
had_egg_info=$(ls -d "$root"/*.egg-info 2>/dev/null || true)
pipwheel=$(ls "$base/lib/python$pyver/ensurepip/_bundled/"pip-*.whl | head -1)
echo "build: pip install torch==2.13.0 (CPU) and the app… ($(( $(date +%s) - started )) s)"
"$py" "$pipwheel/pip" install -qq --no-compile --no-warn-script-location --disable-pip-version-check \
  "torch==2.13.0" "$root"
rm -rf "$root/build/lib" "$root/build/bdist."*   # setuptools' scratch from building the app's wheel
[ -n "$had_egg_info" ] || rm -rf "$root"/*.egg-info

echo "build: stripping and compiling… ($(( $(date +%s) - started )) s)"
# 3. Strip what the app never uses; every removal is covered by the smoke test.
sp="$app/python/lib/python$pyver/site-packages"
find "$app/python/bin" -mindepth 1 ! -name "python*" -delete   # console scripts with build-time paths
find "$sp" -depth -type d \( -name __pycache__ -o -name tests \) -exec rm -rf {} +
rm -rf "$sp/torch/test" "$sp/torch/include" "$sp/torch/share" "$sp/torch/bin/"*Test "$sp/torch/bin/test_"* \
  "$sp/torch/bin/protoc"* "$sp/torch/bin/"*.pt* "$sp/torch/bin/upgrader_models" \
  "$sp/ray/jars" \
  "$sp/PySide6/"{assistant,designer,linguist,lrelease,lupdate,qmlformat,qmllint,qmlls,svgtoqml} \
  "$sp/PySide6/"{include,typesystems,glue,doc,scripts} "$sp/PySide6/Qt/qml" "$sp/PySide6/Qt/metatypes"
find "$sp" -name "*.pyi" -delete
# Qt Quick/QML/Designer: PySide6 modules the app never imports, with the Qt libraries only they need.
( cd "$sp/PySide6" && rm -f Qt/lib/libQt6{Designer,Quick,Qml,Labs,Lottie}*.so* Qt{Quick,Qml,Designer}*.abi3.so \
    libpyside6qml.* Qt/lib/libQt6WaylandCompositor*.so* Qt/lib/libQt6WaylandEglCompositor*.so* &&
  rm -rf Qt/plugins/{qmltooling,qmllint,designer,scenegraph,wayland-graphics-integration-server,vectorimageformats} &&
  # plugins Qt loads only on request, that need libraries PySide6-Essentials does not ship at all
  rm -f Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so Qt/plugins/imageformats/libqpdf.so \
    Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so )
# Nothing left may need a library that was removed.
missing=$(find "$sp/PySide6" "$sp/torch/lib" "$sp/ray" -name "*.so*" -type f -print0 |
  xargs -0 -n 50 ldd 2>/dev/null | grep "not found" | grep -E "Qt6|pyside|torch|python" | sort -u || true)
[ -z "$missing" ] || { echo "build: stripping broke a library link:" >&2; echo "$missing" >&2; exit 1; }

# 4. Byte-code compiled now, so the first launch does not compile ~10,000 modules.
"$py" -m compileall -q -j0 --invalidation-mode unchecked-hash "$app/python/lib/python$pyver" >/dev/null || true

# 5. Launcher, icon, desktop entry, version.
install -m 755 packaging/rl-playground "$app/rl-playground"
install -m 644 desktop/resources/icon.png "$app/icon.png"
install -m 644 packaging/rl-playground.desktop "$app/rl-playground.desktop.in"
echo "$version" > "$app/VERSION"
"$app/rl-playground" --version

echo "build: packing… ($(( $(date +%s) - started )) s)"
# 6. One file: a self-extracting archive that installs to ~/.local/opt/rl-playground/<version>,
#    adds the desktop entry and opens the app.
rm -f "$artifact"
makeself --quiet --nox11 --nomd5 --noprogress --pigz --complevel 6 --tar-quietly \
  --target "\${HOME}/.local/opt/rl-playground/$version" \
  "$app" "$artifact" "RL Playground $version" ./rl-playground --installed-from-run
unpacked=$(du -sh "$app" | cut -f1)
[ "${KEEP_FOLDER:-0}" = 1 ] || rm -rf "$app"
echo "build: $artifact ($(du -h "$artifact" | cut -f1); unpacked $unpacked) in $(( $(date +%s) - started )) s"
