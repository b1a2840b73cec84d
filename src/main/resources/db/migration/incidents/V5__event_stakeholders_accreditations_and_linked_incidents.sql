-- Who takes part in a major event: a partner organisation of the registry, or a named contact outside it (then
-- organisation_id is null and name holds the contact's name).
create table major_event_stakeholder (
    id              uuid         primary key,
    event_id        uuid         not null references major_event (id),
    organisation_id uuid,
    name            varchar(200) not null,
    event_role      varchar(30)  not null check (event_role in ('ORGANISER', 'VENUE_OPERATOR', 'POLICE',
                        'AMBULANCE', 'FIRE', 'TRANSPORT', 'SECURITY_CONTRACTOR', 'LOCAL_AUTHORITY', 'OTHER')),
    contact         varchar(200),
    responsibility  varchar(500) not null,
    added_at        timestamp with time zone not null,
    added_by_name   varchar(200) not null
);

create index major_event_stakeholder_event on major_event_stakeholder (event_id, added_at);
create index major_event_stakeholder_organisation on major_event_stakeholder (organisation_id, event_id);

-- A person to be accredited for an event: personal data, deleted with its changes once the event is past its
-- retention (bulwark.incidents.accreditation-retention after ends_at). refusal_reason is kept only while REFUSED.
create table event_accreditation (
    id                     uuid         primary key,
    event_id               uuid         not null references major_event (id),
    full_name              varchar(200) not null,
    organisation_id        uuid,
    employer               varchar(200) not null,
    event_role             varchar(200) not null,
    areas                  varchar(400) not null,
    status                 varchar(20)  not null check (status in ('PENDING', 'CLEARED', 'REFUSED', 'WITHDRAWN')),
    status_changed_at      timestamp with time zone not null,
    status_changed_by      uuid         not null,
    status_changed_by_name varchar(200) not null,
    refusal_reason         varchar(500),
    added_at               timestamp with time zone not null
);

create index event_accreditation_event on event_accreditation (event_id, full_name);
create index event_accreditation_organisation on event_accreditation (event_id, organisation_id);

-- Every status an accreditation was given, who gave it and when; from_status is null for the first.
create table event_accreditation_change (
    id               uuid         primary key,
    accreditation_id uuid         not null references event_accreditation (id),
    event_id         uuid         not null references major_event (id),
    from_status      varchar(20),
    to_status        varchar(20)  not null,
    changed_at       timestamp with time zone not null,
    changed_by       uuid         not null,
    changed_by_name  varchar(200) not null
);

create index event_accreditation_change_accreditation on event_accreditation_change (accreditation_id, changed_at);
create index event_accreditation_change_event on event_accreditation_change (event_id);

-- When the accreditation register was deleted under the retention rule, and how many people it held: counts only.
alter table major_event add column accreditations_purged_at timestamp with time zone;
alter table major_event add column accreditations_purged integer;

-- The major event an incident happened at or around, if any.
alter table incident add column event_id uuid references major_event (id);

create index incident_major_event on incident (event_id);
