# Sourced by run.sh and test.sh: installs the Debian packages the platform needs when they are missing.
# As root it runs apt-get itself; otherwise it prints the exact command and stops.

ensure_debian_packages() {
  local need=()
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || [ -x /usr/sbin/rabbitmq-server ] || need+=(rabbitmq-server)
  for pkg in "$@"; do
    case "$pkg" in
      nodejs) command -v node >/dev/null 2>&1 || need+=(nodejs) ;;
      npm) command -v npm >/dev/null 2>&1 || need+=(npm) ;;
      nghttp2-client) command -v h2load >/dev/null 2>&1 || need+=(nghttp2-client) ;;
      chromium) [ -x /usr/bin/chromium ] || need+=(chromium) ;;
      *) dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg") ;;
    esac
  done
  [ ${#need[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]}" >&2
    echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${need[*]}"
  # Keep the packages' own services from starting system-wide: the platform runs private servers.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; created_policy=1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  [ $created_policy -eq 1 ] && rm -f "$policy"
  return 0
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (dotnet was not found on PATH)." >&2; exit 1; }
}
