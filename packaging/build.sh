#!/usr/bin/env bash
# Build Inspector as one folder with PyInstaller and check it with --self-test.
#
#   packaging/build.sh                # -> dist/inspector/inspector (inspector.exe on Windows)
#   DIST=/tmp/out packaging/build.sh  # another output folder
#   SKIP_SELF_TEST=1 packaging/build.sh
#   WITH_POSTGRES=1 packaging/build.sh   # an office build with the PostgreSQL driver
#                                        # (needs inspector[postgres] in the environment)
#
# Uses the `packaging` dependency group of pyproject.toml (PyInstaller), through uv:
#   uv run --group packaging pyinstaller packaging/inspector.spec
# Translations: resources/i18n/*.qm are compiled with pyside6-lrelease and committed
# (tests/ui/test_i18n.py checks they are current); the build ships them as they are.
# Windows installer: after this build, compile packaging/windows/inspector.iss with Inno Setup.
set -euo pipefail
cd "$(dirname "$0")/.."

DIST="${DIST:-dist}"
WORK="${WORK:-build/pyinstaller}"

uv run --group packaging pyinstaller --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/inspector.spec

app="$DIST/inspector"
exe="$app/inspector"
[ -x "$exe" ] || exe="$app/inspector-cli.exe"
size_kb=$(du -sk "$app" | cut -f1)
version=$(uv run --group packaging python -c "import inspector; print(inspector.__version__)")
echo "built: $app (version $version, from inspector/_version.py)"
echo "folder size: $((size_kb / 1024)) MB ($size_kb KiB)"

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) echo "installer: iscc /DAppVersion=$version packaging\\windows\\inspector.iss" ;;
esac

if [ -z "${SKIP_SELF_TEST:-}" ]; then
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$exe" --self-test
fi
