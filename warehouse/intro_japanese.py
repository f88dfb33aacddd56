"""The name a Japanese draft greets: the family name, with 様 or さん.

A name in kanji or kana is written family name first ("山田 太郎"); LinkedIn shows a
Latin one given name first ("Taro Yamada"), but many write it family first, in
capitals ("YAMADA Taro"), before a comma ("Yamada, Taro"), or plainly ("Yamada
Hanako"): there the most common family names tell which word is the family's.
"""

from __future__ import annotations

import re

from warehouse.intro_names import HONORIFIC, handle_user

_KANA_OR_KANJI = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# the most common Japanese family names in romaji (Hepburn, long vowels unmarked): a
# name whose first word is one and whose last is not is written family name first
_NAMES = (
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida "
    "yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe "
    "ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa "
    "murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura "
    "fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada "
    "nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto "
    "uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno "
    "sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita "
    "noguchi matsuo kikuchi nomura arai sano onishi sugimoto kojima"
)
_FAMILY_NAMES = frozenset(_NAMES.split())


def family_name(contact: str | None) -> str:
    """The family name a Japanese greeting says: first in a name written in kanji or
    kana, in capitals ("YAMADA Taro", as "Yamada"), before a comma, or where the first
    word is a common family name and the last is not ("Yamada Hanako"); else the last
    word of a Latin name ("Taro Yamada"). One word, or "山田太郎" (where it splits is
    not known), is said whole, a handle as its user ("@mira@host" is Mira); no name
    at all is ご担当者 (the one in charge)."""
    text = contact or ""
    if "," in text:
        text = text.partition(",")[0] or text.partition(",")[2]
    words = [w for w in text.split() if not HONORIFIC.match(w)]
    if not words:
        return "ご担当者"
    if len(words) == 1:
        return handle_user(words[0])
    if _KANA_OR_KANJI.search(words[0]):
        return words[0]
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals:
        return capitals[0].capitalize()
    first, last = words[0].casefold(), words[-1].casefold()
    if first in _FAMILY_NAMES and last not in _FAMILY_NAMES:
        return words[0]
    return words[-1]
