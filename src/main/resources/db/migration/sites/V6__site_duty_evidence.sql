-- Evidence that a site meets a regulatory duty of its tier: an uploaded file (checked by its content), a dated
-- note, or both. A duty with at least one piece of evidence counts as provided.
create table site_duty_evidence (
  id            uuid          not null primary key,
  site_id       uuid          not null references site (id) on delete cascade,
  duty          varchar(40)   not null,
  note          varchar(4000),
  note_date     date,
  file_name     varchar(255),
  file_kind     varchar(20),
  content_type  varchar(120),
  file_size     integer,
  content       bytea,
  added_by      uuid          not null,
  added_by_name varchar(200)  not null,
  added_at      timestamp with time zone not null
);
create index site_duty_evidence_site_idx on site_duty_evidence (site_id, duty);
