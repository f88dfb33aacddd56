"""The channel registry: `notify.CHANNELS` names modules that are imported on demand, so
each name must be the module's own `[notify.<NAME>]` table and carry the channel contract."""

from __future__ import annotations

import pytest

from notify import CHANNELS, channel


@pytest.mark.parametrize("name", CHANNELS)
def test_each_named_channel_is_a_module_with_that_name_settings_and_send(name: str) -> None:
    module = channel(name)
    assert name == module.NAME
    assert callable(module.send)
    assert module.Settings.__dataclass_params__.frozen
