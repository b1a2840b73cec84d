-- Suspicious-activity reports from members, partner systems and the public. A public reporter's contact details
-- live in their own columns, so that they are easy to leave out of every read for people who may not see them and
-- easy to purge; the receipt code is kept only as its SHA-256 hash.
create sequence report_number start with 1;

create table report (
  id                     uuid          not null primary key,
  reference              varchar(20)   not null unique,
  source                 varchar(20)   not null,
  state                  varchar(30)   not null,
  observed_at            timestamp with time zone,
  received_at            timestamp with time zone not null,
  changed_at             timestamp with time zone not null,
  latitude               double precision,
  longitude              double precision,
  h3_cell                bigint,
  site_id                uuid,
  sector_code            varchar(60),
  category_code          varchar(60),
  description            varchar(10000) not null,
  report_language        varchar(10),
  reporting_account      uuid,
  reporting_name         varchar(200),
  organisation_id        uuid,
  public_contact_name    varchar(200),
  public_contact_email   varchar(320),
  public_contact_phone   varchar(50),
  receipt_hash           char(64)      unique,
  integration_account    uuid,
  idempotency_key        varchar(200),
  request_hash           char(64),
  assignee               uuid,
  articulable_facts      varchar(10000),
  escalated_by           uuid,
  escalated_at           timestamp with time zone,
  merged_into            uuid          references report (id),
  closing_reason         varchar(2000),
  version                bigint        not null,
  constraint report_location_whole check ((latitude is null) = (longitude is null)),
  constraint report_idempotency_key unique (integration_account, idempotency_key)
);
create index report_queue_idx on report (state, received_at);
create index report_received_idx on report (received_at);
create index report_organisation_idx on report (organisation_id, received_at);
create index report_account_idx on report (reporting_account, received_at);
create index report_assignee_idx on report (assignee);
create index report_h3_idx on report (h3_cell);
create index report_merged_idx on report (merged_into);

create table report_person (
  report_id    uuid          not null references report (id) on delete cascade,
  position     integer       not null,
  appearance   varchar(2000),
  behaviour    varchar(2000),
  primary key (report_id, position)
);

-- the plate as written and in a normalised form (upper case letters and digits) for matching
create table report_vehicle (
  report_id     uuid          not null references report (id) on delete cascade,
  position      integer       not null,
  plate         varchar(30),
  plate_key     varchar(30),
  description   varchar(1000),
  primary key (report_id, position)
);
create index report_vehicle_plate_idx on report_vehicle (plate_key);

create table report_phone (
  report_id     uuid          not null references report (id) on delete cascade,
  position      integer       not null,
  phone_number  varchar(50)   not null,
  number_key    varchar(50)   not null,
  primary key (report_id, position)
);
create index report_phone_number_idx on report_phone (number_key);

create table report_handle (
  report_id     uuid          not null references report (id) on delete cascade,
  position      integer       not null,
  platform      varchar(60)   not null,
  handle        varchar(200)  not null,
  handle_key    varchar(200)  not null,
  primary key (report_id, position)
);
create index report_handle_idx on report_handle (handle_key);

create table report_attachment (
  id            uuid          not null primary key,
  report_id     uuid          not null references report (id) on delete cascade,
  file_name     varchar(255)  not null,
  content_type  varchar(120)  not null,
  file_size     integer       not null,
  sha256        char(64)      not null,
  content       bytea         not null,
  added_at      timestamp with time zone not null
);
create index report_attachment_report_idx on report_attachment (report_id);

-- what a public reporter added later with their receipt code
create table report_addition (
  id            uuid          not null primary key,
  report_id     uuid          not null references report (id) on delete cascade,
  body          varchar(10000) not null,
  added_at      timestamp with time zone not null
);
create index report_addition_report_idx on report_addition (report_id, added_at);

-- every change to a report and who made it, so that triage decisions can be traced
create table report_event (
  id            uuid          not null primary key,
  report_id     uuid          not null references report (id) on delete cascade,
  happened_at   timestamp with time zone not null,
  actor         uuid,
  actor_name    varchar(200),
  kind          varchar(30)   not null,
  from_state    varchar(30),
  to_state      varchar(30),
  detail        varchar(10000)
);
create index report_event_report_idx on report_event (report_id, happened_at);
