"""Hosts that are no employer's own: free mail, link shorteners, chat links, applicant
trackers, job boards (those whose alerts the inbox reads too), communities, forms and
shared pages. A link to one says nothing of who employs (legitimacy's identity flags),
nor does its domain name a company (the referral paths' doubts about a namesake), so
both read this one list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from extractors._joburls import lists_others_jobs
from extractors._orgs import org_domain

# an applicant tracker's board in a link: the token is a name its company goes by. In
# the path (US and EU hosts; not Workable's "/j/" short links, Greenhouse's "/embed/"
# forms nor SmartRecruiters' "/oneclick-ui/" apply forms, which name none there), as a
# Workable account's own host, or as the `for=` of a Greenhouse embed form
_ATS_TOKEN = re.compile(
    r"//(?:(?:jobs\.ashbyhq\.com|jobs(?:\.eu)?\.lever\.co|(?:job-)?boards(?:\.eu)?\.greenhouse\.io"
    r"|apply\.workable\.com|(?:jobs|careers)\.smartrecruiters\.com|app\.dover\.com/apply)"
    r"/(?!(?:j|embed|oneclick-ui)/)([\w-]+)"
    r"|(?!(?:www|apply|jobs|help|resources)\.)([\w-]+)\.workable\.com\b"
    r"|(?:job-)?boards(?:\.eu)?\.greenhouse\.io/embed/[^\s?#]*\?(?:[^\s#]*?&)?for=([\w-]+))"
)


def _names(names: str) -> frozenset[str]:
    return frozenset(names.split())


FREE_MAIL = _names(
    "gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com"
    " msn.com aol.com icloud.com me.com proton.me protonmail.com gmx.com gmx.net"
    " mail.com yandex.com yandex.ru mail.ru zoho.com tutanota.com qq.com 163.com"
    # the national free mail of the es, pt, fr, de, it readers
    " yahoo.es yahoo.fr yahoo.de yahoo.it yahoo.co.uk yahoo.com.br yahoo.com.mx yahoo.com.ar"
    " hotmail.es hotmail.fr hotmail.de hotmail.it hotmail.co.uk hotmail.com.br hotmail.com.ar"
    " outlook.es outlook.fr outlook.de outlook.it outlook.com.br live.fr live.it live.de"
    " gmx.de gmx.at gmx.ch gmx.fr web.de t-online.de freenet.de orange.fr wanadoo.fr free.fr"
    " laposte.net sfr.fr libero.it virgilio.it tiscali.it alice.it uol.com.br bol.com.br"
    " terra.com.br ig.com.br sapo.pt terra.es"
)
SHORTENERS = _names(
    "bit.ly tinyurl.com goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at"
    " rb.gy tiny.cc t.co lnkd.in s.id v.gd adf.ly l1nq.com"
)
CHAT_LINKS = _names("t.me telegram.me wa.me whatsapp.com")
NOT_EMPLOYER = (  # ATS, job boards, communities, chat links: they host, not employ
    FREE_MAIL
    | SHORTENERS
    | CHAT_LINKS
    | _names(
        "greenhouse.io lever.co ashbyhq.com workable.com smartrecruiters.com"
        " recruitee.com myworkdayjobs.com bamboohr.com breezy.hr jobvite.com"
        " teamtailor.com personio.de ycombinator.com reddit.com redd.it remotive.com"
        " remoteok.com remoteok.io jobicy.com himalayas.app arbeitnow.com"
        " weworkremotely.com wellfound.com linkedin.com indeed.com upwork.com"
        " fiverr.com github.com gitlab.com medium.com mastodon.social fosstodon.org"
        " hachyderm.io infosec.exchange mas.to mstdn.social techhub.social"
        " docs.google.com forms.gle"
        # more applicant tracking, hiring and job sites an employer's link often points to
        " grnh.se rippling.com adp.com dover.com keka.com gem.com gusto.com trinethire.com"
        " oraclecloud.com icims.com applytojob.com jazzhr.com paylocity.com ultipro.com"
        " taleo.net successfactors.com pinpointhq.com homerun.co comeet.com personio.com"
        " join.com peerlist.io welcometothejungle.com workatastartup.com otta.com"
        " builtin.com climatebase.org glassdoor.com"
        # pages, forms, videos, press and blogs: about a company, not its own site
        " notion.site notion.so typeform.com tally.so airtable.com forms.office.com"
        " forms.microsoft.com calendly.com cal.com youtube.com youtu.be vimeo.com"
        " loom.com substack.com wikipedia.org techcrunch.com forbes.com venturebeat.com"
        " bbc.co.uk x.com twitter.com"
    )
)


@lru_cache(maxsize=1 << 12)  # a few hosts (boards, ATS) stand in most postings
def is_employer_host(host: str) -> bool:
    """Whether a host may be an employer's own: none of it is a host of others' pages,
    nor a job board whose alerts are read (`extractors._joburls`)."""
    labels = host.split(".")
    return not lists_others_jobs(host) and all(
        ".".join(labels[i:]) not in NOT_EMPLOYER for i in range(len(labels))
    )


def employer_domain(*links: str | None) -> str | None:
    """The domain of the first link to a page of its employer's own: not an applicant
    tracker's, a board's, a form's or a shared page's (a Google Form is no sign of
    Google, nor a Notion page of Notion)."""
    for link in links:
        domain = org_domain(link)
        if domain and is_employer_host(_host(link)):
            return domain
    return None


def _host(link: str | None) -> str:
    try:
        return (urlsplit(link or "").hostname or "").removeprefix("www.")
    except ValueError:  # a malformed link: no host to trust
        return ""


def ats_token(*links: str | None) -> str | None:
    """The first applicant tracker's board token in the links ("acme" of
    jobs.lever.co/acme/...)."""
    found = next((found for link in links if (found := _ATS_TOKEN.search(link or ""))), None)
    return found[found.lastindex or 0] if found else None


def site_name(board: str | None, *links: str | None, domain: str | None = None) -> str | None:
    """The name a posting's company goes by on the web, compacted: its own board's
    token, else an applicant tracker's token in its links, else its domain's name
    ("surgehq"). `domain`: the links' `employer_domain`, where the caller found it."""
    token = board or ats_token(*links)
    domain = (domain or employer_domain(*links)) if not token else None
    site = token or (domain.split(".")[0] if domain else "")
    return re.sub(r"[\W_]+", "", site.lower()) or None
