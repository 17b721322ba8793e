"""Names of the Jewish and Hindu feasts in Chinese and English → the feast keys of `hebrew` and `hindu`.

Chinese names are written once; each name ending in 节 is also read with 節 (and the reverse), as
Chinese text mixes the two. Names that are also ordinary words are left out on purpose: 禁食日 (any fast),
篝火节 (any bonfire feast), 转经节 (a Tibetan feast), 收获节 and 印度丰收节 (any harvest feast), 圣母节
(Marian feasts), 难近母节 / Durga Puja (its days differ by region), 大屠杀纪念日 and "Holocaust Day"
(also 27 January), Lakshmi Puja (also Kojagari, another day), "gurpurab" alone (any Guru's anniversary),
"festival of lights" (Diwali or Hanukkah).
"""

from __future__ import annotations

_ZH: dict[str, tuple[str, ...]] = {
    # Jewish feasts
    "rosh hashanah": ("犹太新年", "猶太新年", "犹太教新年", "猶太教新年", "岁首节", "歲首節", "吹角节"),
    "yom kippur": ("赎罪日", "贖罪日", "赎罪节", "贖罪節", "犹太赎罪日", "猶太贖罪日"),
    "sukkot": ("住棚节", "帐棚节", "帳棚節", "结茅节", "結茅節"),
    "shemini atzeret": ("圣会节", "聖會節", "聖会節"),
    "simchat torah": (
        "西赫托拉节",
        "西赫妥拉节",
        "律法节",
        "欢庆圣法节",
        "歡慶聖法節",
        "庆祝律法节",
        "慶祝律法節",
    ),
    "hanukkah": (
        "光明节",
        "犹太光明节",
        "猶太光明節",
        "修殿节",
        "献殿节",
        "獻殿節",
        "哈努卡节",
        "马加比节",
        "馬加比節",
    ),
    "tu bishvat": ("犹太植树节", "猶太植樹節", "图比舍巴特节", "圖比舍巴特節", "树木新年", "樹木新年"),
    "purim": ("普珥节", "普林节"),
    "passover": ("逾越节", "踰越节", "犹太逾越节", "猶太逾越節"),
    "yom haatzmaut": (
        "以色列独立纪念日",
        "以色列獨立紀念日",
        "以色列独立日",
        "以色列獨立日",
        "以色列国庆节",
        "以色列國慶節",
        "以色列国庆日",
        "以色列國慶日",
    ),
    "lag baomer": ("犹太教篝火节", "猶太教篝火節", "拉格巴欧麦尔节"),
    "shavuot": ("七七节", "沙夫幼特节", "新果实节", "新果實節", "犹太五旬节", "猶太五旬節"),
    "tisha bav": ("圣殿被毁日", "聖殿被毀日", "聖殿被毁日", "圣殿毁灭日", "聖殿毀滅日", "阿布月九日"),
    # Hindu, Sikh and Jain feasts
    "diwali": (
        "排灯节",
        "排燈節",
        "万灯节",
        "萬燈節",
        "印度灯节",
        "印度燈節",
        "印度排灯节",
        "印度排燈節",
        "印度光明节",
    ),
    "deepavali (singapore, malaysia)": ("屠妖节",),
    "holi": (
        "洒红节",
        "灑紅節",
        "侯丽节",
        "侯麗節",
        "荷丽节",
        "荷麗節",
        "胡里节",
        "好利节",
        "霍利节",
        "印度五彩节",
    ),
    "raksha bandhan": ("印度兄妹节", "拉克沙班丹节"),
    "onam": ("欧南节", "歐南節", "奥南节", "奧南節"),
    "dussehra": ("十胜节", "十勝節", "十胜日", "十勝日", "达沙拉节", "達沙拉節"),
    "navaratri": ("九夜节", "九夜節", "纳瓦拉特里节", "納瓦拉特里節"),
    "chhath": ("克哈特普迦节",),
    "pongal": ("庞格尔节", "龐格爾節", "淡米尔丰收节", "淡米爾豐收節", "丰收节庞格尔"),
    "janmashtami": ("黑天节", "黑天節", "黑天诞辰节", "黑天誕辰節", "克里希纳诞辰节"),
    "ganesh chaturthi": ("象头神节", "象頭神節", "甘尼许节", "甘尼許節"),
    "maha shivaratri": ("湿婆节", "濕婆節", "湿婆之夜", "濕婆之夜", "大湿婆节"),
    "rath yatra": ("印度战车节", "印度戰車節"),
    "guru nanak jayanti": ("古鲁那纳克诞辰", "古魯那納克誕辰"),
}

