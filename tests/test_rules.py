"""Table tests for the detectors: each rule fires where it should and not where it shouldn't."""

from __future__ import annotations

import re

import pytest

from unshame.analysis.detectors import detect
from unshame.analysis.resources import (
    expand,
    group_boundaries,
    rules,
    split_boundaries,
    top_level_branches,
)
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
    ("guilt.action", "A good mom never loses her patience. I lost mine at bath time."),
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


SPLITS = [
    # A word-start branch that is one group of alternatives becomes its alternatives.
    (r"\b(?:ab|cd)|x", (["ab", "cd"], ["x"])),
    (r"\b(?:a(?:b|c)|(?:d|e))", (["a(?:b|c)", "d", "e"], [])),
    (r"\b(?:ab|)", (["ab", ""], [])),
    # Anything after the group, a capturing or flagged group, a class: kept whole.
    (r"\b(?:a|b)c", (["(?:a|b)c"], [])),
    (r"\b(a|b)", (["(a|b)"], [])),
    (r"\b(?i:a|b)", (["(?i:a|b)"], [])),
    (r"\b(?:[|)]|b)", (["[|)]", "b"], [])),
    (r"\b(?:a\|b)", ([r"(?:a\|b)"], [])),
    (r"\b(?:a|b)(?:c|d)", (["(?:a|b)(?:c|d)"], [])),
]


@pytest.mark.parametrize(("pattern", "expected"), SPLITS)
def test_a_branch_that_is_one_group_is_split_into_its_alternatives(
    pattern: str, expected: tuple[list[str], list[str]]
) -> None:
    bounded, others = split_boundaries(pattern)
    assert (bounded, others) == expected
    # The same language, and at each place the same match, as the pattern whole.
    whole = re.compile(pattern)
    parts = re.compile("|".join([rf"\b(?:{'|'.join(bounded)})" if bounded else "(?!)", *others]))
    for text in ["ab cd x", "a b c d e", "ac ad be", "xab ab|", "[ ) | b", "a|b ac bd"]:
        assert [m.span() for m in whole.finditer(text)] == [m.span() for m in parts.finditer(text)]


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
    ("I used to believe the kids would be better off without me.", True),
    ("I used to keep a stash of tablets just in case.", True),
    ("I used to keep a stash of tablets and lately I've started again.", False),
    ("I hurt myself last night.", False),
    ("I had suicidal thoughts after the birth.", False),  # no word of coming through
    ("I had suicidal thoughts after the birth. I'm so glad to be here now.", True),
    ("I had suicidal thoughts after the birth. I'm glad to be here, but they came back.", False),
    ("Ten years free from cutting. Not tempted, just grateful.", True),
    ("Ten years free from cutting and tempted again tonight.", False),
    ("Found my old diary, full of wanting to die. I'm in a really good place now.", True),
    ("Found my old diary, full of wanting to die. It's all coming back.", False),
    ("Last year I really didn't want to be here. I'm so glad I stayed.", True),
    ("Last year I really didn't want to be here.", False),
    ("Her old diary is from when she was 14 and self-harming. She's 22 now and thriving.", True),
    ("Her old diary is from when she was 14 and self-harming.", False),
    ("She was in a really dark place and wanted to die, but she's genuinely happy now.", True),
    ("Four years ago I wanted to die. Look how far I've come.", True),
    ("Four years ago I wanted to die. And now it's back.", False),
    (
        "Last year I truly thought my family would be better off without me. Not now, with the "
        "right help.",
        True,
    ),
    ("Told the midwife about the dark thoughts I had last spring. They've passed.", True),
    ("Told the midwife about the dark thoughts I had last spring. They're back.", False),
    ("The 'what if I drop her' thoughts are fading now I'm on the right meds.", True),
    ("I used to sit on that bridge thinking about ending it. So relieved it's behind me.", True),
    ("I used to sit on that bridge thinking about ending it.", False),
]


# Crisis words as a topic (a talk, a programme, a storyline) do not count, unless she
# says it stirs something in her; other crisis words in the entry always count.
TOPIC = [
    ("The school ran a session tonight on self-harm warning signs.", False),
    ("We watched a documentary about teen suicide.", False),
    ("The overdose storyline in that drama was so well done.", False),
    ("The course covered asking someone directly if they're suicidal.", False),
    ("Read an article about suicide and that was me last year.", True),
    ("Watched a documentary about suicide and now I keep thinking about doing it.", True),
    ("I asked my son if he's suicidal and he said yes.", True),
    ("Talked to my teen about the self harm stuff going round her year group.", False),
    ("The midwife went through what to do if I ever had thoughts of harming myself.", False),
    ("The GP went through the questions about harming myself and I said no.", False),
    ("Ticked 'never' on the questions about harming myself. It isn't never.", True),
    ("Asked him if he's ever thought about hurting himself and he rolled his eyes.", False),
    ("Asked him if he's ever thought about hurting himself and he nodded.", True),
    ("Asked her if she's ever cut herself and she showed me her arms.", True),
    ("Karen lost her brother to suicide and runs for the charity every year.", False),
    ("A mum told us about her brother's suicide at playgroup.", False),
    ("Since Karen lost her brother to suicide I can't stop thinking about doing it.", True),
    ("Year 10 are learning about self-harm in PSHE this term.", False),
    ("Year 10 are learning about self-harm and I keep thinking about doing it again.", True),
    ("My dissertation is on the risk factors for maternal suicide.", False),
    ("Safeguarding training at work today about spotting self-harm in teenagers.", False),
    ("The vicar preached on suicide and loneliness this morning.", False),
    ("Reading a novel about a mum who tries to kill herself.", False),
    ("Reading a novel about a mum who tries to kill herself and I keep thinking about it.", True),
    ("Essay due on risk assessment in adolescent self-harm.", False),
    ("The consultant walked the students through the overdose protocol.", False),
    ("My sister walked me through her overdose last night.", True),
    ("A customer asked me how many paracetamol is too many.", False),
    ("My daughter asked me how many paracetamol is too many.", True),
    ("We had suicide-prevention training at work today.", False),
    ("I've been suicidal since Friday.", True),
]


@pytest.mark.parametrize(("text", "counts"), TOPIC)
def test_crisis_words_as_a_topic(text: str, counts: bool) -> None:
    hits = [h for h in detect(prepare(text)).hits if h.rule.type == "crisis"]
    assert hits, text
    assert any(h.counts for h in hits) is counts


@pytest.mark.parametrize(("text", "past"), PAST)
def test_crisis_hits_in_a_past_she_came_through(text: str, past: bool) -> None:
    hits = [h for h in detect(prepare(text)).hits if h.rule.type == "crisis"]
    assert hits, text
    assert all(h.past is past for h in hits)
    assert all(h.counts is not past for h in hits)


