"""Table tests for the detectors: each rule fires where it should and not where it shouldn't."""

from __future__ import annotations

import pytest

from unshame.analysis.detectors import detect
from unshame.analysis.resources import expand, group_boundaries, rules, top_level_branches
from unshame.analysis.segment import prepare


def fired(text: str) -> set[str]:
    """Rule ids that count (not negated, not quoted) in `text`."""
    return {h.rule.id for h in detect(prepare(text)).hits if h.counts}


def negated(text: str) -> set[str]:
    return {h.rule.id for h in detect(prepare(text)).hits if h.negated}


def quoted(text: str) -> set[str]:
    return {h.rule.id for h in detect(prepare(text)).hits if h.quoted}


FIRES = [
    ("shame.verdict", "I'm a horrible mom."),
    ("shame.verdict", "im such a terrible mother"),
    ("shame.verdict", "I am the worst"),
    ("shame.verdict", "Im so lazy"),
    ("shame.verdict_role", "Worst mom ever, that's me."),
    ("shame.verdict_role", "Useless. Again."),
    ("shame.verdict_role", "What kind of mother forgets her own kid's birthday?"),
    ("shame.feel_like", "I feel like a complete failure as a parent."),
    ("shame.feel_like", "I just feel so inadequate."),
    ("shame.failing", "Failing at motherhood, clearly."),
    ("shame.failing", "I've failed them again and again"),
    ("shame.not_enough", "I'm not good enough for my children."),
    ("shame.not_enough", "i'm just not cut out for this"),
    ("shame.not_enough", "I'll never be enough."),
    ("shame.deserve", "I don't deserve to be their mom."),
    ("shame.deserve", "My kids deserve better."),
    ("shame.wrong_with_me", "What is wrong with me?"),
    ("shame.wrong_with_me", "whats wrong with me"),
    ("shame.wrong_with_me", "why can't I just be normal"),
    ("shame.global", "I always ruin everything."),
    ("shame.global", "I can't do anything right"),
    ("shame.self_hate", "I hate myself."),
    ("shame.self_hate", "I'm so ashamed of myself"),
    ("shame.hide", "Everyone can see I'm a fraud."),
    ("shame.hide", "I just want to hide from everyone"),
    ("shame.sarcasm", "Mother of the year right here."),
    ("shame.inferior", "All the other moms are so much better at this than me."),
    ("shame.endorse", "My dad said I'd never amount to anything and I'm proving him right."),
    ("guilt.action", "I yelled at him this morning."),
    ("guilt.action", "i snapped at my daughter"),
    ("guilt.action", "I lost my temper at bath time."),
    ("guilt.action_bare", "Forgot her lunch again."),
    ("guilt.action_bare", "Snapped at the kids at breakfast."),
    ("guilt.feel_bad", "I feel so bad that I missed it."),
    ("guilt.feel_bad", "Feeling guilty about the screen time"),
    ("guilt.should_have", "I should have stayed calm."),
    ("guilt.should_have", "shouldn't have said that"),
    ("guilt.wish_had", "I wish I hadn't shouted."),
    ("guilt.regret", "I regret letting him quit."),
    ("guilt.repair", "I want to say sorry when she gets home."),
    ("guilt.repair", "I'll apologise at breakfast."),
    ("guilt.fault", "That one's on me."),
    ("guilt.fault", "my fault, not hers"),
    ("guilt.fault", "Not my finest moment."),
    ("guilt.instead", "I scrolled instead of playing with him."),
    ("expectation.good_mother", "A good mom would never lose her temper."),
    ("expectation.good_mother", "Good mothers cook for their kids."),
    ("expectation.moms_should", "Moms are supposed to love every minute of it."),
    ("expectation.moms_should", "A mother should always put her kids first."),
    ("expectation.i_should", "I should be able to handle all of this."),
    ("expectation.i_should", "I'm supposed to be the calm one."),
    ("comparison.others", "My friends all make it look so easy."),
    ("comparison.others", "I keep comparing myself to the moms at school."),
    ("comparison.others", "Why can't I be more like my sister?"),
    ("comparison.others", "Every mom on my feed is glowing."),
    ("harsh.insult", "I'm such an idiot."),
    ("harsh.insult", "im a useless mother"),
    ("harsh.insult", "What an idiot I am."),
    ("harsh.insult", "I feel like a monster."),
    ("source.social_media", "Everyone on Instagram has a perfect house."),
    ("source.cultural_ideal", "A good mother never needs a break."),
    ("source.generational", "My mom always said I was too sensitive."),
    ("source.generational", "I was raised to believe mothers don't complain."),
    ("source.mental_load", "I'm the one who has to remember everything."),
    ("source.mental_load", "My brain has fifty tabs open."),
    ("kind.self_compassion", "I'm not a perfect mom and that's okay."),
    ("kind.self_compassion", "I made mistakes today and I'm still a good mom."),
    ("cue.quote_marks", 'She said "whatever" and left.'),
]


@pytest.mark.parametrize(("rule_id", "text"), FIRES)
def test_rule_fires(rule_id: str, text: str) -> None:
    assert rule_id in fired(text)


