"""Adverse-drug-reaction candidates: tricky cases one by one, then floors on labelled sets.

The cases are the ways a post can name a drug next to a symptom word without being a report
(news, ads, fears, questions, negations, efficacy and price complaints, hearsay, other causes),
and the ways a real report hides (slang, misspellings, a relative as the patient, no verb).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.agents.adverse import (
    AdeResult,
    AdverseReactionDetector,
    load_drug_names,
    products_from_watchlists,
    read_lexicon_file,
)
from veille.agents.adverse_training import precision_recall, read_labelled
from veille.agents.watchlists import load_file_config

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO / "tests" / "data" / "ade_dev.jsonl"
EVAL_DATA = REPO / "benchmarks" / "data"


@pytest.fixture(scope="module")
def detector() -> AdverseReactionDetector:
    config = load_file_config(REPO / "veille" / "data" / "demo.yaml")
    return AdverseReactionDetector(products_from_watchlists(config.watchlists))


def spans(text: str, result: AdeResult, kind: str) -> list[str]:
    return [text[start:end] for start, end, k in result.evidence if k == kind]


# --- true reports ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "product", "reaction"),
    [
        # French, first person, dictionary-less French brand
        (
            "J'ai pris du Doliprane hier soir et ce matin plaques rouges partout 😭",
            "Doliprane",
            "skin rash",
        ),
        # slang + SMS spelling
        ("jai prit un ibuprofene et jai gerbé tout mon repas 🤢", "ibuprofene", "vomiting"),
        ("Ibuvia = mal au bide direct chez moi", "Ibuvia", "abdominal pain"),
        # misspelled reaction and product alias from the watchlist
        ("Le Paracetyx m'a filé des démangeaison horrible sur les bras", "Paracetix", "pruritus"),
        # relative as the patient, product alias "Paracetix enfant" -> watchlist label
        ("mon bb a vomi 1h après le Paracetix enfant", "Paracetix Junior", "vomiting"),
        ("Ma mère a fait un malaise après avoir pris son Lexomil", "Lexomil", "fainting"),
        # English, dictionary drug (brand) and relative
        (
            "gave my daughter Tylenol and her face was all puffy an hour later",
            "Tylenol",
            "angioedema / swelling",
        ),
        ("popped an ibuprofen on an empty stomach and puked 20 min later", "ibuprofen", "vomiting"),
        ("Since I started Lexapro I literally cannot sleep", "Lexapro", "insomnia"),
        # weak term (headache) counts when the post links it to the product
        (
            "Ma fille a des maux de tête terribles depuis qu'elle prend la Ritaline",
            "Ritaline",
            "headache",
        ),
        # a question that carries its own experience is still a report
        (
            "My son threw up twice right after his Paracetix Junior, is this normal?",
            "Paracetix Junior",
            "vomiting",
        ),
        # reaction hashtag-free, the hashtag is the product
        (
            "Mon fils a des plaques d'urticaire depuis le #ParacetixJunior d'hier",
            "Paracetix Junior",
            "urticaria",
        ),
    ],
)
def test_reports_are_candidates(
    detector: AdverseReactionDetector, text: str, product: str, reaction: str
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    assert result.product == product
    assert result.reaction == reaction
    assert result.patient_mentioned or spans(text, result, "experience")
    assert result.reporter_identifiable


# --- lay wording: metaphors, body part + state, relatives -------------------------------------


@pytest.mark.parametrize(
    ("text", "reaction", "phrase"),
    [
        # French metaphors, SMS spelling, no lexicon verb
        (
            "Depuis que chui sous Seroplex j'ai les jambes en coton, je tiens à peine debout",
            "dizziness",
            "les jambes en coton",
        ),
        ("jai pris un doli 1000 et g la gerbe depuis une heure", "nausea", "la gerbe"),
        (
            "Le Ventoline donne à mon fils un cœur qui galope pendant une heure",
            "palpitations",
            "cœur qui galope",
        ),
        # English metaphors
        (
            "took one Benadryl and felt like I was wading through molasses all day",
            "somnolence",
            "wading through molasses",
        ),
        (
            "Cut my Effexor dose and now I get zapped every few minutes, like electric shocks",
            "paraesthesia / numbness",
            "zapped",
        ),
        # a body part and a state no list pairs ("tout rouge et brûlant", "got huge")
        (
            "ma petite a le visage tout rouge et brûlant une heure après le sirop Paracetix",
            "skin rash",
            "visage tout rouge et brûlant",
        ),
        (
            "my son's tongue got huge after his Paracetix Junior dose, we're in the ER now",
            "angioedema / swelling",
            "tongue got huge",
        ),
    ],
)
def test_lay_wording_is_a_reaction(
    detector: AdverseReactionDetector, text: str, reaction: str, phrase: str
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    assert result.reaction == reaction
    assert phrase in spans(text, result, "reaction")


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("hubby started Cipro last week and now his Achilles is killing him", "hubby"),
        ("ma daronne a des fourmis dans les mains depuis qu'elle prend le Lyrica", "ma daronne"),
        ("my 6yo on Singulair keeps saying she wants to die, stopping it today", "my 6yo"),
        # the relative tells their own story: a report, not hearsay
        (
            "Ma cousine m'a dit qu'elle avait eu des plaques partout avec le Doliprane",
            "Ma cousine",
        ),
    ],
)
def test_relative_as_patient(detector: AdverseReactionDetector, text: str, relative: str) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    assert result.patient_mentioned
    assert relative in spans(text, result, "experience")


# --- hard negatives, one per kind --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # news and reposts of news
        "[INFO] L'ANSM signale des cas de convulsions chez des enfants après Paracetix Junior",
        "RT @healthnews: Paracetix Junior recall expanded after reports of vomiting in infants",
        "BREAKING: FDA investigating reports of seizures in children after Paracetix Junior",
        # adverts
        "-20% sur tout le rayon Nurofen, soulage maux de tête et nausées, livraison gratuite",
        "Get 20% off Ibuvia Fort today! Fast relief from headaches and cramps. Link in bio",
        # hypothetical fears
        "J'ai peur que le Paracetix Junior donne des boutons à mon fils",
        "I'm scared Zoloft will make me gain weight, starting next week",
        # questions without an experience
        "Est-ce que l'Ibuvia peut donner des nausées ? je dois en prendre demain",
        "Can Ibuvia cause nausea? I have to take it tomorrow",
        # price / shortage, including the figurative "makes me want to throw up"
        "Le prix du Paracetix me donne envie de vomir, 6€ la boîte sérieux",
        "Paracetix Junior en rupture dans toutes les pharmacies, mon fils a de la fièvre",
        # negated experiences
        "Aucun effet secondaire avec le Doliprane, ça passe crème",
        "J'ai pris du Spasfon et zéro nausée, zéro ballonnement, top",
        "Never had a single issue with Xanax, no drowsiness, nothing",
        # efficacy complaints
        "Le Doliprane ça marche pas du tout sur ma migraine, j'ai pris 2g pour rien",
        "Advil does nothing for my migraine anymore, took 3 and still pounding",
        # hearsay about strangers / celebrities
        "Apparemment une influenceuse a fait une allergie grave au Febrinol, vu sur TikTok",
        "Heard a woman at my gym had a bad reaction to Febrinol, wild",
        # the symptom has another cause, or is the indication
        "Ma fille a des boutons partout, c'est la varicelle, je lui donne du Doliprane",
        "Smecta pour la diarrhée de mon fils, ça marche nickel",
        "Febrinol pour la fièvre de ma fille, elle est beaucoup mieux 🥰",
        # symptom hashtags are topics, not reactions
        "Paracetix et au lit #migraine #fievre",
        # negated metaphors and lay wording
        "Pas de vertiges ni de jambes en coton avec le Seroplex, tout va bien",
        "No brain zaps, no heart racing, zero sex drive issues since I started Lexapro",
        "6 months on Wegovy and not a single bout of nausea, down 30 lbs",
        # the symptom the product was then given for
        "Ma fille fait des crises d'angoisse, le pédiatre lui a prescrit de l'Atarax pour l'aider",
        "My anxiety is through the roof lately, my doctor started me on buspirone to help",
        "Grosse migraine depuis ce matin, j'ai pris un Doliprane et ça commence à passer",
        # a stranger's reaction relayed by a relative
        "Ma tante m'a dit qu'une femme de son club avait fait un AVC à cause de la pilule",
        # fears and figurative wording
        "J'ai tellement la trouille de faire un choc anaphylactique avec l'Augmentin",
        "Melatonin gives me the best sleep, no grogginess in the morning",
        "9€ la boîte de Ventoline, ça me donne des palpitations rien que de payer",
    ],
)
def test_hard_negatives_are_not_candidates(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert not result.candidate, (text, result)


def test_negation_scope_stops_at_but(detector: AdverseReactionDetector) -> None:
    text = "Pas de nausées avec le Paracetix mais des boutons partout sur moi"
    result = detector.detect(text)
    assert result.candidate
    assert spans(text, result, "reaction") == ["boutons partout"]


def test_no_product_or_no_reaction_exits_early(detector: AdverseReactionDetector) -> None:
    assert detector.detect("J'ai vomi toute la nuit, gastro je pense") == AdeResult(False, 0.0)
    assert detector.detect("J'ai pris du Doliprane ce matin") == AdeResult(False, 0.0)
    assert detector.detect("") == AdeResult(False, 0.0)


def test_product_passed_by_the_watchlist_stage(detector: AdverseReactionDetector) -> None:
    """No known name in the text, but the caller says which watch term it matched."""
    text = "mon fils a vomi après le sirop de la marque dont tout le monde parle"
    result = detector.detect(text, "fr", products=["Paracetix Junior"])
    assert result.candidate
    assert result.product == "Paracetix Junior"


def test_causal_statement_catches_symptoms_the_lexicon_lacks(
    detector: AdverseReactionDetector,
) -> None:
    text = "Plaquenil made my fingernails turn a weird grey colour, seeing my doctor"
    result = detector.detect(text)
    assert result.candidate
    assert result.reaction == "unspecified (causal statement)"
    assert spans(text, result, "reaction") == ["fingernails turn a weird grey colour"]
    # a body part and its state are now read together, so this one needs no fallback
    vision = detector.detect("Plaquenil made my vision go weird and wavy, seeing my eye doctor")
    assert vision.candidate
    assert vision.reaction == "vision problems"
    # ... but "does nothing" and figurative fear are not effects
    assert not detector.detect(
        "J'ai mal au crâne et le Paracetix me fait rien, journée pourrie"
    ).candidate
    assert not detector.detect("Le nom Paracetix me fait froid dans le dos maintenant").candidate


def test_relative_is_the_patient_and_author_the_reporter(
    detector: AdverseReactionDetector,
) -> None:
    text = "Ma belle-mère a fait une hémorragie sous Kardégic, elle sort de réa"
    result = detector.detect(text)
    assert result.candidate
    assert result.patient_mentioned and result.reporter_identifiable
    assert spans(text, result, "experience") == ["Ma belle-mère"]
    hearsay = detector.detect("Apparently some influencer had a seizure after Febrinol")
    assert not hearsay.candidate
    assert not hearsay.reporter_identifiable


# --- spans -------------------------------------------------------------------------------------


def test_evidence_spans_index_the_original_text_with_accents_and_emojis(
    detector: AdverseReactionDetector,
) -> None:
    text = "😭😭 Ma fille a fait une ÉRUPTION CUTANÉE après le Fébrinol… j'suis dégoûtée 🤬"
    result = detector.detect(text)
    assert result.candidate
    assert spans(text, result, "product") == ["Fébrinol"]
    assert spans(text, result, "reaction") == ["ÉRUPTION CUTANÉE"]
    assert "Ma fille" in spans(text, result, "experience")
    assert result.product == "Febrinol"  # watchlist label, not the spelling
    assert result.reaction == "skin rash"


def test_longest_product_wins_and_hashtag_is_matched(detector: AdverseReactionDetector) -> None:
    text = "#ParacetixJunior → mon fils couvert de plaques"
    result = detector.detect(text)
    assert result.product == "Paracetix Junior"
    assert spans(text, result, "product") == ["ParacetixJunior"]


def test_dictionary_drug_keeps_the_name_as_written(detector: AdverseReactionDetector) -> None:
    text = "Took Benadryl last night and woke up with my heart racing"
    result = detector.detect(text)
    assert result.candidate
    assert result.product == "Benadryl"
    assert spans(text, result, "reaction") == ["heart racing"]


def test_to_dict_is_the_record_field(detector: AdverseReactionDetector) -> None:
    result = detector.detect("I took Advil and now I'm dizzy")
    payload = result.to_dict()
    assert set(payload) == {
        "candidate",
        "score",
        "product",
        "reaction",
        "evidence",
        "reporter_identifiable",
        "patient_mentioned",
    }
    assert payload["candidate"] is True
    assert 0.0 <= payload["score"] <= 1.0
    assert {"start", "end", "kind"} == set(payload["evidence"][0])
    json.dumps(payload)


def test_drug_dictionary_is_loaded_without_common_words() -> None:
    names = load_drug_names()
    assert len(names) > 10_000
    assert names["ibuprofen"]
    assert "advil" in names
    for word in ("water", "honey", "alcohol", "night", "relief"):
        assert word not in names


def test_detect_batch_matches_detect(detector: AdverseReactionDetector) -> None:
    texts = ["I took Advil and now I'm dizzy", "rien à voir", "Paracetix m'a donné des boutons"]
    assert detector.detect_batch(texts, ["en", "fr", "fr"]) == [detector.detect(t) for t in texts]
    assert detector.detect_batch(texts) == [detector.detect(t) for t in texts]


# --- generalisation: informal products, misspellings, indirect reactions, new exclusions -------


@pytest.mark.parametrize(
    "text",
    [
        # informal product names: a class, a possessive, a dose, a drug named by its purpose
        "Mon AD me rend complètement amorphe, je fais plus rien de mes journées",
        "Ma 2e dose m'a mise KO, 39 de fièvre et mal partout",
        "Les nouveaux cachets pour la tension de mon père le font tousser sans arrêt",
        "Mes jambes ne me portent plus depuis que je prends ce médicament pour le cholestérol",
        "THE NEW PILLS MY DOCTOR GAVE ME FOR MY BLOOD PRESSURE HAVE MY ANKLES THE SIZE OF "
        "GRAPEFRUITS",
        "My mom's new blood pressure pills make her dizzy every morning",
        "The jab knocked me flat for two days, fever and chills",
        # misspelled brands, one edit away from a known name
        "Synthriod makes my heart pound and I can't sleep",
        "Prosac made me feel like a zombie",
        "j'ai pris de l'amoxiciline et j'ai des plaques partout",
        # functional impairment, emotional and sleep effects told indirectly
        "Since starting Zoloft I couldn't get out of bed for a week",
        "Depuis que je prends ma pilule impossible de sortir du lit le matin",
        "Started the Yaz pill and my girlfriend's moods are all over the place, crying one minute",
        "Hydroxyzine knocks my husband out so hard he slept through his alarm 3 days in a row",
        "Took my first Ambien last night and apparently I made eggs at 2am and don't remember "
        "any of it",
        # the product names the symptom's kind; a post that opens on the product and a colon
        "Lisinopril cough is real. Dry tickly cough for 2 months.",
        "Wegovy : plus faim du tout, et des vomissements le soir",
        # "sous X", "comme une vraie grippe" is a comparison, "the price you pay" a detail
        "Mon mari sous Coversyl tousse non stop depuis un mois",
        "J'ai fait le vaccin jeudi et depuis j'ai le bras en bois, comme une vraie grippe.",
        "Ozempic week 3: constant nausea and I've been constipated. But at what cost?",
    ],
)
def test_informal_and_indirect_reports(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # the symptom is why the product is wanted or was taken
        "Ce match de l'OM me donne la nausée, il me faudrait un Spasfon pour m'en remettre",
        "That season finale gave me heart palpitations, I need a Xanax and a hug",
        "Crise d'angoisse ce matin, j'ai pris mon Xanax et ça s'est calmé en 20 minutes.",
        "Poison ivy rash all over my arms, Benadryl is the only thing keeping me sane",
        "Melatonin knocks me out in 20 minutes and I wake up fresh, best sleep aid ever",
        # nobody took it
        "Et si la pilule Leeloo me faisait grossir ? Je l'ai pas encore commencée.",
        "my daughter got a rash but she hasn't had any meds, not even Paracetix Junior",
        # a friend of a relative, a colleague's story
        "La copine de ma cousine a dit que le Mirena lui avait fait perdre ses cheveux",
        "My cousin's friend said Ozempic made her hair fall out, so now I'm second guessing",
        # leaflet, price, a word that only looks like a drug
        "The jab is now available at pharmacies, side effects include sore arm and fever",
        "Mes médocs ont encore augmenté, 30€ la boîte, ça me donne la nausée",
        "Will the new pills make me gain weight? Worried",
        "I couldn't sleep at the station last night, trains all night",
        "Rage de dents cette nuit, heureusement qu'il restait du Paracetix dans l'armoire",
    ],
)
def test_new_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert not result.candidate, (text, result)


def test_misspelled_brand_is_named_by_its_dictionary_spelling(
    detector: AdverseReactionDetector,
) -> None:
    text = "Since switching to Synthriod I'm exhausted and my hair is falling out"
    result = detector.detect(text)
    assert result.candidate
    assert spans(text, result, "product") == ["Synthriod"]
    assert result.product == "Synthroid"
    # A common word one edit away from a name is never a product ("station" / "statin").
    assert not detector.detect("Stuck at the station, I'm so dizzy and nauseous").candidate


# --- dev set floor -----------------------------------------------------------------------------


def _precision_recall(detector: AdverseReactionDetector, path: Path) -> tuple[float, float]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 150
    assert {row["language"] for row in rows} == {"fr", "en"}
    return precision_recall(detector, read_labelled(path))


@pytest.mark.parametrize(
    ("name", "min_recall", "min_precision"),
    [
        # Written blind by another author; measured P 0.933 R 0.933 (scored blind at 0.913 /
        # 0.933 before the last round, which only watched it for regressions).
        ("ade_eval_v4.jsonl", 0.88, 0.88),
        # Written blind, scored P 0.863 R 0.767, then tuned on (now 1.000 / 1.000).
        ("ade_eval_v6.jsonl", 0.92, 0.92),
        # Written blind by another author: P 0.914 R 0.822, then tuned on (now 1.000 / 0.989).
        ("ade_eval_v7.jsonl", 0.95, 0.95),
        # Written blind by another author: P 0.904 R 0.833, then tuned on (now 0.907 / 0.867).
        ("ade_eval_v8.jsonl", 0.82, 0.86),
        # Written blind: P 0.926 R 0.833, then tuned on (now 0.966 / 0.944).
        ("ade_eval_v9.jsonl", 0.91, 0.93),
        # Written blind: P 0.888 R 0.878, then tuned on (now 0.933 / 0.933).
        ("ade_eval_v10.jsonl", 0.88, 0.9),
        # Written blind: P 0.867 R 0.867, then tuned on (now 0.874 / 0.922).
        ("ade_eval_v11.jsonl", 0.87, 0.85),
        # Written blind: P 0.961 R 0.811, then tuned on in round 9 (now 0.964 / 0.889).
        ("ade_eval_v12.jsonl", 0.86, 0.93),
        # Written blind: P 0.951 R 0.856 (round 9), then tuned on in round 10 (now 0.952 / 0.889).
        ("ade_eval_v13.jsonl", 0.86, 0.92),
        # Written blind (messy posts): P 0.855 R 0.722, then tuned on (now 0.910 / 0.789).
        ("ade_eval_v14.jsonl", 0.76, 0.88),
        # Written blind: P 0.890 R 0.811 (round 10), then tuned on in round 11 (now 0.924 / 0.811).
        ("ade_eval_v15.jsonl", 0.78, 0.89),
        # Written blind: P 0.855 R 0.722 (round 10), then tuned on in round 11 (now 0.867 / 0.722).
        ("ade_eval_v16.jsonl", 0.69, 0.83),
        # Written blind after round 11: P 0.841 R 0.822 (benchmarks/ade.py), never tuned on.
        ("ade_eval_v17.jsonl", 0.79, 0.8),
        # Written blind after round 11: P 0.875 R 0.856; its review's fixes give 0.885 / 0.856.
        ("ade_eval_v18.jsonl", 0.82, 0.84),
    ],
)
def test_held_out_set_floor(
    detector: AdverseReactionDetector, name: str, min_recall: float, min_precision: float
) -> None:
    # Regression floors a few posts under the measured figures, not quality claims.
    precision, recall = _precision_recall(detector, EVAL_DATA / name)
    assert recall >= min_recall, recall
    assert precision >= min_precision, precision


def test_dev_set_precision_recall_floor(detector: AdverseReactionDetector) -> None:
    precision, recall = _precision_recall(detector, DEV_SET)
    # The dev set is what the lexicons were tuned on: the floor guards against regressions, it is
    # not a quality claim (the held-out floors above are the ones that tell).
    assert recall >= 0.95, recall
    assert precision >= 0.9, precision


# --- classes of wording from the blind v3 misses (phrased anew, not copied) -------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Depuis que je suis sous Enbrel j'enchaîne les angines, mon système immunitaire est à"
            " plat",
            "infections / immune",
        ),
        (
            "3 months on Humira and I keep getting sick, one infection after another",
            "infections / immune",
        ),
        (
            "Sous Seroplex depuis 6 semaines, je ressens plus rien, ni joie ni tristesse",
            "mood / psychiatric",
        ),
        ("Since starting Zoloft I feel nothing anymore, emotionally numb", "mood / psychiatric"),
        ("Le Champix me donne des rêves tellement bizarres, je me réveille épuisée", None),
        ("my Chantix dreams are so vivid I wake up confused", "mood / psychiatric"),
        ("Ma pilule Optimizette : 8 kg en 5 mois sans rien changer", "weight gain"),
        ("Depo shot and I gained 15 lbs in 3 months, nothing else changed", "weight gain"),
        (
            "Mon père sous simvastatine a des douleurs dans les mollets, il a du mal à marcher",
            "muscle / tendon pain",
        ),
        ("Started Crestor last month and my calves ache all the time", "muscle / tendon pain"),
        ("On amlodipine and I can't get my shoes on by the evening", "angioedema / swelling"),
        (
            "Depuis le Stérilet Mirena mes règles sont en avance et super abondantes",
            "menstrual changes",
        ),
        ("After the Pfizer booster my period was late and so heavy", "menstrual changes"),
        ("Zopiclone hier soir, gueule de bois le lendemain alors que j'ai rien bu", "somnolence"),
        ("Took Benadryl to sleep and woke up with a drug hangover the next day", "somnolence"),
        ("Sous Lyrica, je pique du nez au bureau tous les après-midi", "somnolence"),
        (
            "J'ai donné du Doliprane à mon fils, il était surexcité jusqu'à minuit,"
            " l'effet inverse",
            "mood / psychiatric",
        ),
        (
            "Mon médecin m'a mis sous Effexor, je me réveille trempée, je change de draps toutes"
            " les nuits",
            "sweating",
        ),
        ("Since I started topiramate I keep forgetting words and forgot my password twice", None),
        (
            "Les effets secondaires de la venlafaxine, c'est du sérieux : je me réveille trempée",
            None,
        ),
    ],
)
def test_new_reaction_classes(
    detector: AdverseReactionDetector, text: str, category: str | None
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    if category is not None:
        assert result.reaction == category


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Nortrix pris hier soir et ce matin la bouche sèche comme du carton", "Nortrix"),
        ("Took some Dormizol last night and my face went red and blotchy", "Dormizol"),
        ("Gave my 6yo the kids' Somnirax and he was bouncing off the walls", "Somnirax"),
    ],
)
def test_unknown_brand_shaped_and_placed_like_one_is_a_product(
    detector: AdverseReactionDetector, text: str, product: str
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    assert result.product == product


@pytest.mark.parametrize(
    "text",
    [
        "Est-ce que le Humira peut donner des infections à répétition ? je dois commencer lundi",
        "My rash turned out to be an allergy to the detergent, nothing to do with my Zoloft",
        "Nausées depuis hier mais c'est pas le Doliprane, c'est la gastro de mon fils",
        "I read that Champix gives wild dreams, scared to start it",
        "Peur de prendre 10 kg en 3 mois avec la Depakine, quelqu'un a eu ça ?",
        "Sous Seroplex depuis 3 mois, plus de crises d'angoisse, je revis",
        "Netflix all night and now I have a headache and I'm so tired",
        "Réveil difficile ce matin, mal de crâne après la soirée d'hier",
        "Caroline was bouncing off the walls after the party, too much sugar",
        "my doctor said the muscle pain in my calves is from running, not the statin",
        "Advil pour mes douleurs dans les cuisses après le marathon, ça marche bien",
    ],
)
def test_new_classes_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate, text


# --- less common reactions in lay words, and how people clear, fear or doubt a product ---------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "depuis que je prends la paroxétine, impossible d'avoir une érection, ma copine croit"
            " que c'est elle",
            "sexual dysfunction",
        ),
        ("since starting lexapro i literally cannot finish in bed, it's been 2 months", None),
        (
            "Le Flagyl me laisse un goût de ferraille dans la bouche toute la journée",
            None,
        ),
        (
            "on clarithromycin and everything tastes bitter and metallic, even water",
            "taste / smell change",
        ),
        (
            "la chlorhexidine m'a laissé des taches brunes sur les dents",
            "teeth / gums",
        ),
        (
            "Depuis la chimio au cisplatine mon père entend plus rien à gauche",
            "hearing loss",
        ),
        (
            "been on high dose aspirin for a month and now there's this constant high pitched"
            " whine in my ears",
            "tinnitus",
        ),
        (
            "Dad's new blood pressure pills have him so unsteady on his feet, he fell twice this"
            " week",
            "balance / falls",
        ),
        ("baclofen gave me hiccups that lasted all weekend", "hiccups"),
        (
            "après l'injection de cortisone dans le genou j'ai eu le hoquet pendant 3 jours",
            "hiccups",
        ),
        (
            "since he started pramipexole my husband can't stop gambling, lost 5k on online poker",
            "compulsive behaviour",
        ),
        (
            "le ropinirole a rendu mon mari accro aux jeux d'argent, il a vidé notre compte",
            "compulsive behaviour",
        ),
        (
            "on bimatoprost drops and my eyelids turned dark, kinda looks like eyeshadow",
            "pigmentation / hair change",
        ),
        (
            "Depuis que j'utilise le Lumigan mes cils sont super longs et mes paupières sont"
            " devenues plus foncées",
            None,
        ),
        ("depuis le Plaquenil je vois des halos autour des lumières la nuit", "vision problems"),
        (
            "my daughter started montelukast and now she sleepwalks almost every night",
            "hallucinations / confusion",
        ),
        ("risperidone gave my son man boobs, he's 14 and mortified", "breast changes"),
        ("since the amitriptyline I can barely pee, have to push forever", "urinary problems"),
        ("ma fille refait pipi au lit depuis qu'elle prend le Singulair", "urinary problems"),
        (
            "my nails started lifting off the nail bed after the docetaxel",
            "nail changes",
        ),
        ("depuis la chimio mes ongles se décollent et deviennent noirs", "nail changes"),
    ],
)
def test_less_common_reactions(
    detector: AdverseReactionDetector, text: str, category: str | None
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    if category is not None:
        assert result.reaction == category


@pytest.mark.parametrize(
    "text",
    [
        # dechallenge: the reaction went when the product was stopped
        "grandpa on oxybutynin was so confused he didn't recognise my mum. they stopped it and"
        " he's back to himself",
        # a clinician ties the two
        "my gums are puffy and bleed all the time, the dentist says it's from the Dilantin",
        # an advert's claim disputed by the author's own experience
        "took Claritin (non-drowsy my ass) and fell asleep at my desk",
        # a generic's French spelling
        "Mon oncle a eu de la vancomycine en perfusion et depuis il entend beaucoup moins bien",
    ],
)
def test_causality_cues_and_disputed_claims(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # another cause found after suspecting the product
        "thought the metoprolol was making me tired but my bloodwork showed I'm anemic",
        "j'ai cru que le Lyrica me donnait des vertiges mais en fait c'était une otite interne",
        "I thought the Zoloft was killing my libido but turns out it was just stress from work",
        # a treatment proposed, not taken, with the feared effects listed
        "Mon urologue veut me mettre sous finastéride, j'ai peur de plus avoir d'érection."
        " Des retours ?",
        "My GP wants to start me on sertraline. I've read about libido loss and weight gain,"
        " kinda scared. Anyone?",
        "Mon fils fait des terreurs nocturnes, le pédiatre veut lui donner de la mélatonine",
        "J'ai la hantise des effets secondaires, la boîte de Lamictal est toujours fermée",
        # the product failing at its own job
        "even with my inhaler I'm wheezing all night, this cold is awful",
        "Hoquet depuis ce matin, j'ai tout essayé, même un Spasfon, rien n'y fait",
        "Le Doliprane fait rien contre ma migraine, ça fait 3 heures que j'ai mal",
        # pre-existing or explained otherwise
        "My husband sleepwalks since he was a kid, now he takes clonazepam for it",
        "J'ai des acouphènes depuis le concert de samedi, je prends rien à part mon Levothyrox",
        "Ma grand-mère est tombée deux fois cet hiver sur le verglas, elle est sous Kardegic",
        "Spent thousands on the casino trip lol, took two advil for the hangover",
    ],
)
def test_cleared_feared_and_failing_are_not_candidates(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate, text


@pytest.mark.parametrize(
    "text",
    [
        "Even on the lowest dose of Zoloft I'm nauseous every single morning",
        "My doctor wants to put me on a different pill because the Yaz gave me migraines",
        "le médecin veut me mettre sous autre chose parce que le Seroplex m'a fait prendre 8 kilos",
        "I thought it was the flu but turns out the Bactrim gave me a fever and rash",
        "je commence lundi la 2e boîte de Champix et les cauchemars sont pires",
    ],
)
def test_reports_that_look_like_proposals_failures_or_other_causes(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert detector.detect(text).candidate, text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sous Ciflox depuis lundi, 15 min en terrasse et j'ai pris un coup de soleil", None),
        ("on cipro and burned in 10 minutes at the park, never happened before", None),
        ("after a week of levofloxacin my achilles tendon is killing me, can barely walk", None),
        ("depuis la lévofloxacine j'ai une tendinite aux deux talons", None),
        ("since the Eliquis I'm covered in bruises from nothing", "bleeding"),
        ("mon père saigne du nez tous les jours depuis qu'il prend le Xarelto", "bleeding"),
        ("my hands shake so bad on lithium I can't hold a cup", "tremor / restlessness"),
        (
            "depuis que je suis sous Abilify impossible de tenir en place, je marche dans"
            " l'appart toute la nuit",
            "tremor / restlessness",
        ),
        ("Seroplex semaine 2 : mal à la mâchoire, je serre les dents toute la nuit", None),
        ("depuis l'énalapril j'ai une toux sèche qui ne passe pas", "cough"),
        ("lisinopril gave me a hacking cough for months", "cough"),
        ("my voice is shot since I started the steroid inhaler, totally hoarse", None),
        ("ma fille sous ciclosporine a des poils partout sur les bras", None),
        ("I've had mouth ulcers nonstop since starting methotrexate", None),
        ("depuis le méthotrexate j'ai la bouche pleine d'aphtes", None),
        ("on propranolol and my fingers turn white in the cold now", None),
        ("depuis les corticoïdes ma glycémie fait le yoyo, je suis pas diabétique", None),
        ("prednisone sent my blood sugar through the roof, doc says it's the steroid", None),
        ("le médecin a vu que mes transaminases ont grimpé depuis la statine", None),
        ("my GP says my creatinine went up because of the ibuprofen I've been taking daily", None),
        ("2 days after my flu shot: sore arm, chills, felt like I got hit by a truck", None),
        ("vaccin grippe hier, ce matin bras en béton et 38,5 de fièvre", None),
        ("weaning off Effexor and the brain zaps are unbearable", None),
        ("j'ai arrêté le tramadol et je suis en manque, sueurs, jambes qui bougent", None),
        ("the nicotine patch gives me such vivid dreams I wake up exhausted", None),
        ("my dad on ropinirole started gambling online every night", "compulsive behaviour"),
        ("Ma grand-mère voit des gens dans sa chambre depuis qu'on a augmenté son Sinemet", None),
        # sarcasm that still tells the author's experience
        ("génial ce traitement, 3 jours à vomir", "vomiting"),
        ("love how this pill made me break out in hives lol", None),
        ("merci le Motilium, maintenant j'ai le cœur à 130 au repos", None),
    ],
)
def test_broad_reaction_categories(
    detector: AdverseReactionDetector, text: str, category: str | None
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)
    if category is not None:
        assert result.reaction == category


@pytest.mark.parametrize(
    "text",
    [
        # suspected, then another cause found
        "J'ai cru que le Seroplex me faisait prendre du poids mais en vrai c'est les pizzas",
        "swore my birth control was making me break out, then realized it was my new makeup",
        # feared or refused
        "Mon père refuse de prendre son Kardegic, il a peur des saignements",
        "my aunt won't take her statin because she's scared of getting muscle pain",
        # the drug did its job
        "crise d'asthme hier soir, deux bouffées de Ventoline et ça a marché tout de suite",
        "couldn't breathe at the gym, my inhaler worked in seconds, I'm ok now",
        # not working yet
        "Sous Zoloft depuis 3 semaines, toujours aussi anxieuse, j'attends que ça marche",
        # a clinician speaking in general
        "Pharmacist tip: doxycycline commonly causes sunburn, wear SPF",
        "dermato ici : l'isotrétinoïne donne souvent les lèvres sèches, hydratez bien",
        # the condition treated, named as a diagnosis
        "Started metoprolol after my tachycardia diagnosis, feeling great",
        # another cause: cosmetics, insects, food
        "boutons partout sur le visage, c'est le nouveau maquillage, pas l'antibio",
        # fiction
        "in the show the character takes Xanax and starts hallucinating, great episode",
        # a generic side effect as a joke
        "Wine is my medication and the side effect is karaoke",
        # figurative cold fingers
        "Impossible d'ouvrir la boîte de Doliprane avec les doigts gelés ce matin",
    ],
)
def test_broad_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate, text


# --- a bodily change in words no lexicon has (v7 misses generalised, phrased anew) ------------


@pytest.mark.parametrize(
    "text",
    [
        "Depuis que j'ai commencé le Lamictal, mes règles sont complètement déréglées",
        "Ma fille prend du Concerta depuis un mois et son humeur a changé, elle se ferme",
        "Le lendemain du Gardasil, ma fille avait la voix toute cassée",
        "Mon mari sous Inexium depuis janvier, son transit est bouleversé",
        "Depuis la 2e injection de Xolair, mes ongles se cassent tous, jamais eu ça",
        "Mon fils prend de la Ritaline depuis la rentrée, son appétit a disparu le midi",
        "Week 2 on Cymbalta and my appetite has vanished completely",
        "Ever since the Nexplanon went in, my periods come every ten days and last forever",
        "My dad has been on Januvia a month and his pee smells weird and sweet",
        "Ever since the Depo shot my periods have gone haywire",
    ],
)
def test_bodily_change_without_a_lexicon_wording(
    detector: AdverseReactionDetector, text: str
) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # glad of the change
        "Depuis que je prends du Lexapro, mon sommeil est enfin réparateur",
        "Since starting Zoloft my mood is so much better, wish I'd done it sooner",
        # another cause in the sentence
        "Ma mère prend du Kardegic depuis 10 ans, sa mémoire flanche mais elle a 88 ans et un "
        "Alzheimer",
        # the symptom it is taken for
        "Je prends du Doliprane pour mes règles douloureuses depuis hier",
        # before the product, a question, hearsay
        "My hair was thinning before I ever started Propecia",
        "Does Wellbutrin mess with your sleep? I start next week",
        "J'ai lu que le Roaccutane abîme la peau, depuis je flippe",
    ],
)
def test_bodily_change_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate, text


@pytest.mark.parametrize(
    "text",
    [
        # urine colour, burns of a degree, coin tastes, a life in the bathroom
        "Deux gélules de Pyridium et mon urine est devenue orange, flippant",
        "took rifampin yesterday and my pee turned orange, nobody warned me",
        "Voltarène gel puis une après-midi au soleil : brûlure au 2e degré sur le genou",
        "my clarithromycin makes my tea taste like coins, day 3",
        "Since the Ozempic went up to 1mg I spend half my day in the bathroom",
        # shorthand with two words before "=", a comparison that names another cause
        "Doliprane sans manger = brûlures d'estomac toute la nuit",
        "depuis le Tamoxifène j'ai des bouffées de chaleur comme ma tante à la ménopause",
        # damage told as a verdict, a size comparison
        "cipro wrecked my achilles, can barely walk two months later",
        "woke up with my tongue the size of a golf ball, the ER blamed the ramipril",
        # "anyone else" in French, a vaccine named by the visit
        "quelqu'un d'autre a les mains qui pèlent sous Roaccutane ?? ça saigne même",
        "Our son had his 12 month shots and he's been inconsolable since lunch",
    ],
)
def test_fourth_round_wordings(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # a celebrity, a stranger in a relative's circle
        "Cet acteur qui dit dans une interview que le Botox lui a figé le visage, sûrement payé",
        "some reality star claiming her Ozempic made her hair fall out, new brand deal I guess",
        "Il paraît qu'une fille du club de ma sœur a fait une phlébite avec sa pilule",
        # cleared by name after the fact
        "Thought my son's hives were from the cefdinir but the allergist says it was the new "
        "detergent, the antibiotic wasn't the culprit",
        "L'urticaire de ma fille, on a accusé l'Augmentin, mais l'Augmentin n'y est pour rien",
        # scheduled, proposed, still failing
        "Baby's 4 month shots are tomorrow, worried she'll cry all night, any tips?",
        "Le gynéco me propose le Nexplanon après la naissance, des effets secondaires chez vous ?",
        "Un mois de Seroplex et aucune amélioration, toujours aussi angoissée, c'est normal ?",
        # reading the leaflet
        "Me reading the leaflet of my Imodium: may cause constipation. Yes, that's the point",
    ],
)
def test_fourth_round_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate, text


# --- said, not told: outrage idioms, fears, relief, substitutes, packs ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # figurative disgust or outrage about a scandal or a brand, no dose told
        "Quand je vois comment Orvane gère l'affaire Paracetix Junior... je suis écœuré.",
        "Ils vendent encore du Fébrinol en tête de gondole. Chui dégoûtée.",
        "Paracetix Junior still on the shelves after all this. Sick to my stomach.",
        "I gave my kids Paracetix for years without asking a single question. Disgusted.",
        # "cauchemar" / "nightmare" said of a chore
        "Le bouchon du Paracetix sirop, impossible à ouvrir, un vrai cauchemar",
        "Getting the Ibuvia cap off with one hand is a nightmare",
        # worried questions and fears, nothing happened
        "Est-ce que le Fébrinol peut donner des palpitations ? je suis un peu inquiète",
        "Can Ibuvia raise blood pressure? I'm a bit anxious about it",
        "j'ai peur que le Paracetix donne de l'urticaire à mon fils, vous avez déjà vu ça ?",
        "Worried Paracetix Junior could give my son (4) a rash, anyone seen that?",
        "Et si ma fille faisait une allergie cette nuit ? Je lui ai donné du Paracetix, "
        "je dors plus",
        "Even Ibuvia makes me nervous now, after everything with Paracetix",
        # taken for the condition, and it helps
        "Entorse à la cheville, du Fébrinol pour tenir au boulot, ça aide vraiment",
        "Pris de l'Ibuvia avant le footing, dos beaucoup moins douloureux",
        "Paracetix for my cramps every month, it helps a lot honestly",
        # reaction averted, negation typed in a hurry, symptom that persists
        "Sleepless night avoided thanks to Paracetix Junior, she was asleep in 20 minutes",
        "Contrairement aux rumeurs, le Fébrinol ne m'a jamias donné de nausées",
        "Deux jours de Paracetix et la fièvre revient toujours, on retourne chez le médecin",
        # pharmacy substitution, a pack complaint, a share price
        "The pharmacy had no Ibuvia left so they gave me the generic",
        "Half-empty blister in a brand new Fébrinol box, great quality control",
        "Orvane recule de 5 % après les annonces sur le Paracetix Junior",
    ],
)
def test_said_not_told_hard_negatives(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate, text


@pytest.mark.parametrize(
    "text",
    [
        # the same words, told of a dose
        "Le sirop de Paracetix m'a écœurée, j'ai vomi deux fois",
        "J'ai pris du Fébrinol hier soir, je suis écœurée depuis, envie de vomir toute la nuit",
        "Took Ibuvia last night and I was sick to my stomach all morning",
        "Paracetix made me sick to my stomach",
        "Depuis que je prends le Fébrinol je fais des cauchemars toutes les nuits",
        "Ibuvia gives me nightmares every single night",
        "Depuis le Paracetix je suis angoissée tout le temps et je dors plus",
        "Ibuvia makes me anxious and shaky",
        "Ibuvia helps my back but it gave me stomach pain",
        "J'ai pris du Paracetix pour mes règles et j'ai eu des plaques partout",
        "My son got blisters around his mouth after Paracetix Junior",
        "J'ai peur, ma fille a des boutons partout depuis le Paracetix Junior",
        "After Paracetix my face swelled up, I'm scared",
        "the Paracetix blister pack made my hands itch",
    ],
)
def test_said_not_told_true_reports(detector: AdverseReactionDetector, text: str) -> None:
    result = detector.detect(text)
    assert result.candidate, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        # a reason far from the product, or after "had to stop": the reaction is still told
        "Took Nurofen for my back and now I can't work because my stomach is burning.",
        "Got my covid jab yesterday, stayed in bed because I have chills and a fever.",
        "J'ai commencé l'Augmentin lundi, je suis aux urgences car j'ai des plaques partout.",
        "I took amoxicillin for 3 days and had to stop because I have hives all over my chest.",
        "Started Cymbalta last week, in the car this morning I got so dizzy I had to pull over.",
        # treatment of one symptom, blame on another product
        "Tellement de nausées, du coup je suis sous Vogalène, tout ça à cause du Xeloda.",
        # another cause ruled out, a bad taste beside a real reaction
        "C'est pas la lessive : j'ai des boutons partout depuis que j'ai commencé l'Augmentin.",
        "The Flagyl tastes awful and I've been vomiting all day since starting it.",
    ],
)
def test_cues_for_what_it_was_taken_for_do_not_hide_reports(
    detector: AdverseReactionDetector, text: str
) -> None:
    """Found by a review of rounds 7-8: wider 'taken for' cues hid these real reports."""
    assert detector.detect(text).candidate, text


@pytest.mark.parametrize(
    "text",
    [
        "Took two Tylenol because this headache has been killing me since lunch.",
        "J'ai pris un Doliprane parce que j'ai un mal de crâne horrible depuis ce matin.",
        "Anyone else think the Ozempic hair loss stories are overblown?",
        "Down 25lbs in 3 months on Ozempic and my A1C is normal!",
        "I don't even remember when I started Zoloft, it's been years.",
        "Crushed my knee skiing, on tramadol now.",
    ],
)
def test_reason_for_taking_and_look_alikes_are_not_reports(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate, text


def test_review_probes_floor(detector: AdverseReactionDetector) -> None:
    """187 posts a reviewer wrote to attack the cues of rounds 6-8 (2026-12-02): the session-start
    detector got 149 right, rounds 6-8 as first written 125, the mended detector 158. A regression
    guard for the next round of cues, not a quality claim (the rounds were mended on them)."""
    path = DEV_SET.parent / "ade_probes_review.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    results = detector.detect_batch([r["text"] for r in rows], [r["language"] for r in rows])
    right = sum(r["ade"] == result.candidate for r, result in zip(rows, results, strict=True))
    assert len(rows) == 187
    assert right >= 155, right


# --- rounds 9-11 (2026-12-03) and what their review took back -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a sequence marker ends a negation's reach (the session-start rules missed this one)
        "Rinse your mouth after the Flovent. I didn't and now I have thrush all over my tongue",
        # new wordings (each missed by the session-start rules)
        "J'ai pris du Motilium et mon cœur s'est emballé toute la soirée",
        "Ostéonécrose de la mâchoire pour ma mère, le chirurgien dit que c'est le Fosamax",
        "Since the dose increase on my lamotrigine I see double when I look sideways",
        "Depuis le bisoprolol mes doigts deviennent blancs au moindre froid",
        # reports that wider versions of rounds 9-11 hid, taken back on review
        "À l'hôpital c'est de la vancomycine en intraveineuse et depuis j'ai le torse tout rouge",
        "Pour ma pyélo c'est du Rocephine en intraveineuse et j'ai une urticaire géante",
        "Nothing is worse than Cipro, it ruptured my achilles tendon",
        "Woke up hungover after 50mg of trazodone, never again",
        "Nouvelle boîte de Levothyrox et c'est reparti : palpitations et insomnie",
        "Ozempic changed my life, -20 kg, the nausea is constant",
        "La CPAM m'a remboursé le Levothyrox mais depuis la nouvelle formule j'ai des vertiges",
        "Je ne supporte pas du tout le Tramadol : nausées, vomissements, vertiges",
        "My son wasn't vaccinated for years, got his MMR catch-up Tuesday and had a fever and rash",
        "I read the Seroquel insert out loud to my husband and I have them all: dry mouth",
        "Le Champix je le recommande pas, cauchemars horribles toutes les nuits",
        "J'ai pris du Doliprane, ça a rien fait pour la migraine mais j'ai une éruption",
        "Mirena insertion was fine but 6 months in I've got cystic acne all along my jaw",
    ],
)
def test_round_9_to_11_reports(detector: AdverseReactionDetector, text: str) -> None:
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "I didn't get any rash from the amoxicillin",
        # a date word is no sequence marker: the negation still reaches
        "Pas eu cette nuit de crampes avec le Lyrica, enfin",
        "Didn't get today any nausea after my Wegovy shot",
        # a product named to compare, not taken
        "Ce match m'a donné plus de nausées que n'importe quel antibiotique",
        # news cues (rounds 9 and 11), cleared by name, failing at its job
        "Androcur et méningiome : l'Assurance maladie écrit aux patientes traitées",
        "Zantac lawsuits: thousands of plaintiffs allege the heartburn drug caused cancer",
        "My therapist says my panic attacks aren't from the birth control, they started before",
        "6 weeks on lexapro and i still feel exactly as depressed",
        # wordings taken back on review: said of good changes, of stains, or of what the
        # product is taken for; a recovery after a hospital stay is no body change
        "Since starting Ritalin he's a different kid: calm, focused, finally making friends",
        "Took my Ambien, Netflix kept buffering so I just went to bed",
        "The Betadine left my bathtub stained brown, any cleaning tips?",
        "Nez bouché depuis 3 jours, j'ai pris du Dolirhume et ça va mieux",
        "Gaviscon every time I burp up acid after dinner, works in minutes",
        "Hospitalised for pneumonia, on Augmentin now, and my appetite has come back",
    ],
)
def test_round_9_to_11_non_reports(detector: AdverseReactionDetector, text: str) -> None:
    assert not detector.detect(text).candidate


# -- round 12: how a post argues (dechallenge, vaccines, denied relief, novelty, clinicians,
# askers). Each negative below fails when its guard is removed (checked by disabling it).


@pytest.mark.parametrize(
    "text",
    [
        # dechallenge: stopped, then the symptom went (relief words after a dose say the opposite)
        "Arrêté le Tahor il y a un mois, mes douleurs musculaires ont disparu.",
        "Since I quit Zoloft the brain fog is finally gone.",
        "I stopped the metformin and the diarrhea cleared up within days.",
        "On a arrêté le Ritaline de mon fils pendant les vacances et ses tics ont disparu.",
        "My doctor took me off amlodipine and the ankle swelling went down in a week.",
        "Depuis que j'ai arrêté le Zoloft, fini les nausées du matin.",
        "Stopped Zestril and the tickly cough went away.",
        "Quit Lyrica 3 weeks ago and the swelling in my ankles is totally gone, doc agrees",
        "stopped taking my daily Zyrtec and the weight gain is finally going away",
        # a time or a reason that is not right before the symptom
        "Stopped the Lipitor and after 2 weeks the muscle pain was gone",
        "stopped metformin bc of GI issues and the diarrhea cleared up in 3 days lol",
        # a headache gone after stopping what is no painkiller
        "Stopped the pill in June and my migraines disappeared, turns out it was the estrogen",
        # rechallenge: taken again, then the symptom came back, told either way round
        "Restarted the Crestor last week and the leg cramps came back.",
        "The leg cramps came right back as soon as I restarted the Crestor",
        # a back word that is no "condition back": a reason, another product, a denial
        "Stopped the Lamictal because the rash was back on my chest",
        "Stopped Lexapro, started Zoloft last week and the nausea came back",
    ],
)
def test_dechallenge_and_rechallenge_are_reports(
    detector: AdverseReactionDetector, text: str
) -> None:
    result = detector.detect(text)
    assert result.candidate, result
    assert result.product is not None


@pytest.mark.parametrize(
    "text",
    [
        # relief after a dose
        "Took Advil and the headache went away.",
        "J'ai pris un Doliprane et la fièvre a disparu.",
        # stopped or finished, then the condition it held off came back or stayed
        "I stopped the Zyrtec in October and my allergies came back within two days.",
        "J'ai arrêté la pilule il y a 3 semaines et mon acné revient à fond.",
        "Finished my Accutane course 6 months ago and the acne is creeping back on my chin.",
        "My anxiety came back full force a month after I stopped Lexapro.",
        "I quit Prozac two years ago. Depression came back in the winter, so back to therapy.",
        "Stopped the pill 3 months ago and my acne never went away",
        "J'ai fini la Doxy et mes boutons ont disparu",
        # stopped because the symptom had gone
        "Stopped the Imodium once the diarrhea stopped.",
        "Stopped the Benadryl once the hives cleared up",
        # gone on its own; what painkillers are taken for
        "I stopped the Zoloft and the nausea went away on its own",
        "Stopped the Advil, my back pain is gone now, PT really worked",
        # a rechallenge denied
        "Restarted Lexapro last month and thankfully the anxiety hasn't come back.",
        # the condition back, named as a loss or a problem ("hair loss", not "hair")
        "Stopped the minoxidil and the hair loss is back",
        "Quit Ambien and the sleep problems came back within a week",
    ],
)
def test_symptom_course_that_tells_no_reaction(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Got my Shingrix shot yesterday, today I've got chills, a fever and my whole body aches.",
        "Covid booster this morning, now a pounding headache and I'm wiped out.",
        "Bébé a eu le Prevenar hier, fièvre cette nuit.",
        "2e dose de Moderna hier. Aujourd'hui mal de tête et crevée.",
        "Flu jab on Monday and I've felt rotten with a headache ever since.",
        "Flu shot yesterday + covid booster same arm... fever 38.9 and headache today lol",
    ],
)
def test_fever_ache_or_headache_after_a_vaccine_is_a_report(
    detector: AdverseReactionDetector, text: str
) -> None:
    """Nobody takes a vaccine for a fever or a headache: no link needs saying (unlike a
    painkiller's)."""
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Fever and headache, should I still get my flu shot tomorrow?",
        "Headache all week, finally booked my covid booster for Friday.",
        "Had my flu shot in October and still got the flu, fever of 39 all week.",
        "Took Tylenol for the headache and went to bed.",
        # a shot of a painkiller is no vaccine; months between are no link
        "ER gave me a shot of Toradol, headache still pounding 😭",
        "Got my Shingrix in March, zero issues. Now in October I get a headache every afternoon",
        "Kiddo had his MMR last month. This week fever and cough, half the daycare has RSV",
        "Had my Moderna booster in spring, all fine. Headache today from the heat",
    ],
)
def test_fever_or_headache_before_a_vaccine_or_long_after_is_not(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "3 weeks on Lexapro and the nausea still hasn't gone away",
        "Week 2 of Wegovy and the heartburn hasn't eased at all, no amount of Gaviscon fixes it",
        "day 3 of doxy and the nausea is brutal, please tell me it gets better",
        "3 weeks on Lexapro, nausea—hasn't gone away",
        "Zoloft week 2 and the nausea/not gone yet",
    ],
)
def test_a_denied_relief_is_no_relief(detector: AdverseReactionDetector, text: str) -> None:
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Migraine horrible, Doliprane pris il y a une heure, ça va mieux",
        "Took my Zyrtec and the itching is finally gone, never felt better",
        "Après 6 mois sous Lévothyrox, enfin plus fatiguée, je monte les escaliers sans souffler",
    ],
)
def test_relief_told_with_negative_words_stays_relief(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Started Lamictal in May. Headaches every single day, never had them before.",
        # "no effect" said of what the product is for, then "but" the new symptom
        "Keppra: no effect on seizures yet but exhausted, never had fatigue like this before",
        "Nouveau traitement Tahor, je suis épuisée, de ma vie j'ai jamais été aussi crevée",
    ],
)
def test_never_had_it_before_links_a_painkiller_symptom(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        # the product comes after the symptom, or did nothing for it: taken for it
        "Horrible migraine today, never had one this bad before. Took 2 Advil.",
        "Jamais eu une fièvre pareille, Doliprane toutes les 6h",
        "Took 2 Advil at noon and nothing. Worst headache of my life, never had one like this",
    ],
)
def test_never_had_it_before_with_a_painkiller_taken_for_it_is_not(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacist here, and even I got caught: took Zyrtec last night, a zombie all morning.",
        "Nurse here. Had a patient go bright red from the neck up on IV vancomycin last night.",
        "Nurse here. My patient last night went into anaphylaxis 5 minutes into the Rocephin",
        "Infirmière ici : une de nos résidentes a démarré le tramadol lundi, depuis très confuse.",
        "Nurse here and I'm the patient this time lol, Augmentin gave me the worst diarrhea",
        # a case, whatever general words follow
        "Pharmacien ici, un de mes patients a fait une hépatite sous Augmentin, ça arrive souvent",
    ],
)
def test_a_clinician_telling_a_case_is_a_report(
    detector: AdverseReactionDetector, text: str
) -> None:
    """'Nurse here' opens general advice or a case; a case is a report (a clinician is the most
    identifiable reporter there is)."""
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Nurse here: metformin often causes diarrhea at first, take it with food.",
        "Infirmière ici : le tramadol donne souvent des nausées chez les personnes âgées.",
        "As a nurse I see so many patients get rashes from amoxicillin.",
        "Pharmacist here, I took Zyrtec for years for my hay fever, works great, no drowsiness.",
        "Nurse here. Whenever I have a patient on vancomycin I run it slow, red man is no joke.",
        "As a nurse I've started metformin myself. Tip for everyone: diarrhea is common early.",
    ],
)
def test_a_clinician_giving_general_advice_is_not(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Anyone else get muscle cramps on Crestor? I've had them every night for two weeks.",
        "Qui d'autre a eu des aphtes avec le Methotrexate ? J'en ai plein la bouche depuis.",
        "Does anyone else get hives on Bactrim? I'm covered in them since Tuesday",
        "Est-ce que quelqu'un a eu de l'urticaire avec le Bactrim ? J'en suis couverte",
    ],
)
def test_asking_others_about_ones_own_reaction_is_a_report(
    detector: AdverseReactionDetector, text: str
) -> None:
    """'Anyone else?' from an author who tells their own story is no stranger's hearsay."""
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Anyone get hair loss on Depakote? My neuro wants to start me on it next month.",
        "Quelqu'un a des retours sur le Humira ? Je commence dans 2 semaines et j'angoisse un peu.",
        "Quelqu'un de mon club a eu des plaques avec l'amoxicilline ? Moi j'en prends, rien.",
        # a reading or a worry, not the author's own case
        "I'm on Ozempic since June. Anyone else think it causes hair loss?",
        "I've been on Lexapro 3 months, feeling great. Has anyone else read it causes hair loss?",
        "Quelqu'un a eu des cauchemars avec le Singulair ? Je demande pour un ami, moi j'en fais.",
        "Anyone get hives on Bactrim? Asking for a friend, I get them too from cats lol",
        # the author's setting before the question is no story of the symptom
        "Perso je prends le Lyrica depuis 1 an. Quelqu'un a eu des vertiges avec ?",
        "I take my Zyrtec and Flonase daily, can't live without them. Anyone get nosebleeds?",
    ],
)
def test_asking_for_someone_else_or_before_a_start_is_not(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


# -- round 13: a patient's state beside a symptom tied to a product is context, not a cause ----


@pytest.mark.parametrize(
    "text",
    [
        "Got my Covid booster while pregnant and had chills and a fever that night",
        "Got the Tdap at 30 weeks pregnant and my arm swelled up like a balloon",
        "Depuis que je prends la pilule j'ai des nausées tous les matins, j'ai même cru être "
        "enceinte",
        "Started Zoloft and my hands shake, I'm 70 so everyone blames old age but it started the "
        "day after",
        "Mamie (Alzheimer) a commencé le Seroplex et 3 jours après elle avait des vertiges et "
        "vomissait",
        # "on" the French pronoun is an event, not "on X"
        "Ma femme est enceinte de 6 mois, on lui a donné de l'Augmentin et elle a fait de "
        "l'urticaire",
        # a state only supposed or denied
        "Depuis ma nouvelle pilule j'ai la nausée tous les matins, ma mère m'a demandé si "
        "j'étais enceinte, test négatif",
    ],
)
def test_a_pregnancy_or_an_age_beside_a_linked_symptom_is_context(
    detector: AdverseReactionDetector, text: str
) -> None:
    """The alternative-cause rule set these aside: "pregnant", "old age", "Alzheimer"."""
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        # a symptom the state brings itself
        "Depuis que je prends ma pilule je suis enceinte de 3 mois et j'ai des nausées "
        "matinales, normal",
        "Pris un Gaviscon hier soir, enceinte de 8 mois, brûlures d'estomac toute la nuit quand "
        "même",
        "Enceinte de 3 mois, j'ai pris un Doliprane hier soir et ce matin nausées comme d'hab",
        "Got my flu shot today at 30 weeks pregnant, tired tonight but honestly I'm pregnant, "
        "I'm always tired",
        "Mamie a commencé le Kardegic le mois dernier, elle est fatiguée et confuse, mais bon "
        "avec son Alzheimer c'est normal",
        # the state called the cause
        "Ma grand-mère a commencé le Kardegic et elle a des bleus partout, le médecin dit que "
        "c'est la vieillesse",
        # an ongoing intake is no event a symptom follows
        "My dad on donepezil is more confused lately, his dementia is progressing",
        "On iron pills while pregnant and I'm exhausted all the time, third trimester is rough",
        "Mon père (82 ans) sous Doliprane pour son arthrose, il a mal partout, à son âge c'est "
        "normal",
        # what the product was taken for
        "Took Gaviscon for heartburn, 32 weeks pregnant and the reflux is brutal",
        "Started Zofran because I was throwing up all day, 9 weeks pregnant",
        "Commencé le Vogalène parce que je vomissais tout le temps, enceinte de 2 mois",
        # illnesses and exposures stay other causes
        "J'ai pris un Doliprane après le concert, les oreilles qui sifflent toute la nuit",
        "Got my flu shot yesterday and today the whole office has norovirus, I'm puking",
        "Since starting Zyrtec my eyes are itchy, pollen season is brutal this year",
    ],
)
def test_a_state_that_explains_the_symptom_is_still_another_cause(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


# -- round 13: the lexicon data file (agents/data/ade_lexicon.tsv) ------------------------------


def test_the_lexicon_file_reads_reactions_and_products() -> None:
    reactions, products = read_lexicon_file(
        "# a comment\n\nreaction\tnausea\tla gerbe du siècle\nproduct\t\tMagné B6\n"
    )
    assert reactions == {"nausea": ["la gerbe du siècle"]}
    assert products == ["Magné B6"]


@pytest.mark.parametrize(
    "line",
    [
        "reaction\tnot a category\tla gerbe",  # unknown category
        "reaction\tnausea",  # no phrase
        "product\tnausea\tMagné B6",  # a product with a category
        "reaction\tnausea\tla gerbe\textra",  # a fourth field
        "symptom\tnausea\tla gerbe",  # unknown kind
    ],
)
def test_a_bad_lexicon_line_is_an_error_with_its_number(line: str) -> None:
    with pytest.raises(ValueError, match=r"lexicon\.tsv:2: expected"):
        read_lexicon_file("# header\n" + line + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # products: vaccines by disease, supplements, cosmetics with actives
        "Got the RSV vaccine yesterday and I was so dizzy I couldn't stand",
        "Depuis la cure de magnésium marin j'ai la diarrhée tous les jours",
        "my retinol serum has my face peeling and burning",
        # lay wordings
        "Since starting bisoprolol my feet like ice blocks all the time",
        "Depuis que je prends le Tercian il bave et marche à tout petits pas",
    ],
)
def test_the_lexicon_file_adds_products_and_wordings(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        # taken out of the file: cold weather, the condition treated
        "Impossible d'ouvrir la boîte de Doliprane avec les doigts gelés ce matin",
        "Prednisone saved my lungs during that asthma flare, I could finally breathe again",
        # teething named as the cause of the drooling
        "Il bave tout le temps, c'est les dents, on lui donne du Doliprane.",
    ],
)
def test_lexicon_words_that_are_weather_or_the_indication_are_not_reports(
    detector: AdverseReactionDetector, text: str
) -> None:
    assert not detector.detect(text).candidate


@pytest.mark.parametrize(
    "text",
    [
        "Flu shot yesterday and my shoulder is hot and hard",
        "Vaccin hier, ce matin sa jambe est toute rouge et chaude",
        "Ma mère sous Eliquis a un bleu énorme sur la cuisse sans s'être cognée",
    ],
)
def test_a_single_limb_paired_with_a_state_is_a_reaction(
    detector: AdverseReactionDetector, text: str
) -> None:
    """ "la cuisse", "her thigh": the body parts were listed in the plural only."""
    assert detector.detect(text).candidate
