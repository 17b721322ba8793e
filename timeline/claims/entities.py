"""People, organisations and places named in a clause: a suffix + gazetteer approach.

No maintained offline NER fits here (Chinese NER packages download their models at run time), so
we use what Chinese and English news names look like: organisations end in 局/厅/所/中心/委员会/公司
(Department, Police, Inc.), places are known names or end in 省/市/县/区/社区/村, people follow a role
word (副局长王远彬, Chief Ed Alvarez) or are speakers. `bench/bench_claims.py` measures it on the seed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from timeline.models import Entity
from timeline.temporal.engine import alt

PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
CITIES = (
    "拉萨",
    "南京",
    "常州",
    "苏州",
    "无锡",
    "杭州",
    "广州",
    "深圳",
    "武汉",
    "成都",
    "西安",
    "郑州",
    "长沙",
    "沈阳",
    "大连",
    "青岛",
    "济南",
    "厦门",
    "福州",
    "合肥",
    "昆明",
    "贵阳",
    "南宁",
    "兰州",
    "西宁",
    "银川",
    "乌鲁木齐",
    "呼和浩特",
    "哈尔滨",
    "长春",
    "石家庄",
    "太原",
    "南昌",
    "海口",
    "三亚",
    "宁波",
    "温州",
    "东莞",
    "佛山",
    "江门",
    "珠海",
    "中山",
    "禹州",
    "许昌",
    "日喀则",
    "林芝",
    "通州",
)
COUNTRIES = (
    "中国",
    "美国",
    "日本",
    "韩国",
    "俄罗斯",
    "英国",
    "法国",
    "德国",
    "印度",
    "缅甸",
    "柬埔寨",
    "越南",
)
_PLACE_NAMES = sorted(PROVINCES + CITIES + COUNTRIES, key=len, reverse=True)

_ZH_ORG_WORDS = (  # noqa: SIM905
    "律师事务所|派出所|研究所|事务所|委员会|公安局|公安厅|检察院|法院|医院|学院|大学|中学|小学|中心|公司|集团|"
    "银行|协会|支队|大队|中队|分局|警务室|实验室|调解室|工作室|指挥部|党委|政府|办公室|管理局|气象台|电视台|日报|"
    "卫健委|教育局|教体局|新闻网|通讯社"
).split("|")
_ZH_ORG_FIELDS = (  # noqa: SIM905
    "公安|教育|财政|外交|国防|商务|卫生|交通|民政|司法|文化|应急|海关|税务|监管|统计|气象|环境|资源|水利|"
    "农业|农村|宣传|组织|统战|新华|出版|管理|警察|刑侦|研究|事务|安全|国务|工信|发改|住建|人社|科技|体育"
).split("|")
_ZH_ORG_BODIES = "局|厅|所|部|委|署|社|院".split("|")  # noqa: SIM905
_ZH_ORG_SUFFIX = alt([*_ZH_ORG_WORDS, *(f + b for f in _ZH_ORG_FIELDS for b in _ZH_ORG_BODIES)])
"""An organisation's closing word (公安局, 中心, 气象台 or a field + 局/厅/所…) as a prefix tree: no
word is a prefix of an earlier one, so the tree's longest-first choice is the list's own."""
_ZH_PLACE_SUFFIX = "省|市|县|区|镇|乡|社区|村|街道|自治区|州"
_ZH_BOUNDARY = (
    r"[，,。；;：:、“”\"（）()《》—…\s的在与和及为向对由被把将让给从到于了是等共跟往因据让使自任]"
    r"|开展|签订|签署|成立|组织|推进|实施|前往|来到|担任|帮助|提供|发现"
    r"|带领|率领|创办|创立|加入|离开|收购|入股|旗下|年前|年后|月前|天前"
)
_ZH_ORG_END = re.compile(_ZH_ORG_SUFFIX)
_ZH_NOT_ORG_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:长|员)|门")
_ZH_BOUNDARY_RE = re.compile(
    _ZH_BOUNDARY
    + r"|[\d０-９]+[个名家位张条所间座起批种]?|[零一二两三四五六七八九十百千万几多]+[个名家位张条所间座起批种]"
    + r"|[其他她它]|分管|联系|负责|结合|利用|推动|学习|加强|支持|协助|配合|通过|依托|包括|联合|指导"
)
_PLACE_MAY_FOLLOW = re.compile(r"[省市县区州国赴往到在至从向由与和及、年月日]")
_ORG_NAME_MAX = 16
_ZH_ANONYMISED = re.compile(r"[\u4e00-\u9fff]某(?=[（(]化名|[，,、。等]|$)")
"""王某（化名）: a person the article names only by surname."""
_ZH_GENERIC = frozenset(_ZH_ORG_WORDS)
"""A bare 中心 / 银行 / 医院 names no organisation."""
_ZH_COUNTED = re.compile(r"^[零〇一二两三四五六七八九十百千万几多\d]+[个名家位张条所间座起批]")
_ZH_PLACE = re.compile(rf"{alt(_PLACE_NAMES)}(?:{_ZH_PLACE_SUFFIX})?")
_ZH_LOCALITY_END = re.compile(r"社区|村")
_LOCALITY_NAME_MAX = 4
_ZH_PERSON = re.compile(
    r"(?:局长|厅长|支队长|队长|警长|所长|主任|书记|民警|辅警|干部|居民|村民|医生|医师|教授|记者|法医|市长|县长|校长)"
    r"(?P<name>(?![就在也都还又将正已便才均从对向把被让给任]|介绍|表示|告诉|指出|透露|了解|发现|接受|电话|采访|获悉|注意|看到|"
    r"来到|走访|询问|调查|获得|证实|联系|查阅|核实|手机|短信|现场)[\u4e00-\u9fff]{2,4}?)"
    r"(?=[在任为说表介告称再来带建激的和与是对回到出被将已也就还等讲、，,。（(：:]|$)"
)

_EN_ORG = re.compile(
    r"\b(?:(?:[A-Z][\w&.'-]*|&|of|for|and)\s+){0,5}(?:Inc\.?|Corp\.?|Co\.|Company|Department|Police|University|Agency|"
    r"Commission|Committee|Council|Bank|Reserve|Exchange|Court|Congress|Senate|House|Ministry|Association|"
    r"Group|Holdings|Authority|Service|Institute|Board|Chronicle|Press|Reuters|Times|Journal|Post|"
    r"Electric|District|Administration|Office)\b"
)
_EN_ORG_WORD = re.compile(
    r"(?:Inc\.?|Corp\.?|Co\.|Company|Department|Police|University|Agency|Commission|Committee|Council|Bank|"
    r"Reserve|Exchange|Court|Congress|Senate|House|Ministry|Association|Group|Holdings|Authority|Service|"
    r"Institute|Board|Chronicle|Press|Reuters|Times|Journal|Post|Electric|District|Administration|Office)\b"
)
"""The closing word every _EN_ORG match holds: a quick test before the slower full pattern."""
_EN_ACRONYM = re.compile(
    r"[A-Z](?<![=\w].)(?<![A-Z]\s.)(?:[A-Z]{0,4}&[A-Z]{1,5}|[A-Z]{1,5})\b(?!\s+[A-Z]{2,})"
)
"""AP, FBI, AT&T: 2-6 capitals (or two groups joined by &) standing alone; the word-start tests
look back from the first capital, so the engine only stops at capitals."""
_EN_PLACES = (
    "United States",
    "U.S.",
    "US",
    "China",
    "Japan",
    "Germany",
    "France",
    "Britain",
    "Europe",
    "Ukraine",
    "Russia",
    "California",
    "San Francisco",
    "Oakland",
    "Hayward",
    "Washington",
    "New York",
    "Texas",
    "London",
    "Beijing",
    "Tokyo",
    "Houston",
    "Brussels",
    "EU",
    "Calif.",
)


def _at_word_start(words: Iterable[str]) -> str:
    """An alternation of literal words, each opening a word (as `\\b` + word would): laid out by
    first letter, with the word-start test looking back from that letter, so the engine only stops
    where one of the letters stands. Words of one letter keep their order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(rf"{re.escape(c)}(?<!\w.)(?:{'|'.join(r)})" for c, r in groups.items()) + ")"


