create table sector (
  code        varchar(60) not null primary key,
  name_en     varchar(120) not null,
  name_fr     varchar(120) not null,
  description varchar(1000),
  position    integer not null,
  active      boolean not null
);

create table organisation (
  id            uuid not null primary key,
  name          varchar(200) not null,
  -- lower-cased name: H2 has no expression indexes, and names must be unique ignoring case
  name_key      varchar(200) not null,
  kind          varchar(20) not null,
  region        varchar(120) not null,
  status        varchar(20) not null,
  website       varchar(300),
  contact_name  varchar(200),
  contact_email varchar(200),
  contact_phone varchar(40),
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null,
  version       bigint not null
);
create unique index organisation_name_uq on organisation (name_key);

create table organisation_sector (
  organisation_id uuid not null references organisation (id) on delete cascade,
  sector_code     varchar(60) not null references sector (code),
  primary key (organisation_id, sector_code)
);

create table member (
  id              uuid not null primary key,
  organisation_id uuid not null references organisation (id) on delete cascade,
  full_name       varchar(200) not null,
  job_title       varchar(200),
  email           varchar(200) not null,
  phone           varchar(40),
  role            varchar(20) not null,
  account_id      uuid,
  created_at      timestamp with time zone not null,
  version         bigint not null
);
create index member_organisation_idx on member (organisation_id);
create unique index member_account_uq on member (account_id);

insert into sector (code, name_en, name_fr, position, active) values
  ('night-time-economy', 'Night-time economy', 'Économie de la nuit', 1, true),
  ('cinemas-theatres', 'Cinemas and theatres', 'Cinémas et théâtres', 2, true),
  ('stadia-arenas', 'Stadia and arenas', 'Stades et arènes', 3, true),
  ('retail', 'Retail', 'Commerce de détail', 4, true),
  ('health', 'Health', 'Santé', 5, true),
  ('education', 'Education', 'Éducation', 6, true),
  ('places-of-worship', 'Places of worship', 'Lieux de culte', 7, true),
  ('hotels-restaurants', 'Hotels and restaurants', 'Hôtels et restaurants', 8, true),
  ('major-events', 'Major events', 'Grands événements', 9, true),
  ('visitor-attractions', 'Visitor attractions', 'Sites touristiques', 10, true),
  ('commercial-centres', 'Commercial centres', 'Centres commerciaux et d''affaires', 11, true),
  ('transport', 'Transport', 'Transports', 12, true);
