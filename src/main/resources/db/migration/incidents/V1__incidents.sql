-- An incident declared by a coordinator; its type is an attack-method code of the risk catalogue or OTHER.
create table incident (
    id               uuid         primary key,
    incident_type    varchar(40)  not null,
    place            varchar(200) not null,
    occurred_at      timestamp with time zone not null,
    status           varchar(20)  not null check (status in ('ACTIVE', 'CLOSED')),
    declared_by      uuid         not null,
    declared_by_name varchar(200) not null,
    declared_at      timestamp with time zone not null,
    closed_at        timestamp with time zone,
    version          bigint       not null default 0
);

create index incident_status on incident (status, declared_at);

-- A zone as GeoJSON (a Polygon, or a Point Feature with properties.radius for a circle), checked before it is stored.
create table incident_zone (
    id          uuid          primary key,
    incident_id uuid          not null references incident (id),
    position    integer       not null,
    kind        varchar(20)   not null check (kind in ('CORDON', 'INNER', 'OUTER', 'AVOID')),
    geojson     varchar(200000) not null,
    valid_from  timestamp with time zone not null,
    valid_until timestamp with time zone,
    version     bigint        not null default 0,
    check (valid_until is null or valid_until > valid_from)
);

create index incident_zone_incident on incident_zone (incident_id, position);

-- The sites inside each zone, replaced whenever the zone is redrawn; the organisation lets operators find theirs.
create table incident_affected_site (
    incident_id     uuid not null references incident (id),
    zone_id         uuid not null references incident_zone (id),
    site_id         uuid not null,
    organisation_id uuid,
    primary key (zone_id, site_id)
);

create index incident_affected_site_incident on incident_affected_site (incident_id);
create index incident_affected_site_organisation on incident_affected_site (organisation_id, incident_id);

-- The timeline: who changed what, and when.
create table incident_event (
    id          uuid         primary key,
    incident_id uuid         not null references incident (id),
    happened_at timestamp with time zone not null,
    actor_id    uuid         not null,
    actor_name  varchar(200) not null,
    what        varchar(20)  not null check (what in ('DECLARED', 'ZONE_ADDED', 'ZONE_REDRAWN', 'CLOSED')),
    zone_id     uuid
);

create index incident_event_incident on incident_event (incident_id, happened_at);
