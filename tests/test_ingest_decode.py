"""Encodings: every supported encoding gives the UTF-8 original's claims; garbled bytes are refused."""

from __future__ import annotations

import codecs

import pytest

from timeline.errors import DecodeError, InputError, InputWarning
from timeline.ingest import decode, read_article
from timeline.pipeline import extract_article

SIMPLIFIED = (
    "---\npublished: 2024-04-24\n---\n"
    "市反诈中心成立于2016年，当时只有五名民警。\n\n"
    "2017年9月，两地公安机关签署了合作框架协议，约定共同培养技术人才。\n\n"
    "2023年2月16日凌晨，专案组在城郊抓获三名嫌疑人。\n\n"
    "截至2024年3月28日，全市电信诈骗发案率由4.1%降到0.33%。\n"
)
TRADITIONAL = (
    "---\npublished: 2024-04-24\n---\n"
    "這個防詐中心成立於2016年，當時只有五名員警。\n\n"
    "2017年9月，兩地警察機關簽署了合作框架協議，約定共同培養技術人才。\n\n"
    "截至2024年3月28日，全市電信詐騙發案率由4.1%降到0.33%。\n"
)


def claims_of(path):
    """(quote, offsets, date) of each claim of a file."""
    article = read_article(path)
    return [(c.claim_text, c.char_start, c.date_edtf) for c in extract_article(article).claims], article


