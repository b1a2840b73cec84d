-- "Which sites are inside this zone" reads only these columns: with them in the index, PostgreSQL and H2 answer
-- from the index alone instead of fetching every candidate row from the table.
drop index site_h3_cell_idx;
create index site_h3_cell_idx on site (h3_cell, latitude, longitude, id);