QUIET = [
    ("shame.verdict", "I'm tired but we had a good weekend."),
    ("shame.verdict", "I'm the worst at mini golf."),
    ("shame.verdict", "I'm bad at math."),
    ("shame.verdict", "I'm a single mom and a teacher."),
    ("shame.feel_like", "My friend feels like a failure and I told her she isn't."),
    ("shame.wrong_with_me", "What's wrong with the car?"),
    ("guilt.action", "We went to the library and picked out ten new books."),
    ("guilt.action", "My husband yelled at the TV."),
    ("guilt.feel_bad", "I feel bad for him, his team lost."),
    ("guilt.should_have", "The doctor said she should drink more water."),
    ("expectation.i_should", "I'm supposed to pick her up at three."),
    ("expectation.moms_should", "My mom should be here by six."),
    ("expectation.moms_should", "The other moms never lose it."),
    ("comparison.others", "My son is taller than his cousins."),
    ("comparison.others", "My friends are coming over for dinner."),
    ("harsh.insult", "My brother called the referee an idiot."),
    ("source.social_media", "We went to the zoo."),
    ("source.mental_load", "I forgot the dentist appointment."),
]


@pytest.mark.parametrize(("rule_id", "text"), QUIET)
def test_rule_stays_quiet(rule_id: str, text: str) -> None:
    assert rule_id not in fired(text)


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("shame.verdict_role", "I'm not a bad mother, I'm a tired one."),
        ("guilt.feel_bad", "I don't feel bad about it at all."),
        ("guilt.feel_bad", "I'm not feeling guilty about the nap."),
        ("shame.feel_like", "I don't feel like a failure anymore."),
    ],
)
def test_a_negation_turns_a_rule_off(rule_id: str, text: str) -> None:
    assert rule_id in negated(text)
    assert rule_id not in fired(text)


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("shame.verdict", "My mom always said I was lazy."),
        ("shame.verdict", "My husband keeps saying I'm a terrible cook."),
        ("shame.verdict", 'My friend texted me "I\'m the worst mom alive" last night.'),
        ("shame.verdict", "For years I was convinced I was failing at this."),
    ],
)
def test_someone_elses_words_are_not_hers(rule_id: str, text: str) -> None:
    assert rule_id in quoted(text)
    assert rule_id not in fired(text)


def test_taking_on_a_quoted_verdict_makes_it_hers() -> None:
    assert "shame.verdict" in fired("My mom always said I was lazy, and she was right.")


def test_shame_is_found_inside_a_guilt_sentence() -> None:
    found = fired("I yelled at him for spilling milk because I'm such a horrible mom.")
    assert {"guilt.action", "shame.verdict"} <= found


def test_grouping_word_boundaries_keeps_every_branch() -> None:
    pattern = r"\bfoo|\bbar|baz"
    assert group_boundaries(pattern) == r"\b(?:foo|bar)|baz"
    assert top_level_branches(r"a(b|c)|[|]|d") == ["a(b|c)", "[|]", "d"]


def test_every_rule_has_a_plain_why_and_compiles() -> None:
    for rule in rules():
        assert rule.why and rule.why[0].islower(), rule.id
        assert rule.pattern.pattern


def test_an_unknown_word_list_in_a_rule_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="no word list or pattern defines"):
        expand(r"\b{no_such_list}\b")


def test_rule_ids_are_unique_across_the_rule_files() -> None:
    ids = [rule.id for rule in rules()]
    assert len(ids) == len(set(ids))


def test_crisis_rule_files_are_all_loaded() -> None:
    from unshame.analysis.resources import rule_files

    files = rule_files()
    assert files[0] == "rules.toml"
    assert "crisis.toml" in files and "crisis_meds.toml" in files
    assert any(rule.id == "crisis.meds_stopped" for rule in rules())


# Crisis words in a past she has come through: the hit is kept, marked past, and does
# not count; anything saying it is back makes every crisis word count again.
PAST = [
    ("Two years free from self-harm today.", True),
    ("I used to hurt myself in my teens.", True),
    ("I used to hurt myself in my teens and it's back this week.", False),
    ("I hurt myself last night.", False),
    ("I had suicidal thoughts after the birth.", False),  # no word of coming through
    ("I had suicidal thoughts after the birth. I'm so glad to be here now.", True),
    ("I had suicidal thoughts after the birth. I'm glad to be here, but they came back.", False),
]


@pytest.mark.parametrize(("text", "past"), PAST)
def test_crisis_hits_in_a_past_she_came_through(text: str, past: bool) -> None:
    hits = [h for h in detect(prepare(text)).hits if h.rule.type == "crisis"]
    assert hits, text
    assert all(h.past is past for h in hits)
    assert all(h.counts is not past for h in hits)


# A rule's own context words (not_after, not_near in the rule file) drop the match.
RULED_OUT = [
    ("I'll sleep when I'm dead.", "crisis.burden", False),
    ("Everyone will be better off when I'm dead.", "crisis.burden", True),
    ("So embarrassed at pickup. Wanted to vanish.", "crisis.death_wish", False),
    ("Wanted to vanish.", "crisis.death_wish", True),
    ("Decluttering all week: gave away my old books.", "crisis.farewell", False),
]


@pytest.mark.parametrize(("text", "rule_id", "kept"), RULED_OUT)
def test_a_rules_context_words_rule_a_match_out(text: str, rule_id: str, kept: bool) -> None:
    ids = {h.rule.id for h in detect(prepare(text)).hits}
    assert (rule_id in ids) is kept
