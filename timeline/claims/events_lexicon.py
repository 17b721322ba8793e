"""Event-type lexicon kept as data: trigger patterns per type, for zh and en.

Each entry is a regular expression fragment. `ORDER` is the order types are tried in: the most
specific first, so 发生…事件 (incident) wins over 开展 (service) in one clause. Edit the lists,
not the code, to teach the classifier a new word.
"""

from __future__ import annotations

# fmt: off

STRONG_TYPES: frozenset[str] = frozenset(
    {"incident", "appointment", "agreement", "founding", "meeting", "training"}
)
"""Types named by a specific verb: the earliest such trigger in a clause decides its type."""

ORDER: tuple[str, ...] = (
    'incident', 'appointment', 'agreement', 'founding', 'meeting', 'training', 'policy', 'project',
    'service', 'statistic',
)

TRIGGERS: dict[str, dict[str, tuple[str, ...]]] = {
    "incident": {
        "zh": (
            '发生', '事件', '事故', '案件', '案发', '死亡', '身亡', '遇难', '受伤', '伤亡', '斗殴', '打架', '袭击', '爆炸', '火灾', '起火',
            '地震', '疫情', '暴雨', '寒潮', '台风', '洪水', '坍塌', '被骗', '诈骗', '报警', '报案', '抓获', '落网', '逮捕', '刑拘', '拘留',
            '立案', '侦破', '破获', '判处', '起诉', '遇害', '失踪', '感染', '确诊', '袭来', '摘除', '手术',
            '判决', '判刑', '羁押', '车祸',  # 判決, 羈押, 車禍: Taiwan's and Hong Kong's court and road news
        ),
        "en": (
            r'\bkill(?:ed|s|ing)?\b', r'\bdied\b', r'\bdead\b', r'\bdeath\b', r'\bstabb(?:ed|ing)\b',
            r'\bshot\b', r'\bshooting\b', r'\bcrash(?:ed)?\b', r'\bfire\b', r'\bexplosion\b',
            r'\battack(?:ed)?\b', r'\barrest(?:ed)?\b', r'\bcharged\b', r'\binjur(?:ed|ies)\b',
            r'\bfight\b', r'\bstole\b', r'\bsteal\b', r'\bfraud\b', r'\bindicted\b', r'\bconvicted\b',
            r'\bsentenced\b', r'\bstorm\b', r'\boutbreak\b', r'\bwildfires?\b',
        ),
    },
    "appointment": {
        "zh": (
            '担任', '出任', '任命', '就任', '接任', '当选', '履新', '调任', '挂职', '卸任', '辞职', '免去',
            r'任[\u4e00-\u9fff]{2,14}(?:局长|厅长|部长|主任|书记|队长|支队长|所长|院长|市长|县长|经理|主席|负责人)',
        ),
        "en": (
            r'\bappointed\b',
            r'\bnamed (?:as )?(?:the )?(?:new )?[a-z ]{0,30}(?:chief|director|head|ceo|president|chairman|ambassador|manager)\b',
            r'\belected\b', r'\bsworn in\b', r'\bresign(?:ed|s)\b', r'\bnominat(?:ed|ion)\b', r'\bhired\b',
            r'\bstepp(?:ed)? down\b', r'\bconfirmed as\b',
        ),
    },
    "agreement": {
        "zh": (
            '签订', '签署', '签约', '协议', '合同', '备忘录', '达成', '缔结', '结对',
        ),
        "en": (
            r'\bsign(?:ed|s|ing)?\b', r'\bagreement\b', r'\bagreed\b', r'\bdeal\b', r'\bcontract\b',
            r'\bsettlement\b', r'\btreaty\b', r'\baccord\b', r'\bmemorandum\b',
        ),
    },
    "founding": {
        "zh": (
            '成立', '创建', '创立', '组建', '设立', '挂牌', '揭牌', '建成', '落成', '开业', '开馆', '诞生',
        ),
        "en": (
            r'\bfounded\b', r'\bestablished\b', r'\blaunch(?:es|ed)?\b', r'\bset up\b', r'\bcreated\b', r'\bopened\b',
            r'\blaunched\b', r'\binaugurat(?:ed|ion)\b',
        ),
    },
    "meeting": {
        "zh": (
            '会议', '会谈', '会见', '座谈', '论坛', '峰会', '开幕', '闭幕', '召开', '举行', '听证', '发布会',
        ),
        "en": (
            r'\bmet\b', r'\bmeeting\b', r'\bsummit\b', r'\bconference\b', r'\bhearing\b',
            r'\btestif(?:y|ied)\b', r'\bdeposition\b', r'\btalks\b', r'\bvisit(?:ed)?\b',
        ),
    },
    "training": {
        "zh": (
            '培训', '学习', '跟班', '进修', '集训', '训练', '演练', '授课', '讲座', '轮训', '交流学习', '研修',
        ),
        "en": (
            r'\btrain(?:ed|ing)\b', r'\bworkshop\b', r'\bcourse\b', r'\bdrill\b', r'\bclasses\b',
        ),
    },
    "policy": {
        "zh": (
            '机制', '制度', '政策', '规定', '条例', '办法', '通知', '方案', '意见', '出台', '印发', '颁布', '施行', '实施细则', '规划', '核定', '批准', '编写',
            '制定', '修订', '划定', '管控', '封控', '解封', '禁止', '措施', '三读', '修正案', '法案', '草案', '立法',
            '升息', '降息', '加息', '减息',  # a central bank's rate decision (減息 in Hong Kong)
        ),
        "en": (
            r'\blaw\b', r'\bpolicy\b', r'\bregulations?\b', r'\brules?\b', r'\bbill\b', r'\bordinance\b',
            r'\bban(?:ned)?\b', r'\bapproved\b', r'\bpassed\b', r'\bmandate\b', r'\border(?:ed)?\b',
        ),
    },
    "project": {
        "zh": (
            '工程', '项目', '建设', '改造', '改扩建', '升级', '打通', '贯通', '通车', '修建', '开工', '竣工', '投用', '投入使用', '动工', '推进', '实施',
        ),
        "en": (
            r'\bproject\b', r'\bconstruction\b', r'\bbuil[dt]\b', r'\bupgrade[ds]?\b', r'\bprogram\b',
            r'\binfrastructure\b', r'\brenovat(?:ed|ion)\b',
        ),
    },
    "service": {
        "zh": (
            '服务', '办理', '送证', '上门', '走访', '慰问', '帮扶', '救助', '援助', '提供', '看望', '来到', '接待', '便民', '调解', '义诊',
            '捐赠', '发放', '停电', '供电', '恢复',
        ),
        "en": (
            r'\bservices?\b', r'\bcustomers\b', r'\bshut ?offs?\b', r'\bpower\b', r'\brestor(?:ed|e)\b',
            r'\bdeliver(?:ed|y)\b', r'\bprovid(?:ed|es)\b', r'\bhelp(?:ed)?\b',
        ),
    },
    "statistic": {
        "zh": (
            '率', '同比', '环比', '增长', '下降', '降低', '上升', '提高', '达到', '共计', '累计', '总计', '人次', '万元', '亿元', '数据',
            '统计', '一栋', '多名', '不到',
            '发布[^，。；《]{0,12}?(?:数据|结果|公报|名单|榜单|指数|排名)', '公布[^，。；《]{0,12}?(?:数据|结果|公报|名单|榜单|指数|排名)',
        ),
        "en": (
            r'\bpercent\b', '%', r'\brose\b', r'\bfell\b', r'\bincreas(?:ed|e)\b', r'\bdecreas(?:ed|e)\b',
            r'\bdropped\b', r'\bgained\b', r'\bsales\b', r'\bindex\b', r'\brate\b', r'\bpoints?\b',
            r'\bmillion\b', r'\bbillion\b',
        ),
    },
}

