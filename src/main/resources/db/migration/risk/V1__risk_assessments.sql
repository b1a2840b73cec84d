-- Attack methods and their mitigation checklists; shipped here, editable by coordinators later.
create table risk_method (
    code        varchar(40)  primary key,
    position    integer      not null,
    name_en     varchar(120) not null,
    name_fr     varchar(120) not null,
    active      boolean      not null default true
);

create table risk_question (
    code               varchar(40)  primary key,
    method_code        varchar(40)  not null references risk_method (code),
    position           integer      not null,
    weight             integer      not null check (weight between 1 and 3),
    proportionate_from varchar(10)  not null check (proportionate_from in ('LOW', 'MEDIUM', 'HIGH')),
    text_en            varchar(400) not null,
    text_fr            varchar(400) not null
);

create index risk_question_method on risk_question (method_code, position);

-- An assessment of one site; its scenarios and answers change only while it is a draft or returned.
create table risk_assessment (
    id              uuid         primary key,
    site_id         uuid         not null,
    organisation_id uuid,
    status          varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    review_comment  varchar(4000),
    created_by      uuid         not null,
    created_by_name varchar(200) not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    approved_by_name varchar(200),
    approved_at     timestamp with time zone,
    highest_band    varchar(10),
    version         integer      not null default 0
);

create index risk_assessment_site on risk_assessment (site_id, created_at);
create index risk_assessment_status on risk_assessment (status, updated_at);

create table risk_scenario (
    assessment_id       uuid         not null references risk_assessment (id) on delete cascade,
    method_code         varchar(40)  not null references risk_method (code),
    likelihood_override integer      check (likelihood_override between 1 and 5),
    likelihood_reason   varchar(2000),
    crowd_density       integer      not null check (crowd_density between 1 and 5),
    symbolic_value      integer      not null check (symbolic_value between 1 and 5),
    comment             varchar(4000),
    review_comment      varchar(4000),
    primary key (assessment_id, method_code)
);

create table risk_answer (
    assessment_id uuid        not null references risk_assessment (id) on delete cascade,
    question_code varchar(40) not null references risk_question (code),
    answer        varchar(20) check (answer in ('IN_PLACE', 'PARTLY', 'NOT_IN_PLACE')),
    demanded      boolean     not null default false,
    primary key (assessment_id, question_code)
);

-- Every submitted or approved state, frozen: the scenarios with their computed figures as JSON.
create table risk_assessment_version (
    assessment_id uuid         not null references risk_assessment (id) on delete cascade,
    number        integer      not null,
    status        varchar(20)  not null,
    author_id     uuid         not null,
    author_name   varchar(200) not null,
    created_at    timestamp with time zone not null,
    threat_level  varchar(200) not null,
    snapshot      text         not null,
    primary key (assessment_id, number)
);

insert into risk_method (code, position, name_en, name_fr) values
('VEHICLE_AS_WEAPON', 1, 'Vehicle as a weapon', 'Véhicule-bélier'),
('MARAUDING_FIREARMS', 2, 'Marauding attack with firearms', 'Attaque itinérante à l’arme à feu'),
('MARAUDING_BLADED', 3, 'Marauding attack with bladed weapons', 'Attaque itinérante à l’arme blanche'),
('PBIED', 4, 'Person-borne IED', 'Engin explosif porté par une personne'),
('VBIED', 5, 'Vehicle-borne IED', 'Véhicule piégé'),
('UNATTENDED_IED', 6, 'Unattended IED', 'Engin explosif abandonné'),
('DRONE', 7, 'Drone (UAS)', 'Drone (UAS)'),
('CBR', 8, 'Chemical, biological or radiological', 'Chimique, biologique ou radiologique'),
('FIRE', 9, 'Fire as a weapon', 'Incendie volontaire comme arme'),
('HOSTILE_RECON', 10, 'Hostile reconnaissance', 'Repérages hostiles');

