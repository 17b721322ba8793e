"""Chinese vague and relative time words (目前, 近年来, 随后) and the qualifiers around a date (约, 以来).

Simplified and traditional spellings sit side by side in every table; `zh_vocab` gathers
these tables for the grammar modules.
"""

from __future__ import annotations

# -- vague words ----------------------------------------------------------------------------------

PRESENT = (
    "如今",
    "目前",
    "当前",
    "當前",
    "至今",
    "迄今",
    "当下",
    "當下",
    "眼下",
    "现阶段",
    "現階段",
    "而今",
    "时下",
    "時下",
    "截至目前",
    "截至发稿时",
    "截至發稿時",
    "截至记者发稿时",
    "截至記者發稿時",
    "到目前为止",
    "到目前為止",
    "到现在为止",
    "到現在為止",
    "截至现在",
    "截至現在",
    "迄今为止",
    "迄今為止",
)

PRESENT_INSTANT = ("此时此刻", "此時此刻", "现在", "現在", "此时", "此時", "此刻", "而家", "依家", "宜家")
"""Words for the present moment itself (Cantonese 而家 / 依家 / 宜家), not the present period (目前)."""

RECENT_YEARS = (
    "近年来",
    "近年來",
    "近几年来",
    "近幾年來",
    "近几年",
    "近幾年",
    "多年来",
    "多年來",
    "长期以来",
    "長期以來",
    "一直以来",
    "一直以來",
    "近年",
    "这些年",
    "這些年",
    "这些年来",
    "這些年來",
    "历年来",
    "歷年來",
    "近些年",
    "近些年来",
    "近些年來",
)

RECENT_DAYS = (
    "近日",
    "日前",
    "前不久",
    "不久前",
    "近来",
    "近來",
    "最近",
    "这两天",
    "這兩天",
    "连日来",
    "連日來",
)

RECENT_MONTHS = ("近期", "近段时间", "近段時間", "近一段时间", "近一段時間")

PAST = ("此前", "早前", "先前", "以往", "早些时候", "早些時候")

FUTURE = ("今后", "今後", "将来", "將來", "日后", "日後")

AFTER = (
    "随后",
    "隨後",
    "此后",
    "此後",
    "后来",
    "後來",
    "不久后",
    "不久後",
    "没过多久",
    "沒過多久",
    "过了一段时间",
    "過了一段時間",
    "一段时间后",
    "一段時間後",
    "事后",
    "事後",
)

THEN = {
    "当时": "none",
    "當時": "none",
    "那时": "none",
    "那時": "none",
    "最初": "approximate",
    "起初": "approximate",
    "当初": "approximate",
    "當初": "approximate",
}
"""Words that point back at the narrative's latest date: 当时 (then), 最初 (at the start)."""

# -- qualifiers ------------------------------------------------------------------------------------

AS_OF_PREFIX = ("截至", "截止", "截止到", "截止至", "截至到")

APPROX_PREFIX = ("约", "約", "大约", "大約", "大概", "约在", "約在")

APPROX_SUFFIX = ("许", "許", "左右", "前后", "前後", "上下")

SINCE_SUFFIX = ("以来", "以來", "起", "开始", "開始", "至今", "迄今", "就开始", "就開始", "便开始", "便開始")

BEFORE_SUFFIX = ("以前", "之前")

AFTER_SUFFIX = ("以后", "以後", "之后", "之後")

AS_OF_SUFFIX = ("为止", "為止")
