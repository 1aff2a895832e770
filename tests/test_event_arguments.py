"""Source and target choice (the event's arguments) on real-looking sentences."""

from newsevents.events import code_text


def _codes(actor):
    if actor is None:
        return set()
    return {m.code() for m in actor.members} or {actor.code()}


def _events(text, kind=None, published="2025-03-14"):
    return [e for e in code_text(text, published) if kind is None or e.type == kind]


def _one(text, kind, published="2025-03-14"):
    found = _events(text, kind, published)
    assert found, f"no {kind} in {[(e.type, e.trigger) for e in _events(text)]}"
    return found[0]


# ---- the understood subject of a gerund after a preposition


def test_gerund_after_passive_main_verb_takes_its_subject():
    # "X was released after apologizing": the one released apologized
    text = ("Pakistani police detained the opposition leader Imran Khan in May. "
            "Khan was released after apologizing to Pakistan's army chief.")
    concede = _one(text, "CONCEDE")
    assert _codes(concede.source) == {"PAK"}


def test_gerund_after_for_takes_subject_of_objectless_verb():
    text = "The Islamic State group is best known for attacking villages across Nigeria and Mali."
    attack = _one(text, "ASSAULT")
    assert _codes(attack.source) == {"Islamic State"}


def test_gerund_after_for_with_object_is_not_the_subjects():
    # "thanked the protesters for blocking the road": the protesters blocked it, not the thanker
    text = "The Kenyan government thanked Ugandan police for arresting the suspects."
    arrests = _events(text, "COERCE")
    assert not arrests or _codes(arrests[0].source) != {"KEN"}


def test_no_act_in_gerund_of_plain_description():
    assert not _events("The city is best known for its beaches and its seafood.")


# ---- a refusal of a claim answers the claimant, not the one the claim is about


def test_rejected_allegation_answers_the_accuser_not_its_subject():
    text = ("Pakistan accused Afghanistan of sheltering the militants behind the train attack. "
            "Afghan spokesman Zabihullah Mujahid rejected the allegation that Baloch separatists have bases "
            "across the border.")
    reject = _one(text, "REJECT")
    assert _codes(reject.source) == {"AFG"}
    assert _codes(reject.target) == {"PAK"}


def test_rejected_accusation_names_no_one_without_an_accuser():
    text = "Beijing has rejected accusations that Hong Kong courts are unfair to activists."
    reject = _one(text, "REJECT")
    assert _codes(reject.source) == {"CHN"}
    assert reject.target is None


def test_welcomed_announcement_still_names_the_clause_subject():
    # only claims that are refused lose their content as recipient
    text = "Britain welcomed the announcement that Ukraine had agreed to a ceasefire."
    support = _one(text, "SUPPORT")
    assert _codes(support.target) == {"UKR"}


# ---- the speaker of a quotation named after it


def test_speaker_named_after_quotation_when_parse_gives_no_subject():
    # the small model reads "Tulsa" as a verb and "said" as a conjunct inside the quote
    text = ("The U.S. Department of Justice is investigating the shooting.\n"
            "“I will just make this promise to you: We will achieve justice in this case,” "
            "Tulsa police Chief Chuck Jordan said Monday.")
    promise = _one(text, "AGREE")
    assert _codes(promise.source) == {"USA"}


def test_quotation_speaker_named_with_title():
    text = "“We will never negotiate with terrorists,” Nigerian Information Minister Lai Mohammed told reporters."
    refusal = _one(text, "REJECT")
    assert _codes(refusal.source) == {"NGA"}


def test_reporting_without_quotation_is_no_event():
    assert not _events("Police in the city said the march on Friday had been peaceful.")


# ---- the audience of a report is not the one the reported act is aimed at


def test_audience_of_told_is_not_the_target_of_anothers_threat():
    text = "Russia's ambassador told the Security Council that Ukraine had threatened to attack."
    threat = _one(text, "THREATEN")
    assert _codes(threat.source) == {"UKR"}
    assert "UN" not in _codes(threat.target)


