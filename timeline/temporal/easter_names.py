"""Christian feasts counted from Easter, by their Chinese names (Western and Orthodox), and Lent in
Chinese and English; the days come from `dateutil.easter` in `holidays`."""

from __future__ import annotations

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN

_FROM_EASTER: dict[int, tuple[str, ...]] = {
    0: ("复活节", "復活節", "主复活日", "主復活日", "复活节主日", "復活節主日"),
    1: ("复活节星期一", "復活節星期一"),
    -1: (
        "圣周六",
        "聖週六",
        "聖周六",
        "神圣星期六",
        "神聖週六",
        "神聖星期六",
        "黑色星期六",
        "复活节前夜",
        "復活節前夜",
        "主受难节翌日",
        "主受難節翌日",
        "耶稣受难日翌日",
        "耶穌受難日翌日",
    ),
    -2: (
        "耶稣受难日",
        "耶穌受难日",
        "主受难日",
        "主受難日",
        "沉默周五",
        "沈默周五",
        "沈默週五",
        "耶穌受難日",
        "主受难节",
        "主受難節",
        "受难节",
        "受難節",
        "圣周五",
        "聖週五",
        "聖周五",
    ),
    -3: (
        "圣周四",
        "圣周星期四",
        "聖週星期四",
        "设立圣餐日",
        "設立聖餐日",
        "聖週四",
        "聖周四",
        "神圣星期四",
        "神聖星期四",
        "濯足节",
        "濯足節",
    ),
    -7: ("棕枝主日", "基督苦难主日", "基督苦難主日", "圣枝主日", "聖枝主日", "圣树主日", "聖樹主日"),
    -46: (
        "圣灰日",
        "聖灰日",
        "圣灰星期三",
        "聖灰星期三",
        "灰日",
        "大斋首日",
        "大齋首日",
        "圣灰礼仪日",
        "聖灰禮儀日",
    ),
    -47: (
        "忏悔火曜日",
        "忏悔节",
        "忏悔節",
        "懺悔節",
        "煎饼星期二",
        "煎餅星期二",
        "懺悔火曜日",
        "忏悔星期二",
        "懺悔星期二",
    ),
    39: ("耶稣升天节", "耶穌升天節", "基督升天节", "基督升天節"),
    49: ("五旬节", "五旬節", "圣灵降临节", "聖靈降臨節", "圣灵降临日", "聖靈降臨日"),
    50: ("圣灵节庆日", "聖靈節慶日", "圣灵降临节星期一", "聖靈降臨節星期一"),
    56: (
        "圣三一主日",
        "圣三主日",
        "聖三主日",
        "天主三一主日",
        "聖三一主日",
        "天主圣三节",
        "天主聖三節",
        "天主圣三一节",
        "天主聖三一節",
        "天主聖三一节",
        "圣三节",
        "聖三節",
    ),
    60: (
        "基督圣体节",
        "基督聖體節",
        "基督聖體节",
        "基督圣体圣血节",
        "基督聖體聖血節",
        "基督圣体圣血瞻礼",
        "基督聖體聖血瞻禮",
        "基督聖體聖血瞻礼",
    ),
}
ORTHODOX_PREFIXES = ("东正教", "東正教")
EASTER: dict[str, tuple[int, int]] = {
    **{name: (offset, EASTER_WESTERN) for offset, names in _FROM_EASTER.items() for name in names},
    **{
        prefix + name: (offset, EASTER_ORTHODOX)
        for offset, names in _FROM_EASTER.items()
        for name in names
        for prefix in ORTHODOX_PREFIXES
    },
    "拉撒路圣周六": (-8, EASTER_ORTHODOX),  # an Orthodox feast only
    "拉撒路聖週六": (-8, EASTER_ORTHODOX),
    "拉匝路周六": (-8, EASTER_ORTHODOX),
    "拉匝路聖週六": (-8, EASTER_ORTHODOX),
}
"""Feasts a fixed number of days from Easter → (days from Easter Sunday, dateutil's method)."""

LENT = ("大斋期", "大齋期", "大斋节", "大齋節", "四旬期", "四旬节", "四旬節")
"""Lent: from Ash Wednesday to Holy Saturday (a span of days, not one day)."""
LENTS = {
    "lent": (EASTER_WESTERN, -46, -1),
    "great lent": (EASTER_ORTHODOX, -48, -9),
    "great fast": (EASTER_ORTHODOX, -48, -9),
}
"""English names of Lent → (Easter's reckoning, first and last day from Easter Sunday): the Orthodox Great
Lent runs from Clean Monday to the Friday before Lazarus Saturday."""