# Families widened from cross-validation errors on the training split: each row is a
# sentence written for the test (not taken from the corpus), and whether the rule counts.
WIDENED = [
    # guilt.fault: owning one wrong in other words
    ("guilt.fault", "I think I was unfair to him at dinner.", True),
    ("guilt.fault", "i was out of line with my sister", True),
    ("guilt.fault", "Reading her texts was crossing... no, I crossed a line.", True),
    ("guilt.fault", "He sulked all night and honestly i caused that", True),
    ("guilt.fault", "I need to own that tomorrow.", True),
    ("guilt.fault", "It came out way meaner than I wanted.", True),
    ("guilt.fault", "Such a nasty thing to say to a six-year-old.", True),
    ("guilt.fault", "Bad mum call, letting them have cola at nine.", True),
    ("guilt.fault", "I keep replaying the look on his face.", True),
    ("guilt.fault", "It's the fib that still bothers me.", True),
    ("guilt.fault", "i dont love how i spoke to her", True),
    ("guilt.fault", "Not sure that bribe was okay.", True),
    ("guilt.fault", "Thats one's on me, totally.", True),
    ("guilt.fault", "The referee was unfair to our team.", False),
    ("guilt.fault", "We walked along the line of trees.", False),
    ("guilt.fault", "The cake came out lovely.", False),
    ("guilt.fault", "That wasn't fair on her brother.", True),
    ("guilt.fault", "it wasnt worth the row", True),
    ("guilt.fault", "I'd handle that one differently now.", True),
    ("guilt.fault", "Snapped about the socks. Bit harsh.", True),
    ("guilt.fault", "Made fun of his accent. Not kind.", True),
    ("guilt.fault", "The café was not great.", False),
    ("guilt.fault", "My sister is a bit harsh with her kids.", False),
    # guilt.repair: a name after "sorry", a debt of an apology, a plan from now on
    ("guilt.repair", "Missed the match. Sorry, Tom.", True),
    ("guilt.repair", "Owe my sister an apology.", True),
    ("guilt.repair", "Forgot the permission slip. Sorting it first thing tomorrow.", True),
    ("guilt.repair", "Knives go on the top shelf from now on.", True),
    ("guilt.repair", "Sorry for the long post.", False),
    ("guilt.repair", "We had sorbet for pudding.", False),
    # shame.global: one slip read as always, and "that's just me"
    ("shame.global", "I ruin every holiday we take.", True),
    ("shame.global", "i wreck every nice thing i try", True),
    ("shame.global", "I can't do one thing right today", True),
    ("shame.global", "I never follow through.", True),
    ("shame.global", "Im never there when they need me.", True),
    ("shame.global", "I snapped at my friend, like I always do.", True),
    ("shame.global", "Lost my keys again. Typical me.", True),
    ("shame.global", "Forgot the bake sale. Classic me.", True),
    ("shame.global", "Late for the recital. That's me all over.", True),
    ("shame.global", "It's not the school, it's me.", True),
    ("shame.global", "im always getting it wrong with my son", True),
    ("shame.global", "I always manage to spoil birthdays.", True),
    ("shame.global", "i let everyone down again", True),
    ("shame.global", "I can't keep track of anything.", True),
    ("shame.global", "I can't hold it together and I never will.", True),
    ("shame.global", "It's me who usually cooks.", False),
    ("shame.global", "That's me in the photo, second from left, with the cake.", False),
    ("shame.global", "We always have pizza on Fridays.", False),
    # shame.deserve: someone else would be better for them
    ("shame.deserve", "My son deserves someone more patient.", True),
    ("shame.deserve", "They deserved a real mum.", True),
    ("shame.deserve", "She should have someone kinder looking after her.", True),
    ("shame.deserve", "I dont feel worthy of him.", True),
    ("shame.deserve", "I don't know why she puts up with me.", True),
    ("shame.deserve", "She deserves a medal for that goal.", False),
    # shame.inferior: measured against one person and found short
    ("shame.inferior", "She's a far better mother than I am.", True),
    ("shame.inferior", "He's just a better dad, full stop.", True),
    ("shame.inferior", "He'll be more patient than I'll ever be.", True),
    ("shame.inferior", "Everyone manages but me.", True),
    ("shame.inferior", "Other mothers have something I'm missing.", True),
    ("shame.inferior", "Our kids got the short straw with me.", True),
    ("shame.inferior", "The other parents care more than I do.", True),
    ("shame.inferior", "She's a better swimmer since the lessons.", False),
    ("shame.inferior", "Everyone came to the party but my brother.", False),
    # shame.wrong_with_me: something off in me
    ("shame.wrong_with_me", "There's something missing in me.", True),
    ("shame.wrong_with_me", "Somethings off with me lately.", True),
    ("shame.wrong_with_me", "Something is off with the car.", False),
    # shame.hide: seen through
    ("shame.hide", "The health visitor can see right through me.", True),
    ("shame.hide", "I can feel the other mums finding me lacking.", True),
    ("shame.hide", "The light shines right through the curtains.", False),
    # shame.self_hate: not liking who she has become
    ("shame.self_hate", "I don't like the mum I've become.", True),
    ("shame.self_hate", "i dont like who i see in the mirror", True),
    ("shame.self_hate", "I hate who I've become this year.", True),
    ("shame.self_hate", "I don't like the new playground.", False),
    # shame.verdict_role: what sort of person does that; worst X on the street
    ("shame.verdict_role", "What sort of mother forgets the inhaler?", True),
    ("shame.verdict_role", "What kind of selfish idiot does that.", True),
    ("shame.verdict_role", "Who does that to a toddler?", True),
    ("shame.verdict_role", "Laziest mum on the whole estate.", True),
    ("shame.verdict_role", "What kind of cake does she like?", False),
    # the other people who raise children: uncles, nans, stepmums, foster carers
    ("shame.verdict_role", "what kind of aunty forgets birthdays", True),
    ("shame.verdict_role", "Worst grandad in the whole street.", True),
    ("shame.verdict_role", "Useless stepmum, that's me.", True),
    ("expectation.good_mother", "a proper foster carer would have spotted it", True),
    ("expectation.good_mother", "a good nanny never loses her temper", True),
    ("shame.verdict_role", "What kind of nan shouts at a four-year-old?", True),
    # shame.not_enough: not a nice person, not built for it, not to be trusted
    ("shame.not_enough", "I'm not a nice person anymore.", True),
    ("shame.not_enough", "im not a gentle mom", True),
    ("shame.not_enough", "I'm not half the woman my gran was.", True),
    ("shame.not_enough", "I'm not patient enough for three kids.", True),
    ("shame.not_enough", "I am just not built for this.", True),
    ("shame.not_enough", "im not mum material", True),
    ("shame.not_enough", "I shouldn't be trusted with a goldfish.", True),
    ("shame.not_enough", "i shouldnt be allowed to have kids", True),
    ("shame.not_enough", "I'm not sure the shop is open.", False),
    ("shame.not_enough", "Kids shouldn't be allowed to stay up this late.", False),
    # shame.fragment: a verdict said in a word or two
    ("shame.fragment", "Forgot the swim bag. Useless useless useless.", True),
    ("shame.fragment", "Stupid, selfish and lazy.", True),
    ("shame.fragment", "rubbish mother rubbish wife", True),
    ("shame.fragment", "Hopeless at work, hopeless at home.", True),
    ("shame.fragment", "Failure at work, failure at home.", True),
    ("shame.fragment", "stayed on my phone all through it lazy lazy lazy", True),
    ("shame.fragment", "Useless phone charger.", False),
    ("shame.fragment", "My son called himself stupid. I hugged him.", False),
    ("shame.fragment", "Bad weather again.", False),
    # shame.repeat: the next link in a chain
    ("shame.repeat", "I swore I'd be different and I'm just another link in it.", True),
    ("shame.repeat", "im my mother all over again", True),
    ("shame.repeat", "I'm passing down all of it.", True),
    ("shame.repeat", "We're passing down Grandma's recipe book.", False),
    # shame.identity: casting herself as a kind of person
    ("shame.identity", "I'm the mum who never remembers the forms.", True),
    ("shame.identity", "im still the friend nobody can count on", True),
    ("shame.identity", "I'm exactly the kind of grumpy dad they warned me about.", True),
    ("shame.identity", "I'm the one who picks them up on Tuesdays.", False),
    # guilt.impact (cue): someone was hurt by what happened
    ("guilt.impact", "I told him to hurry up and he cried.", True),
    ("guilt.impact", "She was crushed when I forgot.", True),
    ("guilt.impact", "i made Leo cry at breakfast", True),
    ("guilt.impact", "Laughed at her drawing and made her cry.", True),
    ("guilt.impact", "Rushed him out the door, poor kid.", True),
    ("guilt.impact", "She was so happy at the party.", False),
    ("guilt.impact", "Forgot the time and left Sam waiting at the gate.", True),
    ("guilt.impact", "He waited in the rain because of me.", True),
    ("guilt.impact", "She went to bed upset after our row.", True),
    ("guilt.impact", "We waited for the bus together.", False),
    # kind.self_compassion: kind reframes that use verdict words
    ("kind.self_compassion", "There's nothing wrong with me for needing sleep.", True),
    ("kind.self_compassion", "I'm not a bad mum for wanting an hour alone.", True),
    ("kind.self_compassion", "I'm a mom who needs help sometimes.", True),
    ("kind.self_compassion", "20-year-old me was wrong about that.", True),
    ("kind.self_compassion", "Tired mum, happy mum: both are a good mum.", True),
    ("kind.self_compassion", "Honestly, my boys are lucky to have me.", True),
    ("kind.self_compassion", "I don't have to be perfect to be enough for them.", True),
    ("kind.self_compassion", "Store-bought cake, and I've made peace with it.", True),
    ("kind.self_compassion", "Nothing wrong with the car after all.", False),
    # cue.light_verdict: a skill, not herself
    ("cue.light_verdict", "I'm the worst at board games.", True),
    ("cue.light_verdict", "World's worst parallel parker, reporting in.", True),
    ("cue.light_verdict", "I'm the worst at this whole parenting thing.", False),
    ("cue.light_verdict", "World's worst mum.", False),
    # second pass: more of the same families
    ("shame.repeat", "I've turned into the mother I promised I'd never be.", True),
    ("shame.repeat", "im turning into my dad and i can hear it", True),
    ("shame.repeat", "I'm the parent I used to judge at the playground.", True),
    ("shame.repeat", "Honestly I'm just as bad as them.", True),
    ("shame.repeat", "The caterpillar is turning into a butterfly.", False),
    ("shame.global", "I'm always the one who forgets the forms.", True),
    ("shame.global", "I always put myself first.", True),
    ("shame.global", "im never around when they need me", True),
    ("shame.global", "I can't look after anything.", True),
    ("shame.global", "I'm always early for the school run.", False),
    ("shame.identity", "Some mother I am.", True),
    ("shame.identity", "how am i even a parent", True),
    ("shame.identity", "I'm just that kind of mum, I suppose.", True),
    ("shame.identity", "I'm not a dad they can rely on.", True),
    ("shame.identity", "That kind of cake is my favourite.", False),
    ("shame.verdict", "I'm such a thoughtless daughter.", True),
    ("shame.verdict", "im the lamest mum on the street", True),
    ("shame.verdict", "Forgot her birthday money. I was so stingy, honestly.", True),
    ("harsh.insult", "I'm a dozy cow.", True),
    ("harsh.insult", "I'm an old fool.", True),
    ("harsh.insult", "im such a clumsy oaf", True),
    ("harsh.insult", "I'm old enough to know better.", False),
    # third pass: joy and "no regrets" that reuse guilt words
    ("guilt.action", "I forgot how much fun the beach is.", False),
    ("guilt.action", "i forgot how tiny their socks are", False),
    ("guilt.action", "I forgot how to get to her school.", True),
    ("guilt.regret", "I regret nothing about that cake.", False),
    ("guilt.regret", "I regret shouting at her.", True),
    ("cue.relief", "Ate the whole tub myself. Zero regrets.", True),
    ("cue.relief", "Nobody needed me all afternoon. Glorious.", True),
    ("cue.relief", "Pizza for dinner again. Fight me.", True),
    ("cue.relief", "Went for a swim after drop-off and it cleared my head.", True),
    ("cue.relief", "Had a long bath while he did bedtime and felt human again.", True),
    ("cue.relief", "Nana took them to the park so I could have a nap.", True),
    ("cue.relief", "Coffee on my own in the garden, I really needed that.", True),
    ("cue.relief", "I feel like a failure.", False),
    ("cue.relief", "I couldn't read a word of it.", False),
    # a rule's own context words (not_after, not_near in the rule file) rule a match out
    ("crisis.preparation", "Got my affairs in order, by which I mean I did my tax return.", False),
    ("crisis.preparation", "Got my affairs in order.", True),
    ("crisis.signs", "Picked a date for Sam's party.", False),
    ("crisis.signs", "Picked a date.", True),
    (
        "crisis.harm_child",
        "Training on what to do if a parent says something worrying about harming their child.",
        False,
    ),
    ("crisis.harm_child", "I keep worrying about harming my child.", True),
    ("crisis.means", "On shift at the hospital. A man came in after an overdose.", False),
    ("crisis.means", "My sister came in after an overdose.", True),
    ("crisis.burden", "I'll sleep when I'm dead.", False),
    ("crisis.burden", "Everyone will be better off when I'm dead.", True),
    ("crisis.death_wish", "So embarrassed at pickup. Wanted to vanish.", False),
    ("crisis.death_wish", "Wanted to vanish.", True),
    ("crisis.farewell", "Decluttering all week: gave away my old books.", False),
    ("crisis.preparation", "All this whining is slowly eroding my will.", False),
    ("crisis.preparation", "I've written my will.", True),
    ("crisis.no_future", "I can't go on like this at work.", False),
    ("crisis.reunion_longed", "Since Gran passed I just want to be where she is.", True),
    ("crisis.reunion_longed", "Mum passed her driving test and I want to be where she is.", False),
    ("crisis.no_future", "I can't go on like this.", True),
    ("crisis.no_future", "I can't go on like this, so I've handed in my notice.", False),
    ("crisis.plan", "No thoughts of ending my life, just worn out.", False),
    ("crisis.plan", "Thoughts of ending my life, all day.", True),
    ("crisis.plan", "A week in Crete on holiday, I might not come back.", False),
    ("crisis.plan", "I might not come back.", True),
    ("crisis.means", "The book's hero takes an overdose in the last chapter.", False),
    ("crisis.means", "My sister takes an overdose when it gets bad.", True),
    ("crisis.signs", "Thoughts about harming your baby are common, the leaflet says.", False),
    ("crisis.signs", "So many thoughts about harming Ava.", True),
    (
        "crisis.preparation",
        "Left the passwords and where the papers are in case anything happens on the flight.",
        False,
    ),
    ("crisis.preparation", "Wrote down where the papers are in case anything happens.", True),
    ("crisis.plan", "He's going to jump off the climbing frame like Spiderman.", False),
    ("crisis.plan", "He's going to jump off the bridge.", True),
    ("crisis.preparation", "She's giving all her things away, she's moving to Lisbon.", False),
    ("crisis.preparation", "I've been giving all my things away.", True),
    (
        "crisis.means_kept_close",
        "Stood in the garage looking at the beam, going to hang a rope swing off it.",
        False,
    ),
    ("crisis.means_kept_close", "Stood in the garage looking at the beam again.", True),
    ("crisis.means", "Stood on a chair with the cable to fix the light.", False),
    ("crisis.means", "Stood on the kitchen chair with the belt again.", True),
    ("crisis.said_in_englishes", "Mi nuh waan wake up tomorrow.", True),
    ("crisis.said_in_englishes", "Mi waan live a good life.", False),
    ("crisis.end_idly_wished", "If a roo runs out I'm not gonna swerve.", True),
    ("crisis.end_idly_wished", "Not going to swerve round that question.", False),
    ("crisis.goodbye_unknown", "Told her I'm going away. I'm not.", True),
    ("crisis.child_taken_too", "It would be kinder if we both just went together.", True),
    ("crisis.child_taken_too", "Nicer if we all went together to the party.", False),
    ("crisis.burden", "I'm a dead weight on the team with this broken ankle.", False),
    ("crisis.burden", "I'm a dead weight to my family.", True),
    ("crisis.death_wish", "Dentist says I need a root canal. I said I'd rather die.", False),
    ("crisis.death_wish", "I'd rather die.", True),
    ("crisis.hurt_again", "Cutting is back. Not deep.", True),
    ("crisis.hurt_again", "Power cut again. Three hours this time.", False),
    ("crisis.hurt_again", "Cut again. Three lines.", True),
    ("crisis.child_harm_near", "I'm frightened next time I won't stop.", True),
    ("crisis.child_harm_near", "I'm frightened next time I won't stop laughing.", False),
    ("crisis.child_harm_near", "If I stay out there I'll hurt one of them.", True),
    ("crisis.child_harm_near", "A picture flashes in my head of just letting go.", True),
    (
        "crisis.death_pays_out",
        "Checked it pays out whatever the cause once the first year's gone.",
        True,
    ),
    ("crisis.death_pays_out", "The travel insurance pays out whatever the cause.", False),
    ("crisis.death_wish", "Karaoke at the do, and there's video evidence. I want to die.", False),
    ("crisis.death_wish", "Dad yelled my full name across the pool and I wanted to vanish.", False),
    ("crisis.death_wish", "I wanted to vanish.", True),
    ("crisis.preparation", "Tonight's the night. Last episode of the series.", False),
    ("crisis.preparation", "Tonight's the night.", True),
    ("crisis.no_future", "The only thing keeping me going this week is the coffee.", False),
    ("crisis.no_future", "The only thing keeping me going is my son.", True),
    ("crisis.means_kept_close", "Barbecue, charcoal and tape; Dan's grilling burgers.", False),
    ("crisis.means_kept_close", "A disposable barbecue and a roll of duct tape.", True),
    ("crisis.final_tasks", "The only thing left on my list is me: a haircut and a nap.", False),
    ("crisis.final_tasks", "The only thing left on my list is me.", True),
    ("crisis.signs", "Putting my affairs in order, as they say: the tax return.", False),
    ("crisis.signs", "Putting my affairs in order.", True),
    ("crisis.more_ready", "I feel calmer than I have in ages and I'm going to enjoy it.", False),
    ("crisis.more_ready", "I feel calmer than I have in ages.", True),
    ("crisis.more_wish", "Sorry for taking up space on the train with the buggy.", False),
    ("crisis.more_wish", "I keep apologising for taking up space.", True),
    ("crisis.burden", "Jason said nobody would miss me at the reunion.", False),
    ("crisis.burden", "Nobody would miss me.", True),
    ("crisis.after_me", "To whoever finds this notebook: please post it back.", False),
    ("crisis.after_me", "Dear whoever finds me, call my sister.", True),
    ("crisis.preparation", "I've been saying goodbye to the baby clothes, one bag a week.", False),
    ("crisis.preparation", "I've been saying goodbye.", True),
    ("crisis.death_wish", "The party bags had glitter in them and I want to die", False),
    ("crisis.death_wish", "The party was fine and I want to die", True),
    ("crisis.death_wish", "Me: want to just disappear? Jo: to Spain? Me: yes, Spain.", False),
    ("crisis.death_wish", "Me: want to just disappear? Jo: to Spain? Me: no.", True),
    ("crisis.death_wish", "I don't want to die, I just want off the committee.", False),
    ("crisis.death_wish", "I don't want to die, I just want off this planet.", True),
    ("crisis.plan", "Dreamt about my own funeral and woke up laughing.", False),
    ("crisis.plan", "Dreamt about my own funeral and woke up wishing.", True),
    ("crisis.self_harm", "Two years clean from cutting. So proud.", False),
    ("crisis.self_harm", "Two years clean from cutting. Bought new blades.", True),
    ("crisis.no_future", "Reasons to stay at this job keep running out.", False),
    ("crisis.no_future", "Reasons to stay keep running out.", True),
    (
        "crisis.signs_told",
        "Ten years since I was sectioned. I still keep the band to remind me how far I've come.",
        False,
    ),
    (
        "crisis.signs_told",
        "Ten years since I was sectioned. I still think about it, how far I've come or not.",
        True,
    ),
    (
        "crisis.still_here",
        "Prayed for God to take me in my sleep, by which I mean eight unbroken hours.",
        False,
    ),
    ("crisis.still_here", "Prayed for God to take me in my sleep.", True),
    (
        "crisis.no_future",
        "I can't do this anymore, come and take my child for one hour so I can shower.",
        False,
    ),
    ("crisis.no_future", "I can't do this anymore.", True),
    ("crisis.death_wish", "Wellbeing initiative: yoga at 7am. I would rather die.", False),
    ("crisis.death_wish", "Another week like this one. I would rather die.", True),
    ("crisis.death_wish", "Gran always said she'd rather be dead than go in a home.", False),
    ("crisis.death_wish", "I'd rather be dead than go on like this.", True),
    ("crisis.no_future", "Lost the will to live in the queue at the bank.", False),
    ("crisis.no_future", "I've lost the will to live.", True),
    ("crisis.no_future", "I can't do this anymore. Dry January, I mean.", False),
    ("crisis.no_future", "I can't do this anymore. I mean it.", True),
    ("crisis.no_future", "My daughter says 'kms' about everything, even the bus.", False),
    ("crisis.no_future", "Honestly kms.", True),
    ("crisis.no_future", "The school is holding a talk on mental health and self-harm.", False),
    ("crisis.no_future", "Our school is doing a talk on mental health, and I self-harm.", True),
    ("crisis.death_wish", '"I want to die" - me, after reading the gas bill.', False),
    ("crisis.death_wish", "I want to die, I mean it.", True),
    ("crisis.death_wish", "He wrote a poem for English about a boy who wants to disappear.", False),
    ("crisis.death_wish", "I'm a girl who wants to disappear.", True),
    (
        "crisis.plan",
        "If I have to fold this laundry one more time I'm going to throw myself off the roof.",
        False,
    ),
    ("crisis.plan", "I'm going to throw myself off the roof.", True),
    (
        "crisis.preparation",
        "The old dog goes to the vet tomorrow, it's his time. We've said our goodbyes.",
        False,
    ),
    ("crisis.preparation", "I've said my goodbyes.", True),
    ("crisis.preparation", "Away for a week, crying at the goodbye video.", False),
    ("crisis.preparation", "Made a goodbye video for the kids for after I'm gone.", True),
    (
        "crisis.said_plainly",
        "My son asked if I'd ever felt like dying. Once, long ago; I got help.",
        False,
    ),
    ("crisis.said_plainly", "Some days I feel like dying.", True),
    (
        "crisis.signs",
        "The midwife asked the usual questions, any thoughts of harming yourself? No.",
        False,
    ),
    ("crisis.signs", "Any thoughts of harming yourself? I said no. I lied.", True),
    (
        "crisis.no_future",
        "I was sure I'd never want to live through another winter. Still here, on purpose.",
        False,
    ),
    ("crisis.no_future", "I never want to live through another winter.", True),
    (
        "crisis.no_future",
        "My old journal from when I was 15 and self-harming. I wish I could hug that girl.",
        False,
    ),
    ("crisis.no_future", "My old journal is full of self-harming and I'm self-harming now.", True),
    (
        "crisis.other_in_danger",
        "Found Gran's letters. She'd written about wanting to die. She got help and lived.",
        False,
    ),
    ("crisis.other_in_danger", "My sister keeps talking about wanting to die.", True),
    (
        "crisis.means",
        "Two years ago tonight I was in hospital after an overdose. Look how far I've come.",
        False,
    ),
    ("crisis.means", "Tonight I was in hospital after an overdose.", True),
    (
        "crisis.means",
        "Two years ago tonight I was in hospital after an overdose. I came so far. It's back.",
        True,
    ),
    (
        "crisis.not_safe_as_parent",
        "Grabbed his arm too hard. I'm not safe to be a mum when I'm this angry.",
        True,
    ),
    ("crisis.not_safe_as_parent", "i dont feel safe to be around my kids right now", True),
    ("crisis.not_safe_as_parent", "It's not safe to be a mum on this road without a car.", False),
    ("crisis.not_safe_as_parent", "I'm not safe to be around when I'm hungry, ask anyone.", False),
    ("crisis.not_safe_as_parent", "I'm safe to be around the kids again, the meds work.", False),
    (
        "crisis.said_outright",
        "Going to throw myself off a cliff if I have to hear Baby Shark one more time.",
        False,
    ),
    ("crisis.said_outright", "Going to throw myself off a cliff. I mean it this time.", True),
    ("crisis.no_future", "Can't do this anymore, said every mum in the holidays.", False),
    ("crisis.no_future", "Can't do this anymore, said nobody, so I'm saying it.", True),
    ("crisis.no_future", "I can't do this anymore, the keto thing I mean.", False),
    ("crisis.no_future", "I can't do this anymore, the whole thing I mean.", True),
    (
        "crisis.no_future",
        "My sister says she's 'done with life' after the meeting. She means done with work.",
        False,
    ),
    ("crisis.no_future", "My sister says she's done with life. She means it.", True),
    ("crisis.no_future", "My son asked me what suicide means after the news.", False),
    ("crisis.no_future", "My son asked me what suicidal means. I am suicidal.", True),
    ("crisis.no_future", "The nurse talked about the warning signs of suicide today.", False),
    (
        "crisis.no_future",
        "The nurse talked about the warning signs. I have them all, I'm suicidal.",
        True,
    ),
    (
        "crisis.death_wish",
        '"I want to die" - my 12 year old after I sang at the school gate.',
        False,
    ),
    ("crisis.death_wish", '"I want to die" - my 12 year old, every night this week.', True),
    ("crisis.death_wish", "My son says he'd 'literally rather die' than wear that coat.", False),
    ("crisis.death_wish", "I'd rather die than keep going like this.", True),
    ("crisis.death_wish", "I'd rather be dead than go back to my old job.", False),
    ("crisis.death_wish", "I'd rather be dead than go back to that house.", True),
    (
        "crisis.means",
        "My toddler lay in the aisle screaming 'I want to go away forever' over a biscuit.",
        False,
    ),
    ("crisis.means", "I want to go away forever.", True),
    (
        "crisis.preparation",
        "Writing a goodbye letter to my old class before I move schools.",
        False,
    ),
    ("crisis.preparation", "Writing a goodbye letter to my team. They won't see me again.", True),
    ("crisis.preparation", "Wrote my will today with a solicitor, now that we have a baby.", False),
    ("crisis.preparation", "Wrote my will today. Left it on the table.", True),
    (
        "crisis.plan",
        "My sister attempted suicide last year. She's been doing so well since.",
        False,
    ),
    (
        "crisis.plan",
        "My sister attempted suicide last year. She's been doing so well since, and now it's back.",
        True,
    ),
    ("crisis.means", "Four years since my overdose today. I'm in a good place now.", False),
    (
        "crisis.means",
        "Four years since my overdose today. I'm in a good place now, but lately I've been "
        "thinking about it again.",
        True,
    ),
    (
        "crisis.no_future",
        "Had dark thoughts after my loss in 2019. Got help, and I'm hopeful now.",
        False,
    ),
    (
        "crisis.no_future",
        "Had dark thoughts after my loss in 2019. Got help, but they're back again.",
        True,
    ),
    (
        "crisis.no_future",
        "I was suicidal after the twins. Therapy and my GP got me through. I'm thriving.",
        False,
    ),
    ("crisis.no_future", "I was suicidal after the twins. I'm suicidal right now.", True),
    (
        "crisis.no_future",
        "Last year I thought my life was over. Now I tell every mum to ask for help.",
        False,
    ),
    ("crisis.no_future", "I think my life is over. I tell everyone I'm fine.", True),
    (
        "crisis.plan",
        "Five years ago today I tried to take my own life. Today I cried happy tears at her "
        "school play.",
        False,
    ),
    (
        "crisis.plan",
        "Five years ago today I tried to take my own life. Tonight I want to try again.",
        True,
    ),
    ("crisis.means", "Overdosed on Peppa Pig this morning, six episodes back to back.", False),
    ("crisis.means", "Overdosed on my tablets this morning.", True),
    ("crisis.no_future", "I can't do this anymore, the keto diet I mean.", False),
    ("crisis.no_future", "I can't do this anymore, the whole of life I mean.", True),
    ("crisis.no_future", "He says he'll 'end it all' with his quiz team after tonight.", False),
    ("crisis.no_future", "He says he'll 'end it all' tonight.", True),
    ("crisis.no_future", "Told the nurse I'm not having any dark thoughts now, just tired.", False),
    ("crisis.no_future", "Told the nurse I'm having dark thoughts now, not just tired.", True),
    ("crisis.death_wish", "I want to not exist for a bit, then have a bath.", False),
    ("crisis.death_wish", "I want to not exist. Not for a bit, for good.", True),
    ("crisis.death_wish", "I want to disappear... for a weekend, somewhere with a pool.", False),
    ("crisis.death_wish", "I want to disappear... for good.", True),
    ("crisis.self_harm", "In the school play she has to pretend to stab herself.", False),
    ("crisis.self_harm", "She told me she wants to stab herself.", True),
    (
        "crisis.death_wish",
        "My son said 'I literally want to die' because I made him wear a hat.",
        False,
    ),
    ("crisis.death_wish", "My son said 'I literally want to die' and he means it.", True),
    (
        "crisis.death_wish",
        "My daughter wrote a poem about wanting to disappear for English.",
        False,
    ),
    (
        "crisis.death_wish",
        "My daughter wrote a poem about wanting to disappear and now I keep thinking about "
        "doing it.",
        True,
    ),
    (
        "crisis.means",
        "Three years since I was sectioned. I remember planning how I'd do it. Therapy brought "
        "me back.",
        False,
    ),
    (
        "crisis.means",
        "Three years since I was sectioned. I remember planning how I'd do it, and lately I'm "
        "planning again.",
        True,
    ),
    (
        "crisis.plans_after",
        "Found old diaries from when I was 15 and read where I wrote my goodbye. I'm 40 now "
        "with a life I love.",
        False,
    ),
    (
        "crisis.plans_after",
        "Found old diaries from when I was 15 and read where I wrote my goodbye. Tonight I "
        "wrote another.",
        True,
    ),
    (
        "crisis.death_wish",
        "Used to stand on the platform wishing the train would take me. That was 2015. Now I "
        "stand back with my daughter.",
        False,
    ),
    (
        "crisis.death_wish",
        "Used to stand on the platform wishing the train would take me. That was 2015. Now it's "
        "back.",
        True,
    ),
    (
        "crisis.no_future",
        "Our side got skittled for 52, proper suicide batting, the captain is fuming.",
        False,
    ),
    ("crisis.no_future", "Our side got skittled for 52. Suicide feels like the answer now.", True),
    (
        "crisis.death_wish",
        "My son yelled 'I'd rather be dead than go to Grandma's' about the Easter egg hunt.",
        False,
    ),
    (
        "crisis.death_wish",
        "My son yelled 'I'd rather be dead than go on' and locked his door.",
        True,
    ),
    (
        "crisis.no_future",
        "The landlord called and I wanted to crawl under the table and never come out.",
        False,
    ),
    (
        "crisis.no_future",
        "The landlord called and I want to hide in the woods and never come out.",
        True,
    ),
    (
        "crisis.preparation",
        "Dad joke from my brother: 'the baby's nappies are lethal, I've written my will.'",
        False,
    ),
    (
        "crisis.preparation",
        "Not a joke: I've written my will and left it where Sam will find it.",
        True,
    ),
    (
        "crisis.signs",
        "Putting my affairs in order before the operation, it's only a knee but I like lists.",
        False,
    ),
    ("crisis.signs", "Putting my affairs in order before Friday, for after.", True),
    (
        "crisis.preparation",
        "Got my affairs in order before the surgery on Tuesday, just being sensible.",
        False,
    ),
    ("crisis.preparation", "Got my affairs in order before Tuesday. Nobody knows why.", True),
    (
        "crisis.said_outright",
        "If I have to wipe one more sticky table I'm going to throw myself down the stairs.",
        False,
    ),
    ("crisis.said_outright", "I'm going to throw myself down the stairs tonight.", True),
    (
        "crisis.no_future",
        "I self-harmed all through college. Six years clean now and a mum of two.",
        False,
    ),
    (
        "crisis.no_future",
        "I self-harmed all through college. Six years clean, and this week it started again.",
        True,
    ),
    (
        "crisis.signs",
        "Three years ago I thought my kids would be better off without me. Got help, and we're "
        "fine.",
        False,
    ),
    (
        "crisis.signs",
        "Three years ago I thought my kids would be better off without me. Got help, but lately "
        "I think it again.",
        True,
    ),
    (
        "crisis.no_future",
        "It was the anniversary of my brother's suicide today. We lit a candle and ate cake.",
        False,
    ),
    (
        "crisis.no_future",
        "It was the anniversary of my brother's suicide today and I keep thinking about doing it "
        "too.",
        True,
    ),
    (
        "crisis.no_future",
        "Thank you God for getting us through this winter. A year ago I didn't want to be here.",
        False,
    ),
    (
        "crisis.no_future",
        "A year ago I didn't want to be here. Lately I don't want to be here again.",
        True,
    ),
    (
        "crisis.plan",
        "Lord, I was so close to not being here last summer. Thank you for the crisis team.",
        False,
    ),
    (
        "crisis.plan",
        "Lord, I was so close to not being here last summer, and I'm close again this week.",
        True,
    ),
    (
        "crisis.no_future",
        "I self-harmed when I was 14. I'm 39 now and my son is 14, and he knows he can talk to me.",
        False,
    ),
    ("crisis.no_future", "I self-harmed when I was 14. I'm 39 now and I still want to.", True),
    (
        "crisis.no_future",
        "'No will to live,' said my 9-year-old when I turned off the telly at bedtime.",
        False,
    ),
    (
        "crisis.no_future",
        "'I have no will to live', said my 12-year-old, and she has been cutting again.",
        True,
    ),
    (
        "crisis.preparation",
        "Wrote farewell notes to my class today, I'm retiring in July after 25 years.",
        False,
    ),
    (
        "crisis.preparation",
        "Wrote farewell notes to my class today, and one to each of my own kids for after I'm "
        "gone.",
        True,
    ),
    (
        "crisis.still_here",
        "Honestly I want to disappear... for a week. A cottage, a book, no school run.",
        False,
    ),
    (
        "crisis.self_gone",
        "Honestly I want to disappear... for a week. A cottage, a book, no school run.",
        False,
    ),
    ("crisis.death_wish", "Honestly I want to disappear... not for a week, for good.", True),
    (
        "crisis.means_set",
        "Saw the rope in the boot and panicked until I remembered it's the old tow rope from the "
        "van.",
        False,
    ),
    (
        "crisis.means_set",
        "Saw the rope in the boot and remembered why I put it there. It's not for towing.",
        True,
    ),
    (
        "crisis.no_future",
        "I don't want to live like this anymore, in this grey kitchen I mean. Getting quotes for "
        "new units.",
        False,
    ),
    (
        "crisis.no_future",
        "I don't want to live like this anymore, with the thoughts I mean. They won't stop.",
        True,
    ),
    (
        "crisis.burden",
        "Everybody would be better off if I didn't bake for the fair. Shop cakes it is.",
        False,
    ),
    ("crisis.burden", "Everybody would be better off if I didn't wake up tomorrow.", True),
    (
        "crisis.death_wish",
        'My son yelled "I wish I was never born" because I took his phone at bedtime.',
        False,
    ),
    (
        "crisis.death_wish",
        'My son yelled "I wish I was never born" and he meant it, he has said it all week.',
        True,
    ),
    ("crisis.no_future", "Low carb week two. I can't do this anymore, pizza tonight.", False),
    ("crisis.no_future", "Low carb week two. I can't do this anymore, nothing helps.", True),
    (
        "crisis.no_future",
        '"I can\'t do this anymore," I told my manager, and handed in my notice. Free!',
        False,
    ),
    (
        "crisis.no_future",
        '"I can\'t do this anymore," I told my manager, and I meant more than the job.',
        True,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore. The rota, the emails, the bake sales. Stepping down from the "
        "committee.",
        False,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore. The rota, the emails, the bake sales. Stepping down from "
        "everything.",
        True,
    ),
    (
        "crisis.means",
        "Standing on the edge of the platform waiting for the 8.15 and it was cancelled again.",
        False,
    ),
    (
        "crisis.means",
        "Standing on the edge of the platform waiting for the 8.15 to come so I could step off.",
        True,
    ),
    (
        "crisis.no_future",
        "We walked ten miles for the charity that helped us after my uncle's suicide.",
        False,
    ),
    (
        "crisis.no_future",
        "We walked ten miles after my uncle's suicide and now I keep thinking about doing it too.",
        True,
    ),
    (
        "crisis.other_in_danger",
        "Her playlist is all sad songs about wanting to die, same as mine at fifteen, and she's "
        "fine.",
        False,
    ),
    (
        "crisis.other_in_danger",
        "Her playlist is all sad songs about wanting to die and she told me she's wanting to die "
        "too.",
        True,
    ),
    (
        "crisis.harm_child",
        "I had thoughts of hurting the baby after my first. That was years ago and treatment "
        "worked.",
        False,
    ),
    (
        "crisis.harm_child",
        "I had thoughts of hurting the baby after my first. Treatment worked, but lately they're "
        "back.",
        True,
    ),
    (
        "crisis.means",
        "Three years ago I was in a psychiatric unit after trying to take my own life. I'm so "
        "proud of where I am.",
        False,
    ),
    (
        "crisis.means",
        "Three years ago I was in a psychiatric unit after trying to take my own life. I'm so "
        "proud of where I am, but this week I want to again.",
        True,
    ),
    (
        "crisis.preparation",
        "Last year I wrote goodbye letters to the kids. I'm here and I want to be.",
        False,
    ),
    (
        "crisis.preparation",
        "Last year I wrote goodbye letters to the kids. Lately I've started writing them again.",
        True,
    ),
    (
        "crisis.place_and_way",
        "Last summer I sat on the bridge over the canal and thought about not going home. I got "
        "help. Now it's a bridge.",
        False,
    ),
    (
        "crisis.place_and_way",
        "Last summer I sat on the bridge over the canal and thought about not going home. Tonight "
        "I'm there again.",
        True,
    ),
    (
        "crisis.self_harm",
        "My son told me last year he'd been self-harming. He's in therapy, and I'm so proud of "
        "how far he's come.",
        False,
    ),
    (
        "crisis.self_harm",
        "My son told me last year he'd been self-harming. How far he's come, I thought, and then "
        "this week he did it again.",
        True,
    ),
    (
        "crisis.no_future",
        "Read in the paper about another farmer suicide near us. Signed up to help the support "
        "line.",
        False,
    ),
    (
        "crisis.no_future",
        "Read in the paper about another farmer suicide near us, and now I keep thinking about "
        "doing it too.",
        True,
    ),
    (
        "crisis.plan",
        "My brother attempted suicide in 2018. He's now a peer support worker and we ran a 10k "
        "together.",
        False,
    ),
    (
        "crisis.plan",
        "My brother attempted suicide in 2018. He's now a peer support worker, but this week he "
        "says the thoughts are back.",
        True,
    ),
    (
        "crisis.plan",
        "My wife told me that three years ago she'd thought about suicide. She's doing well now "
        "and sees a counsellor.",
        False,
    ),
    (
        "crisis.plan",
        "My wife told me that three years ago she'd thought about suicide. She's doing well now, "
        "she says, but lately it's started again.",
        True,
    ),
    (
        "crisis.means",
        "Two years ago tonight I was in A&E after swallowing a bottle of pills. Tonight I'm "
        "baking with my son and I'm genuinely okay. How far I've come.",
        False,
    ),
    (
        "crisis.means",
        "Two years ago tonight I was in A&E after swallowing a bottle of pills. How far I've "
        "come, I thought, but tonight I'm counting them out again.",
        True,
    ),
    (
        "crisis.preparation",
        "Put my affairs in order: socks in pairs, toys in boxes, freezer defrosted. New woman.",
        False,
    ),
    (
        "crisis.signs",
        "Put my affairs in order: socks in pairs, toys in boxes, freezer defrosted. New woman.",
        False,
    ),
    (
        "crisis.signs",
        "Put my affairs in order: the will, the passwords, a letter for each of the kids.",
        True,
    ),
    (
        "crisis.signs",
        "After my second baby I had PND and believed my kids would be better off without me. This "
        "time I've got a perinatal team and I'm feeling strong.",
        False,
    ),
    (
        "crisis.signs",
        "After my second baby I had PND and believed my kids would be better off without me. I'm "
        "feeling strong, mostly, but lately the thought is back.",
        True,
    ),
    (
        "crisis.plan",
        "My five-year-old announced at tea he's going to jump off the shed like Batman. We talked "
        "about capes.",
        False,
    ),
    (
        "crisis.plan",
        "My five-year-old announced at tea he's going to jump off the shed roof. He's been so sad "
        "since his dad left.",
        True,
    ),
    (
        "crisis.signs_told",
        "My sister was sectioned last summer. Saw her today, back at work, laughing with her team.",
        False,
    ),
    (
        "crisis.signs_told",
        "My sister was sectioned last summer. Saw her today, back at work, laughing, but she told "
        "me the voices are back.",
        True,
    ),
    (
        "crisis.edge_drawn",
        "Counselling today. We talked about last spring, when I used to stand on the balcony at "
        "night and think about letting go. It feels so far away now.",
        False,
    ),
    (
        "crisis.edge_drawn",
        "Counselling today. We talked about last spring, when I used to stand on the balcony at "
        "night and think about letting go. It feels far away now, but this week I've been out "
        "there again.",
        True,
    ),
    (
        "crisis.means",
        "Paediatric first aid today: what to do if someone's taken an overdose, choking, burns.",
        False,
    ),
    (
        "crisis.means",
        "First aid today: what to do if someone's taken an overdose. I sat there thinking about "
        "doing it myself.",
        True,
    ),
    (
        "crisis.means",
        "Night shift on the ward: three overdoses and a broken wrist. Home for cereal.",
        False,
    ),
    (
        "crisis.means",
        "Shift on the ward: two overdoses, and all I could think was how easy it would be to do "
        "it myself.",
        True,
    ),
    (
        "crisis.no_future",
        "My son texted 'I'm literally going to kill myself' because I posted his baby photo. Took "
        "it down.",
        False,
    ),
    (
        "crisis.no_future",
        "My son texted 'I'm literally going to kill myself' and he wasn't joking, he's been "
        "saying it for weeks.",
        True,
    ),
    (
        "crisis.means",
        "My son texted 'I'm literally going to kill myself' because I posted his baby photo. Took "
        "it down.",
        False,
    ),
    (
        "crisis.no_future",
        "Mental health first aid course. Today's session was asking directly about suicidal "
        "thoughts. Hard to say out loud.",
        False,
    ),
    (
        "crisis.no_future",
        "Mental health first aid course. Today's session was asking directly about suicidal "
        "thoughts and I realised that's me.",
        True,
    ),
    (
        "crisis.means",
        "Four years ago today I was in hospital after taking too many pills. Today we went to "
        "the farm and fed the goats. I'm still here and I'm glad.",
        False,
    ),
    (
        "crisis.means",
        "Four years ago today I was in hospital after taking too many pills. I'm still here and "
        "I'm glad, but lately I've been counting them out again.",
        True,
    ),
    (
        "crisis.death_wish",
        "My daughter says she wants to die because I said no to the party. Slammed her door, "
        "now she's on the phone to her best friend.",
        False,
    ),
    (
        "crisis.death_wish",
        "My daughter says she wants to die because everyone at school hates her. She's stopped "
        "eating.",
        True,
    ),
    (
        "crisis.plan",
        "My three-year-old climbed onto the armchair, shouted 'I'm going to jump!' and then "
        "did, onto the beanbag, like a little stuntman.",
        False,
    ),
    (
        "crisis.plan",
        "My son stood on the window ledge and shouted 'I'm going to jump' and he meant it, he's "
        "been so low since the divorce.",
        True,
    ),
    (
        "crisis.signs",
        "There was a time I thought my family would be better off without me. Writing this from "
        "the beach three years later, and I know now how wrong that was.",
        False,
    ),
    (
        "crisis.signs",
        "There was a time I thought my family would be better off without me. I know now how "
        "wrong that was, but lately the thought is back.",
        True,
    ),
    (
        "crisis.means",
        "How long does it take to drown? My 7 year old asked at bath time, so we talked about "
        "lifeguards and armbands.",
        False,
    ),
    (
        "crisis.means",
        "How long does it take to drown? My 7 year old asked at bath time, and I keep thinking "
        "about it for myself.",
        True,
    ),
    (
        "crisis.preparation",
        "Dad showed me where the papers are and said 'just in case'. He's 68 and fit as a "
        "fiddle, he's just organised.",
        False,
    ),
    (
        "crisis.preparation",
        "Dad showed me where the papers are and said 'just in case'. He's been so quiet since "
        "Mum died.",
        True,
    ),
    (
        "crisis.plan",
        "When I lost my business I thought about not being here for a while. That was 2020. I "
        "got help, and now I coach the under-nines. Life's good.",
        False,
    ),
    (
        "crisis.plan",
        "When I lost my business I thought about not being here for a while. That was 2020. I "
        "got help, but since the bank letter the thoughts are back.",
        True,
    ),
    (
        "crisis.preparation",
        "This is my last entry in this journal. It's full. New one from the shop tomorrow, with "
        "a lock.",
        False,
    ),
    (
        "crisis.preparation",
        "This is my last entry in this journal. Tomorrow I won't be here to write anything.",
        True,
    ),
    (
        "crisis.preparation",
        "Goodbye note for the office from my manager: she's retiring after 25 years and says "
        "not to touch her mug.",
        False,
    ),
    (
        "crisis.preparation",
        "Goodbye note is in the drawer for my husband, under the bills.",
        True,
    ),
    (
        "crisis.preparation",
        "Last year I wrote a goodbye note and my brother found me in time. This year I wrote "
        "him a thank you card, and I'm well now.",
        False,
    ),
    (
        "crisis.preparation",
        "Last year I wrote a goodbye note and my brother found me in time. I'm well now, "
        "mostly, but I wrote another one again last night.",
        True,
    ),
    (
        "crisis.death_wish",
        "My daughter, 9, told her friend 'I wish I was dead' because she lost at Mario Kart. We "
        "talked, she meant it was annoying.",
        False,
    ),
    (
        "crisis.death_wish",
        "My daughter, 9, told her friend 'I wish I was dead' because nobody plays with her at "
        "lunch.",
        True,
    ),
    (
        "crisis.no_future",
        "My teenage daughter: 'I'm literally going to kill myself if you post that picture'. "
        "Didn't post it. She's watching telly.",
        False,
    ),
    (
        "crisis.no_future",
        "My teenage daughter: 'I'm literally going to kill myself, don't post anything.' She's "
        "been giving her things away.",
        True,
    ),
    (
        "crisis.means",
        "My teenage daughter: 'I'm literally going to kill myself if you post that picture'. "
        "Didn't post it. She's watching telly.",
        False,
    ),
    # crisis set thirty-five: narrow exclusions for its near misses and wave nineteen's, each
    # with a row that still fires
    (
        "crisis.means",
        "Jamie took fifty pounds out of my wallet for the school trip without asking.",
        False,
    ),
    (
        "crisis.means",
        "Took forty of my sleeping tablets at once and lay down.",
        True,
    ),
    (
        "crisis.preparation",
        "Dear future me, by the time you read this you'll know whether the new job worked out.",
        False,
    ),
    (
        "crisis.preparation",
        "Dear Sam, by the time you read this I'll be gone.",
        True,
    ),
    (
        "crisis.no_future",
        "Six months sober. Never want to wake up hungover again.",
        False,
    ),
    (
        "crisis.no_future",
        "Six months sober and I never want to wake up again.",
        True,
    ),
    (
        "crisis.not_waking_wished",
        "Took a sleeping tablet for the flight, hoping I don't wake up at 4am again.",
        False,
    ),
    (
        "crisis.not_waking_wished",
        "Took a sleeping tablet, hoping I don't wake up at all.",
        True,
    ),
    (
        "crisis.death_wish",
        "I want to die of shame, I called my teacher mum in assembly.",
        False,
    ),
    (
        "crisis.death_wish",
        "I want to die, the shame of what I did won't go.",
        True,
    ),
    (
        "crisis.decided_and_gone",
        "I'm done. Not with life, with this job. Notice goes in Monday.",
        False,
    ),
    (
        "crisis.decided_and_gone",
        "I'm done. Honestly done with life.",
        True,
    ),
    (
        "crisis.preparation",
        "Made my will, now we've got the baby it felt like time. Guardians sorted.",
        False,
    ),
    (
        "crisis.preparation",
        "Made my will. The kids are at my mum's.",
        True,
    ),
    (
        "crisis.marks",
        "Scratched my legs raw on the brambles getting the ball back.",
        False,
    ),
    (
        "crisis.marks",
        "Scratched my legs raw again last night.",
        True,
    ),
    (
        "crisis.ready_last",
        "Calmer now I've decided. Handed in my notice and I start the new job in May.",
        False,
    ),
    (
        "crisis.ready_last",
        "Calmer now I've decided. Wrote the letters last night.",
        True,
    ),
    (
        "crisis.means",
        "On call today: two overdose reviews and a discharge before lunch.",
        False,
    ),
    (
        "crisis.means",
        "On call today and all I can think about is an overdose.",
        True,
    ),
    (
        "crisis.no_future",
        "Spoke at a charity event today about my suicide attempt, years ago now.",
        False,
    ),
    (
        "crisis.no_future",
        "Went to a charity event today. Suicide is all I think about.",
        True,
    ),
    # crisis: set thirty-seven's near misses, quiet when it joined. A search about a splinter
    # or telling a parent, vitamin gummies the pharmacist calls fine, a child's quoted
    # protest over a rule, "the night feeds I mean" or a notice handed in, and a past told
    # as over ("once upon a time", "back then", "years ago today I wrote", "once, long
    # ago", a unit that "saved us both") are ordinary; without them the words still count.
    (
        "crisis.other_in_danger",
        "Painless ways to get a splinter out of a screaming four-year-old's finger?",
        False,
    ),
    ("crisis.other_in_danger", "Painless ways to go, typed it into my phone at 3am.", True),
    (
        "crisis.other_in_danger",
        "painless ways to tell my dad we're skipping his barbecue this year",
        False,
    ),
    ("crisis.other_in_danger", "painless ways to die before the kids wake up", True),
    (
        "crisis.means",
        "can you overdose on vitamin C gummies? my son ate six, the pharmacist said he'll be "
        "totally fine",
        False,
    ),
    (
        "crisis.means",
        "can you overdose on vitamin C gummies? asking because there's nothing else left in "
        "the house",
        True,
    ),
    (
        "crisis.means",
        "Son (9) says he'll 'kill himself' if we make him wear the school jumper. He means "
        "he'll moan.",
        False,
    ),
    (
        "crisis.means",
        "Son (15) says he'll 'kill himself' and he's been giving his games away.",
        True,
    ),
    (
        "crisis.death_wish",
        "Daughter screamed 'I wish I was never born' over bedtime, then wanted a story.",
        False,
    ),
    (
        "crisis.death_wish",
        "Daughter screamed 'I wish I was never born' and she's stopped eating.",
        True,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore, the night feeds I mean. Bottles from tomorrow.",
        False,
    ),
    ("crisis.no_future", "I can't do this anymore, the pretending. Nobody would notice.", True),
    (
        "crisis.no_future",
        "I can't do this anymore. I'm handing in my notice tomorrow, ten years is enough.",
        False,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore. I'm handing the kids to my mum and going.",
        True,
    ),
    (
        "crisis.more_ready",
        "Once upon a time I googled painless ways to go. Now I google how to get slime out of "
        "the carpet.",
        False,
    ),
    (
        "crisis.more_ready",
        "I googled painless ways to go. Now I google how to get slime out of the carpet.",
        True,
    ),
    (
        "crisis.signs",
        "Back then I thought my family would be better off without me. Writing this on my "
        "recovery anniversary, three years.",
        False,
    ),
    (
        "crisis.signs",
        "Back then I thought my family would be better off without me, and lately I think it "
        "again.",
        True,
    ),
    (
        "crisis.preparation",
        "Three years ago today I wrote a goodbye note. Today I baked my daughter's birthday "
        "cake and I'm so glad I'm here.",
        False,
    ),
    (
        "crisis.preparation",
        "Three years ago today I wrote a goodbye note. Tonight I wrote another.",
        True,
    ),
    (
        "crisis.preparation",
        "I wrote a goodbye note once, long ago. Found it in a box and shredded it. That girl "
        "is safe now.",
        False,
    ),
    (
        "crisis.preparation",
        "I wrote a goodbye note once, long ago. Found it in a box and I've read it every night "
        "since.",
        True,
    ),
    (
        "crisis.signs_told",
        "Last year I was sectioned after the baby. Yesterday he said 'mama'. The perinatal "
        "team saved us both.",
        False,
    ),
    (
        "crisis.signs_told",
        "Last year I was sectioned after the baby. The perinatal team saved us both, but "
        "lately I'm scared it's coming back.",
        True,
    ),
    # crisis: set thirty-five's near misses left after it joined. A sleep-in till a
    # time, a diet or detox she gives up, a machine that has jammed, a thriller's plot,
    # and years "self-harm free" are ordinary; the same words stay a crisis without them.
    (
        "crisis.no_future",
        "Lie-in Saturday, glass of red tonight. Don't want to wake up till 10 tomorrow.",
        False,
    ),
    ("crisis.no_future", "Glass of red tonight. Don't want to wake up tomorrow.", True),
    ("crisis.no_future", "Week two of keto and I can't do this anymore. Toast, please.", False),
    ("crisis.no_future", "Week two of it all and I can't do this anymore.", True),
    (
        "crisis.no_future",
        "I CAN'T DO THIS ANYMORE!! the washing machine has flooded the kitchen again",
        False,
    ),
    ("crisis.no_future", "I CAN'T DO THIS ANYMORE!! nobody would notice if I was gone", True),
    ("crisis.means", "Finished a novel where the nanny hides pills in the soup. Chilling.", False),
    ("crisis.means", "I hide pills in my sock drawer for when I'm ready.", True),
    ("crisis.no_future", "Four years self-harm free today and I'm proud of my recovery.", False),
    (
        "crisis.no_future",
        "Four years self-harm free, but tonight I'm thinking about self-harm.",
        True,
    ),
    # crisis set thirty-six: narrow exclusions for its near misses, each with a row that still
    # fires: a course's lesson about asking's lesson about asking
    (
        "crisis.no_future",
        "First aid course today: we learned asking about suicide can save a life. Good "
        "biscuits too.",
        False,
    ),
    ("crisis.no_future", "First aid course today and all I could think about was suicide.", True),
    # a nurse's notes
    (
        "crisis.gone_wanting",
        "Ward round notes: pt reports passive SI, no plan, safety plan in place. Home for tea.",
        False,
    ),
    ("crisis.gone_wanting", "Notes for my own therapist: passive SI all week, no plan yet.", True),
    # pupils' slang
    (
        "crisis.no_future",
        "Letter from school: pupils have been saying 'unalive' in lessons, please talk to "
        "your child.",
        False,
    ),
    (
        "crisis.no_future",
        "Letter from school came and my daughter keeps saying 'unalive' about herself.",
        True,
    ),
    # a bedtime prayer
    (
        "crisis.means",
        "Mum prayed with us every night 'if I should die before I wake'. Lovely memory.",
        False,
    ),
    ("crisis.means", "Every night I think I should die before I wake, and I mean it.", True),
    # callers on a line
    (
        "crisis.no_future",
        "Helpline shift done: two suicidal callers, both safe at the end. Bath and bed.",
        False,
    ),
    ("crisis.no_future", "Helpline shift done and I'm the one feeling suicidal tonight.", True),
    # words listed as slang
    (
        "crisis.no_future",
        "Our safeguarding lead told us 'sewerslide' is slang teens use to dodge filters.",
        False,
    ),
    ("crisis.no_future", "thinking about sewerslide again tonight, it's all I think about.", True),
    # a plot
    (
        "crisis.no_future",
        "That crime drama is grim: three people get unalived in episode 2 alone.",
        False,
    ),
    (
        "crisis.no_future",
        "That crime drama is grim and I keep thinking I want to be unalived.",
        True,
    ),
    # a game's monsters
    (
        "crisis.no_future",
        "Level 3 is where you unalive zombies with a frying pan. He loves it.",
        False,
    ),
    (
        "crisis.no_future",
        "Level 3 of this game and all I think about is how to unalive, for real.",
        True,
    ),
    # a machine
    ("crisis.no_future", "kms this printer has jammed again and the report is due at 9.", False),
    ("crisis.no_future", "kms tonight, nobody would notice until the morning.", True),
    # a flat
    (
        "crisis.no_future",
        "My brother is so tired of living in that bedsit, mould everywhere. Moving him Saturday.",
        False,
    ),
    (
        "crisis.no_future",
        "My brother is so tired of living, he told me last night and he won't answer now.",
        True,
    ),
    # the football
    ("crisis.no_future", "Dad has dark thoughts about the cricket every time England bat.", False),
    ("crisis.no_future", "Dad has dark thoughts since Mum died and won't eat.", True),
    # someone else's embarrassment in quotes
    (
        "crisis.death_wish",
        "My friend said she 'wanted to die' because she'd sung the wrong name at the wedding.",
        False,
    ),
    (
        "crisis.death_wish",
        "My friend said she 'wanted to die' because her husband has left and she means it.",
        True,
    ),
    # page after page, with help got
    (
        "crisis.death_wish",
        "Found my teenage diary. Page after page of wanting to vanish. So glad that girl got help.",
        False,
    ),
    (
        "crisis.death_wish",
        "Found my teenage diary. Page after page of wanting to vanish, and lately I feel it again.",
        True,
    ),
    # gone by the time
    (
        "crisis.gone_wanting",
        "Passive ideation was gone by the time I left the unit. Three years on, life is full.",
        False,
    ),
    (
        "crisis.gone_wanting",
        "Passive ideation was gone by the time I left the unit, but lately it's back.",
        True,
    ),
    # urges she says she has none of today, unless the entry says they are back
    (
        "crisis.self_harm",
        "Today: 1. Took my meds. 2. No urges to hurt myself. 3. Ate toast.",
        False,
    ),
    ("crisis.self_harm", "No urges to hurt myself all week, but tonight they're back.", True),
    ("crisis.self_harm", "Zero urges to cut since Sunday.", False),
    ("crisis.self_harm", "Is there any urge to hurt myself? Yes, all the time.", True),
    # taken something that was never hers: a thing, not a dose
    (
        "crisis.without_me",
        "When she calls me mum I feel like I've taken something that was never mine.",
        False,
    ),
    ("crisis.without_me", "I've taken something that will make me sleep for good.", True),
    ("crisis.without_me", "She's already taken something. Ambulance on its way.", True),
    ("crisis.other_in_danger", "My son had taken something that was never his, a bike.", False),
    ("crisis.other_in_danger", "My son had taken something, the ambulance is here.", True),
    # set thirty-eight: given away with decluttering after it
    (
        "crisis.preparation",
        "I've given away most of my clothes this month. Decluttering before the move, KonMari all "
        "the way.",
        False,
    ),
    (
        "crisis.preparation",
        "I've given away most of my clothes this month. Nobody will need to sort them after "
        "Friday.",
        True,
    ),
    # a teenager's quoted protest at a crush or a refusal, or her embarrassment at a parent
    (
        "crisis.death_wish",
        "My 14yo wailed 'I want to die' because the boy she fancies liked someone else's post. "
        "Then she ate a whole pizza.",
        False,
    ),
    (
        "crisis.death_wish",
        "My 14yo wailed 'I want to die' and she's stopped eating since the boy she fancies moved "
        "schools.",
        True,
    ),
    (
        "crisis.death_wish",
        "My son shouted 'I literally want to die' because I said no to the party. Ten minutes "
        "later he wanted toast.",
        False,
    ),
    (
        "crisis.death_wish",
        "My son shouted 'I literally want to die' because nobody at the party spoke to him. He's "
        "been so quiet.",
        True,
    ),
    (
        "crisis.death_wish",
        "My son said 'I want to disappear' because I danced at the school gate. He's 12, it's "
        "fair.",
        False,
    ),
    (
        "crisis.death_wish",
        "My son said 'I want to disappear' and he hasn't left his room in a week.",
        True,
    ),
    # papers in order for a deployment or on a solicitor's advice
    (
        "crisis.signs",
        "Put my affairs in order for the tour: will, power of attorney, the forms they give "
        "everyone before we fly.",
        False,
    ),
    (
        "crisis.signs",
        "Put my affairs in order for after. The forms are labelled, the kids will be fine.",
        True,
    ),
    (
        "crisis.preparation",
        "Put my affairs in order for the posting: will, power of attorney, letters for the kids "
        "just in case. Standard stuff.",
        False,
    ),
    (
        "crisis.preparation",
        "Got my affairs in order: will, letters for the kids, the dog to my sister. Just in case.",
        True,
    ),
    (
        "crisis.signs",
        "Put all my papers in order today: will, guardianship, power of attorney. The solicitor "
        "says every parent should.",
        False,
    ),
    (
        "crisis.signs",
        "Put all my papers in order today so nobody has to sort anything when I'm gone.",
        True,
    ),
    # a novel this month about someone with an illness; quips on a trivial condition
    (
        "crisis.plan",
        "Our book club read a novel this month about a dad with bipolar disorder who plans to jump"
        " off the bridge. Heavy but hopeful.",
        False,
    ),
    (
        "crisis.plan",
        "Our book club read a novel this month about a dad with bipolar disorder who plans to jump"
        " off the bridge, and I keep thinking about doing it too.",
        True,
    ),
    (
        "crisis.plan",
        "My colleague said, 'If this laptop crashes one more time I'm going to throw myself out of"
        " the window.' We're on the ground floor.",
        False,
    ),
    (
        "crisis.plan",
        "He said, 'If you leave one more time I'm going to throw myself out of the window.' He's "
        "on the ninth floor and he's been drinking.",
        True,
    ),
    (
        "crisis.means",
        "My nephew joked, 'If Mum makes me wear that jumper I'll hang myself with the tinsel.' He "
        "wore it.",
        False,
    ),
    (
        "crisis.means",
        "My nephew said, 'I'll hang myself with the tinsel,' and he wasn't smiling. He's been so "
        "low.",
        True,
    ),
    (
        "crisis.plan",
        "My sister texted: 'I'm going to jump off a cliff if my boss sends one more email.' She's "
        "fine, she's on holiday Friday.",
        False,
    ),
    (
        "crisis.plan",
        "My sister texted: 'I'm going to jump off a cliff tonight.' She's not answering.",
        True,
    ),
    # a child quoting a lie-in, a pharmacy's error, a dead parent's tablets found
    (
        "crisis.death_wish",
        "My 4yo told Grandma that 'Mummy wants to go to sleep forever' because I told her I needed"
        " a nap.",
        False,
    ),
    (
        "crisis.death_wish",
        "My 4yo told Grandma that 'Mummy wants to go to sleep forever' because that's what I keep "
        "saying, and I mean it.",
        True,
    ),
    (
        "crisis.means",
        "Dad was admitted with a suspected overdose of his blood pressure tablets - it turned out "
        "to be a dispensing error. He's fine.",
        False,
    ),
    (
        "crisis.means",
        "Dad was admitted with an overdose of his blood pressure tablets. He says he meant it.",
        True,
    ),
    (
        "crisis.means",
        "Found a stash of my dad's tablets in his shed when clearing his house. Took them to the "
        "chemist.",
        False,
    ),
    (
        "crisis.means",
        "Found a stash of my dad's tablets in his shed. He's been saving them.",
        True,
    ),
    # past crises told as over, which still count when the entry says they are back
    (
        "crisis.plans_after",
        "In therapy we talked about the night I wrote my goodbye letter, three years ago. I'm "
        "proud of how far I've come.",
        False,
    ),
    (
        "crisis.plans_after",
        "In therapy we talked about the night I wrote my goodbye letter, three years ago. I'm "
        "proud of how far I've come, but lately I've been writing another.",
        True,
    ),
    (
        "crisis.burden",
        "There were hard months, when I thought they'd all be better off without me, but my sister"
        " got me through that.",
        False,
    ),
    (
        "crisis.burden",
        "There were hard months, when I thought they'd all be better off without me, and now I "
        "think it again.",
        True,
    ),
    (
        "crisis.preparation",
        "Last year I wrote goodbye letters. I'm still here, two years on, and I'm glad.",
        False,
    ),
    (
        "crisis.preparation",
        "Last year I wrote goodbye letters. I'm still here, two years on, and I'm glad, but lately"
        " I've started another.",
        True,
    ),
    (
        "crisis.means",
        "Found my old journal from 2016 when I was in hospital after trying to take my life. That "
        "woman would be amazed by this one.",
        False,
    ),
    (
        "crisis.means",
        "Found my old journal from 2016 when I was in hospital after trying to take my life. That "
        "woman would be amazed by this one, but lately I feel like her again.",
        True,
    ),
    (
        "crisis.mind_messages",
        "Two years ago I was in a mother and baby unit. I believed the radio was sending me "
        "messages. It ends. I came back.",
        False,
    ),
    (
        "crisis.mind_messages",
        "Two years ago I was in a mother and baby unit. I believed the radio was sending me "
        "messages. I came back to the unit this week.",
        True,
    ),
    (
        "crisis.plan",
        "Last winter I thought about driving off the road. Got put on sertraline. This winter I "
        "just think about Christmas.",
        False,
    ),
    (
        "crisis.plan",
        "Last winter I thought about driving off the road. This winter I just think about "
        "Christmas, but lately the road is in my head again.",
        True,
    ),
    # a quip taken back in brackets, Jesus after a nativity (sets thirty-five and thirty-seven)
    (
        "crisis.no_future",
        "Gonna kms if I have to hear Baby Shark once more (not really, just sick of it)",
        False,
    ),
    (
        "crisis.no_future",
        "Gonna kms tonight (not really joking)",
        True,
    ),
    (
        "crisis.said_outright",
        "Ready to meet Jesus after this nativity. Three rehearsals, one donkey.",
        False,
    ),
    (
        "crisis.said_outright",
        "Ready to meet Jesus. I've said goodbye to the kids.",
        True,
    ),
    (
        "crisis.means",
        "My son was in hospital last summer after an overdose. He's home, doing well with CAMHS, "
        "and back at football.",
        False,
    ),
    (
        "crisis.means",
        "My son was in hospital last summer after an overdose. He's home, doing well with CAMHS, "
        "but lately he's hiding pills again.",
        True,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore. handed my notice in at the nursery. new job in March.",
        False,
    ),
    (
        "crisis.no_future",
        "I can't do this anymore. handed the baby to my mum and locked myself in the car.",
        True,
    ),
    (
        "crisis.no_future",
        "I can't keep going like this, so I've asked my boss for a four-day week.",
        False,
    ),
    (
        "crisis.no_future",
        "I can't keep going like this, so I've written the kids a letter each.",
        True,
    ),
    (
        "crisis.no_future",
        "my daughter unalived me in Minecraft and then built me a grave out of cake.",
        False,
    ),
    (
        "crisis.no_future",
        "my daughter says she'll be unalived by the weekend and she doesn't mean in Minecraft.",
        True,
    ),
    ("crisis.no_future", "kms this level. three hours on the same jump.", False),
    ("crisis.no_future", "kms tonight. nobody would care.", True),
    (
        "crisis.no_future",
        'My 14yo typed "kms" about her maths homework. Checked in, she laughed, it\'s '
        "just how they talk.",
        False,
    ),
    (
        "crisis.no_future",
        'My 14yo typed "kms" and then went silent for two days and won\'t open her door.',
        True,
    ),
    (
        "crisis.no_future",
        "Mia said \"I won't be here next year\" - she means she's moving to her dad's "
        "for college. we planned it together.",
        False,
    ),
    (
        "crisis.no_future",
        'Mia said "I won\'t be here next year" and then gave her sister her phone and her hoodies.',
        True,
    ),
    (
        "crisis.other_in_danger",
        'my son\'s search history had "how long to die of thirst" - science project, his '
        "teacher confirmed.",
        False,
    ),
    (
        "crisis.other_in_danger",
        "my son's search history had \"how long to die of thirst\" and he's stopped "
        "drinking anything.",
        True,
    ),
    (
        "crisis.death_wish",
        "I'd rather disappear than go to that hen do. I'll go though, with a fascinator.",
        False,
    ),
    (
        "crisis.death_wish",
        "I'd rather disappear than go through another night like this. for good.",
        True,
    ),
    (
        "crisis.preparation",
        "made a list of who gets what from Gran's flat. sorting it with my cousins after "
        "the funeral.",
        False,
    ),
    (
        "crisis.preparation",
        "made a list of who gets what when I'm gone. the kids get the house.",
        True,
    ),
    (
        "crisis.means",
        "Standing at the edge of the platform with my flask waiting for the 7:04. Busy day.",
        False,
    ),
    (
        "crisis.means",
        "Standing at the edge of the platform, waiting for a fast one to come through.",
        True,
    ),
    (
        "crisis.means",
        "two years since the overdose. my sister and I went for a curry to mark it. "
        "still here, still tired, glad.",
        False,
    ),
    (
        "crisis.means",
        "two years since the overdose. still here, still tired, glad, but lately I've "
        "started counting the tablets again.",
        True,
    ),
    (
        "crisis.death_wish",
        'Teen: "I literally want to die" because I posted a video of her singing. talked '
        "after, she's fine.",
        False,
    ),
    (
        "crisis.death_wish",
        'Teen: "I literally want to die" because everyone posted a video of her crying. '
        "she won't eat.",
        True,
    ),
    ("crisis.preparation", "giving away my books before we emigrate. Auckland here we come", False),
    (
        "crisis.preparation",
        "giving away my books before I go. won't need them where I'm going",
        True,
    ),
    ("crisis.farewell", "gave away all my plants before we emigrate. Perth here we come", False),
    ("crisis.farewell", "gave away all my plants and my books. I'm not joking, I meant it.", True),
]


@pytest.mark.parametrize(("rule_id", "text", "fires"), WIDENED)
def test_rule_families_and_their_context(rule_id: str, text: str, fires: bool) -> None:
    assert (rule_id in fired(text)) is fires, text
