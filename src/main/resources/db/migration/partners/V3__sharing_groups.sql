create table sharing_group (
  id          uuid not null primary key,
  name        varchar(120) not null,
  -- lower-cased name: H2 has no expression indexes, and names must be unique ignoring case
  name_key    varchar(120) not null,
  description varchar(1000),
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint not null
);
create unique index sharing_group_name_uq on sharing_group (name_key);

-- A member is an organisation or one person's account; neither can be a foreign key, as the kind decides the table.
create table sharing_group_member (
  group_id    uuid not null references sharing_group (id) on delete cascade,
  member_kind varchar(20) not null,
  member_ref  uuid not null,
  added_at    timestamp with time zone not null,
  added_by    uuid not null,
  primary key (group_id, member_kind, member_ref),
  constraint sharing_group_member_kind_ck check (member_kind in ('ORGANISATION', 'ACCOUNT'))
);
-- every read of the network's audiences asks which groups an organisation or an account is in
create index sharing_group_member_ref_idx on sharing_group_member (member_ref, member_kind);
