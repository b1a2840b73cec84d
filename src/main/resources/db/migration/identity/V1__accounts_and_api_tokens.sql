create table account (
  id             uuid not null primary key,
  username       varchar(60) not null,
  -- lower-cased username: H2 has no expression indexes, and usernames must be unique ignoring case
  username_key   varchar(60) not null,
  display_name   varchar(200) not null,
  email          varchar(200) not null,
  role           varchar(20) not null,
  password_hash  varchar(200) not null,
  enabled        boolean not null,
  failed_logins  integer not null,
  locked_until   timestamp with time zone,
  created_at     timestamp with time zone not null,
  last_login_at  timestamp with time zone,
  version        bigint not null
);
create unique index account_username_uq on account (username_key);

-- Only the SHA-256 of a token is kept: a copy of this table does not let anyone call the API.
create table api_token (
  id           uuid not null primary key,
  account_id   uuid not null references account (id) on delete cascade,
  token_hash   char(64) not null,
  created_at   timestamp with time zone not null,
  expires_at   timestamp with time zone not null,
  last_used_at timestamp with time zone,
  revoked_at   timestamp with time zone
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_account_idx on api_token (account_id);
create index api_token_expires_idx on api_token (expires_at);
