-- The safeguards of reporting: retention reviews, the purge log, who read which report, and the monthly figures
-- of purged reports so that transparency figures stay whole after a purge.

-- when an analyst last decided to keep the report past its review period; the review also moves changed_at
alter table report add column reviewed_at timestamp with time zone;
create index report_changed_idx on report (changed_at);
create index report_event_kind_idx on report_event (kind, happened_at);

-- one line per purge rule per run: counts only, never a report's identifier or content
create table report_purge (
  id            uuid          not null primary key,
  purged_at     timestamp with time zone not null,
  rule          varchar(30)   not null,
  reports       integer       not null,
  attachments   integer       not null,
  reads         integer       not null,
  triggered_by  varchar(20)   not null,
  constraint report_purge_trigger check (triggered_by in ('JOB', 'PERSON'))
);
create index report_purge_at_idx on report_purge (purged_at);

-- every read of a report's detail by someone other than the account that sent it
create table report_read (
  id            uuid          not null primary key,
  report_id     uuid          not null references report (id) on delete cascade,
  reader        uuid          not null,
  reader_role   varchar(20)   not null,
  channel       varchar(20)   not null,
  read_at       timestamp with time zone not null
);
create index report_read_report_idx on report_read (report_id, read_at);
create index report_read_reader_idx on report_read (reader, read_at);

-- what purged reports counted for in each month's figures (month in the network's zone, such as 2026-03)
create table report_month_tally (
  month_key     char(7)       not null,
  measure       varchar(30)   not null,
  amount        bigint        not null,
  primary key (month_key, measure)
);

-- one row per scheduled job of the module, locked by the node that runs it so that a job runs once per cluster
create table report_job (
  name          varchar(60)   not null primary key,
  last_run_at   timestamp with time zone
);
insert into report_job (name) values ('purge');
