-- the language the user and a contact write to each other in ("fr"), as their messages
-- show it: the language of an introduction request to them; contacts imported before
-- read none
alter table state.network_contacts add column language varchar;
