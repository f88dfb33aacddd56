-- how the user and a contact address each other in their LinkedIn messages ("informal":
-- du, tu, je; "formal": Sie, vous, u): the register of an introduction request to
-- them; contacts imported before read none
alter table state.network_contacts add column register varchar;
