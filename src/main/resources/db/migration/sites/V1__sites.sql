create table site (
  id              uuid not null primary key,
  name            varchar(200) not null,
  address         varchar(300) not null,
  latitude        double precision not null,
  longitude       double precision not null,
  -- H3 cell at resolution 10; coarser cells are ranges of it, see org.bulwark.geo.GeoCells
  h3_cell         bigint not null,
  sector_code     varchar(60) not null,
  use_type        varchar(60) not null,
  capacity        integer not null,
  tier            varchar(20) not null,
  organisation_id uuid,
  contact_name    varchar(200),
  contact_phone   varchar(40),
  contact_email   varchar(200),
  opening_hours   varchar(500),
  created_at      timestamp with time zone not null,
  updated_at      timestamp with time zone not null,
  version         bigint not null
);
create index site_h3_cell_idx on site (h3_cell);
create index site_sector_idx on site (sector_code);
create index site_organisation_idx on site (organisation_id);
create index site_name_idx on site (name);