@pytest.mark.parametrize(
    ("text", "encoding", "prefix"),
    [
        (SIMPLIFIED, "utf-8", b""),
        (SIMPLIFIED, "utf-8", codecs.BOM_UTF8),
        (SIMPLIFIED, "gb18030", b""),
        (SIMPLIFIED, "gbk", b""),
        (TRADITIONAL, "big5", b""),
        (SIMPLIFIED, "utf-16-le", codecs.BOM_UTF16_LE),
        (SIMPLIFIED, "utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_every_encoding_gives_the_utf8_claims(tmp_path, text, encoding, prefix):
    original = tmp_path / "utf8.txt"
    original.write_text(text, encoding="utf-8")
    encoded = tmp_path / f"{encoding}.txt"
    encoded.write_bytes(prefix + text.encode(encoding))
    want, want_article = claims_of(original)
    got, got_article = claims_of(encoded)
    assert want, "the example must have claims"
    assert got == want
    assert got_article.text == want_article.text
    assert got_article.article_id == want_article.article_id


@pytest.mark.parametrize(("declared", "codec"), [("gb2312", "gb18030"), ("GBK", "gbk"), ("big5", "big5")])
def test_html_meta_charset_is_honoured(tmp_path, declared, codec):
    body = TRADITIONAL if codec == "big5" else SIMPLIFIED
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("---\n")[2].split("\n\n"))
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        f"<title>示例</title></head><body><article>{paragraphs}</article></body></html>"
    )
    utf8 = tmp_path / "utf8.html"
    utf8.write_text(html.replace(f"charset={declared}", "charset=utf-8"), encoding="utf-8")
    legacy = tmp_path / "legacy.html"
    legacy.write_bytes(html.encode(codec))
    assert read_article(legacy).text == read_article(utf8).text


def test_user_encoding_wins_and_a_wrong_one_is_refused(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    assert read_article(path, encoding="big5").text.startswith("這個防詐中心")
    with pytest.raises(DecodeError, match=r"big5.txt: byte \d+ is not valid utf-8 .*try another --encoding"):
        read_article(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_article(path, encoding="klingon")


def test_truncated_utf8_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-8")[:-2])
    with pytest.raises(DecodeError, match=r"cut.txt: the UTF-8 text is cut off mid-character .*--encoding"):
        read_article(path)


def test_mixed_encodings_are_refused(tmp_path):
    path = tmp_path / "mixed.txt"
    half = len(SIMPLIFIED) // 2
    path.write_bytes(SIMPLIFIED[:half].encode("utf-8") + SIMPLIFIED[half:].encode("gbk"))
    with pytest.raises(DecodeError, match=r"mixed.txt: .*--encoding"):
        read_article(path)


@pytest.mark.parametrize(
    ("garbled", "why"),
    [
        (SIMPLIFIED.encode("utf-8").decode("gb18030", errors="ignore"), "mojibake"),
        ("The café’s owner said the 2019 plan failed.".encode().decode("cp1252"), "mojibake"),
        ("2024年" + "\ufffd" * 5 + "发布", "replacement characters"),
    ],
)
def test_already_garbled_text_is_refused(tmp_path, garbled, why):
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    with pytest.raises(DecodeError, match=f"garbled.txt: .*{why}"):
        read_article(path)


LONG_BODY = "".join(
    f"第{n}段：{2000 + n}年，这座港口的第{n}期工程开工，码头岸线延长了{n * 10}米，可停靠更大的邮轮。\n\n"
    for n in range(1, 13)
)


def test_a_few_replacement_characters_of_the_file_itself_are_read_with_a_warning(tmp_path):
    """A publisher's file may hold U+FFFD (a lost emoji): kept, with a warning naming the file and offset."""
    text = "---\npublished: 2024-04-24\n---\n" + LONG_BODY.replace("第3段", "\ufffd" * 6 + "第3段", 1)
    path = tmp_path / "slip.txt"
    path.write_text(text, encoding="utf-8")
    where = text.index("\ufffd")
    with pytest.warns(
        InputWarning, match=rf"slip.txt: 6 replacement character\(s\) .* at character {where} "
    ):
        article = read_article(path)
    assert "\ufffd" * 6 + "第3段" in article.text
    assert ("2003", "2003年") in {(c.date_edtf, c.date_text) for c in extract_article(article).claims}


def test_replacement_characters_of_a_page_are_read_with_a_warning(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in LONG_BODY.split("\n\n") if line)
    page = f"<html><head><title>港口</title></head><body><article>{paragraphs}</article></body></html>"
    page = page.replace("第5段", "\ufffd\ufffd第5段", 1)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.warns(
        InputWarning, match=r"page.html: 2 replacement .* of the article text taken from the page"
    ):
        article = read_article(path)
    assert "\ufffd\ufffd第5段" in article.text


def test_a_text_whose_letters_were_replaced_is_still_refused(tmp_path):
    """A wrong decoding replaces a good share of the letters: that is refused, not read with a warning."""
    for wrong, codec in (("utf-8", "gbk"), ("cp1252", "utf-8"), ("ascii", "utf-8")):
        path = tmp_path / f"{codec}-as-{wrong}.txt"
        path.write_text(LONG_BODY.encode(codec).decode(wrong, errors="replace"), encoding="utf-8")
        with pytest.raises(DecodeError, match=rf"{path.name}: .*(?:replacement characters|mojibake)"):
            read_article(path)


def test_real_text_with_accents_and_symbols_is_accepted():
    text = "Señor Núñez paid €12 for crème brûlée — “naïve”, he said; 东京 2024年。"
    assert decode(text.encode("utf-8"), "a.txt") == text
    assert decode(text.encode("utf-8"), "a.txt", "utf-8") == text


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_a_short_legacy_text_is_refused_not_guessed(codec):
    with pytest.raises(DecodeError, match=r"a.txt: too little text to tell its encoding .*--encoding"):
        decode("今天北京".encode(codec), "a.txt")
    assert decode("今天北京".encode(codec), "a.txt", codec) == "今天北京"


@pytest.mark.parametrize(
    ("text", "codec"), [(SIMPLIFIED, "gbk"), (TRADITIONAL, "big5"), (TRADITIONAL, "gbk")]
)
def test_legacy_encodings_never_decode_wrongly_at_any_length(text, codec):
    body = text.split("---\n")[2]
    for size in range(4, len(body), 5):
        part = body[:size]
        try:
            assert decode(part.encode(codec), "a.txt") == part
        except DecodeError as exc:
            assert "--encoding" in str(exc)


@pytest.mark.parametrize("declared", ["gb2312", "gbk"])
def test_a_big5_page_declared_as_gbk_is_read_as_big5(tmp_path, declared):
    """GB18030 decodes Big5 bytes without an error, into rare characters: the other codec reads it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in TRADITIONAL.split("---\n")[2].split("\n\n"))
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
        f"<title>防詐中心</title></head><body><article>{paragraphs}</article></body></html>"
    )
    utf8 = tmp_path / "utf8.html"
    utf8.write_text(html.replace(f"charset={declared}", "charset=utf-8"), encoding="utf-8")
    mislabelled = tmp_path / "mislabelled.html"
    mislabelled.write_bytes(html.encode("big5"))
    assert read_article(mislabelled).text == read_article(utf8).text
    assert read_article(mislabelled).encoding == "big5hkscs"


def test_a_chinese_page_in_its_declared_codec_keeps_it(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in SIMPLIFIED.split("---\n")[2].split("\n\n"))
    html = (
        '<html><head><meta charset="gbk"><title>反诈中心</title></head>'
        f"<body><article>{paragraphs}</article></body></html>"
    )
    path = tmp_path / "gbk.html"
    path.write_bytes(html.encode("gbk"))
    article = read_article(path)
    assert "市反诈中心成立于2016年" in article.text and article.encoding == "gb18030"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x00" * 10, "only NUL bytes"),
        (b"\x1f\x8b\x08\x00" + bytes(range(200)), "a gzip archive), not text; name it .gz"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(200)), "a PDF document), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(200)), "office document (.docx)), not text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "a PNG image), not text"),
        (b"\xff\xd8\xff\xe0" + bytes(range(200)), "a JPEG image), not text"),
        ("2016年，研究所成立。In 2017 it grew.".encode("utf-32-le"), "UTF-32 text without a byte-order mark"),
    ],
)
def test_binary_files_with_a_text_name_say_what_they_are(tmp_path, data, expected):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="^" + str(path).replace("\\", "\\\\") + ": ") as caught:
        read_article(path)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
