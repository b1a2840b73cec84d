-- a lapsed level is announced once, as a change back to the level then in force
alter table threat_level_change add column lapse_announced_at timestamp with time zone;
create index threat_level_change_expires_idx on threat_level_change (expires_at);
create index threat_level_change_changed_idx on threat_level_change (changed_at);
