"""How a rule's leading word is read in its clause (timeline/temporal/en_rule.py): 'not … until',
'get around' (own examples)."""

from __future__ import annotations

from datetime import date

from timeline.pipeline import extract
from timeline.temporal import tag

PUB = date(2024, 4, 24)


def test_not_until_dates_the_thing_to_that_time():
    [m] = tag("The new bridge won't open to traffic until next year.", reference=PUB, lang="en")
    assert (m.value, m.qualifier) == ("2025", "none")
    [claim] = extract("The new bridge won't open to traffic until next year.", published=PUB, lang="en")
    assert (claim.date_edtf, claim.date_qualifier) == ("2025", "planned")


def test_a_plain_until_stays_a_bound():
    [m] = tag("The bridge stays closed until next year.", reference=PUB, lang="en")
    assert (m.value, m.qualifier) == ("../2025", "until")


def test_a_negation_in_a_clause_of_its_own_leaves_until_a_bound():
    text = "The club extended its bid for the shares that it does not hold until 5 p.m. on May 3."
    [m] = tag(text, reference=PUB, lang="en")
    assert m.qualifier == "until"


def test_around_after_its_own_verb_approximates_nothing():
    [m] = tag("Landlords found ways to get around Tuesday's court order.", reference=PUB, lang="en")
    assert (m.value, m.qualifier) == ("2024-04-23", "none")
    [m] = tag("The blast happened around 3 p.m. on Tuesday.", reference=PUB, lang="en")
    assert m.qualifier == "approximate"
