#!/bin/sh
# Entrypoint of the CI-only stand-in image lab-standin/redis:7 (built by .ci/standin-images from Debian's
# redis-server, because no registry can be reached to pull the official image). Like the official image: arguments
# are passed through to redis-server (a bare `--option ...` or `x.conf` gets redis-server put in front), the server
# listens on 0.0.0.0:6379 with protected mode off (Docker's port mapping is the boundary) unless the arguments say
# otherwise, logs to stdout ("Ready to accept connections"), and runs as the redis user, never as root.
set -eu

if [ $# -eq 0 ] || [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
    set -- redis-server "$@"
fi

if [ "$1" = redis-server ]; then
    shift
    # redis-server takes an optional config file first, then --options; later options win, so the caller's do.
    if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
        conf=$1
        shift
        set -- redis-server "$conf" --bind 0.0.0.0 --protected-mode no "$@"
    else
        set -- redis-server --bind 0.0.0.0 --protected-mode no "$@"
    fi
    if [ "$(id -u)" = 0 ]; then
        exec setpriv --reuid=redis --regid=redis --init-groups "$@"
    fi
fi

exec "$@"
