"""Brands that job scams pose as: employers so large that none recruits from a free-mail
address, so a posting naming one as the employer with its name in a Gmail or Outlook
address is an impersonation (FTC "Job scams", BBB Scam Tracker, FBI IC3 I-012120-PSA),
where a small business writing from Gmail is ordinary (red-flags.md §2 flag 5).

Each brand is written as `legitimacy._company_words` reads a company: lower-case ASCII
letters and digits, its words run together ("Coca-Cola" is "cocacola").
"""

from __future__ import annotations

from functools import cache

from warehouse.ranking.scam_rules import AT

_BRANDS = """
amazon aws walmart target costco kroger walgreens cvs homedepot lowes bestbuy ikea
apple google alphabet microsoft meta facebook instagram whatsapp tiktok bytedance netflix
spotify disney youtube linkedin indeed glassdoor upwork fiverr
shopify paypal stripe ebay etsy alibaba aliexpress temu shein mercadolibre rakuten zalando
fedex ups usps dhl dpd hermes gls royalmail canadapost maersk
ibm oracle salesforce cisco intel nvidia adobe sap siemens bosch samsung sony lg philips
accenture deloitte pwc kpmg ey capgemini infosys tcs wipro cognizant
tesla spacex uber lyft airbnb booking expedia doordash instacart
cocacola pepsico pepsi nestle unilever loreal nike adidas starbucks mcdonalds
pfizer moderna johnsonandjohnson
hilton marriott emirates qatarairways lufthansa
jpmorgan chase wellsfargo bankofamerica citi citibank hsbc barclays goldmansachs
tesco sainsburys aldi lidl carrefour
"""
# words an impostor adds to the brand it names as the employer ("Amazon Jobs",
# "Shopify Careers USA"): still that brand
_ADDED = frozenset(
    {"hr", "careers", "career", "jobs", "job", "hiring", "recruitment", "recruiting",
     "recruiter", "recruiters", "talent", "team", "remote", "usa", "us", "uk", "global",
     "international", "worldwide", "online", "work", "express"}
)  # fmt: skip


@cache
def _brands() -> frozenset[str]:
    return frozenset(_BRANDS.split())


def brand_of(words: tuple[str, ...]) -> str | None:
    """The brand a company's words name (`("amazon", "jobs")` is "amazon"), None for
    any other company: a small business, an agency, "Apple Leisure Group"."""
    compact = "".join(w for w in words if w not in _ADDED)
    return compact if compact in _brands() else None


def names_brand(address: str, brand: str) -> bool:
    """Whether an e-mail address's name holds the brand ("amazon.careers.hr@...",
    "microsofthiringteam@...")."""
    name = AT.split(address, maxsplit=1)[0]
    return brand in "".join(c for c in name if c.isalnum())
