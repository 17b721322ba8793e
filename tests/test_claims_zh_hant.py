"""Traditional Chinese (zh-Hant) claims: attribution verbs, 萬/億 figures, 個月, roles (own examples)."""

from __future__ import annotations

from datetime import date

from timeline.pipeline import extract

PUB = date(2024, 4, 24)


def by_text(claims):
    return {c.claim_text: c for c in sorted(claims, key=lambda c: c.char_start)}


def test_hant_speakers_with_shuo_biaoshi_zhichu_and_roles():
    text = (
        "2023年8月，市衛生局表示，全市已接種疫苗2334萬9666劑次；"
        "衛生局局長林美玲指出，去年全年醫療支出達5.57億元。"
        "「預計明年上半年完成評估。」林美玲說。"
    )
    claims = by_text(extract(text, published=PUB, lang="zh-Hant"))
    statement = claims["2023年8月，市衛生局表示，全市已接種疫苗2334萬9666劑次"]  # what the bureau said
    assert (statement.event_type, statement.speaker) == ("other", "市衛生局")
    spending = claims["去年全年醫療支出達5.57億元"]
    assert (spending.speaker, spending.speaker_role) == ("林美玲", "衛生局局長")
    assert [(q.text, q.value, q.unit) for q in spending.quantities] == [("5.57億元", 557_000_000, "yuan")]
    plan = claims["「預計明年上半年完成評估。」"]
    assert (plan.speaker, plan.date_qualifier, plan.event_type) == ("林美玲", "planned", "plan")
    assert {e.text: e.type for e in statement.entities} == {"市衛生局": "ORG"}


def test_hant_wan_figures_months_and_according_to():
    text = "今年3月起，新制將實施6個月試行期。據市政府統計，截至去年底，志工人數超過3萬人。"
    claims = by_text(extract(text, published=PUB, lang="zh-Hant"))
    trial = claims["今年3月起，新制將實施6個月試行期"]
    assert (trial.date_edtf, trial.date_qualifier) == ("2024-03/..", "since")
    assert [(q.text, q.value, q.unit) for q in trial.quantities] == [("6個月", 6, "month")]
    volunteers = claims["截至去年底，志工人數超過3萬人"]
    assert (volunteers.speaker, volunteers.date_qualifier) == ("市政府", "as_of")
    assert [(q.value, q.approx) for q in volunteers.quantities] == [(30_000, "more_than")]


def test_hant_page_furniture_and_quoted_memories_are_no_claims():
    text = (
        "5月2日，新館正式開放。 本報記者 陳明 攝\n\n"
        "5月2日，館方說明開放時間。\n\n"
        "「當時館裡只有兩間展室。」館長王小青說。\n"
    )
    claims = extract(text, published=date(2024, 5, 3), lang="zh-Hant")
    assert [c.claim_text for c in claims] == ["5月2日，館方說明開放時間"]


def test_a_relative_day_glossed_with_its_number_dates_the_claim():
    text = "縣政府今（24）日公布新的垃圾清運時間。議會昨(23)日審查預算，刪減兩成。"
    got = {c.date_text: c.date_edtf for c in extract(text, published=date(2024, 4, 24), lang="zh-Hant")}
    assert got == {"今（24）日": "2024-04-24", "昨(23)日": "2024-04-23"}


def test_a_glossed_day_number_wins_over_a_late_publication_date():
    text = "市府今（30）日宣布，公車路線調整。"
    claims = extract(text, published=date(2024, 5, 1), lang="zh-Hant")
    assert [c.date_edtf for c in claims] == ["2024-04-30"]


def test_hant_dispatch_lines_and_source_tags_are_cut_and_bills_are_policy():
    text = (
        "（某通訊社記者林小華台中23日電）縣議會今天三讀通過自治條例修正案。\n【某某專訊】市府昨日宣布新措施。"
    )
    got = {c.claim_text: c for c in extract(text, published=PUB, lang="zh-Hant")}
    assert set(got) == {"縣議會今天三讀通過自治條例修正案", "市府昨日宣布新措施"}
    assert got["縣議會今天三讀通過自治條例修正案"].event_type == "policy"
    assert got["縣議會今天三讀通過自治條例修正案"].date_edtf == "2024-04-24"