def test_one_notifies_others_of_own_acts():
    text = "Moscow informed Oslo that it would freeze all military cooperation with Norway."
    freeze = _one(text, "SANCTION")
    assert _codes(freeze.source) == {"RUS"}
    assert _codes(freeze.target) == {"NOR"}


def test_perfect_participle_clause_shares_the_subject():
    text = ("The head of Doctors Without Borders told the council that his teams in Sudan had seen evidence "
            "of sexual violence, having treated 385 survivors last year.")
    aid = _one(text, "AID")
    assert _codes(aid.source) == {"MSF"}
    assert "UN" not in _codes(aid.target)


# ---- the doer of an act named as the means of a response


def test_responded_with_act_is_the_subjects_act():
    text = "Canada responded with sanctions on Russian officials."
    sanction = _one(text, "SANCTION")
    assert _codes(sanction.source) == {"CAN"}
    assert _codes(sanction.target) == {"RUS"}


def test_response_with_no_act_is_no_event():
    assert not _events("The crowd responded with cheers and songs.")


# ---- what "this" or "the case" judges: the act reported before, not another critic's words


def test_judged_this_is_the_act_not_an_earlier_criticism():
    text = ("Russian troops shelled the city of Kharkiv on Monday. The European Union condemned the attack. "
            "“This is unacceptable,” Ukraine's foreign minister said.")
    judged = [e for e in _events(text, "ACCUSE") if _codes(e.source) == {"UKR"}]
    assert judged and _codes(judged[0].target) == {"RUS"}


def test_judged_case_is_the_prosecution():
    text = ("A Guatemalan court charged journalist Jose Ruben Zamora with money laundering. "
            "Reporters Without Borders condemned the charges. "
            "“This is an absolutely baseless case,” President Bernardo Arevalo said Monday.")
    judged = [e for e in _events(text, "ACCUSE") if e.trigger == "baseless"]
    assert judged and "NGO" not in _codes(judged[0].target)


# ---- acts within one state's politics: a candidate's or party's promise to no one named


def test_candidates_promise_is_made_to_own_state():
    text = ("On Thursday, Republican nominee Donald Trump spoke to a gathering of industry leaders, "
            "promising to lift environmental regulations.")
    promise = _one(text, "AGREE", published="2016-09-22")  # (a candidate then, not yet the government)
    assert _codes(promise.source) == {"USA"} and _codes(promise.target) == {"USA"}


def test_governments_promise_to_no_one_names_no_one():
    promise = _one("The Chinese government promised to cut tariffs.", "AGREE")
    assert _codes(promise.source) == {"CHN"} and promise.target is None


# ---- unnamed troops or police in a state's own report are that state's


def test_troops_in_a_states_own_statement_are_its_own():
    text = ("A statement from the Pakistani military said troops had killed 12 militants of the Pakistani "
            "Taliban in North Waziristan.")
    attack = _one(text, "ASSAULT")
    assert _codes(attack.source) == {"PAK"}


def test_troops_reported_by_their_state_are_not_coded_by_the_place():
    text = "Turkey's defense ministry said troops killed 14 PKK militants in northern Iraq."
    attack = _one(text, "ASSAULT")
    assert _codes(attack.source) == {"TUR"}


def test_police_reported_by_a_rights_group_are_of_the_place():
    attack = _one("Human Rights Watch said police beat protesters in Nairobi.", "ASSAULT")
    assert _codes(attack.source) == {"KEN"}


# ---- a place in one reported clause does not locate the one acted on in another


def test_place_of_another_that_clause_is_not_the_recipients():
    text = ("China's U.N. ambassador told reporters that the nuclear issue is being dealt with in Vienna at the "
            "IAEA and that Beijing was not supportive of Wednesday's council meeting.")
    refusal = _one(text, "REJECT")
    assert "AUT" not in _codes(refusal.target)