PLANNED: dict[str, tuple[str, ...]] = {
    "zh": (
        '(?<!年度)(?<!完成)(?<!按)(?<!原)(?<!超)(?<!既定)(?<!投资)(?<!工作)(?<!生产)计划(?![》”的内书表，。；、,;]|$)', '预计', '预期(?:将|在|于|会|可|到)', '即将', '有望', '打算', r'拟(?:于|在|将)?[\u4e00-\u9fff]',
        '(?<![一每])就会(?:在|于|发布|公布|出台|推出|上线|开通|开始|启动|实施|举行|召开|开展|迎来|到来|完成|正式|全面|陆续|有)',
        '将(?:取消|暂停|停止|停运|停航|停课)(?![的后])',  # not 将取消的订单 (将 as 把)
        '将(?:于|在|会|要|继续|进一步|迎来|出现|有|开展|举行|举办|实施|推出|启动|建成|投入|达到|持续|迎|推进|进入|影响|降至|升至|下降|上升|增加|减少|发布|召开|开通|开始|完成|成为|再次|全面|陆续|逐步|迎接|带来|覆盖|延续|提供|上线|恢复|出台|正式|位于|达|是)',
    ),
    "en": (
        r'\bplans? to\b', r'\bplanned (?:to|for)\b', r'\b(?:is|are|was|were|been) planned\b',
        r'\bwill\b(?<!\bits will)(?<!\bhis will)(?<!\bher will)(?<!\btheir will)(?<!\bthe will)(?<!\bown will)(?<!\bfree will)(?! of\b)',
        r'\bis expected to\b', r'\bare expected to\b', r'\bexpects?\b', r'\bscheduled to\b', r'\bintends? to\b',
        r'\b(?:is|are|was|were) set to\b', r'\b(?:is|are|was|were) forecast\b', r'\bforecasts? (?:that|show|call)',
        r'\bshould\b', r'\b(?:is|are|was|were) expected\b', r'\bgo(?:es)? on sale\b',
    ),
}
"""Words that make a clause a plan or forecast (qualifier `planned`, event type `plan`)."""

