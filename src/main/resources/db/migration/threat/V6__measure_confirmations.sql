-- What a site's operator states about each measure active for the site: the latest statement per site and measure.
-- Sites live in another module, so there is no foreign key to them; removing a site removes its rows.
create table threat_measure_confirmation (
  site_id           uuid          not null,
  measure_code      varchar(20)   not null references threat_measure (code),
  status            varchar(20)   not null,
  note              varchar(2000),
  confirmed_by      uuid          not null,
  confirmed_by_name varchar(200)  not null,
  confirmed_at      timestamp with time zone not null,
  primary key (site_id, measure_code)
);
create index threat_measure_confirmation_measure_idx on threat_measure_confirmation (measure_code);
