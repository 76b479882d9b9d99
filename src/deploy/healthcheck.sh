#!/bin/bash
# The image's HEALTHCHECK: healthy only when /actuator/health/readiness answers 200, that is when
# the service has started and its decision log can record. Uses bash's /dev/tcp, so the image
# needs no curl. Exit 0 healthy, 1 not.
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
exec 3<&-
case "${status}" in
	"HTTP/1."[01]" 200"[[:space:]]*) exit 0 ;;
	*) exit 1 ;;
esac
