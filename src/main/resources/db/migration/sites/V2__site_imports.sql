-- One row per import of a file, so that progress and the report survive across requests and nodes.
create table site_import (
  id            uuid not null primary key,
  file_name     varchar(300) not null,
  format        varchar(10) not null,
  status        varchar(20) not null,
  total_rows    integer not null,
  checked_rows  integer not null,
  valid_rows    integer not null,
  saved_rows    integer not null,
  rejected_rows integer not null,
  imported_rows integer not null,
  failure       varchar(2000),
  account_id    uuid not null,
  username      varchar(100) not null,
  started_at    timestamp with time zone not null,
  heartbeat_at  timestamp with time zone not null,
  finished_at   timestamp with time zone
);
create index site_import_account_idx on site_import (account_id, started_at);

-- Every rejected row with its line (CSV) or feature (GeoJSON) number and the reason, in the importer's language.
create table site_import_error (
  import_id uuid not null references site_import (id) on delete cascade,
  position  integer not null,
  message   varchar(4000) not null,
  primary key (import_id, position)
);
