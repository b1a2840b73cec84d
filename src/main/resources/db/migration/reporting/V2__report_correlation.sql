-- Correlation of suspicious-activity reports. Each report is indexed once by what may link it to others; a link is
-- stored only when a new report finds a related one, so no table ever holds every pair of reports sharing a key.
-- The index rows name reports without a foreign key: they are removed with the report by the correlation engine.

-- vehicle plates, phone numbers and online handles, normalised (see ReportKeys)
create table report_key_index (
  report_id   uuid not null,
  kind        varchar(16) not null,
  norm_key    varchar(200) not null,
  observed_at timestamp with time zone not null,
  primary key (report_id, kind, norm_key),
  constraint report_key_index_kind_ck check (kind in ('PLATE', 'PHONE', 'HANDLE'))
);
-- every column a lookup reads is in its index, so that PostgreSQL answers from the index alone
create index report_key_index_lookup on report_key_index (kind, norm_key, observed_at, report_id);

-- how many reports carry each key; past the cap a key links nothing, and over_cap_at says since when
create table report_key_count (
  kind        varchar(16) not null,
  norm_key    varchar(200) not null,
  seen        integer not null,
  over_cap_at timestamp with time zone,
  primary key (kind, norm_key)
);

-- values that identify no one; compared after normalisation, a handle entry stands for that name on any platform
create table report_key_stop (
  kind  varchar(16) not null,
  entry varchar(200) not null,
  note  varchar(200),
  primary key (kind, entry),
  constraint report_key_stop_kind_ck check (kind in ('PLATE', 'PHONE', 'HANDLE'))
);

insert into report_key_stop (kind, entry, note) values
  ('PLATE', 'UNKNOWN', 'not read'),
  ('PLATE', 'UNK', 'not read'),
  ('PLATE', 'NONE', 'not read'),
  ('PLATE', 'NA', 'not read'),
  ('PLATE', 'NIL', 'not read'),
  ('PLATE', 'NOPLATE', 'no plate'),
  ('PLATE', 'NOTSEEN', 'not read'),
  ('PLATE', 'UNREADABLE', 'not read'),
  ('PLATE', 'TEST', 'placeholder'),
  ('PHONE', '999', 'emergency number'),
  ('PHONE', '112', 'emergency number'),
  ('PHONE', '911', 'emergency number'),
  ('PHONE', '101', 'police non-emergency number'),
  ('PHONE', '111', 'health advice number'),
  ('PHONE', '0000000000', 'placeholder'),
  ('PHONE', '0123456789', 'placeholder'),
  ('PHONE', '1234567890', 'placeholder'),
  ('PHONE', '0800789321', 'anti-terrorist hotline'),
  ('HANDLE', 'admin', 'generic account'),
  ('HANDLE', 'administrator', 'generic account'),
  ('HANDLE', 'anonymous', 'not identifying'),
  ('HANDLE', 'anon', 'not identifying'),
  ('HANDLE', 'unknown', 'not identifying'),
  ('HANDLE', 'none', 'not identifying'),
  ('HANDLE', 'user', 'generic account'),
  ('HANDLE', 'guest', 'generic account'),
  ('HANDLE', 'root', 'generic account'),
  ('HANDLE', 'test', 'placeholder'),
  ('HANDLE', 'null', 'placeholder'),
  ('HANDLE', 'deleted', 'removed account'),
  ('HANDLE', 'support', 'generic account'),
  ('HANDLE', 'info', 'generic account');

-- where and when: the H3 cell at resolution 9 (about 175 m edge) and the UTC day, or the site alone when the report
-- names a site but no position
create table report_place_index (
  report_id   uuid not null primary key,
  h3_cell     bigint,
  day_bucket  integer not null,
  latitude    double precision,
  longitude   double precision,
  site_id     uuid,
  observed_at timestamp with time zone not null,
  constraint report_place_index_where_ck check ((h3_cell is not null and latitude is not null
    and longitude is not null) or site_id is not null)
);
create index report_place_index_cell on report_place_index (h3_cell, day_bucket, observed_at, report_id, latitude,
  longitude, site_id);
create index report_place_index_site on report_place_index (site_id, day_bucket, observed_at, report_id, latitude,
  longitude);

-- one behaviour category at one site of a sector, for patterns across the sector's venues
create table report_pattern_index (
  report_id   uuid not null primary key,
  sector      varchar(60) not null,
  category    varchar(60) not null,
  day_bucket  integer not null,
  site_id     uuid not null,
  observed_at timestamp with time zone not null
);
create index report_pattern_index_lookup on report_pattern_index (sector, category, day_bucket, observed_at,
  site_id, report_id);

-- the links made, one row per pair and reason found; report_id is the report whose correlation found the link
create table report_link (
  id              uuid not null primary key,
  report_id       uuid not null,
  other_report_id uuid not null,
  reason          varchar(20) not null,
  detail          varchar(200) not null,
  distance_metres integer,
  minutes_apart   integer not null,
  created_at      timestamp with time zone not null,
  dismissed_by    uuid,
  dismissed_at    timestamp with time zone,
  dismissal_note  varchar(2000),
  constraint report_link_reason_ck check (reason in ('PLATE', 'PHONE', 'HANDLE', 'SAME_SITE', 'NEARBY',
    'SECTOR_PATTERN')),
  constraint report_link_dismissal_ck check ((dismissed_by is null and dismissed_at is null
    and dismissal_note is null) or (dismissed_by is not null and dismissed_at is not null
    and dismissal_note is not null)),
  constraint report_link_other_ck check (other_report_id <> report_id)
);
create unique index report_link_pair_uq on report_link (report_id, other_report_id, reason, detail);
create index report_link_other on report_link (other_report_id);
