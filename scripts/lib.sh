# Shared by scripts/run and scripts/test: bootstrap when packages are missing, then
# configure (once) and build the dev preset incrementally.
vt_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
vt_preset=${VT_PRESET:-dev}
vt_build="$vt_root/build/$vt_preset"

# vt_prepare [PRESET]: the given preset (default: $vt_preset), configured once and built.
vt_prepare() {
    local preset=${1:-$vt_preset}
    cd "$vt_root"
    scripts/bootstrap --check >/dev/null || scripts/bootstrap
    if [[ ! -f $vt_root/build/$preset/build.ninja ]]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}

# Runs ctest with the given arguments on a real X server: the current display, or a private
# Xvfb when there is none (GUI tests need one; audio tests start their own PulseAudio).
vt_ctest() {
    if [[ -n ${DISPLAY:-} ]]; then
        ctest "$@"
    else
        echo "ctest: no display; running the tests on a private Xvfb"
        xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -nolisten tcp" ctest "$@"
    fi
}
