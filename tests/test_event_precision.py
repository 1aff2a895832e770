"""False events from figurative or non-political readings of event words, each next to the literal
reading that must still be coded: verbs of force said of audits, campaigns and words (ASSAULT needs a sign
of force), judgements of things and natural events (only actors and their acts are judged), and outcomes
("ended in a tie") read as what was ended."""

import pytest

from newsevents.events import code_text


def _types(text):
    return {e.type for e in code_text(text, published="2016-09-20")}


@pytest.mark.parametrize("text, absent", [
    ("The IRS targeted conservative groups seeking tax-exempt status.", "ASSAULT"),
    ("Trump attacked Clinton over her use of a private email server.", "ASSAULT"),
    ("Sanders hit Clinton on her paid speeches to Wall Street banks.", "ASSAULT"),
    ("The new ad targets Trump's record on veterans.", "ASSAULT"),
    ("Clinton fought Sanders for the nomination until June.", "ASSAULT"),
    ("Republicans are attacking the president's health care plan.", "ASSAULT"),
    ("The storm in Athens was described as a disaster by the residents.", "ACCUSE"),
    ("Residents described the flooding as a catastrophe.", "ACCUSE"),
    ("The governor called the hurricane a tragedy for the state.", "ACCUSE"),
    ("Former Secretary of State Hillary Clinton and Sen. Bernie Sanders ended in a virtual tie on the "
     "Democratic side.", "SANCTION"),
    ("The talks in Geneva ended in deadlock.", "SANCTION"),
    ("Mr. Trump has waged relentless attacks on news coverage that he does not like.", "ASSAULT"),
    ("The Times cited it in its fact-check of Republican attacks on Obama during the campaign.", "ASSAULT"),
    ("Clinton faced a barrage of criticism from Republicans.", "ASSAULT"),
    ("(The French, it turns out, are big fans of ''Prison Break,'' Mr. Madden said.)", "SANCTION"),
    ('She starred in "The Hunger Games" and "Prison Break".', "SANCTION"),
])
def test_no_false_event(text, absent):
    assert absent not in _types(text)


@pytest.mark.parametrize("text, present", [
    ("Militants attacked a police checkpoint in Balochistan.", "ASSAULT"),
    ("Russia attacked Ukraine in February 2022.", "ASSAULT"),
    ("Israeli jets struck Hezbollah targets in southern Lebanon.", "ASSAULT"),
    ("Hamas attacked on Saturday morning.", "ASSAULT"),
    ("The terror group mainly targets our security vehicles.", "ASSAULT"),
    ("They attacked the hotel at dawn with an explosion.", "ASSAULT"),
    ("Unknown assailants attacked the activist, leaving him badly injured.", "ASSAULT"),
    ("Rights groups described the new law as draconian.", "ACCUSE"),
    ("Russia described the sanctions as a disaster.", "ACCUSE"),
    ("The conflict erupted after Georgia launched a massive barrage to take control of South Ossetia.", "ASSAULT"),
    ("Past attacks were claimed by Islamic State.", "ASSAULT"),
    ("The attack on a U.S. Marine barracks in Lebanon killed 241 servicemen.", "ASSAULT"),
    ("Israeli attacks on Gaza continued overnight.", "ASSAULT"),
    ("Rebels fired a barrage of rockets at the town.", "ASSAULT"),
    ("Russia ended its cooperation with NATO.", "SANCTION"),
    ("The United States ended military aid to Egypt.", "SANCTION"),
])
def test_literal_event_kept(text, present):
    assert present in _types(text)
