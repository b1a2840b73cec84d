-- What is said once to many recipients (an alert to the operators of one organisation, a webhook event): stored once,
-- shared by its deliveries, so that fifty thousand deliveries do not hold fifty thousand copies of the text.
create table delivery_content (
  id          uuid          not null primary key,
  item_id     uuid          not null,
  topic       varchar(60)   not null,
  subject     varchar(300)  not null,
  body        varchar(60000) not null,
  link_path   varchar(500),
  event_type  varchar(60),
  created_at  timestamp with time zone not null
);
create index delivery_content_item_idx on delivery_content (item_id);

-- One delivery per recipient, item and channel (IN_APP, EMAIL, WEBHOOK, SMS). The delivery key makes a repeated
-- queue call a no-op. status: PENDING (due at next_attempt_at), SENDING while a node holds it (claim_id), DELIVERED,
-- DEAD after the last attempt (the dead-letter list, replayable), CANCELLED (its webhook receiver was removed).
create table delivery (
  id               uuid          not null primary key,
  delivery_key     varchar(300)  not null,
  item_id          uuid          not null,
  content_id       uuid          not null references delivery_content (id),
  channel          varchar(10)   not null,
  account_id       uuid,
  receiver_id      uuid,
  address          varchar(2000) not null,
  status           varchar(10)   not null,
  attempts         integer       not null,
  claim_id         uuid,
  last_error       varchar(1000),
  created_at       timestamp with time zone not null,
  last_attempt_at  timestamp with time zone,
  next_attempt_at  timestamp with time zone,
  delivered_at     timestamp with time zone,
  dead_at          timestamp with time zone
);
create unique index delivery_key_uq on delivery (delivery_key);
create index delivery_due_idx on delivery (channel, status, next_attempt_at);
create index delivery_item_idx on delivery (item_id, channel);

-- Partner systems that receive signed webhook events (Standard Webhooks), registered by coordinators.
-- event_types: the subscribed types separated by spaces, such as "zone.changed alert.issued".
create table webhook_receiver (
  id           uuid          not null primary key,
  name         varchar(200)  not null,
  url          varchar(2000) not null,
  secret       varchar(200)  not null,
  event_types  varchar(500)  not null,
  created_by   varchar(200)  not null,
  created_at   timestamp with time zone not null,
  removed_at   timestamp with time zone
);
