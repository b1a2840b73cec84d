-- The timeline takes every kind of decision, message and status change, each with a short line of detail; the
-- kinds are checked by the application, so that new ones need no change to the table.
create table incident_timeline (
    id          uuid         primary key,
    incident_id uuid         not null references incident (id),
    happened_at timestamp with time zone not null,
    actor_id    uuid,
    actor_name  varchar(200) not null,
    what        varchar(40)  not null,
    zone_id     uuid,
    site_id     uuid,
    detail      varchar(2000)
);

insert into incident_timeline (id, incident_id, happened_at, actor_id, actor_name, what, zone_id)
    select id, incident_id, happened_at, actor_id, actor_name, what, zone_id from incident_event;

drop table incident_event;

create index incident_timeline_incident on incident_timeline (incident_id, happened_at);