EVALUATION: dict[str, tuple[str, ...]] = {
    "zh": (
        '不断', '不单单', '不仅仅', '更是', '充分体现', '彰显', '高质量发展', '全方位', '多领域', '深层次', '巨大贡献', '重要贡献', '有力地推动',
        '好路子', '好经验', '长治久安', '初心', '使命', '有了质的突破', '日常', '离不开', '意义重大', '至关重要', '令人', '温暖', '格局', '新局面',
        '新篇章', '新气象',
    ),
    "en": (
        r'\bremarkable\b', r'\bproud\b', r'\bcommitment\b', r'\bhistoric\b', r'\bunprecedented\b',
    ),
}
"""Markers of evaluation: a vaguely dated clause with these and no concrete fact is no claim."""

FACT_VERBS: dict[str, tuple[str, ...]] = {
    "zh": (
        '签订', '签署', '签约', '开展', '组织', '推进', '实施', '成立', '创建', '组建', '设立', '担任', '出任', '任命', '谋划', '编写',
        '制定', '出台', '印发', '发布', '举办', '举行', '召开', '建立', '建成', '完成', '抓获', '破获', '侦破', '立案', '发生', '启动',
        '开通', '投入使用', '上线', '打通', '改造', '逮捕', '判处', '起诉', '宣布', '通报', '查处', '关闭', '开业', '揭牌', '挂牌', '捐赠',
        '发放', '释出',
    ),
    "en": (
        r'\bsigned\b', r'\bfounded\b', r'\bestablished\b', r'\blaunched\b', r'\bannounced\b',
        r'\barrested\b', r'\bcharged\b', r'\bappointed\b', r'\belected\b', r'\bapproved\b', r'\bpassed\b',
        r'\bopened\b', r'\bclosed\b', r'\bkilled\b', r'\bdied\b', r'\bcompleted\b',
    ),
}
"""Verbs that head a reportable action: a comma piece holding one starts a new clause (组织…，组织…),
and an undated clause needs one (or a figure) to inherit a date."""

CONNECTIVES: dict[str, tuple[str, ...]] = {
    "zh": (
        '为了', '为', '以', '从而', '进而', '使', '让', '导致', '致使', '造成', '以便', '通过', '用于',
    ),
    "en": (
        'to', 'so', 'which', 'who', 'causing', 'leading', 'making',
    ),
}
"""A comma piece opening with one of these continues the clause before it (purpose, result)."""

INITIAL_WORDS: dict[str, tuple[str, ...]] = {
    "zh": (
        '最初', '起初', r'[\u4e00-\u9fff]{1,2}之初', '成立初期',
    ),
    "en": (),
}
"""'At the start' words: the clause is dated by the most recent explicit date before it.
English has none: 'initially' / 'at first' rarely mean the founding time in news."""

# fmt: on
