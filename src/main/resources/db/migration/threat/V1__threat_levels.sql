-- Threat-level schemes (presets and custom ones), their levels, and every change of the level of a scope.
create table threat_scheme (
  code     varchar(40)  not null primary key,
  name     varchar(200) not null,
  preset   boolean      not null,
  active   boolean      not null,
  position integer      not null
);

create table threat_scheme_level (
  scheme_code varchar(40)  not null references threat_scheme (code) on delete cascade,
  rank        integer      not null,
  code        varchar(40)  not null,
  name        varchar(200) not null,
  meaning     varchar(500) not null,
  primary key (scheme_code, rank)
);

-- the level in force for a scope is its latest change in the active scheme that has not lapsed
create table threat_level_change (
  id          uuid          not null primary key,
  scheme_code varchar(40)   not null references threat_scheme (code),
  scope_kind  varchar(20)   not null,
  scope_value varchar(200)  not null,
  rank        integer       not null,
  level_code  varchar(40)   not null,
  reason      varchar(2000) not null,
  author_id   uuid          not null,
  author_name varchar(200)  not null,
  changed_at  timestamp with time zone not null,
  expires_at  timestamp with time zone,
  visibility  varchar(20)   not null
);
create index threat_level_change_scope_idx on threat_level_change (scheme_code, scope_kind, scope_value, changed_at);

insert into threat_scheme (code, name, preset, active, position) values
  ('UK', 'UK national threat levels', true, true, 1),
  ('VIGIPIRATE', 'Vigipirate', true, false, 2);

insert into threat_scheme_level (scheme_code, rank, code, name, meaning) values
  ('UK', 1, 'LOW', 'LOW', 'An attack is highly unlikely'),
  ('UK', 2, 'MODERATE', 'MODERATE', 'An attack is possible but not likely'),
  ('UK', 3, 'SUBSTANTIAL', 'SUBSTANTIAL', 'An attack is likely'),
  ('UK', 4, 'SEVERE', 'SEVERE', 'An attack is highly likely'),
  ('UK', 5, 'CRITICAL', 'CRITICAL', 'An attack is highly likely in the near future'),
  ('VIGIPIRATE', 1, 'VIGILANCE', 'Vigilance', 'Posture permanente de sécurité'),
  ('VIGIPIRATE', 2, 'SECURITE_RENFORCEE', 'Sécurité renforcée – risque attentat',
   'Menace terroriste élevée, voire très élevée'),
  ('VIGIPIRATE', 3, 'URGENCE_ATTENTAT', 'Urgence attentat',
   'Attentat imminent, ou dans les jours qui suivent un attentat');
