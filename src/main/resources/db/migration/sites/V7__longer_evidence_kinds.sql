-- The longest kind of evidence file (OPEN_DOCUMENT_PRESENTATION) has 26 characters.
alter table site_duty_evidence alter column file_kind set data type varchar(40);
