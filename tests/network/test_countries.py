"""A contact's country from an address book's country field or formatted address."""

from __future__ import annotations

import pytest

from extractors.network._countries import address_country, country_code


@pytest.mark.parametrize(
    ("field", "code"),
    [("Brasil", "BR"), ("Deutschland", "DE"), ("Países Bajos", "NL"), ("Japan", "JP"),
     ("JP", "JP"), ("UK", "GB"), ("USA", "US"), ("Georgia", "GE"), ("ZZ", None), ("", None),
     ("Springfield", None)],
)  # fmt: skip
def test_a_country_field_names_any_country(field: str, code: str | None) -> None:
    assert country_code(field) == code


@pytest.mark.parametrize(
    ("address", "code"),
    [("Av. Paulista 1000, São Paulo, Brasil", "BR"),
     ("Hauptstr. 4\n10115 Berlin\nDeutschland", "DE"), ("Calle Mayor 5\n28013 Madrid\nESP", "ES"),
     # a state or its code ends many addresses that name no country
     ("1 Peach St, Atlanta, Georgia", None), ("12 Plaza\nSanta Fe, New Mexico", None),
     ("Rua A 1, São Paulo - SP", None), ("4 Rue X, Paris, 75001", None)],
)  # fmt: skip
def test_a_formatted_address_names_its_country_on_its_last_line(
    address: str, code: str | None
) -> None:
    assert address_country(address) == code