def test_place_of_the_same_clause_still_locates_the_recipient():
    text = "The minister said that police had arrested 30 protesters in Nairobi and that the army had been deployed."
    arrest = _one(text, "COERCE")
    assert _codes(arrest.target) == {"KEN"}


# ---- the speaker of a quotation introduced by a participle ("..., saying, '...'")


def test_speaker_of_quotation_after_saying_is_the_main_subject():
    text = ("British Foreign Secretary David Lammy echoed this sentiment during interviews with the media, saying, "
            "“there is unity that now is the time for a ceasefire with no conditions. Ukraine has set their "
            "position out. It is now for Russia to accept it.”")
    demand = _one(text, "REQUEST")
    assert _codes(demand.source) == {"GBR"} and _codes(demand.target) == {"RUS"}


def test_saying_without_a_political_act_is_no_event():
    assert not _events("The minister spoke to reporters on Monday, saying the weather had been good.")


# ---- those involved in an act do it; an act undergone names its doer after "from"


def test_involved_in_the_assault_are_its_doers():
    text = "Up to 10 people died, including five al-Shabab militants who were involved in the assault on the base."
    attack = _one(text, "ASSAULT")
    assert _codes(attack.source) == {"al-Shabaab"}
    assert "al-Shabaab" not in _codes(attack.target)


def test_came_under_attack_from_names_the_attacker():
    attack = _one("The train came under attack from BLA militants in Balochistan.", "ASSAULT")
    assert _codes(attack.source) == {"BLA"}


def test_came_under_review_is_no_event():
    assert not _events("The plan came under review from the budget committee.")


# ---- an act on things reaches their owner or user


def test_destroying_things_used_by_militants_hits_their_group():
    text = ("Al-Shabab attacked a base in Somalia. The army said the operation led to the destruction of combat "
            "vehicles used by the militants.")
    destruction = [e for e in _events(text, "ASSAULT") if e.trigger == "destruction"]
    assert destruction and _codes(destruction[0].target) == {"al-Shabaab"}


def test_things_used_in_a_crime_have_no_owner_named():
    seizure = _events("Police seized cars used in the robbery.", "COERCE")
    assert not seizure or seizure[0].target is None


def test_quotation_attributed_with_according_to_a_statement():
    text = "“The United States must lift its sanctions,” according to a statement from Iran's foreign ministry."
    demand = _one(text, "REQUEST")
    assert _codes(demand.source) == {"IRN"} and _codes(demand.target) == {"USA"}


# ---- a capital acting as its state is no place where the sentence's unnamed actors act


def test_state_named_by_capital_as_subject_is_not_the_place_of_a_trial():
    text = "Topuz is on trial on espionage charges which Washington has dismissed as baseless."
    trial = _one(text, "ACCUSE")
    assert "USA" not in _codes(trial.source)


def test_place_of_a_trial_still_codes_its_court():
    trial = _one("Metin Topuz is on trial in Istanbul on espionage charges.", "ACCUSE")
    assert _codes(trial.source) == {"TUR"}


def test_police_placed_in_their_own_phrase_keep_that_place():
    arrest = _one("The U.S. State Department said police in Hong Kong arrested 12 activists.", "COERCE")
    assert _codes(arrest.source) == {"HKG"}


def test_they_after_unnamed_rights_groups_are_those_groups():
    text = ("Nine press freedom and rights groups this week called for Zamora's immediate release. "
            "“We urge Guatemalan authorities to guarantee his right to a fair trial,” they said in a joint statement.")
    urged = [e for e in _events(text, "REQUEST") if e.trigger == "urge"]
    assert urged and _codes(urged[0].source) == {"NGO"} and _codes(urged[0].target) == {"GTM"}


def test_they_after_unnamed_people_stay_unnamed():
    text = "Residents gathered outside the hospital. “We urge the authorities to help us,” they said."
    urged = [e for e in _events(text, "REQUEST") if e.trigger == "urge"]
    assert not urged or _codes(urged[0].source) != {"NGO"}