insert into risk_question (code, method_code, position, weight, proportionate_from, text_en, text_fr) values
('VAW-1', 'VEHICLE_AS_WEAPON', 1, 3, 'MEDIUM', 'Rated barriers or bollards protect the pedestrian approaches and entrances.', 'Des barrières ou bornes certifiées protègent les accès piétons et les entrées.'),
('VAW-2', 'VEHICLE_AS_WEAPON', 2, 2, 'MEDIUM', 'Vehicles entering service yards are checked at a controlled gate.', 'Les véhicules entrant dans les cours de service sont contrôlés à un accès gardé.'),
('VAW-3', 'VEHICLE_AS_WEAPON', 3, 2, 'LOW', 'Queues and gathering points are placed away from the roadway.', 'Les files d’attente et points de rassemblement sont éloignés de la chaussée.'),
('VAW-4', 'VEHICLE_AS_WEAPON', 4, 2, 'HIGH', 'Roads next to the site can be closed to traffic during busy periods.', 'Les rues voisines peuvent être fermées à la circulation aux heures d’affluence.'),
('VAW-5', 'VEHICLE_AS_WEAPON', 5, 1, 'LOW', 'Staff know how to spot and report a vehicle behaving oddly.', 'Le personnel sait repérer et signaler un véhicule au comportement suspect.'),
('MAF-1', 'MARAUDING_FIREARMS', 1, 3, 'LOW', 'A run-hide-tell procedure exists and staff have practised it.', 'Une procédure « s’échapper, se cacher, alerter » existe et a été exercée.'),
('MAF-2', 'MARAUDING_FIREARMS', 2, 2, 'MEDIUM', 'The site can be locked down quickly from a central point.', 'Le site peut être confiné rapidement depuis un point central.'),
('MAF-3', 'MARAUDING_FIREARMS', 3, 2, 'MEDIUM', 'Public address messages for an armed attack are prepared in advance.', 'Des messages de sonorisation en cas d’attaque armée sont préparés à l’avance.'),
('MAF-4', 'MARAUDING_FIREARMS', 4, 2, 'HIGH', 'Armed response or on-site security can reach any area within minutes.', 'Une intervention armée ou la sécurité du site peut atteindre toute zone en quelques minutes.'),
('MAF-5', 'MARAUDING_FIREARMS', 5, 1, 'LOW', 'Lockable rooms suitable for sheltering are identified.', 'Des locaux verrouillables propres à l’abri sont identifiés.'),
('MAB-1', 'MARAUDING_BLADED', 1, 3, 'LOW', 'Staff are trained to move people away and call police at once.', 'Le personnel est formé à éloigner le public et à appeler la police sans délai.'),
('MAB-2', 'MARAUDING_BLADED', 2, 2, 'MEDIUM', 'Entry points are staffed and can be closed in seconds.', 'Les entrées sont tenues et peuvent être fermées en quelques secondes.'),
('MAB-3', 'MARAUDING_BLADED', 3, 2, 'LOW', 'Trauma kits are available and staff know how to use them.', 'Des trousses de secours traumatologiques sont disponibles et le personnel sait s’en servir.'),
('MAB-4', 'MARAUDING_BLADED', 4, 1, 'HIGH', 'Bag searches at the entrance look for bladed items.', 'Les fouilles de sacs à l’entrée recherchent les objets tranchants.'),
('PBIED-1', 'PBIED', 1, 3, 'MEDIUM', 'Bags and people are searched before they enter the crowded area.', 'Les sacs et les personnes sont fouillés avant d’entrer dans la zone de foule.'),
('PBIED-2', 'PBIED', 2, 2, 'LOW', 'Crowds do not build up outside the search line.', 'La foule ne s’accumule pas en amont du point de fouille.'),
('PBIED-3', 'PBIED', 3, 2, 'LOW', 'Staff are trained to notice and challenge suspicious behaviour.', 'Le personnel est formé à remarquer et interpeller un comportement suspect.'),
('PBIED-4', 'PBIED', 4, 2, 'HIGH', 'Detection dogs or screening equipment are used on busy days.', 'Des chiens détecteurs ou équipements de détection servent les jours d’affluence.'),
('PBIED-5', 'PBIED', 5, 1, 'LOW', 'Glazing near entrances is protected against blast.', 'Les vitrages proches des entrées sont protégés contre le souffle.'),
('VBIED-1', 'VBIED', 1, 3, 'MEDIUM', 'Vehicles cannot park or stop close to the building.', 'Aucun véhicule ne peut stationner ni s’arrêter près du bâtiment.'),
('VBIED-2', 'VBIED', 2, 2, 'HIGH', 'Deliveries are screened away from the building.', 'Les livraisons sont contrôlées à distance du bâtiment.'),
('VBIED-3', 'VBIED', 3, 2, 'LOW', 'An evacuation plan with cordon distances for a vehicle bomb exists.', 'Un plan d’évacuation avec distances de bouclage pour un véhicule piégé existe.'),
('VBIED-4', 'VBIED', 4, 1, 'LOW', 'Staff report vehicles left unattended near the site.', 'Le personnel signale les véhicules laissés sans surveillance près du site.'),
('UIED-1', 'UNATTENDED_IED', 1, 3, 'LOW', 'Staff apply a procedure for unattended items (assess, move away, report).', 'Le personnel applique une procédure pour les objets abandonnés (évaluer, éloigner, signaler).'),
('UIED-2', 'UNATTENDED_IED', 2, 2, 'LOW', 'Public areas are kept tidy and checked on a regular round.', 'Les espaces publics sont rangés et vérifiés lors de rondes régulières.'),
('UIED-3', 'UNATTENDED_IED', 3, 2, 'MEDIUM', 'CCTV covers public areas and is watched during opening hours.', 'La vidéoprotection couvre les espaces publics et est surveillée pendant l’ouverture.'),
('UIED-4', 'UNATTENDED_IED', 4, 1, 'HIGH', 'Litter bins are removed or replaced with transparent ones.', 'Les poubelles sont retirées ou remplacées par des modèles transparents.'),
('UAS-1', 'DRONE', 1, 2, 'HIGH', 'A drone detection system covers the site.', 'Un système de détection de drones couvre le site.'),
('UAS-2', 'DRONE', 2, 3, 'MEDIUM', 'On a drone sighting the event can be paused and people moved under cover.', 'En cas de drone repéré, l’événement peut être interrompu et le public mis à l’abri.'),
('UAS-3', 'DRONE', 3, 2, 'LOW', 'Staff report drone sightings with position and direction of flight.', 'Le personnel signale les drones avec leur position et leur direction.'),
('UAS-4', 'DRONE', 4, 1, 'LOW', 'Flight restrictions for events are agreed with police and the airspace authority.', 'Des restrictions de vol pour les événements sont convenues avec la police et l’autorité aérienne.'),
('CBR-1', 'CBR', 1, 3, 'MEDIUM', 'Ventilation can be shut down quickly from a known control point.', 'La ventilation peut être coupée rapidement depuis un point de commande connu.'),
('CBR-2', 'CBR', 2, 2, 'LOW', 'Staff know the remove-remove-remove advice for people exposed.', 'Le personnel connaît la consigne « s’éloigner, se déshabiller, se rincer » pour les personnes exposées.'),
('CBR-3', 'CBR', 3, 2, 'HIGH', 'Air intakes and mail rooms are secured against tampering.', 'Les prises d’air et le courrier sont protégés contre toute manipulation.'),
('CBR-4', 'CBR', 4, 1, 'LOW', 'Suspicious substances and packages have a reporting procedure.', 'Une procédure de signalement existe pour les substances et colis suspects.'),
('FIRE-1', 'FIRE', 1, 3, 'LOW', 'Escape routes are kept clear and lead away from likely fire points.', 'Les issues de secours sont dégagées et éloignées des points de départ de feu probables.'),
('FIRE-2', 'FIRE', 2, 2, 'LOW', 'Staff are trained to evacuate the public for a deliberate fire.', 'Le personnel est formé à évacuer le public en cas d’incendie volontaire.'),
('FIRE-3', 'FIRE', 3, 2, 'MEDIUM', 'Flammable materials are not stored near entrances or escape routes.', 'Aucune matière inflammable n’est stockée près des entrées ou des issues.'),
('FIRE-4', 'FIRE', 4, 1, 'HIGH', 'Sprinklers or suppression cover the crowded areas.', 'Des sprinklers ou systèmes d’extinction couvrent les zones de foule.'),
('HR-1', 'HOSTILE_RECON', 1, 3, 'LOW', 'Staff are briefed on signs of hostile reconnaissance and how to report them.', 'Le personnel connaît les signes de repérages hostiles et sait les signaler.'),
('HR-2', 'HOSTILE_RECON', 2, 2, 'LOW', 'Visible, unpredictable patrols deter people studying the site.', 'Des patrouilles visibles et imprévisibles dissuadent ceux qui étudient le site.'),
('HR-3', 'HOSTILE_RECON', 3, 2, 'MEDIUM', 'Security details are not published online or in public documents.', 'Les dispositifs de sûreté ne sont pas publiés en ligne ni dans des documents publics.'),
('HR-4', 'HOSTILE_RECON', 4, 2, 'MEDIUM', 'CCTV images are kept long enough to review earlier visits.', 'Les images de vidéoprotection sont conservées assez longtemps pour revoir des visites antérieures.'),
('HR-5', 'HOSTILE_RECON', 5, 1, 'HIGH', 'Suspicious-activity reports are shared with the police network.', 'Les signalements d’activité suspecte sont partagés avec le réseau de police.');
