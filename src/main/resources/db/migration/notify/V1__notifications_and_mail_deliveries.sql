-- in-app notifications, one per account and notice
create table notification (
  id          uuid          not null primary key,
  account_id  uuid          not null,
  notice_key  varchar(200),
  subject     varchar(300)  not null,
  body        varchar(8000) not null,
  link_path   varchar(500)  not null,
  created_at  timestamp with time zone not null,
  read_at     timestamp with time zone
);
create index notification_account_idx on notification (account_id, created_at);
-- a notice with a key reaches an account once, however often its sender runs
create unique index notification_key_uq on notification (account_id, notice_key);

-- one e-mail per notification: PENDING until sent, SENDING while a node sends it, SENT, or FAILED for good
create table mail_delivery (
  id               uuid          not null primary key,
  notification_id  uuid          not null references notification (id) on delete cascade,
  account_id       uuid          not null,
  recipient        varchar(320),
  status           varchar(20)   not null,
  attempts         integer       not null,
  last_error       varchar(1000),
  created_at       timestamp with time zone not null,
  last_attempt_at  timestamp with time zone,
  next_attempt_at  timestamp with time zone,
  sent_at          timestamp with time zone
);
create unique index mail_delivery_notification_uq on mail_delivery (notification_id);
create index mail_delivery_due_idx on mail_delivery (status, next_attempt_at);
