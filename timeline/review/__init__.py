"""The fact-check workflow: review sheets, validated imports, the audit log, conflicts across sources.

Modules: `stamps` (version stamps), `records` (the reviews table and its audit log), `migrate`
(reviews follow their claim through re-extraction), `sheet` (export and read review sheets),
`validate` (row checks), `importing` (the import transaction, `review set`, re-attaching),
`conflicts` (claims from different sources that disagree). Nothing is imported here, so the
store can use `records` and `migrate` without a cycle.
"""
