"""Source and target choice (the event's arguments) on real-looking sentences."""

from newsevents.events import code_text


def _codes(actor):
    if actor is None:
        return set()
    return {m.code() for m in actor.members} or {actor.code()}


def _events(text, kind=None):
    return [e for e in code_text(text, "2025-03-14") if kind is None or e.type == kind]


def _one(text, kind):
    found = _events(text, kind)
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
    promise = _one(text, "AGREE")
    assert _codes(promise.source) == {"USA"} and _codes(promise.target) == {"USA"}


def test_governments_promise_to_no_one_names_no_one():
    promise = _one("The Chinese government promised to cut tariffs.", "AGREE")
    assert _codes(promise.source) == {"CHN"} and promise.target is None
