-- the country an export places a contact in (an address book's address), as an ISO
-- 3166 code: evidence of the language an introduction draft is written in; contacts
-- imported before read none
alter table state.network_contacts add column country varchar;
