#!/bin/bash
# Load the sample reports shipped in test/data into the table "reports" of
# database $1 (re-creating the extension so that a rebuilt one is used).
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
psql -X -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS govreport CASCADE;
CREATE EXTENSION govreport;
DROP TABLE IF EXISTS reports;
CREATE TABLE reports (
	id			serial PRIMARY KEY,
	file_name	text NOT NULL UNIQUE,
	body		text NOT NULL
);
SQL
for f in test/data/*.txt; do
	printf "INSERT INTO reports (file_name, body) VALUES (:'name', :'body');\n" |
		psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v name="$(basename "$f")" -v body="$(cat "$f")"
done
