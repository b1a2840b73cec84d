-- When an organisation was last approved; null while it never was.
alter table organisation add column approved_at timestamp with time zone;

-- The directory filters by sector and status and sorts by name; sector deletion checks whether it is in use.
create index organisation_sector_by_sector_idx on organisation_sector (sector_code);
create index organisation_status_name_idx on organisation (status, name_key);
create index organisation_region_idx on organisation (region);

-- Sector names are unique in each language, whatever their case.
alter table sector add column name_en_key varchar(120);
alter table sector add column name_fr_key varchar(120);
update sector set name_en_key = lower(name_en), name_fr_key = lower(name_fr);
alter table sector alter column name_en_key set not null;
alter table sector alter column name_fr_key set not null;
create unique index sector_name_en_uq on sector (name_en_key);
create unique index sector_name_fr_uq on sector (name_fr_key);
