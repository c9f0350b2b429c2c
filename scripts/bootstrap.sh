# Sourced by ./dioverify and ./test.sh: installs what a bare Debian machine lacks, quietly, once.
# Everything it does is idempotent; a second run costs a few dpkg queries.

# Debian packages: libz3 (the solver the Microsoft.Z3 wrapper binds to) and gcc (for its compat shim),
# z3 and cvc5 (independent re-checks of proofs/); mkfs for the audited filesystems (dosfstools: vfat), chattr,
# fallocate and losetup/mount for `audit kernel`.
DIOVERIFY_PACKAGES=(libz3-4 libz3-dev gcc libc6-dev z3 cvc5 e2fsprogs xfsprogs btrfs-progs dosfstools util-linux mount)

dioverify_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bootstrap_note() { printf 'dioverify bootstrap: %s\n' "$*" >&2; }

# Why each package is needed, for the one line that says what will be installed.
bootstrap_why() {
  case "$1" in
    libz3-4|libz3-dev) echo "the Z3 solver library" ;;
    gcc|libc6-dev) echo "to build the Z3 shim" ;;
    z3|cvc5) echo "check's independent re-solve of proofs/" ;;
    *) echo "audit kernel" ;;
  esac
}

# Installs the missing Debian packages, and nothing when none is missing. DIOVERIFY_NO_INSTALL=1 only reports
# what is missing (exit 69); DIOVERIFY_FAKE_MISSING="pkg ..." treats those packages as missing (for testing this).
bootstrap_packages() {
  # Opt-in for ./test.sh only (DIOVERIFY_TEST_DEPS=1): ./dioverify never installs a browser.
  if [ "${DIOVERIFY_TEST_DEPS:-}" = 1 ] && [ "${DIOVERIFY_NO_INSTALL:-}" != 1 ]; then
    bootstrap_test_packages
  fi
  local missing=() reasons=() pkg
  for pkg in "${DIOVERIFY_PACKAGES[@]}" "$@"; do
    if [[ " ${DIOVERIFY_FAKE_MISSING:-} " == *" $pkg "* ]] \
      || ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
      reasons+=("$pkg ($(bootstrap_why "$pkg"))")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "${DIOVERIFY_NO_INSTALL:-}" = 1 ]; then
    bootstrap_note "missing Debian packages: ${reasons[*]}; not installing (DIOVERIFY_NO_INSTALL=1)"
    exit 69
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  mkdir -p "$dioverify_root/.build"
  local log="$dioverify_root/.build/apt.log"
  bootstrap_note "installing ${reasons[*]}; apt-get output in $log"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    bootstrap_note "installing ${missing[*]} failed (output above, also in $log)"
    exit 69
  fi
}

# Chromium, for the tests that render the HTML reports in a real headless browser, and poppler-utils' pdftoppm to
# look at the PDFs it prints. They are optional:
# when it cannot be installed (no root without a password, no package source) the suite still runs
# and those tests are skipped with the reason, so a failure here is a note, not an exit.
bootstrap_test_packages() {
  bootstrap_recording_test_packages
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/pdftoppm ] && return 0
  local sudo=""
  # -n: never stop a test run at a password prompt for an optional package.
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  mkdir -p "$dioverify_root/.build"
  bootstrap_note "installing chromium and poppler-utils (for the HTML report tests and their printed PDFs); apt-get output in .build/apt-chromium.log"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium poppler-utils; } >"$dioverify_root/.build/apt-chromium.log" 2>&1; then
    bootstrap_note "could not install chromium and poppler-utils: the browser and print tests will be skipped"
  fi
}

# fio, for the tests that record a program's pwrite, io_uring and libaio writes (`dioverify record`). Optional
# like chromium: without it those tests are skipped with the reason.
bootstrap_recording_test_packages() {
  dpkg-query -W -f='${Status}' fio 2>/dev/null | grep -q 'install ok installed' && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  mkdir -p "$dioverify_root/.build"
  bootstrap_note "installing fio (for the record tests); apt-get output in .build/apt-fio.log"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq fio; } >"$dioverify_root/.build/apt-fio.log" 2>&1; then
    bootstrap_note "could not install fio: the record tests that use it will be skipped"
  fi
}

bootstrap_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    bootstrap_note "the .NET SDK (10.0) is not on PATH; install it (https://dot.net) and run this again"
    exit 69
  fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Release build of the CLI into .build/, redone only when a source, build or built-in rule file is newer than the last build.
bootstrap_build() {
  local stamp="$dioverify_root/.build/stamp"
  local changed
  changed=$(cd "$dioverify_root" && find src models/policies Directory.Build.props Directory.Packages.props \
    \( -name bin -o -name obj \) -prune -o -type f -newer "$stamp" -print -quit 2>/dev/null || echo rebuild)
  if [ -f "$stamp" ] && [ -z "$changed" ]; then
    return 0
  fi
  bootstrap_note "building the CLI (Release; a minute or two the first time), log in .build/build.log"
  mkdir -p "$dioverify_root/.build"
  local log="$dioverify_root/.build/build.log" started=$SECONDS
  if ! dotnet build "$dioverify_root/src/DioVerify.Cli/DioVerify.Cli.csproj" -c Release \
      --artifacts-path "$dioverify_root/.build/artifacts" -nologo -v quiet >"$log" 2>&1; then
    grep -E 'error|Error' "$log" | sort -u | head -20 >&2
    bootstrap_note "build failed; full log in $log"
    exit 70
  fi
  touch "$stamp"
  bootstrap_note "built in $((SECONDS - started)) s"
}

dioverify_dll() { echo "$dioverify_root/.build/artifacts/bin/DioVerify.Cli/release/dioverify.dll"; }
