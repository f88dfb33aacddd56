-- the name's reading an address book gives (Japanese kana), to find the same person
-- under their name in Latin letters; contacts imported before read none
alter table state.network_contacts add column reading varchar;
