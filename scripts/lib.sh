# Shared by scripts/run and scripts/test: installs the Debian packages in scripts/packages.txt
# that are missing (nothing is downloaded from anywhere but Debian's archive).
hvhk_install_packages() {
  local wanted missing=()
  wanted=$(grep -v '^#' "$(dirname "${BASH_SOURCE[0]}")/packages.txt" | tr -s ' \n' '\n' | grep -v '^$')
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on right now.
hvhk_free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
