"""Placing a review on a new segmentation: the covering claim, else the largest overlap."""

from __future__ import annotations

from tests.conftest import make_claim
from tests.review_workspace import ZH_SENTENCES, ZH_TEXT, build_workspace, sentence_claims, zh_article
from timeline.models import Review
from timeline.review.migrate import best_claim, locate
from timeline.store import Store


def _claims(*quotes: str):
    article = zh_article()
    return [make_claim(article, q) for q in quotes]


def test_the_tightest_covering_claim_wins():
    start = ZH_TEXT.index("图书馆正式开放")
    end = start + len("图书馆正式开放")
    sentence = ZH_TEXT[ZH_TEXT.index("2018年") : ZH_TEXT.index("去年")]
    claims = _claims(ZH_TEXT[: ZH_TEXT.index("去年")], sentence)
    claim, covers, overlap = best_claim(start, end, claims)
    assert claim.claim_text == sentence and covers and overlap == end - start


def test_else_the_largest_overlap_wins_and_no_overlap_gives_none():
    start = ZH_TEXT.index("去年")
    end = ZH_TEXT.index("借阅证")
    claims = _claims("两个分馆。", "去年，馆方又新增了")
    claim, covers, overlap = best_claim(start, end, claims)
    assert claim.claim_text == "去年，馆方又新增了" and not covers and overlap == len("去年，馆方又新增了")
    assert best_claim(0, 5, _claims("借阅证")) is None


def test_locate_picks_the_occurrence_nearest_the_old_offset():
    text = "甲。乙。甲。"
    assert locate("甲。", text, 4) == (4, 6)
    assert locate("甲。", text, 0) == (0, 2)
    assert locate("丙", text, 0) is None
    assert locate("", text, 0) is None


def test_locate_follows_a_lightly_edited_sentence():
    old = "九月十九日，市场传出消息称公司将裁员。"
    text = "开头一句。九月十九日，市场上传出消息称公司将裁员。结尾一句。"
    start, end = locate(old, text, 0)
    assert text[start:end].startswith("九月十九日") and "裁员" in text[start:end]
    assert locate("完全不同的另一句话内容。", text, 0) is None


def test_saving_says_which_reviews_moved_changed_or_lost_their_claim(tmp_path):
    db = build_workspace(tmp_path / "w.db")  # the 2015 sentence is verified
    with Store(db) as store:
        may = next(c for c in store.claims() if "2018年5月" in c.claim_text)
        store.set_review(Review(claim_id=may.claim_id, review_status="disputed", reviewer="ann"))
        edited = zh_article("编者按：有更新。" + "".join(ZH_SENTENCES).replace("2018年5月", "2018年6月"))
        new = sentence_claims(edited, [s.replace("2018年5月", "2018年6月") for s in ZH_SENTENCES])
        followed = store.save(edited, new)
        assert followed.moved == tuple(sorted((new[0].claim_id, new[1].claim_id)))
        assert followed.changed == (new[1].claim_id,) and followed.orphaned == ()
        assert [e.action for e in store.review_log(new[1].claim_id)][-2:] == ["move", "claim_changed"]
        # every removed claim, reviewed or not, names the claim now holding its quote
        (count,) = store.db.execute("SELECT COUNT(*) FROM claim_successors").fetchone()
        assert count == 4
        gone = store.save(edited, [new[2]])
        assert gone.orphaned == tuple(sorted((new[0].claim_id, new[1].claim_id))) and gone.moved == ()
