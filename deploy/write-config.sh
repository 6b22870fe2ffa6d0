#!/bin/sh
# Writes the app's config.json (and the CSP's connect-src) from the environment at container start:
#   ALGA_URL=https://psa.example.com               one Alga server, pinned: users only see "Sign in"
#   ALGA_ALLOWED_SERVERS="https://a.example.com https://b.example.com"   the address screen accepts only these
# Neither: config.json stays as it is (the build's `{}`: users type their server's address).
# A malformed value stops the container with a message.
set -eu

html_dir="${ALGA_HTML_DIR:-/usr/share/nginx/html}"
nginx_dir="${ALGA_NGINX_DIR:-/etc/nginx}"

fail() {
  echo "alga-tickets: $1" >&2
  exit 1
}

newline='
'

# An origin only: scheme, host, optional port, no path (a trailing slash is dropped). grep matches line by
# line, so a value spanning lines is refused first: its other lines would land in config.json and nginx.
origin() {
  value="${1%/}"
  case "$value" in *"$newline"*) fail "$2 must be a server address like https://psa.example.com, on one line" ;; esac
  echo "$value" | grep -Eq '^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$' ||
    fail "$2 must be a server address like https://psa.example.com, not '$1'"
  echo "$value"
}

fields=""
connect_src="'self'"
plain_http=""
if [ -n "${ALGA_URL:-}" ]; then
  server=$(origin "$ALGA_URL" ALGA_URL)
  fields="\"server\": \"$server\""
  connect_src="$connect_src $server"
  case "$server" in http:*) plain_http="$plain_http $server" ;; esac
fi
if [ -n "${ALGA_ALLOWED_SERVERS:-}" ]; then
  list=""
  for item in $(echo "$ALGA_ALLOWED_SERVERS" | tr ',' ' '); do
    allowed=$(origin "$item" ALGA_ALLOWED_SERVERS)
    list="${list:+$list, }\"$allowed\""
    connect_src="$connect_src $allowed"
    case "$allowed" in http:*) plain_http="$plain_http $allowed" ;; esac
  done
  fields="${fields:+$fields, }\"allowedServers\": [$list]"
fi
# With no server named, the app may be pointed at any https server.
[ -n "$fields" ] || connect_src="$connect_src https:"

if [ -n "$fields" ]; then
  echo "{ $fields }" >"$html_dir/config.json"
  echo "alga-tickets: config.json { $fields }"
fi
echo "set \$alga_connect_src \"$connect_src\";" >"$nginx_dir/alga-connect-src.conf"

# The built index.html's <meta> policy allows https servers only, and the browser obeys it as well as the
# header: a server on plain http (the app accepts one on loopback only, for development) goes there too.
# What an earlier start added is replaced.
if [ -f "$html_dir/index.html" ]; then
  sed -i "s|\(connect-src &#39;self&#39; https:\)[^;\"]*|\1$plain_http|" "$html_dir/index.html"
fi