def test_hant_incident_days_count_from_the_glossed_date_and_quote_the_article():
    text = (
        "事發當天（5月6日），兩車在路口相撞。6月1日，交通局通報稱，"
        "事發次日，肇事司機已到案；保險公司承擔了事發當天和次日的救護費用。"
    )
    claims = extract(text, published=date(2024, 6, 3), lang="zh-Hant")
    dated = {c.date_text: c.date_edtf for c in claims}
    assert dated["事發次日"] == "2024-05-07"
    assert dated["事發當天和次日"] == "2024-05-06/2024-05-07"
    for claim in claims:
        assert text[claim.date_char_start : claim.date_char_end] == claim.date_text


def test_hant_shichu_releases_like_fabu_so_a_new_subject_with_its_date_is_its_own_clause():
    text = "3日，颱風逼近東部海面，氣象署3日晚間釋出海上警報，預計4日風雨最大。"
    got = [(c.date_text, c.claim_text) for c in extract(text, published=PUB, lang="zh-Hant")]
    assert [label for label, quote in got if quote.startswith("氣象署3日晚間釋出海上警報")] == ["3日晚間"]


def test_a_taiwan_wire_story_dates_types_and_counts_its_claims():
    text = (
        "（某通訊社記者張三台北28日電）交通部今（28）日宣布，新票價方案將於下月初上路。"
        "立法院昨（27）日三讀通過相關條例。地方法院前（26）日判決被告有期徒刑3年。"
        "央行明（29）日起升息半碼。鐵路公司去（112）年營收達1兆2000億元，上（2）月運量成長1成1。"
    )
    claims = {c.claim_text: c for c in extract(text, published=date(2024, 3, 28), lang="zh-Hant")}
    got = {text: (c.date_text, c.date_edtf, c.event_type) for text, c in claims.items()}
    assert got["交通部今（28）日宣布，新票價方案將於下月初上路"][:2] == ("今（28）日", "2024-03-28")
    assert got["立法院昨（27）日三讀通過相關條例"] == ("昨（27）日", "2024-03-27", "policy")
    assert got["地方法院前（26）日判決被告有期徒刑3年"] == ("前（26）日", "2024-03-26", "incident")
    assert got["央行明（29）日起升息半碼"][1:] == ("2024-03-29/..", "plan")  # a future date makes it a plan
    revenue = claims["鐵路公司去（112）年營收達1兆2000億元"]
    assert (revenue.date_edtf, [q.value for q in revenue.quantities]) == ("2023", [1_200_000_000_000])
    ridership = claims["上（2）月運量成長1成1"]
    assert (ridership.date_edtf, [q.value for q in ridership.quantities]) == ("2024-02", [11])


def test_tong_bracket_day_is_the_story_day_and_minguo_months_and_quarters_are_dates():
    text = (
        "3月27日，地方法院開庭審理詐騙案；同（27）日晚間，主嫌以20萬元交保。"
        "主計處統計，113年1月至3月出口總值成長12%，112年第4季失業率為3.4%。"
    )
    claims = by_text(extract(text, published=PUB, lang="zh-Hant"))
    bail = next(c for t, c in claims.items() if t.startswith("同（27）日晚間"))
    assert (bail.date_edtf, bail.date_anchor) == ("2024-03-27", "narrative")
    dated = {c.date_text: (c.date_edtf, c.date_precision) for c in claims.values()}
    assert dated["113年1月至3月"] == ("2024-01/2024-03", "month")
    assert dated["112年第4季"] == ("2023-10/2023-12", "quarter")


def test_taiwan_words_meet_the_mainland_word_lists():
    """專案 / 資料 / 訊息 are Taiwan's 项目 / 数据 / 消息: the same facts and event types as the simplified story."""
    simplified = (
        "该项目2021年交付使用。而眼下，第三方数据行业的整顿仍将持续。据本报9月26日消息，公司获得融资。"
    )
    taiwan = "該專案2021年交付使用。而眼下，第三方資料行業的整頓仍將持續。據本報9月26日訊息，公司獲得融資。"
    assert len(simplified) == len(taiwan)
    want = [
        (c.date_edtf, c.event_type, c.char_start) for c in extract(simplified, published=date(2019, 9, 27))
    ]
    got = [(c.date_edtf, c.event_type, c.char_start) for c in extract(taiwan, published=date(2019, 9, 27))]
    assert got == want
    assert len(got) == 3 and "plan" in [e for _, e, _ in got]


def test_a_phrase_of_another_length_keeps_every_offset():
    from timeline.claims.script import to_simplified

    text = "伺服器的記憶體在2023年擴充，資料庫同年上線。"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert out.endswith("同年上线。") and "数据库" in out


def test_a_simplified_text_is_left_as_written():
    from timeline.claims.script import to_simplified

    text = "这部影片2023年上映，滑鼠标本展同年开幕。"
    assert to_simplified(text) is text
