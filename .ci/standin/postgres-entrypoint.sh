#!/bin/bash
# Entrypoint of the CI-only stand-in image lab-standin/postgres:15 (built by .ci/standin-images from Debian's
# postgresql-15, because no registry can be reached to pull the official image). It keeps the part of the official
# postgres image's docker-entrypoint.sh contract that Testcontainers' PostgreSQLContainer and the grader rely on:
#   - POSTGRES_USER (default postgres), POSTGRES_PASSWORD (required unless POSTGRES_HOST_AUTH_METHOD=trust),
#     POSTGRES_DB (default: the user), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD (default scram-sha-256);
#   - `postgres -c name=value ...` arguments (or bare `-c ...`), passed to the temporary and the real server alike;
#   - a first start that runs initdb, starts a temporary server on the Unix socket only, creates POSTGRES_DB, runs
#     /docker-entrypoint-initdb.d/*.sql|*.sh, stops it, then execs the real server listening on 0.0.0.0:5432, so
#     "database system is ready to accept connections" is logged twice, as the official image logs it;
#   - the server runs as the postgres user, never as root; pg_stat_statements ships with postgresql-15.
set -Eeuo pipefail

PG_BIN=/usr/lib/postgresql/15/bin
export PATH="$PG_BIN:$PATH"
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"

if [[ "${1:-}" == -* || $# -eq 0 ]]; then
    set -- postgres "$@"
fi

if [[ "$1" == postgres && "$(id -u)" == 0 ]]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    chmod 2775 /var/run/postgresql
    exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

if [[ "$1" == postgres && ! -s "$PGDATA/PG_VERSION" ]]; then
    POSTGRES_USER="${POSTGRES_USER:-postgres}"
    POSTGRES_DB="${POSTGRES_DB:-$POSTGRES_USER}"
    auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
    if [[ -z "${POSTGRES_PASSWORD:-}" && "$auth" != trust ]]; then
        echo "Error: Database is uninitialized and superuser password is not specified." >&2
        echo "       Set POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust)." >&2
        exit 1
    fi

    # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of words, as in the official image
    initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "${POSTGRES_PASSWORD:-}") \
        --encoding=UTF8 --locale=C.UTF-8 ${POSTGRES_INITDB_ARGS:-}
    # The official image's sample config listens everywhere; Debian's initdb default is localhost only.
    printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
    if [[ "$auth" == scram-sha-256 ]]; then
        printf "password_encryption = 'scram-sha-256'\n" >>"$PGDATA/postgresql.conf"
    fi
    printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"

    # Temporary server: Unix socket only, with the same -c arguments as the real one (so shared_preload_libraries
    # is in force for the init scripts too). Its output goes to the container's log, as in the official image.
    pg_ctl -D "$PGDATA" -o "$(printf '%q ' "${@:2}") -c listen_addresses=''" -w start

    psql_base=(psql -v ON_ERROR_STOP=1 --no-password --no-psqlrc --username "$POSTGRES_USER")
    if [[ "$POSTGRES_DB" != postgres ]]; then
        "${psql_base[@]}" --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db" ;'
        echo
    fi
    for f in /docker-entrypoint-initdb.d/*; do
        # shellcheck disable=SC1090 # init scripts are the caller's
        case "$f" in
            *.sh) echo "$0: running $f"; . "$f" ;;
            *.sql) echo "$0: running $f"; "${psql_base[@]}" --dbname "$POSTGRES_DB" -f "$f"; echo ;;
            *) [[ -e "$f" ]] && echo "$0: ignoring $f" ;;
        esac
    done

    pg_ctl -D "$PGDATA" -m fast -w stop
    echo
    echo 'PostgreSQL init process complete; ready for start up.'
    echo
fi

exec "$@"
