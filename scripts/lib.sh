# Shared by scripts/run and scripts/test: bootstrap when packages are missing, then
# configure (once) and build the dev preset incrementally.
vt_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
vt_preset=${VT_PRESET:-dev}
vt_build="$vt_root/build/$vt_preset"

vt_prepare() {
    cd "$vt_root"
    scripts/bootstrap --check >/dev/null || scripts/bootstrap
    if [[ ! -f $vt_build/build.ninja ]]; then
        cmake --preset "$vt_preset"
    fi
    cmake --build --preset "$vt_preset"
}
