-- pg_temp.best_seconds(query, rounds): the best wall time of running a
-- query "rounds" times, in seconds.  Included (\i) by the benchmarks that
-- time functions inside one server session.
CREATE FUNCTION pg_temp.best_seconds(q text, rounds int) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	best float8 := 'infinity';
BEGIN
	FOR i IN 1..rounds LOOP
		t0 := clock_timestamp();
		EXECUTE q;
		best := least(best, extract(epoch FROM clock_timestamp() - t0));
	END LOOP;
	RETURN best;
END $$;
