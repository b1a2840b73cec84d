-- A planned major event; its phase only moves forward, by a coordinator or automatically to OPERATIONAL 24 h before
-- it starts.
create table major_event (
    id               uuid         primary key,
    name             varchar(200) not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    phase            varchar(20)  not null check (phase in ('PREPARATORY', 'ALERT', 'OPERATIONAL', 'DEBRIEF')),
    phase_changed_at timestamp with time zone not null,
    created_by       uuid         not null,
    created_by_name  varchar(200) not null,
    created_at       timestamp with time zone not null,
    check (ends_at > starts_at)
);

create index major_event_phase on major_event (phase, starts_at);

-- A registered site where the event takes place.
create table major_event_venue (
    event_id uuid not null references major_event (id),
    site_id  uuid not null,
    primary key (event_id, site_id)
);

-- One item of a phase's checklist, with the person or organisation that owns it.
create table major_event_task (
    id           uuid         primary key,
    event_id     uuid         not null references major_event (id),
    phase        varchar(20)  not null check (phase in ('PREPARATORY', 'ALERT', 'OPERATIONAL', 'DEBRIEF')),
    title        varchar(300) not null,
    owner        varchar(200) not null,
    added_at     timestamp with time zone not null,
    done_at      timestamp with time zone,
    done_by_name varchar(200)
);

create index major_event_task_event on major_event_task (event_id, phase, added_at);

-- Every change of phase; changed_by_name is null when the switch to OPERATIONAL happened automatically.
create table major_event_phase_change (
    id              uuid        primary key,
    event_id        uuid        not null references major_event (id),
    from_phase      varchar(20),
    to_phase        varchar(20) not null,
    changed_at      timestamp with time zone not null,
    changed_by      uuid,
    changed_by_name varchar(200)
);

create index major_event_phase_change_event on major_event_phase_change (event_id, changed_at);
