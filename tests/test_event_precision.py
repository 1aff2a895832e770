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
    ("Conservative groups targeted Republican senators in a new ad campaign.", "ASSAULT"),
    ("Clinton fought Sanders for the nomination until June.", "ASSAULT"),
    ("Republicans are attacking the president's health care plan.", "ASSAULT"),
    ("The storm in Athens was described as a disaster by the residents.", "ACCUSE"),
    ("Residents described the flooding as a catastrophe.", "ACCUSE"),
    ("The governor called the hurricane a tragedy for the state.", "ACCUSE"),
    ("Former Secretary of State Hillary Clinton and Sen. Bernie Sanders ended in a virtual tie on the "
     "Democratic side.", "SANCTION"),
    ("The talks in Geneva ended in deadlock.", "SANCTION"),
    ("Mr. Trump has waged relentless attacks on news coverage that he does not like.", "ASSAULT"),
    ("Clinton faced a barrage of criticism from Republicans.", "ASSAULT"),
    ("(The French, it turns out, are big fans of ''Prison Break,'' Mr. Madden said.)", "SANCTION"),
    ('She starred in "The Hunger Games" and "Prison Break".', "SANCTION"),
    ("Indonesian students are among the lowest performers, according to a recent report, The Program for "
     "International Student Assessment, released this month by the OECD.", "RETREAT"),
    ("American Crossroads, a super PAC, released a digital ad in Iowa targeting Clinton's ties to Wall Street.",
     "RETREAT"),
    ("The girls accompanied their daughter to the ceremony, in which he pardoned two turkeys named Mac and Cheese.",
     "CONCEDE"),
    ("The tradition dates back to 1947, with the turkey pardon being permanently instituted in 1989.", "CONCEDE"),
    ("“God help us.”", "AID"),
    ("In recent years, Clinton has supplied ample reasons to question her judgment.", "AID"),
    ("While not all of the e-mails she submitted to the State Department have been released, most are to "
     "state.gov addresses.", "RETREAT"),
])
def test_no_false_event(text, absent):
    assert absent not in _types(text)


@pytest.mark.parametrize("text, present", [
    ("Militants attacked a police checkpoint in Balochistan.", "ASSAULT"),
    ("Russia attacked Ukraine in February 2022.", "ASSAULT"),
    ("Israeli jets struck Hezbollah targets in southern Lebanon.", "ASSAULT"),
    ("Hamas attacked on Saturday morning.", "ASSAULT"),
    ("The armed group attacked on Sunday.", "ASSAULT"),
    ("The terror group mainly targets our security vehicles.", "ASSAULT"),
    ("They attacked the hotel at dawn with an explosion.", "ASSAULT"),
    ("Unknown assailants attacked the activist, leaving him badly injured.", "ASSAULT"),
    ("Rights groups described the new law as draconian.", "ACCUSE"),
    ("Russia described the sanctions as a disaster.", "ACCUSE"),
    ("Trump attacked Clinton over her emails.", "ACCUSE"),  # a verbal attack is criticism
    ("The conflict erupted after Georgia launched a massive barrage to take control of South Ossetia.", "ASSAULT"),
    ("Past attacks were claimed by Islamic State.", "ASSAULT"),
    ("The attack on a U.S. Marine barracks in Lebanon killed 241 servicemen.", "ASSAULT"),
    ("Israeli attacks on Gaza continued overnight.", "ASSAULT"),
    ("Rebels fired a barrage of rockets at the town.", "ASSAULT"),
    ("Hamas released three Israeli hostages on Saturday.", "RETREAT"),
    ("Some of the hostages were released on Sunday.", "RETREAT"),
    ("Cambodian journalist Mech Dara thanked his supporters Thursday after being freed from prison.", "RETREAT"),
    ("The prisoners released by the junta returned home.", "RETREAT"),
    ("Obama pardoned 78 prisoners.", "CONCEDE"),
    ("Russia supplied weapons to the rebels.", "AID"),
    ("The European Parliament criticized Turkey over the arrests.", "ACCUSE"),
    ("Gunmen killed three farmers and stole their cattle.", "ASSAULT"),
    ("Russia ended its cooperation with NATO.", "SANCTION"),
    ("The United States ended military aid to Egypt.", "SANCTION"),
])
def test_literal_event_kept(text, present):
    assert present in _types(text)


@pytest.mark.parametrize("text, present", [
    ("The EU is concerned about Russia's military buildup.", True),
    ("Washington is worried about China's military exercises near Taiwan.", True),
    ('"[Americans are] worried about the future of their kids," Sanders said.', False),
    ("Voters have become more concerned with foreign policy and the economy.", False),
    ("Farmers are worried about prices.", False),
])
def test_worry_about_ones_own_life_is_no_accusation(text, present):
    assert ("ACCUSE" in _types(text)) == present