EN_FEASTS: dict[str, str] = {
    **dict.fromkeys(("rosh hashanah", "rosh hashana", "rosh hashanna", "rosh ha-shanah", "rosh hashannah"), "rosh hashanah"),
    **dict.fromkeys(("yom kippur", "yom kipur"), "yom kippur"),
    **dict.fromkeys(("sukkot", "succot", "succos", "sukkos", "feast of tabernacles", "feast of booths",
                     "feast of the tabernacles", "feast of ingathering", "feast of the ingathering"), "sukkot"),
    **dict.fromkeys(("shemini atzeret", "shmini atzeret"), "shemini atzeret"),
    **dict.fromkeys(("simchat torah", "simhat torah", "simchas torah"), "simchat torah"),
    **dict.fromkeys(("hanukkah", "chanukah", "hanukah", "hannukkah", "chanukkah", "hanukka", "hannukah",
                     "hanuka", "chanuka"), "hanukkah"),
    **dict.fromkeys(("tu bishvat", "tu b'shvat", "tu bi'shvat", "tu b'shevat", "tu bshvat"), "tu bishvat"),
    "purim": "purim",
    "shushan purim": "shushan purim",
    **dict.fromkeys(("passover", "pesach", "pesah", "pesakh"), "passover"),
    **dict.fromkeys(("yom hashoah", "yom ha'shoah", "yom ha-shoah"), "yom hashoah"),
    **dict.fromkeys(("yom haatzmaut", "yom ha'atzmaut", "yom ha-atzmaut", "israel independence day",
                     "israel's independence day", "israeli independence day"), "yom haatzmaut"),
    **dict.fromkeys(("lag baomer", "lag b'omer", "lag ba'omer", "lag ba omer"), "lag baomer"),
    **dict.fromkeys(("shavuot", "shavuos", "shavuoth", "shovuos", "feast of weeks"), "shavuot"),
    **dict.fromkeys(("tisha b'av", "tisha bav", "tisha be'av", "tish'a b'av"), "tisha bav"),
    **dict.fromkeys(("diwali", "deepavali", "divali", "dipawali", "deepawali", "lakshmi puja", "laxmi puja"), "diwali"),
    **dict.fromkeys(("naraka chaturdashi", "choti diwali", "chhoti diwali", "kali chaudas"), "naraka chaturdashi"),
    "govardhan puja": "govardhan puja",
    **dict.fromkeys(("holi", "dhulandi", "phagwah", "dhuleti", "rangwali holi"), "holi"),
    **dict.fromkeys(("holika dahan", "chhoti holi", "choti holi", "kamudu pyre"), "holika dahan"),
    **dict.fromkeys(("raksha bandhan", "rakhi", "rakhri"), "raksha bandhan"),
    **dict.fromkeys(("onam", "thiruvonam", "thiru onam"), "onam"),
    **dict.fromkeys(("dussehra", "dasara", "dussera", "dasera", "vijayadashami", "vijaya dashami"), "dussehra"),
    **dict.fromkeys(("navaratri", "navratri", "sharad navratri", "navarathri"), "navaratri"),
    **dict.fromkeys(("chhath", "chhath puja", "chhat puja", "dala puja", "surya shashthi"), "chhath"),
    **dict.fromkeys(("pongal", "thai pongal"), "pongal"),
    **dict.fromkeys(("bhogi", "bogi", "bhogi pandigai", "bogi pandigai"), "bhogi"),
    **dict.fromkeys(("mattu pongal", "maattu pongal"), "mattu pongal"),
    **dict.fromkeys(("kaanum pongal", "kanum pongal", "kanni pongal"), "kaanum pongal"),
    **dict.fromkeys(("makar sankranti", "makara sankranti", "makara sankranthi", "maghi"), "makar sankranti"),
    **dict.fromkeys(("vaisakhi", "baisakhi", "vaishakhi", "vasakhi"), "vaisakhi"),
    **dict.fromkeys(("vasant panchami", "basant panchami"), "vasant panchami"),
    **dict.fromkeys(("janmashtami", "krishna janmashtami", "gokulashtami", "krishna jayanti"), "janmashtami"),
    **dict.fromkeys(("ganesh chaturthi", "vinayaka chaturthi", "vinayagar chathurthi"), "ganesh chaturthi"),
    **dict.fromkeys(("ram navami", "rama navami"), "ram navami"),
    **dict.fromkeys(("maha shivaratri", "maha shivratri", "mahashivratri", "mahashivaratri"), "maha shivaratri"),
    **dict.fromkeys(("karva chauth", "karwa chauth"), "karva chauth"),
    **dict.fromkeys(("rath yatra", "ratha yatra", "ratha-yatra", "rath-yatra"), "rath yatra"),
    **dict.fromkeys(("ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi"), "ugadi"),
    **dict.fromkeys(("mahavir jayanti", "mahaveer jayanti", "mahavir janma kalyanak", "mahaveer janma kalyanak"),
                    "mahavir jayanti"),
    **dict.fromkeys(("guru nanak jayanti", "guru nanak gurpurab"), "guru nanak jayanti"),
    **dict.fromkeys(("guru ravidas jayanti", "guru ravidass jayanti", "guru ravidas birthday", "guru ravidass birthday",
                     "guru ravidas's birthday"), "guru ravidas jayanti"),
    **dict.fromkeys(("guru gobind singh jayanti", "guru govind singh jayanti", "guru gobind singh birthday",
                     "guru gobind singh's birthday", "guru gobind singh gurpurab"), "guru gobind singh jayanti"),
    **dict.fromkeys(("bhai dooj", "bhai duj", "bhaiya dooj", "bhai tika", "bhau beej"), "bhai dooj"),
    **dict.fromkeys(("maha saptami", "durga saptami"), "maha saptami"),
    **dict.fromkeys(("parsi new year", "jamshedi navroz", "jamshedi navruz", "jamshedi nowruz"), "parsi new year"),
    **dict.fromkeys(("rabindra jayanti", "rabindranath jayanti", "rabindranath tagore jayanti",
                     "rabindranath tagore's birthday", "pochishe boishakh"), "rabindra jayanti"),
    **dict.fromkeys(("valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"), "valmiki jayanti"),
}  # fmt: skip
EN_FEASTS.update({name.replace("'", "’"): key for name, key in EN_FEASTS.items() if "'" in name})
"""English spellings (lower case, with ' or ’) → feast key."""

NAME_LIKE = frozenset({"holi", "rakhi", "onam", "pongal", "bhogi", "bogi", "maghi", "purim", "divali"})
"""English feast names that are also people's names or words: a feast only when not followed by a
capitalised word (Rakhi Sawant) other than a feast word (Holi Festival)."""

ZH_FEASTS: dict[str, str] = {}
"""Chinese names (simplified, traditional and mixed) → feast key."""
for _key, _names in _ZH.items():
    for _name in _names:
        ZH_FEASTS[_name] = _key
        if _name.endswith(("节", "節")):
            ZH_FEASTS[_name[:-1] + "節"] = _key
            ZH_FEASTS[_name[:-1] + "节"] = _key