_EN_PLACE = re.compile(_at_word_start(_EN_PLACES) + r"(?![\w])")
_EN_PERSON = re.compile(
    r"\b(?:(?:Mr\.|Mrs\.|Ms\.|Dr\.|President|Chief|Sen\.|Rep\.|Gov\.|Ambassador|Secretary|Judge|Mayor|"
    r"Officer|Sgt\.|Detective|Employee|Col\.)\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})"
    r"|(?:official|envoy|adviser|advisor|spokesman|spokeswoman|spokesperson|analyst|economist|strategist|"
    r"trader|meteorologist|lawyer|attorney|CEO)\s+(?P<full>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}))"
)
"""Ambassador Gordon Sondland, State Department official David Holmes: a title or role word, then the name."""
_NOT_A_NAME_END = ("长", "员", "医师", "组", "记者")
_ORG_LEAD = re.compile(
    r"^(?:(?:The|the|Former|former|Interim|Acting)\s+)+|^(?:[后并又再已]?经(?![济贸营信开])|[即该这那各本])"
)
"""The California …, Former National Security Council, 即方舱医院: the organisation without its lead word."""
_NOT_AN_ORG = re.compile(r"^(?:哪|不同|多家|某些|一家|两家|几家|有关|相关)")
_EN_NOT_ACRONYM = frozenset(
    {"CEO", "CFO", "COO", "CTO", "SUV", "SUVs", "GDP", "CPI", "TV", "ID", "AM", "PM", "OK"}
)
"""Job titles and common nouns in capitals are no organisations."""
_EN_STOP = {"The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She", "They", "This", "That"}


