#!/usr/bin/env bash
# The backup and restore of docs/deploy.md §4, run by hand against a PostgreSQL of the machine's
# own (Debian's postgresql-15): a server on DATABASE_URL gets data through the API, is stopped,
# the database is dumped with pg_dump -Fc and restored into a new database with pg_restore, and a
# server started on the copy answers the same. Run as root from the project root after
# `npm run build` (PostgreSQL refuses to run as root, so the cluster runs as `postgres`).
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PORT_PG=${PORT_PG:-55432}
PORT_APP=${PORT_APP:-4790}
WORK=$(mktemp -d)
chown postgres "$WORK"
echo 'super-pw' > "$WORK/pw" && chown postgres "$WORK/pw"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -U postgres -A scram-sha-256 --pwfile="$WORK/pw" >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PORT_PG -k $WORK" -l "$WORK/pg.log" -w start >/dev/null
trap 'kill $SERVER 2>/dev/null || true; runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null' EXIT
export PGPASSWORD=super-pw
SUPER="postgres://postgres@127.0.0.1:$PORT_PG"
psql -q "$SUPER/postgres" -c "create role zhibiao_owner login password 'owner-pw'" -c "create role zhibiao_app login password 'app-pw'" -c "create database zhibiao owner zhibiao_owner"
url() { echo "postgres://$1@127.0.0.1:$PORT_PG/$2"; }

start_server() { # database
  DATABASE_URL=$(url zhibiao_owner:owner-pw "$1") DATABASE_APP_URL=$(url zhibiao_app:app-pw "$1") PORT=$PORT_APP \
    DATA_DIR="$WORK/data-$1" ADMIN_PASSWORD=Admin-pass-1 node_modules/.bin/node dist/server/main.js > "$WORK/server-$1.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_APP/readyz")" = 200 ] && return; sleep 0.2; done
  cat "$WORK/server-$1.log"; exit 1
}
gql() { # token query
  curl -s "http://127.0.0.1:$PORT_APP/graphql" -H 'content-type: application/json' ${1:+-H "authorization: Bearer $1"} -d "$2"
}
login() { gql '' '{"query":"mutation { login(username: \"admin\", password: \"Admin-pass-1\") { token } }"}' | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
facts() { # token
  gql "$1" '{"query":"{ orgUnits(first: 50) { totalCount nodes { code name } } indicatorSystems { code } }"}'
}

start_server zhibiao
TOKEN=$(login)
gql "$TOKEN" '{"query":"mutation { a: createOrgUnit(input: { code: \"440300\", name: \"深圳市\", level: \"city\" }) { id } }"}' >/dev/null
BEFORE=$(facts "$TOKEN")
kill -TERM $SERVER; wait $SERVER || true

pg_dump -Fc -d "$(url zhibiao_owner:owner-pw zhibiao)" -f "$WORK/zhibiao.dump"
psql -q "$SUPER/postgres" -c "create database zhibiao_restored owner zhibiao_owner"
pg_restore --no-owner --role=zhibiao_owner -d "$(url zhibiao_owner:owner-pw zhibiao_restored)" "$WORK/zhibiao.dump"

start_server zhibiao_restored
AFTER=$(facts "$(login)")
kill -TERM $SERVER; wait $SERVER || true
echo "before: $BEFORE"
echo "after:  $AFTER"
[ "$BEFORE" = "$AFTER" ] && grep -q 深圳市 <<<"$AFTER" && echo 'restore: the restored database answers the same (logins, units, systems)'
