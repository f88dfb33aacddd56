"""The subject line of a draft that goes by e-mail, in the draft's language.

A contact the user knows only from an address book (Google Contacts, a vCard) is
written to by e-mail, and an e-mail needs a subject: the role as posted and the company,
as a busy reader sees it in a list of mail. The subjects address no one ("Zur
Ausschreibung", not "Ihre"/"deine"), so one line serves either register, and name the
company after the role without a case ending or an article that would depend on it
("(Acme)", "bei Acme").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warehouse.intro_hong_kong import hong_kong_variant

# where a subject names the company, with the word that joins it: dropped where the lead
# names none (" at {company}", " ({company})", "{company}: ")
_COMPANY = re.compile(
    r"\s+(?:at|bei|chez|en|presso|bij|di)\s+\{company\}|\s*[(（]\{company\}[)）]"
    r"|^\{company\}:\s*"
)


@dataclass(frozen=True)
class Subjects:
    """One language's subjects; `{role}` as the posting names it, `{company}` the lead's."""

    question: str  # to someone at the company: a question about the role
    question_any: str  # the posting names no one role
    post: str  # to whoever posted it (for themselves or a client)
    post_any: str
    applied: str  # the user has applied


SUBJECTS = {
    "en": Subjects(
        question="Question about the {role} role at {company}",
        question_any="Question about the open roles at {company}",
        post="Your post about the {role} role",
        post_any="Your post about the open roles",
        applied="My application for the {role} role at {company}",
    ),
    "de": Subjects(
        question="Frage zur Stelle „{role}“ bei {company}",
        question_any="Frage zu offenen Stellen bei {company}",
        post="Zur Ausschreibung „{role}“",
        post_any="Zur Ausschreibung",
        applied="Bewerbung: {role} bei {company}",
    ),
    "fr": Subjects(
        question="Question sur le poste « {role} » chez {company}",
        question_any="Question sur les postes ouverts chez {company}",
        post="À propos de l'annonce « {role} »",
        post_any="À propos de l'annonce",
        applied="Candidature : {role} chez {company}",
    ),
    "es": Subjects(
        question="Consulta sobre el puesto de {role} en {company}",
        question_any="Consulta sobre los puestos abiertos en {company}",
        post="Sobre la oferta de {role}",
        post_any="Sobre la oferta publicada",
        applied="Candidatura: {role} en {company}",
    ),
    "pt": Subjects(
        question="Sobre a vaga de {role} ({company})",
        question_any="Sobre as vagas em aberto ({company})",
        post="Sobre a vaga de {role}",
        post_any="Sobre a vaga publicada",
        applied="Candidatura: {role} ({company})",
    ),
    "it": Subjects(
        question="Domanda sulla posizione di {role} presso {company}",
        question_any="Domanda sulle posizioni aperte presso {company}",
        post="A proposito dell'annuncio per {role}",
        post_any="A proposito dell'annuncio",
        applied="Candidatura: {role} presso {company}",
    ),
    "nl": Subjects(
        question="Vraag over de functie {role} bij {company}",
        question_any="Vraag over openstaande functies bij {company}",
        post="Over de vacature {role}",
        post_any="Over de vacature",
        applied="Sollicitatie: {role} bij {company}",
    ),
    "pl": Subjects(
        question="Pytanie o stanowisko {role} ({company})",
        question_any="Pytanie o otwarte stanowiska ({company})",
        post="W sprawie ogłoszenia: {role}",
        post_any="W sprawie ogłoszenia",
        applied="Aplikacja na stanowisko {role} ({company})",
    ),
    "uk": Subjects(
        question="Запитання щодо вакансії «{role}» ({company})",
        question_any="Запитання щодо відкритих вакансій ({company})",
        post="Щодо вакансії «{role}»",
        post_any="Щодо оголошення про вакансію",
        applied="Заявка на вакансію «{role}» ({company})",
    ),
    "ja": Subjects(
        question="「{role}」ポジションについてのご相談（{company}）",
        question_any="募集ポジションについてのご相談（{company}）",
        post="「{role}」募集の件",
        post_any="募集の件",
        applied="「{role}」への応募の件（{company}）",
    ),
    "ko": Subjects(
        question="'{role}' 포지션 관련 문의 ({company})",
        question_any="채용 포지션 관련 문의 ({company})",
        post="'{role}' 채용 공고 관련 문의",
        post_any="채용 공고 관련 문의",
        applied="'{role}' 포지션 지원 관련 ({company})",
    ),
    "tr": Subjects(
        question="{company}: {role} pozisyonu hakkında",
        question_any="{company}: açık pozisyonlar hakkında",
        post="{role} ilanı hakkında",
        post_any="İlan hakkında",
        applied="{company}: {role} pozisyonuna başvurum",
    ),
    "id": Subjects(
        question="Pertanyaan tentang posisi {role} di {company}",
        question_any="Pertanyaan tentang lowongan di {company}",
        post="Tentang lowongan {role}",
        post_any="Tentang lowongan yang diumumkan",
        applied="Lamaran untuk posisi {role} di {company}",
    ),
    "hu": Subjects(
        question="Kérdés: {role} pozíció ({company})",
        question_any="Kérdés a nyitott pozíciókról ({company})",
        post="A hirdetésről: {role}",
        post_any="A hirdetésről",
        applied="Jelentkezésem: {role} ({company})",
    ),
    "zh-Hant": Subjects(
        question="關於{company}「{role}」職缺的詢問",
        question_any="關於{company}職缺的詢問",
        post="關於您發布的「{role}」職缺",
        post_any="關於您發布的職缺",
        applied="我已應徵{company}「{role}」職缺",
    ),
    "zh-Hans": Subjects(
        question="关于{company}“{role}”职位的咨询",
        question_any="关于{company}职位的咨询",
        post="关于您发布的“{role}”职位",
        post_any="关于您发布的职位",
        applied="我已申请{company}“{role}”职位",
    ),
    "ru": Subjects(
        question="Вопрос о вакансии «{role}» ({company})",
        question_any="Вопрос об открытых вакансиях ({company})",
        post="По поводу вакансии «{role}»",
        post_any="По поводу объявления о вакансии",
        applied="Заявка на вакансию «{role}» ({company})",
    ),
    "el": Subjects(
        question="Ερώτηση για τη θέση {role} ({company})",
        question_any="Ερώτηση για ανοιχτές θέσεις ({company})",
        post="Σχετικά με την αγγελία για τη θέση {role}",
        post_any="Σχετικά με την αγγελία σας",
        applied="Αίτηση για τη θέση {role} ({company})",
    ),
    "ms": Subjects(
        question="Pertanyaan tentang jawatan {role} di {company}",
        question_any="Pertanyaan tentang jawatan kosong di {company}",
        post="Mengenai iklan jawatan {role}",
        post_any="Mengenai iklan jawatan",
        applied="Permohonan jawatan {role} di {company}",
    ),
    "vi": Subjects(
        question="Hỏi về vị trí {role} ({company})",
        question_any="Hỏi về các vị trí đang tuyển ({company})",
        post="Về tin tuyển dụng vị trí {role}",
        post_any="Về tin tuyển dụng",
        applied="Ứng tuyển vị trí {role} ({company})",
    ),
    "cs": Subjects(
        question="Dotaz k pozici {role} ({company})",
        question_any="Dotaz k otevřeným pozicím ({company})",
        post="K inzerátu na pozici {role}",
        post_any="K inzerátu",
        applied="Přihláška na pozici {role} ({company})",
    ),
}


SUBJECTS["zh-HK"] = hong_kong_variant(SUBJECTS["zh-Hant"])


def subject(language: str, role: str | None, company: str, *, posted: bool, applied: bool) -> str:
    """The subject in `language` ("pt-BR" is Portuguese's, "zh-Hant" its own): about the
    user's application, the contact's own post, or a question about the role at the
    company."""
    words = SUBJECTS.get(language) or SUBJECTS.get(language.partition("-")[0], SUBJECTS["en"])
    if applied and role:
        said = words.applied
    elif posted:
        said = words.post if role else words.post_any
    else:
        said = words.question if role else words.question_any
    said = (said if company else _COMPANY.sub("", said)).format(role=role, company=company)
    return said[:1].upper() + said[1:]  # "Açık pozisyonlar ..." without the company
