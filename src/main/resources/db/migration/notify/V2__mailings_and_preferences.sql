-- e-mails about items of other modules, written by the item's module when sent: one row per account and revision.
-- mode IMMEDIATE is sent after the queuing commit, DIGEST waits for the account's daily digest.
-- status: PENDING, SENDING while a node holds it (claim_id), SENT, DIGESTED, SKIPPED (the account may no longer
-- read the item, or turned e-mail off), or FAILED for good
create table mailing (
  id               uuid          not null primary key,
  topic            varchar(60)   not null,
  item_id          uuid          not null,
  revision         integer       not null,
  account_id       uuid          not null,
  recipient        varchar(320),
  mode             varchar(20)   not null,
  status           varchar(20)   not null,
  attempts         integer       not null,
  claim_id         uuid,
  last_error       varchar(1000),
  created_at       timestamp with time zone not null,
  last_attempt_at  timestamp with time zone,
  next_attempt_at  timestamp with time zone,
  sent_at          timestamp with time zone
);
-- an account is mailed once about a revision of an item, however often the queuing code runs
create unique index mailing_once_uq on mailing (topic, item_id, revision, account_id);
-- the only other index: a network-wide item inserts tens of thousands of rows in the caller's transaction
create index mailing_due_idx on mailing (status, mode, next_attempt_at);

-- how each account wants e-mails about shared items; no row means IMMEDIATELY
create table mail_preference (
  account_id  uuid         not null primary key,
  preference  varchar(20)  not null,
  updated_at  timestamp with time zone not null
);
