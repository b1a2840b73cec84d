-- One row per H3 cell (resolution 10) that holds sites, with each site's id and position packed in "sites"
-- (32 bytes each, see org.bulwark.sites.internal.SiteCells): "which sites are inside this zone" reads a row per
-- cell instead of a row per site. The application changes it in the same transaction as the site table;
-- V5 fills it from the sites already registered.
create table site_cell (
  h3_cell bigint not null primary key,
  sites   bytea not null
);

-- the lookup reads site_cell now; the site table keeps a plain index on the cell for lists by area
drop index site_h3_cell_idx;
create index site_h3_cell_idx on site (h3_cell);
