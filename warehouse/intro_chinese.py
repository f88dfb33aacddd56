"""Which Chinese a draft is in: Traditional characters ("zh-Hant": Taiwan, Hong Kong,
Macau) or Simplified ("zh-Hans": the mainland, Singapore, Malaysia).

The two are read by different people, so the contact decides, not the user: the
posting's own characters first (whoever posted it reads them), else where the contact
lives (their address, a `.tw` or `.cn` e-mail), else the characters of their name
("陳浩賢" is written in Traditional), else Simplified, which most who read Chinese read.
"zh-TW", "zh-HK", "zh-CN" or "zh-SG" in `[intro]` or `[intro.contacts]` says it outright.
A Traditional draft to someone in Hong Kong or Macau is in Hong Kong's words ("zh-HK").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warehouse.intro_written import lives_in

TRADITIONAL, SIMPLIFIED, HONG_KONG = "zh-Hant", "zh-Hans", "zh-HK"
_NAMES = {TRADITIONAL: "Traditional", SIMPLIFIED: "Simplified", HONG_KONG: "Traditional"}
# Traditional in Hong Kong's words (軟件, 項目: `warehouse.intro_hong_kong`) in Hong Kong
# and Macau, Taiwan's elsewhere
_COUNTRIES = {"TW": TRADITIONAL, "HK": HONG_KONG, "MO": HONG_KONG,
              "CN": SIMPLIFIED, "SG": SIMPLIFIED, "MY": SIMPLIFIED}  # fmt: skip
# characters of postings and names that only one side writes so (not 后, 于, 准, 云, 万
# or 叶, which Traditional writes too, for other words)
_ONLY = {
    TRADITIONAL: re.compile(
        "[們這個來時說為與發經會過對還實現開關體際務員專業職資術計設師網軟聯絡應徵遠歡請謝"
        "頁題點級驗證練寫語譯編輯廣銷營運團隊長陳張劉黃趙吳鄭楊羅許蕭鍾歐陽東創產區處學"
        "電腦數庫圖書號話門問間讓線輕優勢權傳購買賣貨財錢審備檢測試維護負責場樂環變億幣"
        "費額視頻筆單雙歷簡報紀錄條約將並從嗎偉賢華誠總監層後於準萬葉莊]"
    ),
    SIMPLIFIED: re.compile(
        "[们这个来时说为与发经会过对还实现开关体际务员专业职资术计设师网软联络应远欢请谢"
        "页题点级验证练写语译编辑广销营运团队长陈张刘黄赵吴郑杨罗许萧钟欧阳东创产区处学"
        "电脑数库图书号话门问间让线轻优势权传购买卖货财钱审备检测试维护负责场乐环变亿币"
        "费额视频笔单双历简报纪录条约将并从吗伟贤华诚总监层]"
    ),
}
_DOMAINS = {"tw": TRADITIONAL, "hk": HONG_KONG, "mo": HONG_KONG,
            "cn": SIMPLIFIED, "sg": SIMPLIFIED, "my": SIMPLIFIED}  # fmt: skip


def written_variant(text: str) -> str | None:
    """The characters `text` is written in, by those only one side writes; None where
    they do not tell (or tie)."""
    counts = {v: len(chars.findall(text)) for v, chars in _ONLY.items()}
    if counts[TRADITIONAL] == counts[SIMPLIFIED]:
        return None
    return max(counts, key=counts.__getitem__)


def contact_variant(
    name: str, contact: str, country: str | None, domains: Sequence[str]
) -> tuple[str, str] | None:
    """The characters the contact reads, and why: their address's country, else their
    e-mail's, else their name's characters."""
    if country in _COUNTRIES:
        return _COUNTRIES[country], lives_in(country, name) or ""
    tlds = {d.rpartition(".")[2].casefold() for d in domains} & set(_DOMAINS)
    if len({_DOMAINS[t] for t in tlds}) == 1:
        tld = sorted(tlds)[0]
        return _DOMAINS[tld], f"{name}'s e-mail is at a .{tld} domain"
    said = written_variant(contact)
    return (said, f"{name} writes their name in {characters(said)}") if said else None


def named(variant: str) -> str:
    """ "Traditional Chinese", "Simplified Chinese", "Traditional Chinese in Hong Kong's
    words"."""
    words = " in Hong Kong's words" if variant == HONG_KONG else ""
    return f"{_NAMES[variant]} Chinese{words}"


def characters(variant: str) -> str:
    """ "Traditional characters", "Simplified characters"."""
    return f"{_NAMES[variant]} characters"
