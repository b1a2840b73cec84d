-- A retired question is no longer asked in drafts; its row stays for the assessments and versions that answered it.
alter table risk_question add column retired boolean not null default false;
