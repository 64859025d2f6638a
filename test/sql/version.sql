-- The extension loads, and reports its own and ICU's versions and the
-- lexicon's identity.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

SELECT govreport_version() ~ '^govreport 0\.2\.0 \(ICU [0-9.]+, Unicode [0-9.]+, lexicon [0-9a-f]{12}\)$' AS version_ok;
SELECT extversion FROM pg_extension WHERE extname = 'govreport';
