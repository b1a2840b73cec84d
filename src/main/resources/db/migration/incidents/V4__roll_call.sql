-- How long the sites of an incident have to answer the roll-call before their secondary contacts are e-mailed.
alter table incident add column escalation_wait_minutes integer not null default 10;

-- When each site came inside the zone, so that a site added by a later zone gets its full wait too.
alter table incident_affected_site add column affected_at timestamp with time zone;
update incident_affected_site set affected_at = (select i.declared_at from incident i where i.id = incident_id);
alter table incident_affected_site alter column affected_at set not null;

-- The latest answer of each affected site; every answer is also kept on the timeline.
create table incident_site_status (
    incident_id      uuid         not null references incident (id),
    site_id          uuid         not null,
    status           varchar(20)  not null
        check (status in ('SAFE', 'SHELTERING', 'EVACUATING', 'NEEDS_HELP', 'NOT_OCCUPIED')),
    note             varchar(500),
    reported_at      timestamp with time zone not null,
    reported_by      uuid,
    reported_by_name varchar(200) not null,
    channel          varchar(10)  not null check (channel in ('APP', 'API', 'LINK')),
    primary key (incident_id, site_id)
);

-- counts by status are read from this index alone
create index incident_site_status_by_status on incident_site_status (incident_id, status);

-- The nonce of every status link that was answered: a link answers once.
create table incident_status_link_use (
    nonce       varchar(40)  primary key,
    incident_id uuid         not null references incident (id),
    site_id     uuid         not null,
    status      varchar(20)  not null,
    answered_by varchar(200) not null,
    used_at     timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

create index incident_status_link_use_expiry on incident_status_link_use (expires_at);

-- A site whose roll-call went unanswered past the wait, escalated once.
create table incident_escalation (
    incident_id  uuid not null references incident (id),
    site_id      uuid not null,
    escalated_at timestamp with time zone not null,
    primary key (incident_id, site_id)
);

-- One e-mail of an escalation to a secondary contact, with its own signed link; tried again until sent.
create table incident_escalation_mail (
    id              uuid          primary key,
    incident_id     uuid          not null references incident (id),
    site_id         uuid          not null,
    contact_kind    varchar(20)   not null check (contact_kind in ('SITE', 'ORGANISATION')),
    contact_name    varchar(200),
    recipient       varchar(320)  not null,
    status          varchar(20)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamp with time zone,
    sent_at         timestamp with time zone
);

create index incident_escalation_mail_due on incident_escalation_mail (status, next_attempt_at);
create index incident_escalation_mail_site on incident_escalation_mail (incident_id, site_id);

-- Scheduled jobs of the module, each run by one node at a time under a lock on its row.
create table incident_job (
    name        varchar(40) primary key,
    last_run_at timestamp with time zone
);

insert into incident_job (name) values ('escalation');