_NEW_ENTITY = Entity.__pydantic_validator__.validate_python
"""Entity(text=…, type=…) validated from a dict: the same checks without the keyword pass of __init__."""


def people_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for an article's known people, longest names first (None when there are none)."""
    ordered = tuple(sorted({n for n in names if len(n) >= 2}, key=lambda n: (-len(n), n)))
    return _alternation(ordered) if ordered else None


@functools.lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """A compiled alternation of literal words, cached: the same speakers recur across claims and runs."""
    return re.compile("|".join(re.escape(w) for w in words))


def extract_entities(
    text: str, lang: str, known_people: Iterable[str] | re.Pattern[str] | None = ()
) -> list[Entity]:
    """Return PERSON / ORG / PLACE entities named in `text`, in order, without duplicates."""
    found: list[tuple[int, int, str, str]] = []
    if lang == "en":
        if _EN_ORG_WORD.search(text):
            _collect(found, _EN_ORG, text, "ORG")
        for m in _EN_PERSON.finditer(text):
            group = "name" if m.group("name") else "full"
            _add(found, m.start(group), m.end(group), "PERSON", m.group(group).strip())
        _collect(found, _EN_PLACE, text, "PLACE")
        _collect(found, _EN_ACRONYM, text, "ORG")
    else:
        _add_people(found, text, known_people)
        _collect(found, _ZH_PERSON, text, "PERSON", group="name")
        _collect_zh_orgs(found, text)
        for m in _ZH_PLACE.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            if before and "\u4e00" <= before <= "\u9fff" and not _PLACE_MAY_FOLLOW.match(before):
                continue  # 米吉林大院 holds 吉林 but names no province
            _add(found, m.start(), m.end(), "PLACE", m.group())
        _collect_localities(found, text)
    if lang == "en":
        _add_people(found, text, known_people)
    if lang != "en":
        for m in _ZH_ANONYMISED.finditer(text) if "某" in text else ():
            _add(found, m.start(), m.end(), "PERSON", m.group())
        if len(found) > 1:  # one entity has nothing to merge with
            found = _merge_nested_orgs(found)
    seen: set[tuple[str, str]] = set()
    out: list[Entity] = []
    for _, _, kind, value in sorted(found):
        value = _ZH_COUNTED.sub("", value) if lang != "en" else value
        if kind == "ORG":
            value = _ORG_LEAD.sub("", value)
            if value in _ZH_GENERIC or _NOT_AN_ORG.match(value) or value in _EN_NOT_ACRONYM:
                continue
        if len(value) < 2 or (kind == "PERSON" and value.endswith(_NOT_A_NAME_END)):
            continue
        key = (value, kind)
        if key not in seen and value not in _EN_STOP:
            seen.add(key)
            out.append(_NEW_ENTITY({"text": value, "type": kind}))
    return out


