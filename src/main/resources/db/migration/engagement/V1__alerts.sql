-- An alert for the public or for partners: the chain of its CAP messages. Its id is that of its first message.
create table alert (
    id          uuid        primary key,
    incident_id uuid,
    scope       varchar(20) not null check (scope in ('PUBLIC', 'RESTRICTED')),
    cancelled   boolean     not null default false,
    last_sent   timestamp with time zone not null,
    version     bigint      not null default 0
);

create index alert_scope_sent on alert (scope, last_sent);

-- One CAP message as sent: never changed afterwards. Sender and sender name are kept as they were when it was sent.
create table alert_message (
    id             uuid          primary key,
    alert_id       uuid          not null references alert (id),
    position       integer       not null,
    identifier     varchar(200)  not null unique,
    sender         varchar(200)  not null,
    sender_name    varchar(200)  not null,
    sent           timestamp with time zone not null,
    status         varchar(20)   not null check (status in ('ACTUAL', 'EXERCISE')),
    msg_type       varchar(20)   not null check (msg_type in ('ALERT', 'UPDATE', 'CANCEL')),
    restriction    varchar(500),
    note           varchar(2000),
    category       varchar(20)   not null,
    urgency        varchar(20)   not null,
    severity       varchar(20)   not null,
    certainty      varchar(20)   not null,
    expires        timestamp with time zone not null,
    issued_by      uuid          not null,
    issued_by_name varchar(200)  not null,
    unique (alert_id, position)
);

create index alert_message_sent on alert_message (sent);

-- What a message says in one language.
create table alert_text (
    message_id  uuid          not null references alert_message (id),
    lang        varchar(10)   not null,
    position    integer       not null,
    event       varchar(200)  not null,
    headline    varchar(160)  not null,
    description varchar(4000) not null,
    instruction varchar(4000),
    area_desc   varchar(500)  not null,
    primary key (message_id, lang)
);

-- The zones a message covers, as GeoJSON (a Polygon, or a Point Feature with properties.radius for a circle).
create table alert_area (
    message_id uuid            not null references alert_message (id),
    position   integer         not null,
    geojson    varchar(200000) not null,
    primary key (message_id, position)
);

-- The organisations that had a site inside a message's area when it was sent: the operators a restricted alert concerns.
create table alert_organisation (
    message_id      uuid not null references alert_message (id),
    organisation_id uuid not null,
    primary key (message_id, organisation_id)
);

create index alert_organisation_organisation on alert_organisation (organisation_id);
