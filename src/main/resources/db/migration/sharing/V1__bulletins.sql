-- Bulletins: what the police and the partners share, marked with TLP and addressed to an audience. Who reads a
-- bulletin is decided when it is read (identity's access policy over bulletin_audience), never copied out.
create table bulletin (
  id                   uuid          not null primary key,
  kind                 varchar(30)   not null,
  state                varchar(20)   not null,
  tlp                  varchar(20)   not null,
  title                varchar(200)  not null,
  body                 varchar(100000) not null,
  ack_required         boolean       not null,
  author_id            uuid          not null,
  author_name          varchar(200)  not null,
  author_organisation  uuid,
  revision             integer       not null,
  change_note          varchar(1000),
  created_at           timestamp with time zone not null,
  updated_at           timestamp with time zone not null,
  published_at         timestamp with time zone,
  revised_at           timestamp with time zone,
  retracted_at         timestamp with time zone,
  retraction_reason    varchar(1000),
  version              bigint        not null
);
create index bulletin_published_idx on bulletin (state, published_at);
create index bulletin_author_idx on bulletin (author_id, updated_at);
create index bulletin_author_organisation_idx on bulletin (author_organisation);

-- one row per audience key (network, sector:<code>, region:<name>, organisation:<id>, group:<id>, member:<id>)
create table bulletin_audience (
  bulletin_id   uuid         not null references bulletin (id) on delete cascade,
  audience_key  varchar(130) not null,
  primary key (bulletin_id, audience_key)
);
create index bulletin_audience_key_idx on bulletin_audience (audience_key, bulletin_id);

-- each published revision as its readers saw it, so that they can see what changed
create table bulletin_revision (
  bulletin_id   uuid          not null references bulletin (id) on delete cascade,
  revision      integer       not null,
  tlp           varchar(20)   not null,
  title         varchar(200)  not null,
  body          varchar(100000) not null,
  audience      varchar(8000) not null,
  change_note   varchar(1000),
  published_by  uuid          not null,
  published_at  timestamp with time zone not null,
  primary key (bulletin_id, revision)
);

create table bulletin_attachment (
  id            uuid          not null primary key,
  bulletin_id   uuid          not null references bulletin (id) on delete cascade,
  file_name     varchar(255)  not null,
  content_type  varchar(120)  not null,
  file_size     integer       not null,
  sha256        char(64)      not null,
  content       bytea         not null,
  added_by      uuid          not null,
  added_at      timestamp with time zone not null
);
create index bulletin_attachment_bulletin_idx on bulletin_attachment (bulletin_id);

-- when an account first opened a bulletin; the inbox counts the others as unread
create table bulletin_read (
  account_id    uuid not null,
  bulletin_id   uuid not null references bulletin (id) on delete cascade,
  read_at       timestamp with time zone not null,
  primary key (account_id, bulletin_id)
);
create index bulletin_read_bulletin_idx on bulletin_read (bulletin_id);

create table bulletin_acknowledgement (
  bulletin_id      uuid    not null references bulletin (id) on delete cascade,
  account_id       uuid    not null,
  revision         integer not null,
  acknowledged_at  timestamp with time zone not null,
  primary key (bulletin_id, account_id)
);

-- what happened to a bulletin and who did it: changes, publications, reminders, and reads of RED and
-- AMBER+STRICT bulletins
create table bulletin_event (
  id           uuid          not null primary key,
  bulletin_id  uuid          not null references bulletin (id) on delete cascade,
  kind         varchar(30)   not null,
  account_id   uuid          not null,
  detail       varchar(1000),
  at           timestamp with time zone not null
);
create index bulletin_event_bulletin_idx on bulletin_event (bulletin_id, at);

-- the words of each bulletin's title and text, folded to lower case without accents, for search
create table bulletin_term (
  term         varchar(60) not null,
  bulletin_id  uuid        not null references bulletin (id) on delete cascade,
  primary key (term, bulletin_id)
);
create index bulletin_term_bulletin_idx on bulletin_term (bulletin_id);
