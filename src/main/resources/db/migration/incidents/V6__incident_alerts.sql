-- An alert a coordinator sent to the operators of the sites in an incident's zones: the action card chosen, the
-- title and text as edited and sent, and how many sites and people it went to.
create table incident_alert (
    id              uuid          primary key,
    incident_id     uuid          not null references incident (id),
    card            varchar(40)   not null,
    title           varchar(200)  not null,
    body            varchar(4000) not null,
    sent_by         uuid          not null,
    sent_by_name    varchar(200)  not null,
    sent_at         timestamp with time zone not null,
    site_count      integer       not null,
    recipient_count integer       not null
);

create index incident_alert_incident on incident_alert (incident_id, sent_at);
create index incident_alert_sent on incident_alert (sent_at);

-- The sites an alert concerned when it was sent, with their organisation, so that an operator who opens a page later
-- still sees the alerts of the last day about their sites.
create table incident_alert_site (
    alert_id        uuid not null references incident_alert (id),
    site_id         uuid not null,
    organisation_id uuid,
    primary key (alert_id, site_id)
);

create index incident_alert_site_organisation on incident_alert_site (organisation_id, alert_id);

-- When the end of a zone's validity was announced to the webhook receivers; cleared when the zone is redrawn.
alter table incident_zone add column expiry_announced_at timestamp with time zone;
