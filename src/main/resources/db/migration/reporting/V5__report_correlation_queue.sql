-- when the report was last correlated; null until it has been, which makes the column the queue of reports to
-- correlate: one background worker takes them in order of arrival, so that intake never waits for correlation
alter table report add column correlated_at timestamp with time zone;
create index report_uncorrelated_idx on report (correlated_at, received_at);