def people_in(text: str, lang: str, speakers: Iterable[str] = ()) -> list[str]:
    """The people an article names (after a role word, or as speakers), longest first.

    A name read as 3-4 characters shrinks when its shorter form recurs on its own in the article
    (居民索旺拿出手机… / 为索旺上门: the name is 索旺)."""
    names = {s for s in speakers if len(s) >= 2}
    if lang != "en":
        counts: dict[str, int] = {}

        def count(piece: str) -> int:  # each name is counted once per article, not once per mention
            if piece not in counts:
                counts[piece] = text.count(piece)
            return counts[piece]

        for m in _ZH_PERSON.finditer(text):
            name = m.group("name")
            whole = count(name)
            name = next((name[:n] for n in range(2, len(name)) if count(name[:n]) > whole), name)
            if not name.endswith(_NOT_A_NAME_END):
                names.add(name)
    return sorted(names, key=len, reverse=True)


def _add_people(
    found: list[tuple[int, int, str, str]], text: str, known: Iterable[str] | re.Pattern[str] | None
) -> None:
    pattern = known if isinstance(known, re.Pattern) or known is None else people_pattern(known)
    if pattern is not None:
        for m in pattern.finditer(text):
            _add(found, m.start(), m.end(), "PERSON", m.group())


def _collect_zh_orgs(found: list[tuple[int, int, str, str]], text: str) -> None:
    """Organisations: find each suffix (公安局, 中心), then take the name back to the last boundary."""
    floor = 0
    for m in _ZH_ORG_END.finditer(text):
        floor = max([floor] + [e for _, e, _, _ in found if e <= m.start()])
        if _ZH_NOT_ORG_AFTER.match(text, m.end()):
            continue
        start = max(floor, m.start() - _ORG_NAME_MAX)
        for b in _ZH_BOUNDARY_RE.finditer(text, start, m.start()):
            start = b.end()
        _add(found, start, m.end(), "ORG", text[start : m.end()])
        floor = m.end()


def _merge_nested_orgs(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """拉萨市公安局 + 刑事技术科学研究所 written together name one body: 拉萨市公安局刑事技术科学研究所."""
    merged: list[tuple[int, int, str, str]] = []
    for item in sorted(found):
        if merged and item[2] == "ORG" and merged[-1][2] == "ORG" and merged[-1][1] == item[0]:
            start, _, _, value = merged.pop()
            merged.append((start, item[1], "ORG", value + item[3]))
        else:
            merged.append(item)
    return merged


def _collect_localities(found: list[tuple[int, int, str, str]], text: str) -> None:
    """Communities and villages: 2-4 name characters before 社区 / 村, back to a boundary."""
    if "村" not in text and "社区" not in text:
        return
    for m in _ZH_LOCALITY_END.finditer(text):
        start = max(0, m.start() - _LOCALITY_NAME_MAX)
        for b in _ZH_BOUNDARY_RE.finditer(text, start, m.start()):
            start = b.end()
        if m.start() - start >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in text[start : m.start()]):
            _add(found, start, m.end(), "PLACE", text[start : m.end()])


def _collect(
    found: list[tuple[int, int, str, str]],
    pattern: re.Pattern[str],
    text: str,
    kind: str,
    group: int | str = 0,
) -> None:
    for m in pattern.finditer(text):
        start, end = m.span(group)
        value = text[start:end].strip()
        if value:
            _add(found, start, start + len(value), kind, value)


def _add(
    found: list[tuple[int, int, str, str]], start: int, end: int, kind: str, value: str | None = None
) -> None:
    """Keep the first (then the longest) entity over any stretch of text."""
    for s, e, _, _ in found:
        if start < e and s < end:
            return
    found.append((start, end, kind, value if value is not None else ""))
