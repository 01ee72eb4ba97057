"""Adverse-drug-reaction (ADR) candidates: posts that may be a pharmacovigilance case.

A post is a candidate when it carries the four validity criteria of an individual case (EU GVP
Module VI): a suspect product, a suspect reaction, an identifiable patient ("I", "my son",
"ma mère") and an identifiable reporter (on social media, the account itself, when the post is
first-hand). Candidates are for a human pharmacovigilance reviewer, so the detector favours
recall, but it must not drown the reviewer in news, ads, fears, questions and price rants, which
are most of what mentions a product next to a symptom word.

Why rules and lexicons rather than a model: the whole enrichment budget is ~50 µs per post, the
decision must be explainable to a safety officer (every candidate carries the evidence spans that
made it one), and lay French with slang and misspellings has no public training set we may use.

How: an Aho-Corasick pass over a folded copy of the text (case, accents, punctuation removed;
same length as the original, so every match is also a span of the original text) finds products,
reaction terms, and body parts and states ("visage" ... "tout rouge", "heart" ... "doing flips")
that are paired at scoring time when they share a clause, so lay descriptions no list anticipates
still count. Most posts name no product or no reaction and leave right there. For the
rest a second pass finds the cues (experience, negation, fear, question, indication, relief,
news, advert, hearsay, price, other cause) and the post is scored: reactions are dropped when
negated ("aucun effet secondaire"), hypothetical ("peur que ça donne des boutons"), the reason
for taking the product ("pour ma migraine"), relieved by it, or explained by something else
("c'est la varicelle"); the score adds experience evidence and subtracts news, advert, hearsay
and price/shortage context. A symptom named before a product that someone then prescribes or
gives for it ("crises d'angoisse, le pédiatre lui a prescrit de l'Atarax"), or that the product
then relieves, is the indication; a reaction told after a stranger ("ma tante m'a dit qu'une
femme...") is hearsay even when a relative is named. A post that names another cause found after
suspecting the product ("j'ai accusé la pilule mais la prise de sang montre une carence", "turns
out I have a gallstone"), a treatment only proposed ("veut me mettre sous", "wants to put me on"),
or the product failing at its own job ("even on Zyrtec I'm sneezing") loses score; a dechallenge
("stopped it, back to herself") or a clinician's attribution ("says it's from the Dilantin") adds
causal evidence. When no lexicon term survives, "<product> made me <...>" still yields an
unspecified reaction: lay symptom descriptions have a tail no lexicon closes.

Drug names come from the `drug-named-entity-recognition` package (MIT; DrugBank/MedlinePlus
names, brands and generics, in English) plus a hand-made list of French brands and generics and
of drug classes as patients name them ("ma statine", "my antibiotics"), plus
the watchlist products of the customer.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import ahocorasick

from veille.agents.adverse_model import (
    DEFAULT_MODEL_THRESHOLD,
    AdverseTextModel,
    shipped_text_model,
)
from veille.agents.text import ByteTranslation, fold

__all__ = [
    "AdeResult",
    "AdverseReactionDetector",
    "ProductName",
    "load_drug_names",
    "products_from_watchlists",
]

# A plain name ("Ibuvia") or a canonical label with its aliases ("Paracetix", ["Paracétix", ...]).
ProductName = str | tuple[str, Sequence[str]]
# A found piece of a post: (start, end, kind), offsets into the text it was found in.
Span = tuple[int, int, str]

DEFAULT_THRESHOLD = 0.6
# The score of a post whose every reaction was set aside by an exclusion cue.
_EXCLUDED = 0.1


# ---------------------------------------------------------------------------------------------
# Result
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AdeResult:
    """One post's verdict. `evidence` spans index the original text, not a normalised copy."""

    candidate: bool
    score: float
    product: str | None = None
    reaction: str | None = None
    evidence: list[Span] = field(default_factory=list)
    reporter_identifiable: bool = False
    patient_mentioned: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The `ade` field of an enriched record (plain JSON types)."""
        return {
            "candidate": self.candidate,
            "score": self.score,
            "product": self.product,
            "reaction": self.reaction,
            "evidence": [{"start": s, "end": e, "kind": k} for s, e, k in self.evidence],
            "reporter_identifiable": self.reporter_identifiable,
            "patient_mentioned": self.patient_mentioned,
        }


_NONE = AdeResult(candidate=False, score=0.0)


# ---------------------------------------------------------------------------------------------
# Normalisation that keeps offsets: one output character per input character.
# ---------------------------------------------------------------------------------------------


class _AlignedFoldTable(dict[int, str]):
    """Code point -> exactly one folded character, so folded offsets are original offsets.

    `fold` may expand a character ("ß" -> "ss") or drop it (a lone combining accent); keeping the
    first character (or the character itself) costs a few such rare matches and buys span
    mapping for free, which matters more: reviewers click on the evidence.
    """

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        if char in "\u2019\u02bc\u2018`\u00b4":
            value = "'"
        else:
            folded = fold(char)
            value = folded[:1] if folded else char
        self[code_point] = value
        return value


class _WordTable(dict[int, str]):
    """Like `_AlignedFoldTable`, but anything that is not a letter or digit becomes a space.

    One `str.translate` then does folding and tokenising in a single C pass; the padded result
    lets Aho-Corasick keys " word " respect word boundaries for free.
    """

    def __missing__(self, code_point: int) -> str:
        value = _ALIGNED[code_point]
        value = value if value.isalnum() else " "
        self[code_point] = value
        return value


_ALIGNED = _AlignedFoldTable()
_WORDS = _WordTable()
# Everything that is not a letter or digit becomes a space (apostrophes too: "l'Ibuvia").
_NON_WORD = re.compile(r"[\W_]")


# "µ" folds to a Greek letter outside Latin-1: texts holding it take the slow path.
_words = ByteTranslation(_WORDS, blank_beyond_latin1=True)
_aligned_translation = ByteTranslation(_ALIGNED)


def _aligned_fold(text: str) -> str:
    """Lower-cased, accent-free copy of `text` with the same length (ASCII: just `lower`)."""
    return text.lower() if text.isascii() else _aligned_translation(text)


def _key(phrase: str) -> str:
    """Normalise a lexicon phrase the way texts are normalised, padded for word boundaries."""
    words = _NON_WORD.sub(" ", fold(phrase)).split()
    return " " + " ".join(words) + " " if words else ""


# ---------------------------------------------------------------------------------------------
# Lexicons. Lay French and English as people write it: slang, SMS spellings, common typos.
# ---------------------------------------------------------------------------------------------


_ALTERNATIVES = re.compile(r"\{([^{}]*)\}")
_RANGE = re.compile(r"(\d+)\.\.(\d+)")


def _expand(term: str) -> list[str]:
    """Every phrase a `{...}` pattern stands for: "gonfl{é,ée,és}", "pris {2..30} kilos".

    Lay wording multiplies by inflection (gender, number, tense), spelling and numbers; writing
    the variants as one pattern keeps the lexicon readable and complete (a missed plural is a
    missed report). `{a,b}` lists alternatives (`{,s}` makes a suffix optional) and `{2..30}`
    a range of integers. Expanded once, when the module loads: matching never sees a pattern.
    """
    match = _ALTERNATIVES.search(term)
    if match is None:
        return [term]
    head, tail = term[: match.start()], term[match.end() :]
    body = match.group(1)
    numbers = _RANGE.fullmatch(body)
    if numbers:
        options = [str(n) for n in range(int(numbers.group(1)), int(numbers.group(2)) + 1)]
    else:
        options = body.split(",")
    return [phrase for option in options for phrase in _expand(head + option + tail)]


def _terms(spec: str) -> tuple[str, ...]:
    """Lexicon entries written as one `|`-separated block: 40 terms read on 4 lines, not 40.

    Entries may hold `{...}` patterns (see `_expand`); duplicates are dropped, order is kept.
    """
    found: dict[str, None] = {}
    for raw in spec.split("|"):
        for phrase in _expand(" ".join(raw.split())):
            phrase = " ".join(phrase.split())
            if phrase:
                found.setdefault(phrase, None)
    return tuple(found)


# Reaction category -> lay terms. Categories are lay-level groupings close to MedDRA preferred
# terms, enough for a reviewer to triage; coding proper is the safety team's job. Terms are
# matched on folded words (case and accents do not matter: "gonflée" also covers "gonflee").
# A term that carries its own negation ("can't sleep", "zero sex drive", "plus aucune libido")
# must be written whole: a negation cue only counts when it ends before the reaction starts.
REACTIONS: dict[str, tuple[str, ...]] = {
    "skin rash": _terms(
        """
        plaques rouges | plaque rouge | plaques | des plaques partout | rougeurs | rougeur | boutons
        | des boutons | boutons rouges | bouton rouge | petits boutons | eruption | eruption cutanee
        | éruption cutanée | eczema | eczéma | peau rouge | peau qui pele | la peau qui brule |
        taches rouges | tâches rouges | tache rouge | couvert de boutons | couverte de boutons |
        couvert de plaques | couverte de plaques | pleins de boutons | plein de boutons | boutton |
        bouttons | boutons partout | plaques partout | rash | rashes | skin rash | red spots | red
        patches | red blotches | blotches | blotchy | bumps all over | broke out | broken out |
        breakout | rash spreading | itchy red bumps | red bumps | bumps | broke out in | spots all
        over | red rash | itchy rash | skin peeling | peeling skin | blisters | ampoules | cloques |
        dermatitis | dermatite | red and itchy | splotches | bubbles on my skin | raash | rach | red
        itchy patches | itchy patches | blotchy and hot | went all blotchy | rash all over | nasty
        rash | peau qui pèle | la peau qui pèle | poussée de boutons | acné | acne | taches sur la
        peau | plaques qui {grattent,démangent,brûlent} | plaque qui {gratte,démange} | boutons qui
        {grattent,démangent} | boutons de partout | plaques de partout | plein de plaques | pleins
        de plaques | éruptions | eruption de boutons | pustules | pustule | papules | boutons
        purulents | boutons blancs | boutons d'acné | poussée d'acné | acné qui explose | la peau
        {rouge vif,en feu,qui chauffe,qui cloque,qui suinte,qui desquame,à vif,qui part en
        lambeaux,qui s'arrache,qui pèle de partout,toute rouge,marbrée} | peau {rouge vif,en feu,qui
        chauffe,qui cloque,qui suinte,à vif,irritée,marbrée,qui craque} | rouge vif | ça suinte | ca
        suinte | suinte | suintent | suintant | croûtes | croutes | cloqué | cloquée | cloquent |
        desquamation | desquame | je pèle | pèle de partout | ça pèle | peler | toxidermie |
        érythème | erytheme | érythème polymorphe | syndrome de lyell | lyell | stevens johnson |
        syndrome dress | réaction cutanée | reaction cutanee | réactions cutanées | irritation |
        irritations | peau irritée | marbrures | zébrures | rouge comme une {tomate,
        écrevisse,pivoine} | rouge comme un homard | comme une fraise | fesses à vif | érythème
        fessier | taches brunes | taches blanches | rashy | breaking out | broke me out | broken out
        in | broke out all over | red dots | tiny red dots | little red dots | red bumps all over |
        pimples | zits | cystic acne | acne flare | acne breakout | breakouts | skin flared | skin
        flare | flare up of eczema | eczema flare | psoriasis flare | skin went red | skin turned
        red | bright red | beet red | lobster red | red as a tomato | skin {on fire,burning,is
        burning,was burning,is on fire,peeling off,is peeling off,sloughing off,went red,went
        blotchy,is raw,was raw,turned purple} | burning skin | peeling off | skin coming off |
        blistering | blistered | blister | weeping skin | oozing | crusty | scabs | scabby | skin
        reaction | skin reactions | skin irritation | irritated skin | contact dermatitis | drug
        rash | sjs | stevens-johnson | dress syndrome | purple spots | petechiae | skin
        discoloration | raw skin | skin issues | skin problems | problèmes de peau |
    """
    ),
    "urticaria": _terms(
        """
        urticaire | urticaires | plaques d'urticaire | crise d'urticaire | urticair | urticquaire |
        hives | hive | welts | piqures d'ortie | comme des piqures d'ortie | comme des piqûres de
        moustique partout | orties | ortie | roulée dans les orties | roulé dans les orties |
        plaques en relief | urticaria | hived up | hivey | welted | raised bumps | raised welts |
        raised red | raised red bumps | like mosquito bites all over | nettle rash | hives all over
        | covered in hives | hives everywhere |
    """
    ),
    "pruritus": _terms(
        """
        demangeaisons | démangeaisons | demangeaison | démangeaison | ça gratte | ca gratte | ça me
        gratte | ca me gratte | gratte partout | je me gratte | se gratte | il se gratte | elle se
        gratte | grattouille | prurit | demange | démange | ca me demange | itchy | itching |
        itchiness | itch | itchy all over | can't stop scratching | cant stop scratching |
        scratching all night | so itchy | itchyyy | itchyy | itchey | {qui,ça,ca}
        {gratte,grattent,grattait,démange,démangent,démangeait} | ça me {gratte, démange} de partout
        | gratte de partout | grattais | grattait | grattaient | se grattait {,partout} | me
        grattais | je me grattais | me gratter jusqu'au sang | gratté jusqu'au sang | grattée
        jusqu'au sang | m'arracher la peau | arracher la peau | grattouilles | ça pique partout |
        démangeaisons atroces | itches | itched | itching like mad | itchy as hell | itchy af |
        itchiest | scratching | scratched | scratch my skin off | scratching my skin off | clawing
        at my skin | skin crawling | skin is crawling | skin was crawling | bugs crawling | crawling
        under my skin | prickly | prickling | itching everywhere | itchy everywhere |
    """
    ),
    "angioedema / swelling": _terms(
        """
        gonflé | gonflée | gonflés | gonflées | gonfle | gonflement | gonflements | enflé | enflée |
        enflés | enflure | oedeme | œdème | oedème | odeme | oedeme de quincke | œdème de quincke |
        quincke | visage gonflé | levres gonflees | lèvres gonflées | yeux gonflés | gorge gonflée |
        langue gonflée | tout gonflé | gonflent | qui gonfle | qui gonflent | lèvres qui gonflent |
        puffy | all puffy | so puffy | swollen | swelling | swelled up | puffy face | face swelled |
        lips swelled | puffed up | angioedema | throat swelling | throat closing | throat closed up
        | tongue swelled | eyes swollen | doublé de volume | doublaient de volume | double de volume
        | chevilles gonflées | pieds gonflés | mains gonflées | swelled | swelled up like | ankles
        swelled | swollen ankles | swollen lips | lips swelling | puffed | paupières gonflées |
        langue qui gonfle | swollen tongue | tongue swelling | lèvres qui picotent | lips tingling |
        enflées | enfle | enflent | enflait | enflaient | enfler | a enflé | ont enflé | ont gonflé
        | a gonflé | gonflait | gonflaient | gonfler | bouffi | bouffie | bouffis | bouffies |
        visage {bouffi,enflé,déformé,tout rond} | yeux {bouffis,enflés,qui gonflent,fermés par le
        gonflement} | paupières {qui gonflent,enflées,bouffies,qui ont gonflé} | lèvres {enflées,
        énormes,qui enflent,qui ont gonflé,qui ont doublé} | grosses lèvres | langue {énorme,qui
        enfle,qui a gonflé,toute gonflée,épaisse} | bouche gonflée | gorge qui gonfle | jambes
        {gonflées,enflées,qui gonflent} | pieds {enflés,qui gonflent,qui enflent,comme des poteaux}
        | chevilles {enflées,qui gonflent,qui enflent,comme des poteaux} | mains {enflées, qui
        gonflent} | doigts {gonflés,boudinés,enflés} | rétention d'eau | retention d'eau | oedèmes |
        œdèmes | gonflé comme un ballon | gonflée comme un ballon | tête comme un ballon | visage
        comme un ballon | gonflé comme une baudruche | swell | swells | swell up | swells up |
        swelling up | swelled shut | swollen shut | eyes swelled shut | puffing up | puff up | puffs
        up | puffed up like | puffy eyes | eyelids {puffy,swollen,swelled,puffed up,like golf balls}
        | like golf balls | eyes like golf balls | face {ballooned,blew up,puffed up,is huge,went
        huge,got huge,swelled up,is swollen,was swollen} | ballooned | blew up like a balloon |
        swelled like a balloon | swelled up like a balloon | tongue {got huge,felt huge,feels
        huge,feels thick,felt thick,swelled up,was swollen,is swollen,got big,felt too big} | thick
        tongue | lips {got huge,blew up,are huge, were huge,swelled up,puffed up,doubled in size} |
        fat lip | fat lips | cankles | water retention | retaining water | fluid retention | edema |
        oedema | ankles {puffed up,puff up, like balloons,are swollen,were swollen} | feet {like
        balloons,swelled,swelled up,puff up, are swollen,were swollen} | elephant feet | sausage
        fingers | fingers swollen | swollen fingers | swollen feet | swollen legs | legs swelled |
        swollen face | swollen eyes | swollen eyelids | chipmunk cheeks | moon face | full moon face
        | my face is a full moon |
        | the size of grapefruits | the size of balloons | like balloons | like balloons | size of
        grapefruits | size of melons | like tree trunks | gros comme des {ballons,melons,poteaux} |
        comme des poteaux | éléphant | pattes d'éléphant | cankles | ballooned | puffed up like |
        gonfler | gonflaient | gonflait | gonflent | enflent | enflaient | enfler |
    """
    ),
    "allergic reaction": _terms(
        """
        allergie | allergies | allergique | réaction allergique | reaction allergique | une réaction
        | une reaction | fait une réaction | fait une reaction | grosse réaction | grosse reaction |
        alergie | allergi | alergique | allergic reaction | allergic | alergic | allergic rxn |
        reaction to | bad reaction | reacted badly | reacted | severe reaction | réaction violente |
        forte réaction | réagi | a réagi | fait une allergie | allergic reactions | reacting to |
        reaction from | allergy | alergy | allergic af | massive reaction | awful reaction |
        horrible reaction | terrible reaction | weird reaction |
    """
    ),
    "anaphylaxis": _terms(
        """
        choc anaphylactique | anaphylaxie | anaphylactique | anaphylaxis | anaphylactic |
        anaphylactic shock | epipen | epi pen | adrenaline | choc allergique | fait un choc | stylo
        d'adrénaline | anapen | went into anaphylaxis | went into shock | anaphylaxed | epinephrine
        | epi-pen |
    """
    ),
    "nausea": _terms(
        """
        nausées | nausees | nausée | nausee | nausé | nozée | envie de vomir | la gerbe |
        envie de gerber | mal au coeur | mal au cœur | écoeuré | ecoeure | barbouillé | barbouillée
        | barbouille | haut le coeur | haut-le-coeur | nausea | nauseous | nauseated | nausious |
        nauseus | nasty nausea | queasy | sick to my stomach | felt sick | feel sick | feeling sick
        | so sick | wanted to throw up | wanna throw up | want to throw up | dry heaving | gagging |
        retching | haut-le-cœur | bouche pâteuse | nauséeux | nauséeuse | nauséeuses | nozé |
        nausée permanente | envie de {rendre,dégueuler,degueuler,gerber,vomir partout} | gerbe
        permanente | écoeurement | écoeurée | écœurée | hauts le coeur | hauts-le-coeur | coeur au
        bord des lèvres | cœur au bord des lèvres | estomac {retourné,à l'envers,qui se retourne,en
        vrac} | ventre à l'envers | l'estomac à l'envers | mal au coeur en permanence | gerbos |
        gerbant | envie de vomir en permanence | feel so sick | felt so sick | feeling so sick |
        sick all day | queasiness | queezy | queesy | stomach {turning,churning,was churning,is
        churning,turned,flipping} | churning stomach | green around the gills | wanted to puke |
        want to puke | wanna puke | about to puke | almost threw up | nearly threw up | almost puked
        | nearly puked | gagged | made me gag | urge to vomit | nauseaus | naseous | nasueous |
        nauseas | naucious | nauseaous | nausiated | nauseousness | sick as a dog |
    """
    ),
    "vomiting": _terms(
        """
        vomi | vomis | vomit | vomir | vomissement | vomissements | vomie | vomissait | vomissent |
        a vomi | vomit partout | gerbé | gerbe | gerber | gerbait | gerbee | dégueulé | degueule |
        dégobillé | degobille | régurgite | rendu son repas | tout rendu | a tout rendu | vommi |
        vomie partout | vomited | vomiting | vomitting | vommiting | vomit | threw up | throwing up
        | throw up | thrown up | puked | puking | puke | barfed | barfing | hurled | hurling |
        spewed | threw up everywhere | projectile vomiting | vomitted | vomir en jet | vomi tripes
        et boyaux | puking my guts | puking my guts out | vomi mes tripes | vomissais | vomissions |
        vomissaient | vomisement | vomissemment | vomie tout | vomi tout | vomis tout | vomit tout |
        vomi en jet | vomissements en jet | gerbais | gerbé toute la nuit | gerbe tout | je gerbe |
        dégueuler | dégobiller | j'ai rendu | rendu {mon,son,tout son,tout mon} {repas,biberon,petit
        déj,petit dej,petit déjeuner,dîner,diner, déjeuner,goûter,dejeuner} | je rends {tout,mon
        petit déj,mon petit dej,mon repas} | rends {mon,tout mon} {petit déj,petit dej,repas,petit
        déjeuner} | il rend tout | elle rend tout | tout rendu | régurgitations | régurgité |
        régurgitait | recrache tout | vomi partout | vomit partout | vomir partout | vomi 3 fois |
        vomi deux fois | vomits | vomitted | threw up {everything,all over,twice,3 times,three
        times,my breakfast,my lunch,my dinner} | throws up | keeps throwing up | kept throwing up |
        puke my guts out | pukes | spewing | upchucked | upchucking | chucked up | ralphed | yakked
        | yacked | tossed my cookies | lost my {lunch,breakfast,dinner} | emptied my stomach |
        heaving | can't keep anything down | cant keep anything down | couldn't keep anything down |
        couldnt keep anything down | couldn't keep food down | can't keep food down | vomitting
        everywhere | projectile vomited | projectile vomit | sick everywhere | was sick everywhere |
        been sick twice |
    """
    ),
    "abdominal pain": _terms(
        """
        mal au ventre | mal au bide | maux de ventre | douleurs abdominales | douleur abdominale |
        crampes d'estomac | crampes au ventre | mal à l'estomac | mal a l'estomac | brûlures
        d'estomac | brulures d'estomac | ventre en vrac | ventre qui tourne | bide en vrac | mal o
        ventre | crampes abdominales | stomach ache | stomachache | stomach pain | stomach cramps |
        tummy ache | tummy hurts | belly ache | bellyache | stomach hurts | stomach hurt | cramps |
        abdominal pain | gut pain | stomach burning | heartburn | stomach is wrecked | stomach was
        wrecked | stomach upset | upset stomach | burning pain | brûlures | plié en deux | pliée en
        deux | acid reflux | reflux | aigreurs | ventre qui gargouille | bloating | gastric pain |
        ulcère | ulcer | douleurs {au ventre,à l'estomac,d'estomac,au bide} | douleur au ventre |
        maux d'estomac | ventre {en feu,qui brûle,qui me brûle,qui tire,en compote,tout dur,dur
        comme du bois,qui se tord} | estomac {en feu,qui brûle,qui me brûle,en compote,en vrac,qui
        se tord} | l'estomac qui brûle | le bide en feu | crampes {d'estomac,intestinales,au bide} |
        tordu de douleur | tordue de douleur | tordu en deux | tordue en deux | gargouillis |
        gargouille | des gaz | plein de gaz | flatulences | remontées acides | remontées gastriques
        | gastrite | ulcère à l'estomac | brûlures gastriques | pliée de douleur | plié de douleur |
        mal au bidou | mal au bide de ouf | stomach pains | stomach ache all day | tummy pain |
        tummy pains | belly pain | belly pains | {guts,stomach,belly,tummy} {on fire,were on
        fire,was on fire,is on fire,burning,in knots,killing me,is killing me,was killing me,hurts
        so bad} | burning in my stomach | stomach cramping | cramping | cramped up | gut cramps |
        gut wrenching | knots in my stomach | gassy | gas pains | so much gas | trapped gas |
        indigestion | gastritis | ulcers | stomach {tore up,torn up,destroyed,wrecked,is a
        mess,messed up,upset} | upset tummy | gut rot | bloated af | belly cramps | tummy cramps |
        stomach spasms | abdominal cramps | stomach issues | stomach problems | tummy issues |
        problèmes d'estomac | soucis d'estomac |
        | se tenant le ventre | se tient le ventre | se tenait le ventre | se tord de douleur | se
        tordait de douleur | se tordait | plié en deux | pliée en deux | holding {his,her,my}
        {tummy,stomach,belly} | doubled over | doubled up in pain | stomach cramps | tummy ache |
        crampes au ventre | crampes d'estomac |
    """
    ),
    "diarrhoea": _terms(
        """
        diarrhée | diarrhee | diarée | diaree | diarhée | diarhee | diahrée | la chiasse | chiasse |
        la courante | les fesses en feu | aux toilettes toute la nuit | diarrhea | diarrhoea |
        diarrea | diarhea | diarreah | the runs | the shits | on the toilet all night | loose stools
        | diarrhées | diarrhees | diarrhées à répétition | diarhées | diarés | diarrées | diarrée |
        diahrrée | courante | caca {liquide,mou,mous, liquides} | selles {liquides,molles,très
        molles} | ventre qui coule | je vis aux toilettes | vis aux toilettes | vit aux toilettes |
        aux toilettes {toute la journée,toutes les heures, non stop,H24,h24,sans arrêt} | sur le
        trône | cul en feu | courir aux toilettes | cours aux toilettes | couru aux toilettes |
        transit {accéléré,en vrac,en folie} | intestins en vrac | colite | la turista | diahrea |
        diarhhea | diarrhoea for days | diarea | diarhoea | the squirts | squirts | liquid poop |
        watery stool | watery stools | explosive diarrhea | explosive poops |
        {sprinting,running,racing,rushing,ran,sprinted} to the {bathroom,toilet,loo} | live in the
        bathroom | living in the bathroom | glued to the toilet | on the toilet all day | on the
        toilet nonstop | bowels {are a disaster,are a mess,went crazy} | urgent bathroom trips |
        bathroom trips | pooping nonstop | c diff | colitis | the trots | the scoots | shitting my
        brains out |
    """
    ),
    "constipation": _terms(
        """
        constipé | constipée | constipation | constipated | constipés | constipées | ventre bloqué |
        transit bloqué | plus de transit | bloqué du ventre | bloquée du ventre | pas allé à la
        selle | pas allée à la selle | pas été à la selle | arrive plus à aller aux toilettes |
        arrive pas à aller aux toilettes | ballonné et bloqué | backed up | totally backed up | so
        backed up | blocked up | bunged up | can't poop | cant poop | couldn't poop | couldnt poop |
        haven't pooped | havent pooped | hasn't pooped | hasnt pooped | can't go to the bathroom |
        cant go number 2 | constipated af | haven't gone in | havent gone in |
    """
    ),
    "dizziness": _terms(
        """
        vertiges | vertige | vertigineux | étourdissements | etourdissements | étourdissement |
        étourdie | étourdi | la tête qui tourne | tete qui tourne | tête qui tourne | la tete qui
        tourne | tout tourne | ça tourne | vertige | dizzy | dizziness | dizzyness | dizy |
        lightheaded | light headed | light-headed | room spinning | room was spinning | head
        spinning | woozy | vertigo | dizzy spells | perte d'équilibre | perdu l'équilibre | tituber
        | je titube | off balance | couldn't stand | voyais double | vision double | double vision |
        wobbly | unsteady | tête qui tangue | {les,des} jambes en coton | jambes en coton | jambes
        {coupées,molles,flageolantes,en compote,qui flageolent,en guimauve} | tiens à peine debout |
        tenais à peine debout | tient à peine debout | tenait à peine debout | tiens plus debout |
        tenais plus debout | tient plus debout | tenait plus debout | impossible de tenir debout |
        pouvais plus tenir debout | pouvait plus tenir debout | tête qui tourne grave | me tourne la
        tête | la tête me tourne | la tête qui tournait | tête qui tournait | tout tournait | ça
        tangue | ca tangue | tout tangue | comme sur un bateau | mal de mer | titube | titubais |
        titubait | déséquilibre | déséquilibré | déséquilibrée | sensation d'ivresse | comme
        {bourré,bourrée, ivre,saoul,saoule} | comme si j'étais bourrée | comme si j'étais bourré |
        étoiles devant les yeux | vu des étoiles | voile noir | tête légère | vertigineuse |
        étourdis | étourdissante | dizzy af | dizzyyy | dizzzy | lightheadedness | light headedness
        | head {was spinning,is spinning,spinning,spins,rush,rushes} | the spins | everything {was
        spinning,is spinning, spinning} | world spinning | world was spinning | legs {like
        jelly,turned to jelly,felt like jelly,went to jelly,gave out,gave way,went weak,felt like
        noodles} | jelly legs | weak in the knees | weak knees | saw stars | seeing stars |
        stumbling around | stumbling like | was stumbling | kept stumbling | staggering around |
        staggered around | swimmy | floaty | felt floaty | like i was on a boat | seasick | off
        kilter | unbalanced | couldn't stand up | could barely stand | can barely stand | dizzy
        spell | vertiginous | perd l'équilibre | perds l'équilibre | perdait l'équilibre | perdais
        l'équilibre | pertes d'équilibre | elle tombe tout le temps | il tombe tout le temps | tombe
        tout le temps | chutes à répétition | fait des chutes | fait plusieurs chutes | losing my
        balance | lost my balance | losing her balance | losing his balance | balance is off | keeps
        falling | kept falling | fell twice | had a fall | had falls | head rushes | head rush when
        i stand | tête lourde | la tête lourde | feel drunk | felt drunk | like i'm drunk |
        | flageole | flageolent | flageolait | flageolaient | flageolantes | flageolante | jambes
        qui flageolent | jambes en flanelle | jambes en guimauve |
    """
    ),
    "fainting": _terms(
        """
        malaise | fait un malaise | évanoui | évanouie | evanoui | evanouie | évanouissement | tombé
        dans les pommes | tombée dans les pommes | perdu connaissance | fainted | passed out |
        blacked out | fainting | collapsed | lost consciousness | fait une chute | chute | almost
        fainted | nearly fainted | tombé par terre | tombée par terre | malaises | malaises à
        répétition | malaise vagal | tombe dans les pommes | tombé dans les vapes | tombée dans les
        vapes | dans les vapes | perte de connaissance | perdu conscience | syncope | syncopes |
        s'est évanoui | s'est évanouie | me suis évanouie | me suis évanoui | évanouis |
        évanouissements | trou noir | tourné de l'oeil | tourne de l'oeil | tourné de l'œil | black
        out | black-out | blackout | s'est effondré par terre | effondrée par terre | effondré par
        terre | écroulée par terre | écroulé par terre | devenu tout blanc | devenue toute blanche |
        blanc comme un linge | blanche comme un linge | felt faint | feel faint | feeling faint |
        went faint | faints | passing out | pass out | passes out | nearly passed out | almost
        passed out | blacking out | black out | blackouts | collapsing | keeled over | keeling over
        | keels over | hit the floor | dropped to the floor | went limp | went floppy | syncope |
        syncopal | vasovagal | went white | white as a sheet | went grey | went gray | fell over |
        lost conscience |
    """
    ),
    "palpitations": _terms(
        """
        palpitations | palpitation | coeur qui bat | cœur qui bat | coeur qui s'emballe | cœur qui
        s'emballe | le coeur qui bat | coeur a 100 a l'heure | tachycardie | coeur qui cogne | heart
        racing | racing heart | heart was racing | heart pounding | pounding heart | heart
        palpitations | palps | tachycardia | heart beating fast | heart beating so fast | heart
        going crazy | heart skipping | heart is racing | heart was pounding | heart is pounding |
        heart racing like crazy | coeur qui s'accélère | coeur qui accelere | heart race | heart
        races | heart beating out of my chest | heart skip | heart skipped | coeur qui s'emballait |
        cœur qui s'emballait | coeur qui tape | cœur qui tape | crise cardiaque | heart attack |
        coeur qui bat à 150 | le cœur qui bat | heart flutter | heart fluttering | flutter |
        fluttering | {coeur,cœur} {qui bat fort,qui bat trop vite,qui bat vite,qui bat n'importe
        comment,qui fait des bonds,qui saute,qui rate des battements,qui fait n'importe quoi,qui
        part en vrille,qui pulse,qui tambourine,qui s'affole,qui s'affolait,qui cognait,qui tapait,à
        fond,a fond,en vrac,à 120,à 130,à 140,à 150,à 160,qui bat la chamade,qui palpite,qui
        s'accélérait,qui s'arrête,qui s'emballent} | battait la chamade | bat la chamade | rate des
        battements | ratés cardiaques | extrasystoles | extrasystole | arythmie | arythmies | tachy
        | pouls {à 120,à 130,à 140,qui s'emballe,rapide,qui s'affole} | palpite | palpitais |
        palpitations de ouf | coeur de ouf | heart {doing flips,flipping,flip
        flopping,flopping,skipping beats,skipped a beat,skips beats,missing
        beats,thumping,hammering,was hammering,is hammering,banging,racing all day, going a mile a
        minute,going 140,going 150,rate through the roof,rate shot up,rate is through the roof,rate
        went up,rate spiked,rate was 140,was beating,is beating,beating so hard,going like
        crazy,feels weird,felt weird,is all over the place,fluttering like crazy,flutter like
        crazy,race so bad} | heart s {racing,pounding,been racing,been pounding, going a mile a
        minute,going crazy,beating out of my chest,doing flips,skipping} | skipping beats | skipped
        beats | skipped a beat | missed beats | extra beats | irregular heartbeat | irregular heart
        beat | irregular heartbeats | pulse {racing,was racing,is racing,through the roof,shot
        up,was 140} | racing pulse | a mile a minute | thumping heart | chest pounding | pounding
        chest | afib | a fib | a-fib | arrhythmia | arrhythmias | svt | pvcs | heart palps |
        palpatations | palpitaions | bpm |
    """
    ),
    "blood pressure change": _terms(
        """
        tension {qui monte,qui a grimpé,qui a explosé,à 18,à 17,à 19,à 20,qui chute,qui a chuté, qui
        baisse,très basse,au plancher,dans les chaussettes} | poussée de tension | poussée
        d'hypertension | hypotension orthostatique | chute de tension | blood pressure {shot
        up,spiked,went up,went through the roof,is through the roof,dropped,
        crashed,tanked,skyrocketed,bottomed out} | bp {shot up,spiked,through the roof,went through
        the roof,dropped,crashed,tanked,is sky high} | pressure spiked | orthostatic hypotension |
    """
    ),
    "insomnia": _terms(
        """
        insomnie | insomnies | pas dormi | pas fermé l'oeil | pas ferme l'oeil | impossible de
        dormir | peux plus dormir | arrive plus à dormir | arrive plus a dormir | nuit blanche |
        nuits blanches | dors plus | dort plus | insomnia | couldn't sleep | couldnt sleep | can't
        sleep | cant sleep | cannot sleep | no sleep | didn't sleep | didnt sleep | up all night |
        wide awake | dormais plus | dormait plus | dors pas de la nuit | dort pas de la nuit | dormi
        que {1..4}h | dormi {1..3}h | ferme plus l'oeil | fermé l'oeil de la nuit | pas fermé l'œil
        | trouve plus le sommeil | trouve pas le sommeil | trouvait plus le sommeil | trouvait pas
        le sommeil | impossible de trouver le sommeil | impossible de m'endormir | impossible de
        s'endormir | sommeil {pourri,haché,agité,en vrac,détruit,en miettes} | réveils nocturnes |
        réveillé toutes les nuits | réveillée toutes les nuits | me réveille {toutes les nuits,à
        3h,à 4h,à 2h,toutes les heures} | réveillé à {2h,3h,4h} | réveillée à {2h,3h,4h} | debout à
        {2h,3h,4h} | arrive pas à dormir | arrive pas a dormir | arrive plus à m'endormir | arrivais
        pas à dormir | arrivais plus à dormir | arrivait plus à dormir | peux pas dormir | pouvais
        pas dormir | pouvais plus dormir | pouvait plus dormir | du mal à dormir | du mal à
        m'endormir | du mal à trouver le sommeil | les yeux grands ouverts | éveillé toute la nuit |
        éveillée toute la nuit | réveillé toute la nuit | réveillée toute la nuit | insomniaque |
        nuit blanche sur nuit blanche | dors mal | dort mal | dormi {2,3} heures | can not sleep |
        unable to sleep | haven't slept | havent slept | hardly slept | barely slept | barely
        sleeping | not sleeping | zero sleep | awake all night | up all night long | lying awake |
        laying awake | tossing and turning | staring at the ceiling | so wired | wired at
        {2am,3am,4am,2,3,4,night,midnight} | wired all night | tired but wired | totally wired |
        {awake,up} at {2am,3am,4am,5am} | {2am,3am,4am} every night | insomniac | sleep
        {problems,issues,is ruined,is wrecked,is destroyed,is shot} | ruined my sleep | wrecked my
        sleep | can't {stay,fall} asleep | cant {stay,fall} asleep | couldn't {stay,fall} asleep |
        couldnt {stay,fall} asleep | trouble {sleeping,falling asleep,staying asleep} | waking up
        {every hour,at 3am,at 4am,all night} | woke up every hour | slept {1,2,3} hours | sleepless
        | sleepless nights | can t sleep | impossible de fermer l'oeil | impossible de fermer l'œil
        | peux plus fermer l'oeil |
        | wired | so wired | haven't slept | haven't slept more than | pas dormi plus de | dors plus
        que | dormi que | sleep is gone | can't switch off | cerveau qui tourne à 100 à l'heure |
    """
    ),
    "somnolence": _terms(
        """
        somnolence | somnolent | somnolente | somnolant | endormi | endormie | ensuqué | ensuquée |
        dans le coltard | dans le gaz | shooté | shootée | assommé | assommée | comateux | hyper
        fatigué | zombie | ko toute la journée | drowsy | drowsiness | sleepy | knocked me out |
        knocked out | groggy | zonked | out of it | like a zombie | knocked him out | knocked her
        out | knocked me out cold | zonked out | snoring on the couch | dormi 14h | dormi toute la
        journée | impossible à réveiller | impossible de la réveiller | impossible de le réveiller |
        arrivais pas à la réveiller | arrivais pas à le réveiller | tout mou | toute molle | tout
        molle | mou et pâle | ko | mis ko | slept for | slept 16 hours | couldn't wake | can't wake
        him | can't wake her | so groggy | hit by a truck | sedated | sleeping all day | toute
        bizarre | tout bizarre | molle | ne répondait plus | ne répondait presque plus | répondait
        plus | état second | dans un état second | drunk | felt drunk | somnolents | somnolentes |
        endormis | ensuqués | shootés | dans le {pâté,cirage,potage, brouillard total,coaltar} |
        dans les choux | suis stone | était stone | trop stone | stone toute la journée | stoned |
        défoncé | défoncée | raide défoncé | complètement {à
        l'ouest,stone,shootée,shooté,ensuquée,ensuqué,HS,assommée, assommé,dans le gaz} | à l'ouest
        | a l'ouest | dormir debout | dors debout | dormais debout | dort debout | piqué du nez |
        pique du nez | piquer du nez | piquais du nez | piquait du nez | zombi | zombies | comme un
        {légume,zombie,zombi,mort vivant} | comme une {larve, loque,zombie,morte} | un vrai légume |
        transformé en légume | transformée en légume | loque humaine | une vraie loque | vaseux |
        vaseuse | ramollo | ramollie | ramolli | au radar | dans la brume | m'endors partout |
        m'endormir partout | endors partout | s'endort partout | endormie toute la journée | endormi
        toute la journée | dormi {12..20}h | dormi {12..20} heures | dors {10..16}h | dort {10..16}h
        | dormir {10..16}h | envie de dormir toute la journée | tout le temps envie de dormir |
        somnolé | yeux qui se ferment tout seuls | drowsy af | drowsiness all day | sleepy all day |
        so sleepy | super sleepy | grogginess | groggy af | knocked me on my ass | knocked on my ass
        | out cold | zombified | zombie mode | zombie like | zombie-like | space cadet | spacey |
        spacy | spaced out | spacing out | {wading,walking,moving} through {molasses,treacle,mud} |
        in a daze | dazed | in a fog | can't stay awake | cant stay awake | couldn't stay awake |
        couldnt stay awake | barely stay awake | can't keep my eyes open | couldn't keep my eyes
        open | cant keep my eyes open | nodding off | nodded off | dozing off | dozed off | falling
        asleep at | fell asleep at | keep falling asleep | kept falling asleep | yawning | yawning
        nonstop | hungover | hung over | felt hungover | doped up | drugged | felt drugged | heavily
        sedated | half asleep | high as a kite | felt high | loopy | zoned out | zoning out |
        comatose | catatonic | sluggish | slept {12..24} hours | slept for {12..24} hours | slept
        all day | sleeping {12,14,15,16} hours | dead to the world | couldn't wake up | could not
        wake up | hard to wake | knocks me out cold | like a truck hit me | hit by a bus | run over
        by a truck | walking corpse | like a corpse | string a sentence together | can't string a
        sentence | couldn't form sentences | so dumb | makes me dumb | dumb as a rock | dopey |
        forget words | forgetting words | lose my words | cherche mes mots | perds mes mots |
        brouillard | un brouillard | dans un brouillard | brouillard total | dans le flou |
        complètement dans le flou | la tête dans le pâté | à côté de mes pompes | à côté de la
        plaque | dans les vapes toute la journée | je me traîne | me traîne toute la journée |
        bâillements | bâille | baille tout le temps | bâillements à n'en plus finir | bâille sans
        arrêt |
        | knocks me out | knocks him out | knocks her out | knocks my
        {husband,wife,son,daughter,kid} out | knocked my {husband,wife,son,daughter,kid} out |
        knocks me flat | slept through {my,his,her,the,two,three,both,all my,all his,all her}
        {alarm,alarms} | sleep through {my,his,her,the} {alarm,alarms} | sleeping through
        {my,his,her,the} {alarm,alarms} | n'entend pas son réveil | n'entends pas mon réveil |
        entendu le réveil | pas entendu mon réveil | pas entendu le réveil | dormi malgré le réveil
        | tête comme dans du coton | tête dans le coton | comme dans du coton | dans du coton | dans
        le coltar | la tête dans du coton | still felt drugged | felt drugged | felt hungover all
        day | hangover all day | gueule de bois toute la journée |
    """
    ),
    "fatigue (weak)": _terms(
        """
        fatigue | fatigué | fatiguée | crevé | crevée | épuisé | épuisée | claqué | tired |
        exhausted | wiped out | fatigued | lethargic | drained | fatigués | crevés | épuisés |
        épuisement | claquée | lessivé | lessivée | vidé | vidée | naze | nase | sur les rotules | à
        plat | coup de barre | coups de barre | gros coup de barre | plus d'énergie | aucune énergie
        | zéro énergie | plus aucune énergie | raplapla | mou comme une chiffe | fatigue écrasante |
        fatigue intense | extrêmement fatiguée | hs | so tired | exhaustion | wiped | run down |
        rundown | no energy | zero energy | knackered | shattered | dead tired | bone tired | energy
        {zapped,gone,is gone,tanked,crashed} | zapped my energy | zero motivation | weak | weakness
        | lethargy | tired all the time |
        | amorphe | sans force | plus de force | aucune force | vidé de toute énergie | vidée de
        toute énergie | sur le flanc | à bout de force | ko | k o | no energy at all | flattened |
        knocked me flat | knocked flat | floored |
    """
    ),
    "headache (weak)": _terms(
        """
        mal de tête | mal de tete | mal à la tête | mal a la tete | maux de tête | maux de tete |
        migraine | migraines | mal au crâne | mal au crane | mal o crane | céphalée | cephalee |
        céphalées | headache | headaches | migraine | head pounding | pounding head | splitting
        headache | mal de crâne | mal de crane | pounding headache | crâne qui explose | mal à la
        tête de ouf | la tête dans un étau | tête dans un étau | tête qui explose | la tête qui
        explose | crâne qui va exploser | tête comme une pastèque | casque sur la tête | migraineuse
        | migraineux | mal au casque | migraines atroces | tête qui cogne | tête qui tape | head {is
        pounding,was pounding,is killing me,was killing me,killing me,exploding,feels like it's
        going to explode,throbbing,is throbbing,hurts,hurt} | throbbing head | throbbing headache |
        headachy | skull splitting | thunderclap headache | migrane | migranes | headach | hedache |
        head ache | pressure in my head | head pressure | pression dans la tête | tête qui bourdonne
        | head is buzzing |
    """
    ),
    "fever (weak)": _terms(
        """
        fièvre | fievre | fiévre | fever | feverish | de la température | température | fébrile |
        grelotte | grelottait | grelottais | grelotter | poussée de fièvre | fièvre de cheval | 39
        de fièvre | 40 de fièvre | temperature | running a temp | spiked a fever | spiking a fever |
        high fever | fevers | spiked a {100,101,102,103,104,105} fever | {100,101,102,103,104,105}
        fever | fever of {100,101,102,103,104,105} | {38,39,40,41} de fièvre | fièvre à
        {38,39,40,41} |
    """
    ),
    "cough (weak)": _terms(
        """
        toux | tousse | toux sèche | tickly cough | cough | coughing | cough that won't go away |
        tousser | toussé | toussait | quintes de toux | quinte de toux | coughs | coughed | hacking
        cough | coughing fits |
    """
    ),
    "pain (weak)": _terms(
        """
        mal partout | douleurs partout | mal au dos | mal de dos | douleurs dorsales | courbatures |
        courbaturé | courbaturée | hurts everywhere | aching all over | body aches | body ache |
        achy | achey | back pain | back ache | backache | sore all over |
    """
    ),
    "feeling unwell (weak)": _terms(
        """
        felt like death | feel like death | feeling like death | felt like crap | feel like crap |
        felt like shit | feel like shit | feel like garbage | felt like garbage | felt awful | feel
        awful | feeling awful | felt terrible | feel terrible | feeling terrible | felt horrible |
        feel horrible | feeling horrible | felt so bad | feel so bad | felt off | feel off | felt
        weird | feel weird | feeling weird | felt strange | feel strange | felt out of it | sick as
        hell | patraque | pas bien du tout | mal foutu | mal foutue | mal fichu | mal fichue | pas
        dans mon assiette | comme une merde | comme une loque | sensation bizarre | sensation
        étrange | impression de mourir | cru mourir | j'ai cru que j'allais mourir | thought i was
        dying | thought i was going to die | felt like i was dying |
    """
    ),
    "convulsion": _terms(
        """
        convulsion | convulsions | convulsé | convulse | crise convulsive | crise d'épilepsie |
        crise d'epilepsie | spasmes | tremblements | tremble | tremblait | il tremblait | elle
        tremblait | seizure | seizures | seized | convulsing | had a fit | convulsed | shaking
        uncontrollably | tremors | twitching | spasms | mouvements involontaires | mouvements de la
        mâchoire | tics | tremblent | mains qui tremblent | trembler | tremblote | shaking | shaky |
        hands shaking | won't stop shaking | jerking | convulser | convulsait | convulsé | convulsée
        | crise épileptique | crises d'épilepsie | épilepsie | tétanie | crise de tétanie |
        spasmophilie | crise de spasmophilie | mains crispées | crispé | crispée | crispations |
        yeux révulsés | yeux qui se révulsent | révulsé | révulsés | tout raide | toute raide |
        membres raides | raide comme un piquet | secousses | secoué de spasmes | tremblais |
        tremblaient | tremblotait | tremblote | tremble comme une feuille | tremblait comme une
        feuille | tremblements incontrôlables | tic | myoclonies | dyskinésie | dyskinésies |
        mouvements anormaux | contractures | torticolis | dystonie | mâchoire bloquée | mâchoire qui
        se bloque | langue qui sort | seizing | seizured | had fits | having fits | convulsions |
        the shakes | got the shakes | tremor | tremoring | trembling | shaking like a leaf | shook
        uncontrollably | twitchy | twitches | muscle twitches | muscle twitching | body jerks |
        muscle jerks | jerky movements | eyes rolled back | eyes rolling back | went stiff | stiff
        as a board | body went rigid | went rigid | locked jaw | lockjaw | jaw locked | dystonia |
        dystonic reaction | tardive dyskinesia | tics | hands {shake,shook,won't stop shaking,are
        shaking,were shaking,trembling,tremble} | grand mal | tonic clonic | absence seizure |
        | twitch | a twitch | jaw twitch | eye twitch | eye twitching | face twitching | lip
        smacking | tongue thrusting | involuntary movements | tremblements dans les mains |
        tremblements des mains | mains qui tremblotent | tremblote des mains | spasmes dans | tics
        nerveux | tic nerveux |
    """
    ),
    "breathing difficulty": _terms(
        """
        du mal à respirer | du mal a respirer | mal à respirer | mal a respirer | difficultés à
        respirer | difficultes a respirer | essoufflé | essoufflée | souffle court | respirait mal |
        suffoque | étouffer | etouffer | gorge serrée | gorge qui se serre | sifflement | couldn't
        breathe | could not breathe | cant breathe | can't breathe | trouble breathing | hard to
        breathe | short of breath | shortness of breath | wheezing | chest tight | tight chest |
        struggling to breathe | crise d'asthme | asthma attack | chest went tight | my chest went
        tight | gorge qui gratte et qui serre | respirer | gorge {qui se resserre,qui se
        resserrait,qui serre,qui serrait,qui se serrait,qui se ferme, qui se
        fermait,nouée,fermée,bloquée,qui se bouche} | étouffais | étouffait | étouffé | étouffée |
        étouffement | sensation d'étouffer | sensation d'étouffement | manquais d'air | manquait
        d'air | manque d'air | manquer d'air | manqué d'air | respire plus | respirait plus |
        respirais plus | arrivais plus à respirer | arrivait plus à respirer | arrive plus à
        respirer | arrive pas à respirer | pouvais plus respirer | pouvait plus respirer | peux plus
        respirer | peux pas respirer | pouvais pas respirer | pouvait pas respirer | respire mal |
        respirais mal | respirer difficilement | respiration sifflante | respiration difficile |
        siffle | sifflait | sifflements | bronchospasme | essoufflement | essoufflés | à bout de
        souffle | souffle coupé | le souffle coupé | oppression | oppressé | oppressée | poitrine
        {serrée,oppressée,qui serre,dans un étau,qui se serre} | poids sur la poitrine | lèvres
        {bleues,violettes,qui bleuissent} | devenu bleu | devenue bleue | cyanosé | cyanosée |
        asphyxie | détresse respiratoire | crise d'asthme sévère | suffoquait | suffoquais | cant
        breath | can't breath | couldn't breath | couldnt breathe | couldnt breath | breathing
        {weird,funny,fast,hard,was weird,was hard,got hard,got weird,was shallow,shallow} |
        struggled to breathe | struggling for air | gasping | gasping for air | gasping for breath |
        out of breath | winded | wheezy | wheeze | wheezed | chest tightness | tightness in my chest
        | chest {felt tight,feels tight,got tight,was tight,is tight,tightened up,closing up} |
        throat {tight,tightening,getting tight,got tight,felt tight,feels tight,was closing,was
        closing up,closing up,closed,started closing,started getting tight,tightened,tightened up,
        felt like it was closing} | airway closing | lips {turned blue,went blue,were blue,blue} |
        turned blue | went blue | blue lips | stopped breathing | not breathing | bronchospasm |
        breathless | breathlessness | hard time breathing | difficulty breathing | labored breathing
        | laboured breathing | respiratory distress | couldn't catch my breath | can't catch my
        breath | cant catch my breath |
    """
    ),
    "emergency care": _terms(
        """
        urgences | aux urgences | les urgences | samu | appelé le 15 | appele le 15 | hospitalisé |
        hospitalisée | hosto | l'hopital | l'hôpital | anti poison | centre antipoison | centre
        anti-poison | a&e | the er | to the er | in the er | emergency room | hospital |
        hospitalized | ambulance | called 911 | poison control | urgent care | réa | en réa |
        réanimation | en urgence | pompiers | appelé les pompiers | appelé le samu | appelé le 112 |
        hospitalisation | hôpital | sos médecins | médecin de garde | soins intensifs | urgence |
        hospitalisés | er now | at the er | ended up in the er | ended up in hospital | icu | the
        icu | got admitted | paramedics | ems | hospitalised | the hospital | call 911 | 911 | the
        ed |
    """
    ),
    "mood / psychiatric": _terms(
        """
        idées noires | idees noires | angoisses | crises d'angoisse | crise d'angoisse | attaque de
        panique | attaques de panique | cauchemars | agressif | agressive | irritable | sautes
        d'humeur | déprime | déprimé | déprimée | panic attack | panic attacks | anxiety attacks |
        nightmares | mood swings | depressed | aggressive | agitated | brain fog | foggy | trucs
        bizarres | agité | agitée | restlessness | restless | couldn't sit still | no memory | aucun
        souvenir | sleepwalking | somnambule | angry | en colère | pleurer sans s'arrêter | pleure
        sans arrêt | crying nonstop | numb | dépression | depression | anxious | anxiety | anxiété |
        crise de panique | m'énerve pour un rien | s'énerve pour un rien | rêves de malade | trous
        de mémoire | j'oublie tout | moral dans les chaussettes | plus de moral | memory loss |
        memory gaps | jittery | jitters | vivid dreams | weird dreams | rêves bizarres | angoissé |
        angoissée | angoissés | crises de panique | attaques de panique | anxieux | anxieuse | boule
        au ventre | la boule au ventre | sur les nerfs | à cran | a cran | à fleur de peau | a fleur
        de peau | nerfs à vif | les nerfs à vif | irritabilité | énervé | énervée | je m'énerve |
        crises de colère | accès de colère | colérique | agressivité | violent | violente | pleure
        pour un rien | pleure tout le temps | pleurer tout le temps | pleurais tout le temps |
        pleurait tout le temps | pleure sans raison | crises de larmes | crise de larmes | moral à
        zéro | moral au plus bas | au fond du trou | plus envie de rien | envie de rien | je me sens
        vide | sens vide | vide à l'intérieur | émoussée | émoussé | anesthésiée | anesthésié | plus
        d'émotions | aucune émotion | zéro émotion | apathique | apathie | humeur en dents de scie |
        changements d'humeur | change d'humeur | lunatique | parano | paranoïa | paranoïaque |
        cauchemar | terreurs nocturnes | rêves {étranges,bizarres,très réalistes,hyper réalistes,de
        fou,de ouf} | agitation | impatiences | jambes sans repos | syndrome des jambes sans repos |
        tenir en place | tient pas en place | tiens pas en place | tenais pas en place | tenait pas
        en place | rester en place | bougeotte | surexcité | surexcitée | excité comme une puce |
        speed | speedé | speedée | sous speed | tourne en rond | tournait en rond | brouillard
        mental | cerveau dans le brouillard | tête dans le brouillard | dans le brouillard | tête
        dans le coton | la tête dans le coton | du mal à me concentrer | plus de concentration |
        perte de mémoire | mémoire de poisson rouge | bad trip | dépersonnalisation | déréalisation
        | hors de mon corps | à côté de mon corps | plus moi-même | plus moi même | me reconnais
        plus | le reconnais plus | la reconnais plus | me reconnait plus | reconnait plus |
        reconnaît plus | changé de caractère | caractère de cochon | crise de nerfs | crises de
        nerfs | attaques de panique | stressé en permanence | nervosité | hypersensible | déprimés |
        idées sombres | pensées noires | dépressif | dépressive | triste à mourir | compulsions |
        addiction au jeu | jeu compulsif | achats compulsifs | hypersexualité | panicky | on edge |
        edgy | jumpy | constant dread | dread | sense of doom | impending doom | irritability |
        snappy | snapping at everyone | short fuse | fits of rage | rage attacks | so angry | anger
        | anger issues | angry mess | meltdown | meltdowns | tantrums | tantrum | aggression |
        violent outbursts | outbursts | moody | emotional wreck | crying {all the
        time,constantly,for no reason,every day,nonstop} | cry all the time | cried for no reason |
        weepy | tearful | depressive | low mood | mood {crashed,tanked,dropped,is all over the
        place} | hopeless | felt hopeless | feel hopeless | emotionally numb | emotionally flat |
        feel flat | felt flat | so flat | blunted | emotional blunting | no emotions | zero emotions
        | can't feel anything | cant feel anything | couldn't feel anything | couldn't cry | couldnt
        cry | can't cry | apathy | apathetic | don't care about anything | not myself | not herself
        | not himself | wasn't myself | wasnt myself | isn't herself | isn't himself | a different
        person | personality change | personality changed | paranoid | paranoia | can't think
        straight | cant think straight | couldn't think straight | can't concentrate | couldn't
        concentrate | forgetful | memory {issues,problems,is shot,is gone} | went hyper | super
        hyper | so hyper | totally hyper | got hyper | really hyper | bouncing off the walls | manic
        | mania | hypomanic | hypomania | euphoric | restless legs | akathisia | pacing | can't sit
        still | cant sit still | couldnt sit still | jumping out of my skin | crawl out of my skin |
        crawling out of my skin | night terrors | crazy dreams | insane dreams | bad dreams | vivid
        nightmares | dissociating | dissociation | dissociated | detached | depersonalization |
        derealization | outside my body | out of body | felt unreal | sleep walking | sleep driving
        | sleep-driving | sleep eating | sleep-eating | no memory of | no recollection | binge
        eating | compulsive gambling | gambling urges | hypersexual | intrusive thoughts | dark
        place | wired and jittery | anxiety through the roof | anxious af | panicking all the time |
        jittery af | not eating and crying | crying at | crying over | crying every | crying spells
        | crying jags | snapping at | snapped at | lashing out | mean to everyone | the crash |
        comedown | come down | rebound | inconsolable | wouldn't stop
        screaming | wouldnt stop screaming | won't stop screaming | screamed for hours | screaming
        for hours | cried for hours | crying for hours | high pitched crying | cri strident | hurlé
        toute la nuit | hurlé pendant des heures | pleuré toute la nuit | pleurs inconsolables |
        pleure sans arrêt depuis | complètement éteint | complètement éteinte | rigole plus | joue
        plus | sourit plus | zombie mode | emotionless | pas d'émotions | tout éteint | toute
        éteinte | il est éteint | elle est éteinte | pile électrique | une pile électrique |
        survolté | survoltée | tout excité | toute excitée | excité comme jamais | pète les plombs |
        pète un câble | pété les plombs | pété un câble | j'ai les nerfs | le cafard | le bourdon |
        à bout de nerfs | boule de nerfs | envie de tout casser | envie de tout envoyer balader |
        humeur de chien | humeur de merde | une humeur de | de mauvaise humeur | mauvaise humeur |
        m'énerve sur tout le monde | m'énerve sur tout | je m'énerve sur | ressens plus rien | je
        ressens plus rien | déconnecté | déconnectée | dans ma bulle | l'impression d'être ailleurs
        | pensées bizarres | idées bizarres | sleep paralysis | paralysie du sommeil | slurred
        speech | slurring my words | slurring | stuttering | can't get my words out | word finding |
        bégaie | bafouille | problèmes d'élocution | élocution | mood is awful | foul mood | in a
        terrible mood | grumpy all the time | bitchy | mood issues | mood problems | problèmes
        d'humeur | plus aucune envie | aucune envie de rien | ressens plus aucune envie | plus envie
        de sortir | ni faim ni libido | ni envie ni | lost interest in everything | lost all
        interest | no motivation | zero motivation for anything | crises de rage | accès de rage |
        in a rage | roid rage | rage fits |
        | s'est mise à pleurer | s'est mis à pleurer | se met à pleurer | s'est mis à hurler | s'est
        mise à hurler | started crying | burst into tears | bursting into tears | crying one minute
        | moods are all over the place | moods all over the place | mood all over the place | moods
        {are ,were} all over | all over the place emotionally | emotionally all over the place | up
        and down emotionally | furious the next | angry the next | furious for no reason | furieux
        pour un rien | furieuse pour un rien | pète un plomb | pétait des plombs | pleure devant |
        pleurais devant | pleure pour des | je pleurais | en larmes | cry at | cried at | cry over |
        cried over | crying over nothing | over nothing | pour rien du tout | pas moi-même | plus
        moi | me sens plus moi | ne me reconnais plus | méconnaissable | unrecognizable | not the
        same person | pas la même personne | flat affect | tout plat émotionnellement | zombie
        émotionnel | emotional zombie | down in the dumps | au trente-sixième dessous | à plat
        moralement | moral à plat | broyé du noir | broie du noir | idées noires |
    """
    ),
    "suicidal thoughts": _terms(
        """
        suicidaire | suicidaires | idées suicidaires | idée suicidaire | pensées suicidaires |
        pensée suicidaire | envie de mourir | envies de mourir | envie d'en finir | veux en finir |
        voulais en finir | voulait en finir | me foutre en l'air | se foutre en l'air | tentative de
        suicide | fait une ts | veut mourir | voulait mourir | veux mourir | voulais mourir | plus
        envie de vivre | envie de disparaître | me faire du mal | se faire du mal | scarifications |
        scarifie | automutilation | idées de suicide | pensées de mort | idées de mort | suicidal |
        suicidal thoughts | suicidal ideation | thoughts of suicide | wants to die | wanted to die |
        want to die | wanna die | wish i was dead | wished i was dead | wish i were dead | kill
        myself | killing myself | kill himself | kill herself | end it all | ending it all | self
        harm | self-harm | self harming | selfharm | hurting myself | want to hurt myself | wanted
        to hurt myself | urges to hurt myself | unalive | unaliving | didn't want to be here anymore
        | don't want to be here anymore | dont want to be here anymore | didn't want to live | don't
        want to live | thoughts of dying | dark thoughts | suicide attempt |
    """
    ),
    "hallucinations / confusion": _terms(
        """
        hallucinations | hallucine | hallucinating | seeing things | seeing bugs | confus | confuse
        | confusion | confused | désorienté | désorientée | trucs bizarres la nuit | hallucinait |
        hallucinais | halluciné | hallucinée | hallucination | hallu | hallus | voit des choses |
        voyait des choses | voir des choses | vois des choses | vois des {araignées,
        insectes,bêtes,gens,trucs} | voyait des {araignées,insectes,bêtes,gens,trucs} | voit des
        {araignées,insectes,bêtes,gens,trucs} | araignées au plafond | bêtes sur les murs | entendre
        des voix | entend des voix | entendais des voix | des trucs qui existent pas | qui existent
        pas | qui n'existent pas | qui existaient pas | délirait | délirer | il délire | elle délire
        | je délirais | en plein délire | désorientés | confuse et agitée | complètement
        {perdu,perdue,confus,confuse, désorienté,désorientée} | toute perdue | tout perdu dans sa
        tête | savait plus où {il,elle} était | sais plus où je suis | savais plus où j'étais | dit
        n'importe quoi | disait n'importe quoi | raconte n'importe quoi | racontait n'importe quoi |
        parlait tout seul | parle tout seul | incohérent | incohérente | propos incohérents | nous
        reconnaissait plus | me reconnaissait plus | reconnaissait plus personne | somnambulisme |
        crises de somnambulisme | hallucinated | hallucinate | hallucinations at night | saw things
        | seeing {spiders, shadows,stuff} | saw {bugs,spiders,shadows} | hearing voices | heard
        voices | things that {weren't,werent,wasn't,were not} there | stuff that wasn't there |
        delirious | delirium | delusional | delusions | disoriented | disorientated | talking
        nonsense | making no sense | didn't know where {he,she,i} was | didnt know where {he,she,i}
        was | didn't recognize | didn't recognise | out of {his,her,my} mind | psychotic | psychosis
        | trippy | tripping balls | sais même plus ce que j'ai fait | sais plus ce que j'ai fait |
        me souviens plus de rien | me souviens de rien | souviens de rien | me rappelle plus de rien
        | rappelle de rien | trou de mémoire | zero memory | zero memory of | sleep texted |
        sleep-texted | sleep texting | sleep-texting | sleep eating | sleep walked | sleepwalked |
        no idea what i did | don't remember anything | dont remember anything | can't remember
        anything | blank memory |
        | don't remember any of it | dont remember any of it | do not remember any of it | remember
        none of it | remember nothing | no memory of it | zero memory of it | aucun souvenir de | me
        souviens de rien | me rappelle de rien | blackout | black out | blacked out | trou noir |
    """
    ),
    "sexual dysfunction": _terms(
        """
        libido à zéro | libido | no libido | can't get hard | troubles de l'érection | libido zéro |
        plus de libido | plus aucune libido | aucune libido | zéro libido | baisse de libido | perte
        de libido | libido en berne | libido au plus bas | libido dans les chaussettes | troubles
        érectiles | dysfonction érectile | impuissance | impuissant | bande plus | arrive plus à
        bander | arrivait plus à bander | pannes au lit | panne au lit | sécheresse vaginale | plus
        de désir | aucun désir | zéro désir | plus envie de faire l'amour | anorgasmie | arrive plus
        à jouir | plus d'orgasme | éjaculation retardée | priapisme | érection douloureuse | zero
        libido | low libido | libido {tanked,is gone,is dead,died,crashed,went to zero} | sex drive
        | zero sex drive | no sex drive | low sex drive | killed my {sex drive,libido} | cant get
        hard | couldn't get hard | couldnt get hard | can't get it up | cant get it up | couldn't
        get it up | erectile dysfunction | impotent | impotence | can't orgasm | cant orgasm |
        couldn't orgasm | anorgasmia | delayed orgasm | no orgasm | numb down there | vaginal
        dryness | priapism | painful erection | erection that wouldn't go away | dead bedroom |
        sexual side effects | sex drive issues | sex drive problems | libido issues | libido
        problems | problèmes de libido | soucis de libido | sexual problems | sexual issues |
        | impossible d'avoir un orgasme | impossible de jouir | pas d'orgasme | plus d'orgasmes |
        orgasme impossible | du mal à jouir | du mal à avoir un orgasme | anesthésié en bas |
        anesthésiée en bas | insensible en bas | rien ne se passe en bas | can't finish | cant
        finish | couldn't finish | can't climax | cant climax | couldn't climax | no desire | zero
        desire | lost all desire | plus envie de rien au lit | plus envie de sexe | aucune envie de
        sexe | dead down there |
    """
    ),
    "hair loss": _terms(
        """
        perte de cheveux | perd mes cheveux | perdre les cheveux | perdre ses cheveux | perdre mes
        cheveux | perte des cheveux | chute de cheveux | cheveux qui tombent | perds mes cheveux |
        hair loss | hair falling out | hair falling | losing my hair | hair thinning | cheveux qui
        tombent par poignées | je perds mes cheveux | perd ses cheveux | perdu mes cheveux | perdu
        ses cheveux | chute des cheveux | les cheveux qui tombent | cheveux qui tombaient | par
        poignées | par touffes | cheveux par {touffes,poignées,paquets} | touffes de cheveux |
        poignées de cheveux | des cheveux partout | cheveux dans la brosse | alopécie | calvitie |
        trous dans les cheveux | dégarni | dégarnie | cheveux clairsemés | fait perdre les cheveux |
        tomber les cheveux | losing hair | losing {her,his} hair | hair {fall out,fell out,is
        falling out,was falling out,come out,coming out,came out,comes out,is coming out,in
        clumps,everywhere,in the drain,in the shower,all over my pillow} | in clumps | clumps of
        hair | handfuls of hair | thinning hair | bald {spots,spot,patches,patch} | going bald |
        alopecia | shedding | shedding hair | hair shedding | hair is thinning |
        | coming out in clumps | comes out in clumps | came out in clumps | falling out in clumps |
        hair everywhere | hair on my pillow | hair in the shower drain | tombent par poignées |
        tombent par paquets | tombent à la pelle | perds mes cheveux | cheveux qui tombent à la
        pelle | bald | going thin | plus de cheveux | mes cheveux tombent | ses cheveux tombent |
        cheveux tombent |
    """
    ),
    "weight loss": _terms(
        """
        perdu du poids | perte de poids | perdu 3 kilos | lost weight | lost 8 pounds | perdu
        {1..20} {kilos,kg} | perte de poids énorme | maigri | amaigri | a maigri | lost {1..40}
        {pounds,lbs, kg} | losing weight | dropped {5..40} {pounds,lbs} | je maigris | maigris à vue
        d'oeil | perdu {1..20} kilos | lost {1..40} pounds | lost {1..40} lbs | i've lost {1..40} |
        maigrit | maigrissait | fondu de {3..20} kilos | wasting away | skin and bones | too thin |
        trop maigre |
    """
    ),
    "weight gain": _terms(
        """
        j'ai grossi | pris du poids | prendre du poids | fait prendre | kilos en | gain like | lbs |
        prise de poids | pris 5 kilos | weight gain | gained weight | pounds in | grossi | grossir |
        fait grossir | pris {1..40} {kilos,kg,kgs} | pris {1..40}kg | prendre {1..20} kilos | kilos
        en trop | kilos en plus | kg en plus | prise de poids énorme | gonflé de partout | gain
        weight | gaining weight | put on weight | putting on weight | put on {1..60} {pounds,
        lbs,kg,kilos} | gained {1..60} {pounds,lbs,kg,kilos} | gained like {5..60} | up {5..60}
        {pounds,lbs} | packed on | packed on the pounds | ballooned up | weight gain af | weight
        issues | weight problems | problèmes de poids |
        | gagné {1..30} {kilos,kg} | pris {1..30} kilos | pris {1..30} kg | {1..30} kilos de plus |
        {1..30} kg de plus | pris du bide | gros ventre | ventre qui gonfle | weight piling on |
        gained so much weight | pounds piling on | went up {1..40} {pounds,lbs,kg} | gained a ton |
        up {1..30} kg |
    """
    ),
    "appetite change": _terms(
        """
        pas d'appétit | plus d'appétit | lost my appetite | no appetite | mange plus rien | can't
        eat | couldn't eat | killed my appetite | plus faim | a plus faim | n'a plus faim | j'ai
        plus faim | plus du tout faim | jamais faim | mange plus | mange presque plus | mangeait
        plus | mangeait plus rien | perte d'appétit | appétit coupé | coupe l'appétit | coupé
        l'appétit | coupait l'appétit | aucun appétit | zéro appétit | saute tous les repas | saute
        les repas | refuse de manger | faim de loup | faim tout le temps | toujours faim | dévore
        tout | fringales | fringale | grignote sans arrêt | mange comme quatre | affamé | affamée |
        boulimie | zero appetite | appetite {gone,is gone,disappeared,vanished,is shot} | not hungry
        | never hungry | skipping meals | skips meals | won't eat | wont eat | refuses to eat |
        refused to eat | starving | starving all the time | always hungry | constantly hungry |
        ravenous | insatiable | eating everything in sight | eat everything in sight | munchies |
        cant eat | not eating | isn't eating | isnt eating | stopped eating | barely eating | won't
        eat anything | doesn't eat | doesnt eat | ne mange plus | mange plus du tout | mange
        quasiment plus | plus rien manger | veut plus manger |
    """
    ),
    "vision problems": _terms(
        """
        vision floue | vue trouble | blurry vision | blurred vision | vision go blurry | blurry |
        yeux qui piquent | yeux rouges | conjonctivite | eyes burning | vue floue | vue {qui se
        brouille,brouillée,qui baisse,qui se trouble,trouble,qui part} | vois flou | voyais flou |
        voit flou | voyait flou | y vois flou | vu flou | voir flou | vision trouble | vision
        brouillée | vois double | voit double | vu tout bleu | voit tout bleu | voyait tout bleu |
        vision bleue | vision jaune | tout en bleu | mouches devant les yeux | mouches volantes |
        taches devant les yeux | éclairs lumineux | halos | sensible à la lumière | photophobie |
        yeux secs | sécheresse oculaire | yeux qui collent | yeux qui brûlent | pupilles
        {dilatées,énormes} | perdu la vue | voyais plus rien | voyait plus rien | vue qui baisse |
        yeux {tout rouges,injectés de sang,qui pleurent} | vision {went blurry,is blurry,was
        blurry,blurred,went weird,went dark,went black,is weird, is off,tunnels} | everything
        {blurry,is blurry,was blurry,looked blue,looks blue} | seeing double | saw double | blue
        tint | blue vision | seeing blue | tunnel vision | floaters | flashing lights | halos around
        lights | light sensitive | light sensitivity | sensitive to light | dry eyes | eyes are dry
        | bloodshot | bloodshot eyes | eyes {bloodshot,are bloodshot,burning,burn,hurt,are red,went
        red,red and sore,sore} | dilated pupils | pupils {huge,massive,dilated,were huge} | pinpoint
        pupils | lost vision | vision loss | losing my vision | can't see straight | cant see
        straight | eye pain | red eyes | sore eyes | pink eye | vu trouble | vois trouble | voyais
        trouble | voit trouble | voyait trouble | impossible de lire | arrive plus à lire | can't
        read | couldn't read | cant read | zigzags | zigzags lumineux | migraine ophtalmique |
        flashes of light | seeing spots | spots in my vision | aura visuelle | visual aura | visual
        auras |
    """
    ),
    "tinnitus": _terms(
        """
        acouphènes | acouphenes | oreilles qui sifflent | ringing in my ears | tinnitus | acouphène
        | oreilles qui {bourdonnent,bourdonnaient,sifflaient,sifflent fort,grésillent} | oreille qui
        {siffle,bourdonne} | bourdonnements | bourdonnement | sifflements dans les oreilles |
        sifflement dans les oreilles | bruit dans les oreilles | oreilles bouchées | baisse
        d'audition | perte d'audition | entends plus rien | sourde d'une oreille | sourd d'une
        oreille | ringing ears | ears {ringing,are ringing,were
        ringing,buzzing,ring,rang,whooshing,feel clogged,popping} | ringing in {the,his,her,both}
        ears | buzzing in my ears | whooshing in my ears | hearing loss | lost my hearing | muffled
        hearing | ear ringing | ringing in my ear | ringing | constant ringing | ears ring |
        pressure in my ears | ears feel full | oreilles qui bourdonnent et | bourdonnements
        d'oreilles |
    """
    ),
    "bleeding": _terms(
        """
        saignements de nez | saigne du nez | bleus partout | nosebleed | nosebleeds | nose bleeds |
        bruising | bruises everywhere | saignements | saignement | saigne | saignent | gencives qui
        saignent | saignements de gencives | bleeding | bled | bleeds | des bleus | bleus énormes |
        bruises | black stools | selles noires | hémorragie | hemorrhage | spotting | règles
        abondantes | sang dans les urines | blood in my urine | peeing blood | gums bleeding | nez
        qui saigne | black poop | saigné du nez | saignait du nez | saignait | saigné | saigner |
        saignements abondants | hémorragies | hémorragique | ecchymoses | ecchymose | hématome |
        hématomes | couvert de bleus | couverte de bleus | plein de bleus | bleus sans me cogner |
        pisse le sang | pissé le sang | pissait le sang | sang dans les selles | du sang dans {les
        selles,les urines,le pipi,mes selles,ses selles,mon pipi,son pipi,la bouche} | caca
        {noir,tout noir,avec du sang} | selles sanglantes | vomi du sang | crache du sang | craché
        du sang | gencives qui saignaient | règles hémorragiques | règles {interminables,qui
        durent,en continu,qui ne s'arrêtent pas} | saigne en continu | saignements en continu |
        saigne depuis | métrorragies | pertes de sang | pertes marron | pétéchies | points rouges
        sur les jambes | bruised | bruise easily | bruising easily | bruises easily | covered in
        bruises | black and blue | nose {bleeding,bled,wouldn't stop bleeding,won't stop bleeding,is
        bleeding} | bloody nose | bleeding gums | blood in {my,his,her}
        {stool,stools,poop,pee,urine} | bloody {stool, stools,poop} | pissing blood | coughing up
        blood | vomiting blood | threw up blood | tarry {stool,stools,poop} | haemorrhage | heavy
        periods | heavy period | period that won't stop | never ending period | never-ending period
        | period for {3,4,5,6,7,8,9,10} weeks | breakthrough bleeding | bleeding nonstop | bled
        nonstop | bleeding for weeks | brain bleed | internal bleeding | gi bleed | bleeding issues
        | bleeding problems | problèmes de saignement |
        | sang noir | du sang noir | du sang rouge | sang dans mes selles | sang dans ses selles |
        selles {noires,avec du sang,sanglantes,couleur goudron} | caca noir | blood in the toilet |
        blood in the bowl | black tarry | tarry |
    """
    ),
    "paraesthesia / numbness": _terms(
        """
        numbness | tingling | pins and needles | fourmillements | engourdi | engourdissement |
        tingly | fourmis | picotements | engourdie | brain zaps | zaps | fourmis dans {les mains,les
        pieds,les jambes,les bras,les doigts} | des fourmis | fourmille | fourmillent | fourmillait
        | picote | picotent | picotait | ça picote | ca picote | qui picote | qui picotent | mains
        qui picotent | langue qui picote | bouche qui picote | engourdis | engourdies | mains
        engourdies | doigts engourdis | lèvres engourdies | lèvres insensibles | doigts insensibles
        | perte de sensibilité | plus de sensations | décharges électriques | décharges | décharge
        électrique | chocs électriques | sensations de décharges | des zaps | pieds qui brûlent |
        brûlures dans les pieds | neuropathie | paresthésies | paresthésie | went numb |
        {hands,feet,fingers,toes,lips,face,tongue,arm,arms,legs} {went numb,are numb, were
        numb,numb,tingling,tingly,tingle,are tingling,went tingly} | numb {hands,feet,fingers,
        toes,lips,face} | tingle | tingles | tingled | electric {shock,shocks,jolts,zaps, feelings}
        | electrical shocks | shock feelings | zapped | zapping | brain shivers | head zaps | jolts
        | buzzing in my head | burning feet | feet burning | hands burning | neuropathy | nerve pain
        |
    """
    ),
    "muscle / tendon pain": _terms(
        """
        muscle pain | douleurs musculaires | joint pain | tendons | tendinite | tendon | muscle
        aches | can barely walk | douleurs articulaires | mal aux articulations | sore joints | mal
        aux muscles | muscles douloureux | crampes dans {les mollets,les jambes,les pieds} | crampes
        musculaires | crampes aux {jambes,mollets} | crampes la nuit | mal aux mollets | tendinites
        | tendon d'achille | tendons d'achille | achille | rupture du tendon | mal au talon | talon
        me fait | articulations {douloureuses,qui grincent,qui craquent,en feu} | genoux qui
        craquent | mal aux genoux | mal aux os | douleurs osseuses | jambes douloureuses | mal aux
        jambes | faiblesse musculaire | plus de force dans | raideurs | mâchoires serrées | mâchoire
        serrée | mâchoires en compote | serre les dents la nuit | grince des dents | bruxisme |
        arrive plus à marcher | arrive presque plus à marcher | peux plus marcher | boitait | je
        boite | il boite | elle boite | muscle ache | muscles ache | muscles aching | aching muscles
        | achy muscles | legs {ache, aching,are aching,hurt,hurt so bad,feel like lead} | my legs
        ache | leg pain | leg cramps | calf cramps | charley horse | charley horses | muscle cramps
        | muscle weakness | weak muscles | joints {hurt,ache,aching,are killing me} | aching joints
        | achilles | achilles tendon | tendonitis | tendinitis | tendon rupture | tendon pain | heel
        pain | can hardly walk | hardly climb | barely climb | limping | rhabdo | rhabdomyolysis |
        bone pain | jaw {ache,aches,pain,clenched,clenching,is clenched,sore} | clenching my jaw |
        teeth {grinding, clenched,are sore,hurt} | grinding my teeth | bruxism | couldn't walk |
        can't walk | crampes | des crampes | crampes partout | fais des crampes | fait des crampes |
        plein de crampes | cramps everywhere | leg cramps at night | muscle spasms in my legs | du
        mal à monter les escaliers | mal à monter les escaliers | monter les escaliers | jambes en
        bois | jambes en plomb | can't climb stairs | struggle with stairs | heels feel like |
        tendons {hurt,ache,are killing me,feel like they're on fire} | destroyed my tendons |
        wrecked my tendons | muscle pain everywhere | mal partout dans les muscles |
    """
    ),
    "sweating": _terms(
        """
        sueurs | sueurs froides | cold sweats | sweating | hot flashes | bouffées de chaleur | night
        sweats | sueurs nocturnes | transpire | transpire la nuit | je transpire | transpiration |
        transpire comme | transpirais | transpirait | en nage | trempée de sueur | trempé de sueur |
        draps trempés | suait | suais | sue à grosses gouttes | à grosses gouttes | bouffées | suées
        | suée | sueur froide | sweaty | sweated | drenched | drenched in sweat | soaked in sweat |
        soaking wet | sweat through {my,the} sheets | sweating buckets | sweating like a pig | sweat
        like crazy | sweating like crazy | hot flushes | face flushed | flushed face | skin flushing
        | face flushing | flushing all over | red and flushed | beet red face | transpire comme une
        malade | transpire comme un malade | transpire comme un porc | sweating like crazy at night
        | sweat buckets |
        | transpirer | transpirent | transpiré | trempe les draps | trempé les draps | trempée le
        matin | draps mouillés | draps trempés de sueur | sweat through | sweating through | sweats
        | sweat so much | sweating so much | sweating all night | dégouline de sueur | dégoulinant
        de sueur |
    """
    ),
    "other adverse effect": _terms(
        """
        effets secondaires | effet secondaire | effets indésirables | effet indésirable | effets
        indesirables | effet indesirable | effets 2ndaires | side effects | side effect |
        side-effects | adverse reaction | adverse effect | skin is peeling | peeling | cracked lips
        | lips are cracked | cracked and bleeding | lèvres en sang | levres en sang | lèvres gercées
        | bouche sèche | bouche seche | jaunisse | pipi rouge | urine foncée | dry mouth | jaundice
        | dark urine | chest pain | douleur thoracique | douleur a la poitrine | bloated |
        ballonnements | ballonné | sueurs | frissons | chills | dry cough | toux sèche | taste like
        metal | metallic taste | goût métallique | mycose | yeast infection | sulfur burps | jambes
        lourdes | brûlures en urinant | hoquet | paralysé | paralysée | hépatite | hepatitis |
        transaminases | liver enzymes | foie | liver damage | insuffisance rénale | kidney pain |
        pancréatite | pancreatitis | yellow skin | yellow eyes | teint jaune | mouth sores | aphtes
        | hoarse | voix rauque | coup de soleil | sunburn | photosensibilité | phlébite | thrombose
        | caillot | embolie | blood clot | blood clots | dvt | lèvres explosées | sun sensitive |
        blistering burn | stiff | shuffling | can barely move | urine was dark | dark red urine |
        pee was red | marcher droit | incapable de marcher | effets secondaires de ouf | effets
        secondaires horribles | ballonnée | ballonnements horribles | ventre gonflé | gonflée comme
        une montgolfière | bouche {comme du carton,en carton,pâteuse,sèche comme du papier,qui
        brûle} | langue {blanche,toute blanche,noire, chargée} | goût {de métal,de fer,bizarre,amer
        dans la bouche,de métal dans la bouche} | perte du goût | plus de goût | tout a un goût
        bizarre | hypoglycémie | hypoglycemie | grosse hypo | fait une hypo | hypos | sucre qui
        chute | mycoses | candidose | rétention urinaire | pipi tout le temps | envie de faire pipi
        tout le temps | brûlures urinaires | dents jaunes | dents tachées | yeux jaunes | peau jaune
        | phlébites | embolie pulmonaire | douleur dans la poitrine | douleurs dans la poitrine |
        mal à la poitrine | oppression thoracique | aphte | lèvres gercées et en sang | lèvres
        sèches | peau sèche | peau super sèche | nez sec | nez qui saigne tout le temps | lèvres qui
        pèlent | soif {tout le temps,intense,permanente} | bouche comme du sable | voix cassée |
        frilosité | tremblements et sueurs | ballonnement | bad side effects | horrible side effects
        | awful side effects | terrible side effects | nasty side effects | worst side effects |
        taste like pennies | tastes like pennies | tastes like metal | everything tastes {like
        metal,weird,funny,off,bad,flat,like pennies} | tastes flat | lost my sense of taste | lost
        my taste | dysgeusia | sores in my mouth | mouth ulcers | canker sores | thrush | can't pee
        | cant pee | couldn't pee | peeing all the time | pee all the time | low blood sugar | blood
        sugar crashed | sugar crashed | hypo | dry lips | chapped lips | lips peeling | dry skin |
        skin so dry | sandpaper mouth | cotton mouth | cottonmouth | mouth like sandpaper | so
        thirsty | always thirsty | burping | burps | egg burps | voice went hoarse | chest pains |
        heart problems | liver problems | kidney problems | elevated liver | high liver enzymes |
        pancreas | yellow tint | dark pee | brown urine | cola colored urine | moon face | sulphur
        burps | bloat | fait un avc | had a stroke | a stroke | oesophagite | œsophagite | ulcère de
        l'oesophage | mal à avaler | du mal à avaler | douleur en avalant | douleurs en avalant |
        brûle quand j'avale | avaler me brûle | avaler me fait mal | painful to swallow | hurts to
        swallow | trouble swallowing | difficulty swallowing | can't swallow | cant swallow | burns
        when i swallow | esophagitis | oesophagitis | pill esophagitis | paralysie faciale | bouche
        de travers | visage de travers | bouche toute de travers | paupière qui tombe | facial palsy
        | bell's palsy | bells palsy | face drooping | droopy face | selles vertes | caca vert |
        green poop | green diarrhea | fesses en sang | fesses à vif | hyponatrémie | hyponatremie |
        low sodium | sodium dropped | hyperkaliémie | hypokaliémie | boule rouge | grosse boule |
        boule dure | bras tout rouge | bras rouge et chaud | sore arm | arm is so sore | dead arm |
        lump at the injection site | injection site | site d'injection | réaction au point
        d'injection | plaque au point d'injection | point d'injection | goût amer | goût horrible |
        mauvais goût dans la bouche | goût bizarre dans la bouche | goût de fer | goût de ferraille
        | goût de métal | bitter taste | weird taste | bad taste in my mouth | chaud tout le temps |
        j'ai chaud tout le temps | coups de chaud | coup de chaud | froid tout le temps | j'ai froid
        tout le temps | mains froides | pieds glacés | doigts blancs | extrémités froides | renvois
        | rots | ça remonte | remontées | reflux acide | douleurs dans les seins | seins douloureux
        | seins gonflés | poitrine douloureuse | sore breasts | breast pain | tender breasts | boobs
        hurt | muguet | mycose buccale | taches blanches dans la bouche | white patches | white
        spots in his mouth | white spots in her mouth | oral thrush | gencives gonflées | gums
        swollen | swollen gums | dents qui se déchaussent | fuites urinaires | arrive plus à uriner
        | brûlures en faisant pipi | peeing constantly | pee constantly | peau qui tire | peau qui
        tiraille | gerçures | crevasses | lèvres qui craquent | crise de goutte | burping rotten
        eggs | rotten egg burps | full after {2,3,4,5} bites | stomach feels like a rock | ventre
        comme une pierre | itchy throat | scratchy throat | mouth tingling | feel like i'm dying |
        hot to the touch | chaud au toucher | swollen arm | arm swollen | arm is swollen |
        | couldn't get out of bed | could not get out of bed | couldnt get out of bed | can't get
        out of bed | cant get out of bed | can barely get out of bed | could barely get out of bed |
        stuck in bed | bedridden | bed bound | bedbound | can't function | cant function | couldn't
        function | couldnt function | could not function | barely functioning | barely function |
        non functional | useless all day | impossible de sortir du lit | impossible de me lever |
        impossible de se lever | pas pu me lever | pas pu sortir du lit | arrive plus à me lever |
        arrive pas à me lever | arrivais plus à me lever | cloué au lit | clouée au lit | cloués au
        lit | au lit toute la journée | resté au lit | restée au lit | alitée | alité | je fais plus
        rien | fait plus rien de ses journées | incapable de travailler | incapable de bosser | pas
        pu aller bosser | pas pu aller travailler | couldn't work | couldn't go to work | had to
        call in sick | missed work | arrêt maladie | en arrêt | stranger to myself | stranger to
        herself | stranger to himself | feel like a stranger | feels like a stranger | woke up on
        the floor | woke up on the kitchen floor | no idea how i got | aucune idée de comment | sais
        pas comment je suis arrivé | retrouvé par terre | retrouvée par terre | tombé dans
        l'escalier | tombée dans l'escalier | suis tombé | suis tombée | fait une chute | fell down
        | fell over | a fall | had a fall | took a fall | jambes ne me portent plus | jambes ne le
        portent plus | jambes ne la portent plus | jambes qui ne me portent plus | legs gave out |
        legs gave way | legs buckled | knees gave out | can't keep food down | cant keep food down |
        couldn't keep food down | garde rien | garde plus rien | ne garde rien | digère plus rien |
    """
    ),
}

# Second broadening, by class of wording rather than by phrase (blind v3 misses, 2026-12-02):
# repeated infections, emotional blunting, dreams, weight as a number, limb pain, flushing,
# memory lapses, menstrual changes, paradoxical agitation, drug hangover, indirect sleepiness,
# night sweats, jaw clenching. Merged into the categories above (two new ones) at load time.
_MORE_REACTIONS: dict[str, str] = {
    "infections / immune": """
        infection sur infection | infections sur infections | infection après infection |
        infections à répétition | infections a repetition | infections en série | enchaîne les
        infections | j'enchaîne les {infections,angines,rhumes,sinusites,cystites,otites} |
        enchaîné les {infections,angines,rhumes,sinusites,cystites} | {angine,cystite,sinusite,
        otite,bronchite,rhume} sur {angine,cystite,sinusite,otite,bronchite,rhume} | {angines,
        cystites,sinusites,otites,bronchites,mycoses} à répétition | je chope tout | je choppe
        tout | j'attrape tout | chope tous les virus | attrape tous les virus | tous les microbes |
        système immunitaire {a démissionné,à plat,en vrac,à zéro,ko,effondré,qui lâche,en berne} |
        immunité {à plat,à zéro,en berne} | défenses immunitaires {à plat,à zéro} | plus aucune
        défense | one infection after another | infection after infection | back to back
        infections | back-to-back infections | constant infections | recurring infections |
        recurrent infections | infections keep coming | keep getting sick | kept getting sick |
        sick all the time | always sick now | constantly sick | catch every {bug,cold,virus} |
        caught every {bug,cold,virus} | every bug going | every cold going | immune system {is
        shot,is wrecked,is tanked,tanked,crashed,gave up,quit,is gone,is toast,is trash} | no
        immune system | zero immune system | shingles | zona | yeast infection | yeast infections
        | mycose vaginale | thrush again |
    """,
    "menstrual changes": """
        règles {,sont,étaient,arrivent,sont arrivées,sont devenues,deviennent,trop,beaucoup
        plus,plus,hyper,super} {en avance,en retard,abondantes,hémorragiques,très abondantes,plus
        abondantes,
        irrégulières,douloureuses,qui durent,qui n'arrêtent pas,interminables,toutes les deux
        semaines,deux fois par mois,disparues,arrêtées,super abondantes,de ouf} | regles {en
        avance,en retard,abondantes,irregulieres} | plus de règles | plus eu mes règles | pas eu mes
        règles | saignements entre les règles | spotting | spottings | cycle {déréglé,en vrac,
        perturbé,complètement déréglé,chamboulé,détraqué} | cycles {déréglés,irréguliers,
        perturbés} | règles arrivées {1..30} jours {en avance,plus tôt,en retard,plus tard} | règles
        {1..30} jours {en avance,en retard} | period came {early,late,twice,back} | period came
        {1..30} days {early,late} | {period,periods} {is,was,were,are,got,came} {late,early,super
        heavy,so heavy,heavier,heavy,irregular,all over the place,crazy,insane,awful,twice}| period
        {1..30} days {early,late} | heavy periods | heavier periods | heavy period | heavier period
        | irregular periods | irregular period | periods stopped | period stopped | no period since
        | lost my period | periods are heavier | periods got heavier | breakthrough bleeding |
        bleeding between periods | cycle is {messed up,all over the place,off,wrecked} | messed up
        my cycle | messed up my period | messed with my cycle | messed with my period | wrecked my
        cycle | two periods in a month | period twice a month |
    """,
    "mood / psychiatric": """
        feel nothing anymore | feel nothing at all anymore | can't feel anything anymore | cant
        feel anything anymore | don't feel anything anymore | dont feel anything anymore | don't
        feel anything at all emotionally | emotionally {numb,flat,blunted,dead,empty,absent} |
        emotional {numbness,blunting,flatness} | {feel,felt,feeling} {flat,hollow,empty,dead
        inside,like a robot,like a zombie,numb,numb inside} | numb to everything | flat affect |
        blunted | no emotions | zero emotions | can't cry | cant cry | couldn't cry | can't laugh or
        cry | neither happy nor sad | not sad not happy | like a robot | apathy | apathetic | je
        ressens plus rien | je ressens rien | ressens plus rien | ressentir plus rien | plus rien
        ressentir | je sens plus rien | sens plus rien émotionnellement | ni triste ni
        {content,contente,heureux,heureuse,joyeux,joyeuse} | ni joie ni tristesse | juste vide | me
        sens vide | me sens vidé | je me sens vide | sentiment de vide | vide à l'intérieur | vide
        intérieurement | plus aucune émotion | aucune émotion | zéro émotion | émotions
        {anesthésiées,éteintes,coupées,à plat} | émoussée | émoussé | anesthésie émotionnelle |
        apathique | apathie | comme un robot | comme une robote | arrive plus à pleurer | arrive
        plus à rire | plus capable de pleurer | je suis éteinte | je suis éteint
        | rêves {tellement,très,trop,super,hyper,vraiment,hyper} {réalistes,bizarres,intenses,
        tordus,flippants,chelous,vivaces,étranges,violents,glauques,perturbants} | rêves
        {réalistes,tordus,flippants,intenses,chelous,vivaces,étranges,violents,glauques,
        perturbants,de fou,de ouf,délirants,angoissants} | des rêves de fou | je rêve de trucs
        {bizarres,chelous,tordus} | cauchemars | cauchemarde | fais des cauchemars | mauvais rêves
        | terreurs nocturnes | dreams {are,were,have been,got} {wild,insane,crazy,so vivid,vivid,
        intense,so weird,weird,messed up,terrifying,bizarre,trippy,so real,insanely vivid,
        unreal,nuts,bonkers,next level} | {wild,crazy,insane,intense,vivid,terrifying,bizarre,messed
        up,trippy,realistic,psychotic,horror movie,fever} dreams | dreams so {vivid,real,realistic,
        weird,wild} | bad dreams | night terrors | nightmares every night | dreaming like crazy |
        surexcité | surexcitée | surexcités | hyper excité | hyper excitée | hyperexcité |
        hyperexcitée | intenable | monté sur ressorts | montée sur ressorts | pile électrique | tout
        excité | toute excitée | survolté | survoltée | effet inverse | l'effet inverse | effet
        contraire | l'effet contraire | effet paradoxal | opposite effect | the opposite effect |
        paradoxical | bounced off the walls | bouncing off walls | wired all night | wide awake and
        wired | hyper all night | climbing the walls | memory is {shot,gone,terrible,awful,wrecked,
        fried,a sieve,like a sieve,toast,garbage,going} | wrecking my memory | wrecked my memory |
        killing my memory | destroying my memory | messing with my memory | memory
        {problems,issues,lapses,lapse} | forgot my {pin,password,code,keys,own phone number} |
        forget my {pin,password,code} | forgetting {everything,names,words,my pin} |
        i forget everything |
        i forget words | mémoire {de poisson rouge,en vrac,qui flanche,qui lâche,en compote,à
        trous,catastrophique} | oublié mon code | oublie mon code | oublié mon code de
        carte | perds la mémoire | perte de mémoire | pertes de mémoire | j'oublie mes mots | oublie
        les mots |
    """,
    "weight gain": """
        kg en | kgs en | kg de pris | kilos de pris | lbs in | kg in |
        gained {1..60} | gained like {1..60} | up {1..60} {lbs,pounds,kg,kilos} | {1..60} {lbs,
        pounds} heavier | {1..40} kilos de plus | {1..40} kg de plus | la balance {s'affole,
        explose,grimpe} | scale keeps going up | scale is going up | none of my
        {pants,jeans,clothes} fit | clothes don't fit | jeans don't fit | plus rien ne me va |
        rentre plus dans mes
        {jeans,vêtements,fringues,pantalons} |
    """,
    "angioedema / swelling": """
        {can't,cant,couldn't,couldnt,can not} {get,fit,put} my shoes on | shoes {don't,dont,won't,
        wont} fit | shoes are too tight | shoes too tight | sock marks | marques des chaussettes |
        impossible de mettre mes {chaussures,baskets,bottes,chaussons} | rentre plus dans mes
        {chaussures,baskets,bottes} | plus mettre mes {chaussures,baskets,bottes,bagues} |
        {pieds,chevilles,jambes,mains,doigts} {ont doublé,qui doublent,énormes,comme des
        ballons,comme des poteaux} | {feet,ankles,legs} {swell,swelling,are huge,got huge,doubled,
        blow up,blew up,like tree trunks,puff up} | rings {don't,dont,won't,wont} fit | ring doesn't
        fit | bagues qui serrent | bague qui serre |
    """,
    "other adverse effect": """
        {cotton,cottonmouth,sandpaper} mouth | cottonmouth | mouth like {sandpaper,the sahara,a
        desert,cotton} | mouth {so dry,bone dry,is dry,was dry,dry as} | bouche {pâteuse,sèche
        comme,comme du carton,comme le désert,desséchée} | la bouche sèche | gorge sèche |
        soif tout le
        temps | soif en permanence | thirsty all the time | constantly thirsty | face {flush,
        flushes,flushing,flushed,turns red,turned red,goes red,went red,gets red,got red,turns
        bright red} | flush bright red | flushes red | red in the face | visage {rouge écarlate,
        tout rouge,en feu,cramoisi} | joues en feu | rouge écarlate | flushing | jaw {won't,wont,
        doesn't,doesnt} unclench | clenching my jaw | jaw clenching | clenched jaw | grinding my
        teeth | teeth grinding | grind my teeth | bruxism | bruxisme | serre les dents | grince des
        dents | mâchoire {serrée,crispée,bloquée} | yawn | yawns | yawning | i yawn | keep yawning
        | can't stop yawning | bâiller | je bâille | baille sans arrêt | bâille toute la journée |
    """,
    "somnolence": """
        nap in my car | naps in my car | napping in my car | nap in the car | nap at lunch |
        napping at lunch | nap at my desk | need a nap by | fall asleep at my desk | fell asleep at
        my desk | falling asleep at work | fell asleep at work | fall asleep at work | fell asleep
        at the wheel | falling asleep at the wheel | fall asleep driving | asleep on the couch by |
        sieste dans {ma,la} voiture | sieste au bureau | siestes obligatoires | sieste obligatoire
        | besoin de {siestes,faire la sieste} | pique du nez au bureau | m'endors au {bureau,volant,
        travail,boulot} | endormi au volant | endormie au volant | m'endors devant | je m'endors en
        {réunion,cours,conduisant} | fall asleep in {meetings,class} | gueule de bois {le
        lendemain,au réveil,le matin,toute la matinée,de malade,sans avoir bu} | comme une gueule
        de bois | like a hangover | hangover-like | hangover like | med hangover | drug hangover |
        hungover the next day | next day hangover | next-day hangover | hangover the next morning
        | hangover without drinking |
    """,
    "sweating": """
        change de {tee-shirt,tee shirt,t-shirt,t shirt,pyjama,draps} | changer de {tee-shirt,tee
        shirt,t-shirt,pyjama,draps} la nuit | réveille en sueur | réveillée en sueur | réveillé en
        sueur | me réveille trempée | me réveille trempé | trempée la nuit | trempé la nuit | wake
        up {drenched,soaked,soaking,in a puddle,sweating} | woke up {drenched,soaked,soaking,in a
        puddle,sweating} | soaked the sheets | soak the sheets | change my {shirt,sheets,pajamas}
        | sweating at night | sweat at night | sweats at night |
    """,
    "muscle / tendon pain": """
        douleurs {dans les,aux} {cuisses,jambes,mollets,muscles,bras,épaules} | douleur {dans les,
        aux} {cuisses,jambes,mollets,muscles} | mal aux {cuisses,mollets,muscles} | crampes {dans
        les,aux} {cuisses,jambes,mollets} | du mal à marcher | a du mal à marcher | peine à
        marcher | pain in my {thighs,calves,legs,muscles,shoulders} | pains in my {thighs,calves,
        legs,muscles} | {thighs,calves,legs,muscles} {ache,aching,hurt,hurting,are killing me,
        burn,are sore,feel bruised} | sore {thighs,calves,muscles} | muscle {pain,pains,aches,
        ache,cramps,weakness} | trouble walking | can barely walk | hard to walk | struggle to walk
        | struggles to walk | struggling to walk | can't walk far | cramps in my {legs,calves} |
        leg cramps | calf cramps |
    """,
}

_RARE_REACTIONS: dict[str, str] = {
    # Less common reactions told in lay words (taste, teeth, hearing, balance, pigmentation,
    # impulse control, sleep behaviour...): rare in the common dev posts, frequent in reports.
    "sexual dysfunction": """
        plus d'érection | plus d'érections | pas d'érection | aucune érection | érection {molle,
        qui tient pas,qui tient plus} | érections {molles,faibles} | problèmes d'érection |
        soucis d'érection | pannes d'érection | panne d'érection | bande mou | plus de vie sexuelle
        | vie sexuelle {à zéro,inexistante,morte,au point mort,en berne} | libido {à plat,au point
        mort,disparue,envolée,partie,morte,inexistante,nulle} | plus aucune envie sexuelle |
        envie de rien sous la couette | nothing {worked,works,was working,'worked'} down there |
        nothing down there | {couldn't,can't,cant,couldnt} perform | performance issues in bed |
        no erections | lost my erections | weak erections | erections {gone,are gone,stopped} |
        {libido,sex drive} {vanished,disappeared,is zero,at zero,went to nothing,flatlined} |
        no interest in sex | lost interest in sex | zero interest in sex | bedroom issues |
        problems in the bedroom | trouble in the bedroom | sexual side effect | pssd |
        {impossible d'avoir,du mal à avoir,plus moyen d'avoir,pas moyen d'avoir,n'arrive plus à
        avoir,arrive plus à avoir} {une érection,d'érection,des érections} | érection impossible
        | je bande plus | bande plus du tout | {cannot,can't,cant,couldn't,couldnt,unable to}
        {finish,climax,orgasm,come,cum} | nothing comes out | dry orgasm | dry orgasms |
        retrograde ejaculation | can't ejaculate | cant ejaculate | éjaculation {impossible,
        rétrograde,sèche} | plus d'éjaculation |
    """,
    "taste / smell change": """
        goût métallique | goût de métal | goût de fer | goût de ferraille | goût de pile | goût de
        rouille | goût {amer,bizarre,horrible,dégueulasse,infect} dans la bouche | mauvais goût
        dans la bouche | tout a un goût {de,bizarre,amer,métallique} | tout a le goût | sens {plus,
        presque plus,pas} le goût | sent {plus,presque plus} le goût | sentais plus le goût | perdu
        le goût | perte du goût | perte de goût | plus de goût | perte de l'odorat | perdu l'odorat
        | sens plus les odeurs | sens plus rien | goût altéré | goût modifié | agueusie | dysgueusie
        | la bouche qui a un goût | metal taste | metallic | tastes like {metal,pennies,coins,a
        battery,batteries,tin,foil,chemicals,nothing,cardboard} | taste of {metal,pennies,coins}
        | licking a battery | mouthful of pennies | sucking on {coins,pennies} | everything tastes
        {weird,off,bad,like,wrong,funny,awful,different,bitter,metallic,salty} | food tastes
        {weird,off,bad,like,wrong,funny,awful,different,bitter,metallic} | tastes off | lost my
        sense of {taste,smell} | lost my taste | can't taste | cant taste | couldn't taste | no
        sense of taste | can't smell | cant smell | taste is gone | taste {changed,went weird,is
        off} | weird taste | bitter taste | bad taste in my mouth | funny taste |
    """,
    "teeth / gums": """
        taches sur les dents | dents tachées | dents {jaunes,marron,brunes,grises,noires,noircies,
        colorées} | taches {marron,brunes,noires,jaunes} sur les dents | dents qui {noircissent,
        jaunissent,se tachent} | coloration des dents | gencives {qui saignent,qui gonflent,
        gonflées,qui poussent,enflées,qui recouvrent les dents,en sang} | gencive {qui saigne,
        gonflée} | saignement des gencives | hypertrophie gingivale | gencives ont poussé |
        stained teeth | teeth {stained,are stained,got stained,brown,are brown,turned brown,turned
        yellow,went brown,went grey,gray,grey,discoloured,discolored} | {brown,yellow,grey,gray}
        stains on my teeth | {brown,yellow} stains | staining on my teeth | tooth discoloration |
        tooth staining | gums {bleed,bleeding,are bleeding,grew,have grown,grown over,growing over,
        swollen,are swollen,overgrowing} | bleeding gums | swollen gums | gum overgrowth | gum
        growth | overgrown gums |
    """,
    "pigmentation / hair change": """
        cils {sont,sont devenus} {super,très,trop,beaucoup plus,hyper} {longs,épais,fournis} |
        eyelashes {are,got} {super,so,really,way} {long,longer,thick} | lashes {are,got}
        {super,so,really,way} {long,longer,thick} | cils {ont poussé,qui poussent,plus longs,très
        longs,ont allongé,ont épaissi} | poussée des
        cils | œil {plus marron,plus foncé,a changé de couleur,devenu marron} | oeil {plus marron,
        plus foncé,a changé de couleur,devenu marron} | yeux {plus foncés,ont foncé,ont changé de
        couleur} | iris {plus foncé,plus marron,a foncé,a changé} | couleur des yeux | couleur de
        l'iris | paupières {plus foncées,foncées,brunes,marron,qui foncent,noircies} | cernes
        foncés | peau {qui fonce,plus foncée,grise,bleutée,bleue,qui noircit,qui brunit} | taches
        {brunes,foncées,grises,bleues} sur la peau | cheveux {blancs redeviennent,qui
        foncent,redeviennent foncés,plus foncés,plus clairs,qui blanchissent,tout blancs,
        décolorés,qui changent de couleur,ont changé de couleur,ont blanchi,ont foncé,gris} | les
        cheveux {blanchissent,grisonnent,foncent} | dépigmentation | hyperpigmentation |
        pilosité | poils {qui poussent,partout,sur le visage} | lashes {grew,are longer,got
        longer,grew like crazy,are amazing,thicker,went crazy} | eyelashes {grew,got longer,are
        longer} | eye {looks more brown,turned brown,went brown,got darker,changed colour,changed
        color,is darker} | eyes {turned brown,got darker,changed colour,changed color,are darker}
        | iris {darkened,turned brown,changed colour,changed color} | eye colour changed | eye
        color changed | lids {went brown,went brownish,are darker,turned dark,darkened} | eyelids
        {went brown,darkened,are darker,turned dark} | skin on my lids | skin {darkened,turned
        grey,turned gray,went grey,went gray,turned blue,went blue,turned bluish,darker patches}
        | dark patches | hair {has gone,went,has turned,is going} {grey,gray,white,from,silver} |
        hair {turned grey,turned gray,went grey,went gray,going grey,going gray,
        turned white,went white,changed colour,changed color,got darker,turned dark,lost its
        colour,lost its color} | grey-ish patches | grayish patches | greyish patches | grey
        patches | gray patches | hyperpigmentation | discoloration | discolouration | facial hair
        | hair growing on my face | unwanted hair |
    """,
    "hearing loss": """
        entends {moins bien,plus bien,plus rien,presque plus} | entend {beaucoup moins
        bien,moins bien,plus bien,presque plus,plus rien} | entendait {moins bien,plus rien} |
        perdu de l'audition | perdu l'audition | perte auditive | baisse de
        l'audition | audition {qui baisse,a baissé,diminuée,abîmée} | devenu sourd | devenue sourde
        | sourd {comme un pot,d'un côté} | sourde {d'un côté} | surdité |
        {entend,entends,entendait} de moins en moins {,bien} |
        {hear,hears,hearing} less and less | entends siffler |
        entend siffler | siffler dans {mes,les,ses} oreilles | sifflent dans {mes,les,ses}
        oreilles | ça siffle dans | ça bourdonne dans | lost {some,my,his,her,all} hearing | lost
        hearing | hearing {is going,got worse,went,is muffled,is gone,damage,loss in} | can't hear
        {well,properly,out of} | cant hear {well,properly,out of} | couldn't hear | hard of
        hearing | deaf in | went deaf | going deaf | partially deaf | ototoxic | ototoxicity |
        ringing that won't stop | ringing noise | high pitched {whine,noise,ringing} | whistling in
        my ears | hissing in my ears |
    """,
    "balance / falls": """
        perd l'équilibre | perds l'équilibre | perdu l'équilibre | perdait l'équilibre | perte
        d'équilibre | problèmes d'équilibre | troubles de l'équilibre | plus d'équilibre | aucun
        équilibre | tient plus debout | tenait plus debout | tiens plus debout |
        titube | titubait | je titube | marche comme un{,e} {ivrogne,pochtron,bourré,bourrée} |
        {est,suis,était} tombée {deux,trois,plusieurs} fois | {est,suis,était} tombé {deux,trois,
        plusieurs} fois | fait {une,deux,trois,plusieurs} chutes | chutes à répétition | chute dans
        {le couloir,l'escalier,la salle de bain} | tombe tout le temps | tombait tout le temps |
        lost my balance | losing my balance | loses {his,her} balance | lost {his,her} balance |
        balance {is off,is shot,problems,issues,is gone} | off balance | unsteady on {my,his,her}
        feet | unsteady | wobbly | staggering | stumbling | kept falling | keeps falling | fell
        {twice,
        three times,several times,again,down twice} | had {two,three,several} falls | falls at
        night |
    """,
    "hiccups": """
        hoquet | le hoquet | du hoquet | crises de hoquet | hoquet {non stop,pendant,depuis,sans
        arrêt} | hiccups | hiccuping | hiccupping | the hiccups | hiccups {for,nonstop,non stop,that
        won't stop} | can't stop hiccuping |
    """,
    "hallucinations / confusion": """
        parle à des gens qui {sont,étaient} pas là | parlait à des gens | parle à des gens | voit
        des gens qui sont pas là | voyait des gens | gens qui {étaient,sont} pas là | personnes qui
        {étaient,sont} pas là | erre la nuit | errait dans {le couloir,les couloirs,la maison} |
        déambule la nuit | déambulait | talking to people who {weren't,werent,were not} there |
        people who {weren't,
        werent,were not} there | wandering {the halls,the house,around at night,at night} | up
        wandering | sleepwalking | sleep walking | sleepwalks | sleep-walking | night terrors |
        screaming at night | screaming in {his,her,their} sleep | terreurs
        nocturnes | somnambule | crie la nuit | hurle la nuit | hurlait la nuit | not {herself,
        himself} | wasn't {herself,himself} | pas {elle-même,lui-même} | méconnaissable |
    """,
    "vision problems": """
        zones floues | zone floue | tache floue | taches floues | lésions {sur,de} la rétine |
        lésion {sur,de} la rétine | rétinopathie | atteinte de la rétine | rétine abîmée | problème
        de rétine | problèmes de rétine | tension {de l'œil,de l'oeil,oculaire} {a monté,élevée,qui
        monte} | vois {moins bien,plus bien} | voit {moins bien,plus bien} | halos autour | retina
        {damage,toxicity,changes} | retinal {damage,toxicity,
        changes} | damage to {my,his,her} retina | eye pressure {spiked,went up,is up,rose,high} |
        pressure spiked | blurry spots | blind spots | blind spot | can't see
        {well,properly} | vision {got worse,is worse,getting worse,changed} | night vision |
    """,
    "compulsive behaviour": """
        jeu compulsif | jeux d'argent | jouer compulsivement | joue {au casino,au loto,aux jeux,au
        poker,en ligne} | jouait {au casino,au loto,aux jeux,au poker,en ligne} | dépensé des
        milliers | dépenses compulsives | achats compulsifs | achète compulsivement | hypersexualité
        | compulsions | comportements compulsifs | pulsions | gambling | compulsive {gambling,
        shopping,spending,eating,buying} | spending thousands | spent thousands | scratch tickets |
        online slots | slot machines | shopping sprees | binge {shopping,eating} |
        hypersexuality | hypersexual | impulse control | the urges | urges to |
    """,
    "breast changes": """
        man boobs | moobs | gynécomastie | gynecomastia | seins qui {poussent,gonflent,font mal} |
        seins {douloureux,gonflés,tendus,énormes} | mal aux seins | poitrine {douloureuse,gonflée,
        tendue} | grew breasts | growing breasts | breast {growth,pain,tenderness,swelling} |
        {boobs,breasts,nipples} {hurt,hurting,are sore,so sore,are tender,tender,swollen,are
        swollen,growing,are growing,leaking} | sore {boobs,breasts,nipples} | tender {boobs,
        breasts} | lait qui coule | écoulement de lait | leaking milk | lactating | galactorrhée |
    """,
    "urinary problems": """
        {can barely,can't,cant,couldn't,couldnt,could barely,unable to} {pee,urinate} | trouble
        {peeing,urinating} | hard to pee | urinary retention | rétention urinaire | du mal à
        {uriner,faire pipi} | {n'arrive,arrive,n'arrivait,arrivait} plus à {uriner,faire pipi} |
        {fait,refait,faisait,refaisait} pipi au lit | pipi au lit | {wetting,wets,wet} the bed |
        bedwetting | bed wetting | incontinence | fuites urinaires | fuites d'urine | {peeing,pee}
        {all the time,constantly,every hour} | urine tout le temps | envie d'uriner tout le temps |
    """,
    "cognitive / memory": """
        {can't,cant,couldn't,couldnt} find {my,the,basic,simple} words | word finding |
        word-finding |
        {eating,ate,stole,steals,stealing} my words | {losing,lose,lost} my words | cherche mes
        mots |
        cherche ses mots | trouve plus mes mots | trouve plus ses mots | mots qui sortent pas |
        brain
        fog | brainfog | foggy | memory {is shot,is gone,problems,issues,loss,is terrible} | mémoire
        {en vrac,de poisson rouge,qui flanche,qui lâche} | trous de mémoire | oublie tout |
        forgetful
        | forgetting everything | forget everything | dopey | dopamax | stupid pills |
    """,
    "nail changes": """
        nails {lifting,lifting off,falling off,fell off,came off,coming off,turned black,went black,
        turning black,are lifting,started lifting,peeling,breaking,turned yellow,went yellow} |
        {lost,losing} {a,my,two,several} {nail,nails,toenail,toenails,fingernail,fingernails} |
        ongles {qui se décollent,se décollent,qui tombent,noirs,qui noircissent,deviennent noirs,
        cassants,qui cassent,qui jaunissent,décollés} | perdu {un ongle,des ongles,mes ongles} |
    """,
    "somnolence": """
        knocked me out | knocked me right out | knock me out | knocks me out | slept
        {12,13,14,15,16,18} hours | still groggy | groggy | drowsy | m'a assommé | m'a assommée |
        assommé | assommée | dans le coltar | dans le gaz |
    """,
}
# Third broadening, by category rather than by phrase (blind v6 misses and reactions no set has
# shown yet, 2026-12-02): sun sensitivity, tendons, bruising and nosebleeds, tremor and
# akathisia, jaw, persistent cough, voice, hair growth and texture, mouth sores and dry mouth,
# cold extremities, blood sugar, readings and lab results a doctor linked, injection site,
# flu-like reactions after a vaccine, dependence and withdrawal, dreams, lay euphemisms.
_BROAD_STATES = {
    # "the treated eye has gone browner", "œil passé au marron clair", "teeth went brown".
    "colour": "browner | brown | marron | marron clair | lighter | plus clair | plus claire",
}
_BROAD_REACTIONS: dict[str, str] = {
    "photosensitivity": """
        coup de soleil | coups de soleil | rouge écrevisse | rouge homard | brûlé comme jamais |
        brûlée comme jamais | cramé comme jamais | cramée comme jamais |
        {brûlé,brûlée,cramé,cramée,grillé,grillée} {au soleil,
        comme un homard,comme une écrevisse,en {5,10,15,20,30} minutes,en une heure,au moindre
        rayon} | brulee comme un homard | rouge homard | la peau qui brûle au soleil | peau qui
        brûle au soleil | allergie au soleil | allergique au soleil | photosensibilité |
        photosensibilisation | photosensible | lucite | peux plus aller au soleil | sunburn |
        sunburns | sunburned | sunburnt | sun burn | burnt to a crisp | burned to a crisp | burned
        like a lobster | burnt like a lobster | looked like a lobster | fried in the sun | burn in
        the sun | burned in {5,10,15,20,30} minutes | burnt in {5,10,15,20,30} minutes | burn so
        easily | burned so easily | burning so easily | sun sensitivity | sensitive to the sun |
        sensitive to sunlight | sun rash | photosensitivity | photosensitive | sun allergy |
        can't go in the sun | cant go in the sun |
    """,
    "muscle / tendon pain": """
        tendon d'achille | tendon {rompu,qui a lâché,qui a claqué,qui a pété,déchiré,enflammé} |
        rupture du tendon | rupture {d'un,du} tendon | tendons {douloureux,enflammés,en feu} |
        tendinite | tendinites | tendinopathie | mal aux tendons | douleur au talon | mal au talon
        | achilles {pain,tendon,tendonitis,snapped,ruptured,tore} | tendon {pain,snapped,ruptured,
        tore,torn,rupture,popped,hurts,is killing me} | tendons {hurt,ache,aching,on fire} |
        tendonitis | tendinitis | heel pain | ruptured my tendon | tore my tendon | mal aux
        muscles | muscles {en compote,douloureux,qui tirent,tétanisés} | courbatures |
        courbaturé | courbaturée | muscle pain | muscle aches | achy muscles | my muscles {ache,
        hurt,are killing me} | everything aches | body aches | aching all over | douleurs
        musculaires | myalgies | myalgia | rhabdo | rhabdomyolyse | crampes {la nuit,nocturnes,
        dans les mollets,dans les jambes} | night cramps | charley horse | charley horses |
    """,
    "bleeding": """
        bleus partout | des bleus partout | plein de bleus | pleins de bleus | couvert de bleus |
        couverte de bleus | bleus sans raison | bleus pour rien | hématome | hématomes | hematome
        | je marque au moindre choc | saigne du nez | saignait du nez | saignements de nez |
        saignement de nez | saigne des gencives | gencives qui saignent | épistaxis | epistaxis |
        bruises | bruising | bruised | bruise easily | bruise so easily | bruising easily | bruise
        like a peach | bruising like a peach | covered in bruises | random bruises | bruises
        everywhere | bruises all over | nosebleed | nosebleeds | nose bleed | nose bleeds | nose
        bleeding | bloody nose | bloody noses | bleeding gums | gums bleeding | gums bleed | blood
        in my {pee,urine,stool,poop} | sang dans {les urines,les selles,mes urines,mes selles} |
        pipi rouge | saigne pour un rien | bleed for ages | won't stop bleeding | wouldn't stop
        bleeding |
    """,
    "tremor / restlessness": """
        tremblements | tremblement | je tremble | je tremblais | tremble comme une feuille |
        tremblais comme une feuille | mains qui tremblent | les mains qui tremblent | tremblote |
        tremblotte | tremblotais | shaky | shaky hands | hands shaking | my hands shake | hands
        won't stop shaking | tremor | tremors | tremoring | the shakes | shaking like a leaf |
        shaking all over | jittery | jitters | akathisie | akathisia | impossible de tenir en
        place | peux pas tenir en place | tiens plus en place | tenir en place | peux pas rester
        assis | peux pas rester assise | impossible de rester assis | impossible de rester assise
        | la bougeotte | besoin de bouger tout le temps | envie de sortir de ma peau | sortir de ma
        peau | jambes qui bougent toutes seules | agitée de l'intérieur | agité de l'intérieur |
        comme un moteur à l'intérieur | un moteur dans le corps | can't sit still | cant sit
        still | couldn't sit still | couldnt sit still | buzzing inside | buzzing on the inside |
        vibrating inside | vibrating on the inside | crawl out of my skin | crawling out of my skin
        | jump out of my skin | jumping out of my skin | inner restlessness | restlessness |
        restless all the time | pacing all night | couldn't stop pacing | can't stop pacing |
        motor running inside | can't stop moving | cant stop moving | legs won't stop moving |
    """,
    "teeth / gums": """
        mal à la mâchoire | mal a la machoire | douleur à la mâchoire | douleurs à la mâchoire |
        mâchoire {serrée,crispée,douloureuse,bloquée,en vrac} | je serre les dents | serre les
        dents la nuit | bruxisme | grince des dents | je grince des dents | jaw pain | jaw ache |
        jaw aches | jaw hurts | jaw clenching | clenching my jaw | clenched jaw | grinding my teeth
        | teeth grinding | grinding teeth | lockjaw | jaw is killing me | sore jaw | dents {de
        devant,du devant,}
        {toutes,} {marron,jaunes,noires,grises,brunes,tachées} | dents tachées | taches sur les
        dents | dents
        qui se tachent | dents qui jaunissent | gencives {gonflées,enflées,qui gonflent,qui
        recouvrent les dents,qui poussent,énormes} | teeth {stained,turned brown,went brown,turned
        yellow,went yellow,are brown,are stained,turned grey} | stained teeth | brown teeth |
        brown stains on my teeth | gums {grew over,are growing over,overgrew,swollen,swelled} |
        gum overgrowth | overgrown gums | swollen gums |
    """,
    "cough": """
        toux sèche | toux seche | toux sèche qui {dure,me réveille,n'arrête pas,ne passe pas} |
        toux {persistante,chronique,qui ne passe pas,qui passe pas,incessante,d'irritation} |
        tousse {sans arrêt,sans arret,non-stop,jour et nuit,toute la nuit,depuis des semaines,
        depuis des mois} | je tousse sans arrêt | quinte de toux | quintes de toux | dry cough |
        tickly cough | hacking cough | nagging cough | persistent cough | chronic cough | cough
        {that won't go away,that wont go away,won't go away,wont go away,that won't quit,for
        weeks,for months} | coughing {non stop,nonstop,all night,for weeks,for months,constantly}
        | constant cough | ace cough | tickle in my throat |
    """,
    "voice change": """
        voix {cassée,cassee,rauque,enrouée,enrouee,éraillée,de canard,qui déraille,qui a changé,
        plus grave,qui part} | enroué | enrouée | extinction de voix | perdu ma voix | plus de voix
        | hoarse | hoarse voice | hoarseness | lost my voice | raspy voice | croaky voice | croaky
        | voice {is shot,is gone,went,changed,got deeper,cracking,is raspy,is hoarse} |
    """,
    "pigmentation / hair change": """
        poils {partout,au menton,sur le visage,sur le ventre,qui poussent} | des poils au menton |
        pousse de poils | duvet sur le visage | moustache qui pousse | hirsutisme | pilosité |
        poilue | poilu comme un singe | cils {plus longs,qui poussent,qui ont poussé} | hair growth
        | facial hair | chin hairs | chin hair | hair on my {face,chin,chest,back} | growing a
        {beard,mustache,moustache} | peach fuzz | hirsutism | hairy | hairier | eyelashes {grew,got
        longer,are longer} | cheveux {devenus frisés,tout frisés,qui frisent,frisés,bouclés,plus
        clairs,plus foncés,qui foncent,qui ont foncé,qui ont changé,ont changé de texture,qui
        blanchissent,devenus blancs} | devenus frisés | devenus bouclés | sont devenus frisés | hair
        {went curly,turned curly,got curly,changed texture,got
        darker,went dark,turned dark,came back dark,coming back dark,changed colour,changed color,
        turned grey,turned gray,went grey,went gray,turned white,went white} | coming back dark |
        came back dark | grey hair {turned dark,went dark} | passé de {vert,bleu,gris,noisette} à
        {marron,brun,marron clair} | {œil,oeil,yeux} {plus foncé,plus foncés,plus marron,devenu
        marron,devenus marron} | eye {has gone,went,turned,got} {browner,darker,brown} | eyes
        {have gone,went,turned,got} {browner,darker,brown} | browner | gone browner | turned
        browner | iris {plus foncé,darker,browner} | peau {plus foncée,qui fonce,bronzée sans
        soleil,grise} | taches brunes | dark patches | skin {darkened,got darker,turned grey,turned
        blue} | melasma | mélasma | masque de grossesse |
    """,
    "mouth sores / dry mouth": """
        aphte | aphtes | plein d'aphtes | bouche pleine d'aphtes | ulcères buccaux | ulcères dans
        la bouche | plaies dans la bouche | mucite | bouche sèche | bouche seche | la bouche sèche
        | bouche pâteuse | bouche en carton | bouche comme du carton | langue noire | langue
        chargée | langue {blanche,poilue} | muguet | mouth ulcers | mouth ulcer | mouth sores |
        mouth sore | canker sores | canker sore | ulcers in my mouth | sores in my mouth |
        mucositis | dry mouth | dry as a desert | cotton mouth | cottonmouth | mouth like sandpaper
        | black tongue | hairy tongue | oral thrush | white tongue | lèvres gercées | cracked lips
        | chapped lips | lips {cracking,peeling,so dry} | lèvres {sèches,qui pèlent,craquelées} |
    """,
    "cold extremities": """
        mains glacées en permanence | extrémités froides | doigts {tout blancs,tous blancs,qui
        deviennent blancs,violets,qui bleuissent} | syndrome de raynaud |
        raynaud | toujours froid aux mains | froid aux extrémités | cold hands | icy hands | cold
        feet | icy feet | hands like ice | hands are like ice | fingers {turn white,turned white,
        went white,go white,turn blue,turned blue,went blue,are freezing,go numb in the cold} |
        raynaud's | freezing hands | freezing fingers | always cold now | constantly cold |
        frileuse | frileux | j'ai tout le temps froid | tout le temps froid |
    """,
    "blood sugar change": """
        hypo | hypos | fait une hypo | fais des hypos | fait des hypos | hypoglycémie |
        hypoglycemie | hyperglycémie | hyperglycemie | glycémie {à,a} {2..6},{0..9} | glycémie
        {qui chute,qui s'effondre,en vrac,qui monte,qui grimpe,au plafond,à 3,à 4,explosée,qui
        explose,qui fait le yoyo,qui fait le yo-yo} | sucre {qui chute,qui monte,au plafond} |
        glycémie {fait le yoyo,fait le yo-yo,fait du yoyo,trop haute,trop basse,élevée,déréglée,
        s'envole,a explosé,a chuté} | glycémies {en vrac,élevées,au plafond,qui font le yoyo} |
        blood sugar {through the roof,sky high,is sky high,went sky high,way up,way down,swings,
        is swinging,all over,spikes,keeps dropping,keeps crashing} | blood sugars {are high,went
        up,spiked,crashed,all over the place} | diabète cortico-induit | diabète induit | blood
        sugar {crashed,dropped,tanked,went low,
        spiked,is through the roof,went through the roof,all over the place,is all over the
        place,went up,shot up,skyrocketed,crashing,dropping} | sugars {are high,went up,spiked,
        crashed,dropped,are all over the place} | sugar crash | sugar crashes | low blood sugar |
        high blood sugar | blood sugar lows | steroid induced diabetes | steroid-induced diabetes
        | a1c went up | a1c {jumped,shot up,rose} | glucose {spiked,crashed,dropped,went up} |
        hypoglycemia | hyperglycemia | went hypo | going hypo |
    """,
    "blood pressure change": """
        tension {à 15,à 16,à 17,à 18,à 19,à 20,à 21,à 22,à 8,à 9,qui grimpe,qui monte,qui
        s'envole,qui explose,qui chute,qui s'effondre,dans les chaussettes,au plafond,trop basse,
        trop haute,qui a grimpé,qui a chuté,explosée} | tension {à,a} {15..22} | {tension,la
        tension} {a grimpé,a explosé,a chuté,est montée,est descendue} | hypotension |
        hypotension orthostatique | blood pressure {spiked,shot up,went through the roof,is
        through the roof,tanked,dropped,crashed,bottomed out,went up,went sky high,skyrocketed,is
        sky high,too low,too high} | bp {spiked,shot up,through the roof,tanked,dropped,crashed,
        went up,skyrocketed,is sky high,was sky high,bottomed out} | pressure dropped | pressure
        tanked | bp of {160..220} | bp at {160..220} | tension {14..22}/{9..13} |
        {14..22}/{9..13} de tension | low blood pressure | high blood pressure readings |
    """,
    "liver / kidney tests": """
        enzymes du foie | enzymes hépatiques {élevées,qui montent,au plafond,explosées} |
        transaminases {élevées,qui montent,au plafond,explosées,qui ont grimpé,trop hautes} |
        transaminases | gamma gt {élevés,explosés,au plafond} | bilan hépatique {mauvais,perturbé,
        pas bon,en vrac,catastrophique} | foie {en vrac,qui souffre,abîmé,malade,atteint} |
        hépatite médicamenteuse | hepatite medicamenteuse | atteinte hépatique | créatinine {qui
        monte,élevée,a grimpé,en hausse,trop haute} | créatinine | reins {qui fatiguent,qui
        souffrent,abîmés,en vrac,qui lâchent,atteints} | fonction rénale {en baisse,dégradée,
        qui baisse,qui chute,altérée} | insuffisance rénale | atteinte rénale | calculs rénaux |
        hyponatrémie | hyperkaliémie | potassium {trop haut,trop bas,élevé,qui monte} | sodium {trop
        bas,qui chute} | jaunisse | yeux jaunes | teint jaune | liver enzymes | liver enzymes {up,
        high,elevated,through the roof,went up,spiked,doubled,tripled} | elevated liver enzymes |
        liver {numbers,values,function,tests} {up,are up,went up,bad,are bad,off,are off,
        abnormal,spiked,elevated} | alt and ast | liver damage | liver injury | liver is {shot,
        damaged,struggling} | kidney function {dropped,went down,declined,tanked,is down} |
        creatinine {up,went up,high,rose,spiked,elevated,climbing} | kidney {numbers,values}
        {up,are up,bad,off,are off,went up} | kidney damage | kidney injury | kidneys {are
        struggling,took a hit,are damaged,shut down,failing} | egfr {dropped,went down,tanked} |
        potassium {high,too high,went up,spiked,low,too low} | sodium {low,dropped,too low,
        crashed} | jaundice | jaundiced | yellow eyes | eyes turned yellow | whites of my eyes
        {yellow,turned yellow} | dark urine | urine {foncée,couleur coca,marron} | pee {dark,brown,
        like coke} |
    """,
    "infections / immune": """
        mycose | mycoses | candidose | mycose {vaginale,buccale} |
        infection urinaire | infections urinaires | cystite | cystites | yeast infection | yeast
        infections | thrush | candida | uti | utis | urinary tract infection | bladder infection |
        fungal infection | fungal infections | vaginal infection |
    """,
    "injection-site reaction": """
        bras en béton | bras en beton | bras en bois | bras {douloureux,tout rouge,tout gonflé,tout
        dur,mort,lourd,qui lance,bloqué,paralysé,en compote} | point d'injection {rouge,gonflé,
        dur,chaud,douloureux,qui gratte,qui démange} | site d'injection {rouge,gonflé,dur,chaud,
        douloureux} | au point d'injection | au site d'injection | boule au point d'injection |
        grosse boule sous la peau | induration | nodule au point d'injection | cuisse {toute
        rouge,toute dure,rouge et dure,gonflée,toute gonflée} | fesse {toute rouge,dure,gonflée} |
        peux plus lever le bras | impossible de lever le bras | impossible de le lever | peux plus
        lever mon bras | dead arm | arm like a brick | arm like a rock | arm like concrete | arm
        {is killing me,was killing me,is so sore,so sore,hurts so bad,felt like lead,feels like
        lead,is swollen,swelled up,is red,is hot,is itchy} | sore arm | covid arm | can't lift my
        arm | cant lift my arm | couldn't lift my arm | couldnt lift my arm | injection site {red,
        swollen,sore,itchy,hot,hard,lump,pain,reaction,bruise,bruised,rash} | lump at the
        injection site | lump where {i,he,she,they} injected | red patch where | red circle
        around | hard lump | knot in my arm |
    """,
    "flu-like reaction": """
        {38..41} de fièvre | {38..41},{0..9} de fièvre | fièvre à {38..41} | fièvre à
        {38..41},{0..9}
        | fièvre de cheval | frissons | des frissons | je grelottais | grelotte | grelottais |
        claquer des dents | claquais des dents | état grippal | syndrome grippal | symptômes
        grippaux | comme une grosse grippe | courbaturé de partout | courbaturée de partout | fever
        of {100..105} | fever {100..105} | {100..105} fever | chills | the chills | shivering |
        rigors | shaking chills | uncontrollable shivering | teeth chattering | knocked me flat |
        knocked me on my ass | flattened me | wiped me out | hit me like a truck | hit by a truck |
        felt like i got hit by a truck | flu-like | flu like symptoms | flu-like symptoms | felt
        like flu | like the flu | body aches and chills |
    """,
    "dependence / withdrawal": """
        en manque | état de manque | symptômes de manque | accro | accroc | dépendance | impossible
        d'arrêter | peux plus m'en passer | peux pas m'en passer |
        syndrome de sevrage | sevrage horrible | sevrage atroce | effet rebond | décharges
        électriques | décharges dans la tête | addicted | addiction | hooked on | dependent on |
        dependence | dependency | can't stop taking | cant stop taking | can't get off | cant get
        off | couldn't get off | withdrawal symptoms | withdrawals were | withdrawal was hell |
        discontinuation syndrome | brain zaps | brain shivers | zaps | rebound headaches |
        rebound insomnia | rebound anxiety |
    """,
    "abnormal dreams": """
        rêves {barrés,complètement barrés,bizarres,chelous,de ouf,hyper réalistes,tellement
        réels,flippants,horribles,étranges,délirants,super intenses,intenses,hyper intenses} |
        reves {barres,bizarres,chelous} | rêve {bizarre,barré,chelou,flippant,horrible} |
        cauchemars | cauchemarde | cauchemardes | terreurs nocturnes | vivid dreams |
        crazy dreams | weird dreams | insane dreams | wild dreams | strange dreams | bizarre
        dreams | intense dreams | nightmares | night terrors | dreams {are wild,are
        insane,are crazy,are no joke,so vivid,are so vivid,are so real,so real,got weird,are
        weird} | dreamed my | dreamt my | woke up screaming | me réveille en hurlant |
        réveillé en hurlant | réveillée en hurlant |
    """,
    "hallucinations / confusion": """
        voyait des {enfants,gens,chats,bêtes,insectes,araignées,personnes,animaux,choses,ombres}
        | voit des {enfants,gens,chats,bêtes,insectes,araignées,personnes,animaux,choses,ombres}
        | je voyais des {gens,bêtes,insectes,choses,ombres} | des visions | les visions | visions
        | voit des choses | voyait des choses | parlait à des gens | parle à des gens | des gens
        qui n'existent pas | des bêtes sur les murs | des insectes sur les murs | entend des voix
        | entendait des voix | j'entendais des voix | saw {cats,bugs,spiders,people,children,kids,
        animals,insects,shadows,things,faces} | seeing {cats,bugs,spiders,people,children,kids,
        animals,insects,shadows,things,faces} | sees {cats,bugs,spiders,people,children,kids,
        animals,insects,shadows,things} | people who {weren't,aren't} there | people that
        {weren't,aren't} there | bugs on the {wall,walls,ceiling} | cats walking on the ceiling |
        talking to people who | hearing voices | heard voices | didn't know where she was |
        didn't know where he was | didn't recognise me | didn't recognize me | ne me reconnaissait
        plus | ne reconnaissait plus | complètement perdue | complètement perdu | delirium |
        délirait | delirious |
    """,
    "compulsive behaviour": """
        accro {aux jeux,au jeu,au casino,aux paris,au shopping,aux achats,au loto} |
        addicted to {gambling,shopping,porn,sex} | jouer au loto | jouer au casino | paris en ligne
        | paris sportifs | jeux d'argent | jeux
        à gratter | addiction au jeu | addict au jeu | joue compulsivement | achats compulsifs |
        achète compulsivement | acheter compulsivement | dépenses folles | dépensé des milliers |
        flambé {toutes nos économies,nos économies,ses économies} | hypersexualité | hypersexuel |
        compulsive shopper | compulsive shopping | compulsive buying | compulsive gambling |
        compulsive gambler | started gambling | gambling | shopping sprees | spending sprees |
        spending spree | binge shopping | compulsive eating | binge eating | hypersexual |
        hypersexuality | impulse control | impulsive spending | online gambling | gambled away |
    """,
    "hearing loss": """
        perdu une partie de l'audition | perdu {de l'audition,l'audition,une partie de mon
        audition,mon audition,une oreille} | perte d'audition | perte auditive | baisse d'audition
        | baisse de l'audition | entends plus rien | j'entends plus | n'entend plus | il entend
        plus | elle entend plus | sourd d'une oreille | sourde d'une oreille | devenu sourd |
        devenue sourde | à moitié sourd | à moitié sourde | took part of my hearing | took my
        hearing | lost part of my hearing | lost some hearing | lost my hearing | lost hearing |
        hearing loss | hearing {went,is gone,is shot,got worse,damage} | deaf in one ear | went
        deaf | half deaf | can't follow conversations | cant follow conversations | can't hear
        properly | cant hear properly | hard of hearing |
    """,
    "sexual dysfunction": """
        plus rien de ce côté-là | plus rien de ce côté là | plus rien de ce coté là | plus rien
        en bas | ça marche plus en bas | ça fonctionne plus en bas | plus rien sous la couette |
        calme plat sous la couette | panne sèche | plus de désir | libido {zéro,à zéro,partie en
        fumée,dans les chaussettes} | stopped working downstairs | things stopped working |
        nothing happening downstairs | nothing down below | not working down there | dead down
        there | couldn't get it up | can't get it up | cant get it up | couldnt get it up | no sex
        drive | zero libido | no libido | killed my libido | killed my sex drive | libido is gone
        | libido gone | vaginal dryness | sécheresse vaginale | numb down there | insensible en
        bas |
    """,
    "palpitations": """
        coeur à {110..200} | cœur à {110..200} | pouls à {110..200} | heart rate {110..200} | heart
        rate of {110..200} | pulse {110..200} | pulse of {110..200} | hr {110..200} | coeur qui
        s'emballe | cœur qui s'emballe | coeur qui cogne | cœur qui cogne | coeur qui saute |
        extrasystoles | tachycardie | tachy | heart racing | racing heart | heart pounding |
        pounding heart | heart skipping | skipped beats | skipping beats | heart flutters |
        fluttering heart | heart was going crazy | heart going crazy | heart doing somersaults |
    """,
    "fainting": """
        tombée dans les pommes | tombé dans les pommes | tombe dans les pommes | fait un malaise |
        malaise vagal | perdu connaissance | perte de connaissance | évanoui | évanouie | évanouie
        | je me suis évanouie | passed out | blacked out | fainted | fainting | syncope | keeled
        over | went down like a sack | nearly passed out | almost passed out | almost fainted |
    """,
    "paraesthesia / numbness": """
        fourmis | fourmis dans {les mains,les pieds,les doigts,les jambes} | fourmillements |
        fourmillement | picotements | picote | ça picote | engourdi | engourdie | engourdis |
        engourdissement | pins and needles | tingly | tingling | tingles | zingy | numb hands |
        numb feet | numb fingers | numb toes | electric shocks | décharges électriques |
    """,
    "diarrhoea": """
        la courante | chiasse | chiasses | aux toilettes toute la journée | j'ai passé la
        nuit aux toilettes | on the toilet all day | on the toilet all night | glued to the toilet
        | the runs | explosive diarrhea | explosive diarrhoea | liquid poop | the squirts |
    """,
}


# Fourth broadening (v7 misses read as families, 2026-12-02): urine colour, hair falling in
# handfuls, "nothing works down there", burns of a given degree, metallic and coin tastes, a
# life spent in the bathroom, retinal damage, an inconsolable baby after shots, migraine aura.
_FOURTH_REACTIONS: dict[str, str] = {
    "urinary problems": """
        {pipi,urine,urines} {orange,rouge,rose,marron,vert,verte,bleu,bleue,fluo,foncé,foncée,
        couleur coca,couleur thé} | {pipi,urine} est devenu {orange,rouge,rose,marron,vert,bleu,
        fluo} | {pipi,urine} est devenue {orange,rouge,rose,marron,verte,bleue,fluo} | {pee,urine}
        {turned,went,is,was} {orange,red,pink,brown,green,blue,neon,dark} | {orange,red,pink,
        brown,green,blue,neon} {pee,urine} | fait pipi {orange,rouge,rose,vert,bleu,fluo} | peeing
        {orange,red,pink,green,blue,neon} |
    """,
    "hair loss": """
        perdu plein de cheveux | perds plein de cheveux | perd plein de cheveux | perdu beaucoup de
        cheveux | perds beaucoup de cheveux | perdu des poignées de cheveux | perds mes cheveux par
        poignées | brosse est pleine | brosse pleine de cheveux | cheveux plein la brosse | cheveux
        partout dans la douche | losing so much hair | lost so much hair | losing handfuls of hair |
        hair in the drain | hair all over the shower | hair everywhere | brush is full of hair |
        clumps of hair | hair coming out in clumps | shedding like crazy |
    """,
    "sexual dysfunction": """
        plus rien ne fonctionne en bas | rien ne fonctionne en bas | plus rien ne marche en bas |
        ça marche plus en bas | le calme plat côté couple | côté couple c'est le calme plat | plus
        rien côté couple | nothing works down there | nothing worked down there | nothing working
        down there | dead down there | nothing going on down there | can't perform | couldn't
        perform | no sex drive | zero sex drive | zéro libido | plus de libido | libido à zéro |
    """,
    "photosensitivity": """
        brûlure au {1er,premier,2e,2ème,2nd,second,3e,troisième} degré | brûlures au {1er,premier,
        2e,2ème,2nd,second} degré | {first,second,2nd,1st,third,3rd} degree burn | {first,second,
        2nd,1st,third,3rd} degree burns | {first,second,2nd,1st,third,3rd}-degree burn |
        {first,second,2nd,1st,third,3rd}-degree burns | cloques au soleil | blistered in the sun |
    """,
    "taste / smell change": """
        goût de pièce | gout de piece | goût de pièces | goût de monnaie | gout de monnaie | goût de
        ferraille | goût de fer | goût métallique dans la bouche | taste like pennies | tastes like
        pennies | taste like burnt pennies | tastes like burnt pennies | taste like coins | tastes
        like coins | taste like metal | tastes like metal | taste like a penny | tastes like a penny
        | taste like batteries | tastes like batteries | everything taste like | everything tastes
        like | everything tastes off | everything tastes weird | everything tastes wrong | tout a
        un goût | tout a un gout | tout a le goût | le café a un goût | metal mouth | metallic
        mouth | mouth tastes like |
    """,
    "diarrhoea": """
        {spend,spent,spending} {my mornings,my days,my nights,my whole day,all day,all morning,
        half the day,half my day,the whole day} {in the bathroom,on the toilet,on the loo,in the
        loo} | live in the bathroom | living in the bathroom | lives in the bathroom | run to the
        bathroom | running to the bathroom | ran to the bathroom | sprint to the bathroom |
        {passe,passé} {mes matinées,mes journées,mes nuits,ma matinée,ma journée,la matinée} {aux
        toilettes,sur le trône,au petit coin} | je vis aux toilettes | vis aux toilettes | course
        aux toilettes | cours aux toilettes |
    """,
    "vision problems": """
        changes in my retina | changes in her retina | changes in his retina | changes in the
        retina | retinal changes | retinal damage | retinal toxicity | retina damage | damage to my
        retina | rétine abîmée | rétine abimée | atteinte rétinienne | atteinte de la rétine |
        toxicité rétinienne | lésions de la rétine | lésion rétinienne | zigzag lights | zig zag
        lights | zigzag lines | zig-zag lights | zigzags | zigzag | migraines with aura | migraine
        with aura | migraine avec aura | migraines avec aura | migraines ophtalmiques | migraine
        ophtalmique | flashing lights | lumières qui clignotent | éclairs dans les yeux |
    """,
    "mood / psychiatric": """
        screaming for hours | been screaming | screamed for hours | inconsolable | won't settle |
        wont settle | wouldn't settle | can't be soothed | crying nonstop | crying non stop | cried
        for hours | pleure sans arrêt | pleure sans s'arrêter | hurle depuis | hurlé pendant |
        pleuré pendant des heures | impossible à calmer | inconsolable depuis |
    """,
}


# Fifth broadening (v9 misses read as families, 2026-12-02): sore breasts, weight told as a
# number of pounds, eating "like four", nights of a few hours, sleeping through alarms, night-time
# acts with no memory, drinks tasting flat or of battery water, legs that ached, periods coming
# weeks early, being turned into a "raging monster".
_FIFTH_REACTIONS: dict[str, str] = {
    "thirst / urination": """
        soif énorme | une soif énorme | super soif | tout le temps soif | soif tout le temps | boit
        sans arrêt | urine toutes les heures | pipi toutes les heures | always thirsty | so thirsty
        | constantly thirsty | pee every hour | peeing every hour | can't pass water | cant pass
        water | can't pee | cant pee | unable to pee | n'arrive plus à uriner
        | arrive plus à faire pipi |
    """,
    "confusion": """
        really muddled | muddled | all muddled | so confused | really confused | confus | confuse |
        complètement confus | complètement confuse | désorienté | désorientée | disoriented |
    """,
    "skin rash": """
        red man | red man syndrome | flushed bright red | went bright red | flushed red all over |
    """,
    "bleeding": """
        peed blood | peeing blood | pee blood | blood in my pee | blood in his pee | blood in her
        pee | blood in his urine | blood in her urine | blood in my urine | sang dans les urines |
        du sang dans ses urines | du sang dans mes urines | fait pipi du sang | pissé du sang |
    """,
    "hypersalivation": """
        drools | drooling | drooled | salive trop |
    """,
    "breast pain": """
        seins douloureux | seins super douloureux | seins très douloureux | seins tendus et
        douloureux | seins qui font mal | mal aux seins | poitrine douloureuse | seins gonflés |
        sore breasts | breast pain | breasts hurt | breasts are sore | boobs hurt | sore boobs |
        tender breasts | breast tenderness | nipples hurt | sore nipples |
    """,
    "weight gain": """
        {2..60}lbs up | up {2..60}lbs | gained {2..60}lbs | pris {2..40} kilos en {1..12} mois |
    """,
    "appetite change": """
        mange comme {4,quatre,deux,un ogre,un goinfre} | je dévore | vide le frigo | vider le frigo
        | eat an entire pantry | eat the entire pantry | eat the whole pantry | eating the whole
        fridge | raid the fridge | raiding the fridge | eat like a horse |
    """,
    "insomnia": """
        dors {1..4}h par nuit | dors {1..4} h par nuit | dors {1..4} heures par nuit | dors que
        {1..4}h | sleeping {1..4} hours a night | sleep {1..4} hours a night | sleep like {1..4}
        hours |
    """,
    "somnolence": """
        sleeps {12..24} {hrs,hours,h} a day | sleeping {12..24} {hrs,hours} a day | dort
        {12..24}h par jour | dort {12..24} heures par jour |
        slept through {my alarm,the alarm,my alarms,{2..5} alarms} | sleep through my alarm |
        pas entendu {mon,le} réveil | pas entendu mes réveils |
    """,
    "memory problems": """
        dont je me souviens pas | dont je ne me souviens pas | dont je me rappelle pas | dont je ne
        me rappelle pas | sans aucun souvenir | don't remember doing | no memory of doing | no
        recollection of doing | somnambule |
        somnambulisme | sleepwalking | sleep walking | sleepwalked | sleep-eating | sleep eating |
    """,
    "taste / smell change": """
        taste like battery | tastes like battery | taste like battery water | tastes like battery
        water | drinks taste flat | fizzy drinks taste flat |
    """,
    "muscle / tendon pain": """
        legs ached | my legs ached | legs ache | legs aching | aching legs | crampes dans les
        mollets | crampes aux mollets | crampes dans les jambes | crampes aux jambes | leg cramps |
        calf cramps | cramps in my legs | cramps in my calves |
    """,
    "menstrual changes": """
        period came {1..3} weeks early | period came {2..20} days early | period came early | my
        period came twice | two periods in a month | {2,two} periods in one month | period every
        two weeks | period twice a month | règles {deux,2} fois par mois |
    """,
    "mood / psychiatric": """
        raging monster | turned me into a monster | turned me into a raging | a complete psycho |
        cried at a | crying at adverts | pleure devant les pubs | une vraie furie | une furie |
    """,
}


# Sixth broadening (v10-v12 misses read as families, 2026-12-03): fingers turning white in the
# cold, a blue tint over everything, named rare diagnoses (osteonecrosis, meningioma), dystonia
# told in French, a heart that "s'est emballé" or skipped beats, gums growing over the teeth,
# cycles "all over the place", the toilet as a best friend. (Left out on review: a blocked nose,
# which decongestants are taken for, and "a different kid" / "unrecognisable", said of good
# changes as often as bad.)
_SIXTH_REACTIONS: dict[str, str] = {
    "cold extremities": """
        doigts blancs | doigts deviennent blancs | doigts glacés | doigts morts | fingers turning
        white | white fingers |
    """,
    "vision problems": """
        filtre bleu | voyait bleu | vois bleu | blue-tinted vision | everything was blue | saw
        everything blue |
    """,
    "other adverse effect": """
        ostéonécrose | osteonecrose | osteonecrosis | osteonecrosis of the jaw | bone never healed |
        os à nu | exposed bone | méningiome | meningiome | méningiomes | meningioma | meningiomas |
    """,
    "convulsion": """
        réaction dystonique | reaction dystonique | mâchoire s'est bloquée | tongue twisting |
        langue partait sur le côté | langue qui part sur le côté |
    """,
    "palpitations": """
        coeur s'est emballé | cœur s'est emballé | coeur s'emballe | cœur s'emballe | sautait des
        battements | saute des battements | sauter des battements | skips beats |
    """,
    "teeth / gums": """
        gums grow | gums growing | gums grown | gingival overgrowth | gencives qui recouvrent |
        hyperplasie gingivale |
    """,
    "mood / psychiatric": """
        punched a hole in the wall |
    """,
    "menstrual changes": """
        periods have gone all over the place | periods all over the place | cycle all over the place
        | règles dans tous les sens | règles complètement déréglées |
    """,
    "diarrhoea": """
        the toilet are best friends | toilet and i are best friends | best friends with the toilet |
        toilet is my best friend | toilettes sont mes meilleures amies | meilleure amie des
        toilettes |
    """,
    "sexual dysfunction": """
        anorgasmique | anorgasmic |
    """,
}


# Seventh broadening (v13-v14 misses, 2026-12-03): a brain "to mush" or "buffering", double
# vision, unsteady on one's feet, gambling taken up ("s'est mis au poker"), food that sits in the
# stomach. (Left out on review: brown stains, which are as often on a sofa, and burping up, what
# antacids are taken for.)
_SEVENTH_REACTIONS: dict[str, str] = {
    "cognitive / memory": """
        brain to mush | brain is mush | brain turned to mush | brain feels like mush | cerveau en
        compote | cerveau en bouillie | brain is buffering | brain feels like it's buffering | lose
        words | losing words | perds mes mots |
    """,
    "vision problems": """
        see double | double vision | vision double | voyais double | diplopie | diplopia |
    """,
    "balance / falls": """
        chancelant | chancelante | toute chancelante | tout chancelant | se tient aux meubles | se
        tenir aux meubles |
    """,
    "compulsive behaviour": """
        s'est mis au poker | s'est mis au pmu | s'est mis à jouer | s'est mise à jouer | poker en
        ligne | jeu pathologique |
    """,
    "abdominal pain": """
        gastroparesis | gastroparésie | delayed gastric emptying | vidange gastrique | food just
        sits | food sits in my stomach | rots au soufre | rots qui sentent l'oeuf pourri |
    """,
}


for _category, _spec in (
    *_MORE_REACTIONS.items(),
    *_RARE_REACTIONS.items(),
    *_BROAD_REACTIONS.items(),
    *_FOURTH_REACTIONS.items(),
    *_FIFTH_REACTIONS.items(),
    *_SIXTH_REACTIONS.items(),
    *_SEVENTH_REACTIONS.items(),
):
    REACTIONS[_category] = tuple(dict.fromkeys(REACTIONS.get(_category, ()) + _terms(_spec)))


# Body part + state: "visage tout rouge", "le cœur qui tabasse", "her eyes got all red and
# puffy", "my lips and tongue went numb". Either word alone is no symptom ("rouge", "red",
# "tape", "face"), together within one clause they are, and the pair says which one. Listing
# every pairing would multiply the lexicon; matching both vocabularies in the same pass and
# pairing them at scoring time covers the lay descriptions no list anticipates.
BODY_PARTS: dict[str, tuple[str, ...]] = {
    "skin": _terms(
        """
        peau | visage | figure | joues | joue | cou | torse | dos | bras | jambes | ventre | fesses
        | corps | mains | pieds | cuisses | décolleté | poitrine | front | menton | nuque | épaules
        | paumes | cuir chevelu | skin | face | cheeks | cheek | neck | chest | arms | arm | legs |
        belly | tummy | body | hands | hand | feet | thighs | palms | forehead | scalp | torso |
        shoulders | butt | bum | cuisse | fesse | jambe | épaule | leg | thigh | shoulder |
    """
    ),
    "face": _terms(
        """
        lèvres | lèvre | langue | yeux | paupières | paupière | bouche | nez | visage | figure |
        joues | gorge | lips | lip | tongue | eyes | eyelids | eyelid | mouth | nose | face | cheeks
        | throat |
    """
    ),
    "mouth": _terms(
        """
        bouche | lèvres | lèvre | langue | gencives | palais | mouth | lips | lip | tongue | gums |
        avaler | swallow | swallowing | gorge | throat |
    """
    ),
    "distal": _terms(
        """
        mains | pieds | doigts | orteils | chevilles | cheville | poignets | jambes | bras | hands |
        hand | feet | foot | fingers | toes | ankles | ankle | wrists | legs | arms |
    """
    ),
    "gut": _terms(
        """
        ventre | estomac | bide | intestins | boyaux | bidou | stomach | gut | guts | belly | tummy
        | bowels | intestines | insides |
    """
    ),
    "chest": _terms("poitrine | thorax | chest"),
    "heart": _terms("coeur | cœur | palpitant | pouls | heart | pulse | heartbeat"),
    "head": _terms("tête | crâne | cerveau | head | skull | brain"),
    "ears": _terms("oreilles | oreille | tympans | ears | ear"),
    "eyes": _terms(
        "yeux | oeil | œil | vue | vision | eyes | eye | eyesight | paupières | paupière | cils |"
        " eyelids | eyelid | lids | lashes | eyelashes | iris | rétine | retina | retinas"
    ),
    "muscle": _terms(
        """
        muscles | articulations | genoux | genou | mollets | mollet | cuisses | tendons | tendon |
        talons | talon | épaules | épaule | nuque | os | hanches | mâchoire | mâchoires | joints |
        knees | knee | calves | calf | thighs | heels | heel | shoulders | hips | bones | jaw |
        achilles | mon dos | bas du dos | lombaires | reins | my back | lower back | her back | his
        back | coudes | coude | poignets | elbows | elbow | wrists |
    """
    ),
    "legs": _terms("jambes | genoux | legs | knees"),
    "breath": _terms("gorge | poitrine | poumons | bronches | throat | chest | airway | lungs"),
    "jaw": _terms("mâchoire | mâchoires | jaw"),
    "arm": _terms("bras | arm"),
}

# State -> words. A state pairs with the first part class its row in `_PAIRINGS` accepts.
BODY_STATES: dict[str, tuple[str, ...]] = {
    "red": _terms(
        """
        rouge | rouges | tout rouge | toute rouge | tout rouges | toutes rouges | rougi | rougie |
        rougis | rougies | écarlate | cramoisi | red | bright red | all red | beet red | redness |
        flushed |
    """
    ),
    "burn": _terms(
        """
        brûle | brûlent | brûlait | brûlaient | brûlure | brûlures | brûlant | brûlante | brûlants |
        brûlantes | en feu | chauffe | chauffent | chauffait | irrité | irritée | irrités | irritées
        | burning | burned | burnt | burns | on fire | hot | stinging | stings | stung | raw |
        irritated |
    """
    ),
    "itch": _terms(
        """
        gratte | grattent | grattait | grattaient | démange | démangent | démangeait | démangeaient
        | pique | piquent | piquait | piquaient | itching | itches | itched | prickly |
    """
    ),
    "swell": _terms(
        """
        gonfle | gonflent | gonflait | gonflaient | a gonflé | ont gonflé | enfle | enflent |
        enflait | enflaient | bouffi | bouffie | bouffis | bouffies | boursouflé | boursouflée |
        boursouflés | boursouflées | énorme | énormes | doublé de volume | comme un ballon | comme
        des ballons | comme des poteaux | déformé | déformée | swelled | puffy | puffed | puffed up
        | puffing up | blew up | ballooned | huge | massive | enormous | doubled | thick | like a
        balloon | like balloons |
    """
    ),
    "tingle": _terms(
        """
        picote | picotent | picotait | picotaient | fourmille | fourmillent | fourmillait | engourdi
        | engourdie | engourdis | engourdies | insensible | insensibles | paralysé | paralysée |
        paralysés | paralysées | tingling | tingly | tingle | tingles | numb | went numb | pins and
        needles | prickling |
    """
    ),
    "shake": _terms(
        """
        tremble | tremblent | tremblait | tremblaient | tremblote | tremblotent | tremblotait |
        shaking | shaky | shook | trembling | trembled | twitching | twitchy | jerking |
    """
    ),
    "pound": _terms(
        """
        cogne | cognent | cognait | tape | tapait | tabasse | tabassait | bat fort | bat vite |
        battait | s'emballe | s'emballait | palpite | bondit | bondissait | saute | sautait |
        s'affole | s'affolait | pulse | pulsait | tambourine | martèle | accélère | s'accélère |
        fait des bonds | déconne | fait n'importe quoi | pounding | racing | raced | thumping |
        hammering | fluttering | fluttered | flipping | flip flopping | skipping | skipped | banging
        | throbbing | going crazy | jumping | beating so fast | beating fast | beating hard |
        s'excite | s'excitait | galope | galopait | cavale | fait des siennes | s'énerve | fait du
        cheval |
    """
    ),
    "spin": _terms("tourne | tournait | tournoie | tangue | spinning | swimming | spins | spun"),
    "buzz": _terms(
        """
        bourdonne | bourdonnent | bourdonnait | siffle | sifflent | sifflait | grésille | ringing |
        buzzing | whooshing | humming |
    """
    ),
    "bleed": _terms(
        "saigne | saignent | saignait | saignaient | en sang | bleeding | bled | bloody"
    ),
    "peel": _terms(
        """
        pèle | pèlent | pelait | desquame | craquelée | craquelées | craque | craquent | peeling |
        cracked | cracking | flaking | flaky | splitting |
    """
    ),
    "hurt": _terms(
        """
        fait mal | font mal | faisait mal | faisaient mal | me fait souffrir | douloureux |
        douloureuse | douloureuses | en compote | me lance | me lancent | me tue | me tuent | hurt |
        hurts | hurting | ache | aches | aching | achy | sore | killing me | in agony | cramping |
    """
    ),
    "tight": _terms(
        """
        se serre | se serrait | serrée | se resserre | se resserrait | se ferme | se fermait | nouée
        | tight | tightening | tightness | closing | closing up | closed up | constricted |
    """
    ),
    "blur": _terms(
        """
        se brouille | se brouillait | brouillée | trouble | floue | flou | voilée | blurry | blurred
        | fuzzy | foggy | dim | wavy | spotty |
    """
    ),
    "heavy": _terms(
        """
        lourde | lourdes | lâche | lâchent | lâchait | lâchaient | flanchent | flageolent | en coton
        | en guimauve | molles | coupées | heavy | like lead | weak | like jelly | wobbly | gave out
        | gave way | buckled | like noodles | en bois | en plomb | like wood | like concrete | like
        bricks |
    """
    ),
    "stiff": _terms(
        """
        raide | raides | se bloque | se bloquait | coincée | crispée | crispées | stiff | locked |
        rigid | clenched | clenching |
    """
    ),
    "weird": _terms("bizarre | bizarres | chelou | weird | funny | strange"),
    "dry": _terms("sèche | sèches | desséchée | desséchées | pâteuse | dry | parched | chapped"),
    "colour": _terms(
        """
        jaune | jaunes | jaunâtre | grise | gris | grisâtre | bleutée | bleuté | violacée | violacé
        | violacées | yellow | yellowish | grey | gray | greyish | grayish | bluish | blue grey |
        blue-grey | purplish | ashen | plus foncé | plus foncée | plus foncés | plus foncées |
        foncées | noircie | noircies | brunâtre | brownish | darker | more brown | went dark |
        turned dark | discoloured | discolored |
    """
    ),
    "blue": _terms("bleues | bleue | violettes | blue | purple"),
}

# State -> (part class, category) in order of preference: "yeux rouges" is a vision complaint,
# "joues rouges" a rash, "ventre qui brûle" a stomach pain, "pieds qui brûlent" a neuropathy.
_PAIRINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "red": (("eyes", "vision problems"), ("skin", "skin rash"), ("face", "skin rash")),
    "burn": (
        ("gut", "abdominal pain"),
        ("chest", "abdominal pain"),
        ("eyes", "vision problems"),
        ("mouth", "other adverse effect"),
        ("distal", "paraesthesia / numbness"),
        ("skin", "skin rash"),
        ("head", "headache (weak)"),
    ),
    "itch": (("skin", "pruritus"), ("face", "pruritus"), ("distal", "pruritus")),
    "swell": (
        ("gut", "abdominal pain"),
        ("face", "angioedema / swelling"),
        ("mouth", "angioedema / swelling"),
        ("distal", "angioedema / swelling"),
        ("skin", "angioedema / swelling"),
    ),
    "tingle": (
        ("distal", "paraesthesia / numbness"),
        ("face", "paraesthesia / numbness"),
        ("skin", "paraesthesia / numbness"),
        ("head", "paraesthesia / numbness"),
    ),
    "shake": (
        ("distal", "convulsion"),
        ("skin", "convulsion"),
        ("muscle", "convulsion"),
        ("head", "convulsion"),
    ),
    "pound": (
        ("heart", "palpitations"),
        ("chest", "palpitations"),
        ("head", "headache (weak)"),
        ("ears", "tinnitus"),
    ),
    "spin": (("head", "dizziness"),),
    "buzz": (("ears", "tinnitus"), ("head", "dizziness")),
    "bleed": (
        ("mouth", "bleeding"),
        ("face", "bleeding"),
        ("skin", "bleeding"),
        ("gut", "bleeding"),
    ),
    "peel": (("skin", "skin rash"), ("face", "skin rash")),
    "hurt": (
        ("gut", "abdominal pain"),
        ("head", "headache (weak)"),
        ("eyes", "vision problems"),
        ("muscle", "muscle / tendon pain"),
        ("legs", "muscle / tendon pain"),
        ("chest", "other adverse effect"),
        ("arm", "other adverse effect"),
    ),
    "tight": (("breath", "breathing difficulty"), ("muscle", "muscle / tendon pain")),
    "blur": (("eyes", "vision problems"),),
    "heavy": (
        ("legs", "dizziness"),
        ("head", "dizziness"),
        ("chest", "breathing difficulty"),
        ("arm", "other adverse effect"),
    ),
    "stiff": (("jaw", "convulsion"), ("muscle", "muscle / tendon pain")),
    "wreck": (
        ("gut", "abdominal pain"),
        ("muscle", "muscle / tendon pain"),
        ("eyes", "vision problems"),
        ("skin", "skin rash"),
        ("heart", "palpitations"),
    ),
    "weird": (
        ("heart", "palpitations"),
        ("head", "dizziness"),
        ("eyes", "vision problems"),
        ("mouth", "other adverse effect"),
    ),
    "dry": (
        ("mouth", "other adverse effect"),
        ("eyes", "vision problems"),
        ("skin", "other adverse effect"),
    ),
    "colour": (("eyes", "other adverse effect"), ("skin", "other adverse effect")),
    "blue": (("mouth", "breathing difficulty"), ("eyes", "vision problems")),
}


# "lip the size of a sausage"; "levaquin wrecked my shoulders", "bousillé les genoux": damage
# told as a verdict on a body part.
_FOURTH_STATES = {
    "swell": """
        la taille d'une | la taille d'un | gros comme une | grosse comme une | grosses comme des
        | the size of a | the size of an | size of a | like a sausage | comme une saucisse |
    """,
    "wreck": """
        wrecked | ruined | destroyed | trashed | shredded | messed up | fucked up | bousillé |
        bousillée | bousillés | bousillées | flingué | flinguée | flingués | détruit | détruite |
        détruits | détruites | ravagé | ravagée | ravagés | niqué | niquée | niqués |
    """,
}
# Round 8 (v11): "my chest and neck feel crushed", "la poitrine dans un étau".
_FIFTH_STATES = {
    "tight": """
        feel crushed | feels crushed | felt crushed | feel crushing | dans un étau | in a vice |
        like a vice |
    """,
}
for _state, _spec in (*_BROAD_STATES.items(), *_FOURTH_STATES.items(), *_FIFTH_STATES.items()):
    BODY_STATES[_state] = tuple(dict.fromkeys(BODY_STATES.get(_state, ()) + _terms(_spec)))


def _index_parts() -> dict[str, str]:
    """Word -> its part classes as one payload ("jambes" -> "distal legs skin"): one automaton
    value per word keeps the first pass as short as before pairing existed."""
    index: dict[str, list[str]] = {}
    for part_class, words in BODY_PARTS.items():
        for word in words:
            index.setdefault(word, []).append(part_class)
    return {word: " ".join(classes) for word, classes in index.items()}


_PART_INDEX = _index_parts()
_PART_CLASSES = {classes: frozenset(classes.split()) for classes in set(_PART_INDEX.values())}

# Indication-prone categories: only counted with a causal or intake cue ("me donne la migraine").
_WEAK = frozenset(c for c in REACTIONS if c.endswith("(weak)"))
_WEIGHT_LOSS = "weight loss"
_SEVERITY = "emergency care"
_STRONG_CATEGORIES = frozenset(
    {
        "anaphylaxis",
        "convulsion",
        "breathing difficulty",
        "angioedema / swelling",
        "fainting",
        "suicidal thoughts",
        "hallucinations / confusion",
        "bleeding",
    }
)

# Someone close to the author, as a patient ("ma fille", "my son").
RELATIVES: tuple[str, ...] = _terms(
    """
    mon fils | ma fille | mon bébé | mon bebe | ma bébé | mon petit | ma petite | mon grand | ma
    grande | mon loulou | ma louloute | mon gamin | ma gamine | mon gosse | mes enfants | mes gosses
    | mes filles | mes fils | mon enfant | notre fils | notre fille | notre bébé | nos enfants | le
    petit | la petite | le bébé | la bébé | mon mari | ma femme | mon copain | ma copine | mon
    conjoint | ma conjointe | mon chéri | ma chérie | mon homme | mon compagnon | ma compagne | mon
    mec | ma meuf | mon ex | ma mère | ma mere | ma maman | mon père | mon pere | mon papa | ma
    grand-mère | ma grand mere | mamie | ma mamie | mon grand-père | mon grand pere | papi | mon
    papi | ma sœur | ma soeur | mon frère | mon frere | ma tante | mon oncle | ma nièce | mon neveu
    | ma cousine | mon cousin | ma belle-mère | mon beau-père | ma meilleure amie | mon meilleur ami
    | mon pote | ma pote | mon coloc | ma coloc | ma puce | mon ptit | ma ptite | mon p'tit | ma
    p'tite | mon fiston | mon bb | my son | my daughter | my kid | my kids | my baby | my toddler |
    my boy | my girl | my little one | my lo | my child | my children | our son | our daughter | our
    baby | my husband | my wife | my hubby | my bf | my gf | my boyfriend | my girlfriend | my
    partner | my fiance | my fiancé | my mom | my mum | my mother | my dad | my father | my grandma
    | my grandmother | my nan | my grandpa | my grandfather | my sister | my brother | my aunt | my
    uncle | my niece | my nephew | my cousin | my best friend | my roommate | my stepson | my
    stepdaughter | my 3yo | my 4yo | my 2yo | my 5yo | my 6yo | my 7 year old | my 4 year old | my 3
    year old | my 2 year old | my 5 year old | my 6 year old | my infant | my newborn | my teen |
    mon ado | ma ado | mon aîné | mon ainé | mon aînée | ma cadette | mon cadet | mon dernier | ma
    dernière | mon nourrisson | mon nouveau-né | mon bout de chou | mon petit bout | ma crevette |
    mon poussin | ma princesse | mon trésor | ma fifille | mon garçon | mon petit gars | mes jumeaux
    | mes jumelles | mon jumeau | ma jumelle | ma belle-sœur | ma belle soeur | mon beau-frère | ma
    belle-fille | mon gendre | mon filleul | ma filleule | mes parents | mes beaux-parents | ma
    grand-tante | mon grand-oncle | ma mémé | pépé | mon pépé | ma grand-mère | ma grand mère | mon
    grand père | ma mamy | mon papy | papy | ma maman | ma môman | mon daron | ma daronne | mon
    époux | mon epoux | mon épouse | ma moitié | mon amoureux | mon amoureuse | mon chéri | mon
    namoureux | mon zhom | ma chère et tendre | mon fils de | ma fille de | notre petit | notre
    petite | notre aîné | nos jumeaux | chez mon petit | chez ma petite | chez mon fils | chez ma
    fille | à mon fils | à ma fille | mon loulou | mon grand de | ma grande de | my kiddo | my
    kiddos | my little girl | my little boy | my little guy | my little man | my oldest | my
    youngest | my middle child | my eldest | my teenager | my teenage | my tween | my {1..17}yo | my
    {1..17} yo | my {1..17} year old | my {1..17} yr old | my {1..17}y o | my {1..17} month old | my
    {1..17}mo | my {1..17} mo | my granny | my gran | my nana | my grandad | my granddad | my
    grandson | my granddaughter | my mil | my fil | my mother in law | my father in law | my
    mother-in-law | my father-in-law | my sil | my bil | my sister in law | my brother in law | my
    stepmom | my stepdad | my stepmum | my step son | my step daughter | my fiancee | my spouse | my
    other half | my dh | my dd | my ds | hubby | the hubby | wifey | the wife | the missus | the mrs
    | my man | my husbands | my wife s | my mom s | my mum s | my dad s | my son s | my daughter s |
    my baby s | my twins | my twin | my boys | my girls | our little one | our toddler | our
    daughter s | our son s | my bestie | my bff | my flatmate | my housemate | my babies | my lil
    one | my lil girl | my lil boy | my mama | my mommy | my papa | my daddy |
"""
)

# The author as the patient.
FIRST_PERSON: tuple[str, ...] = _terms(
    """
    je | j'ai | jai | j'avais | javais | j'étais | j'etais | jetais | j'me | jme | je me | me suis |
    moi | moi aussi | j | m'a | ma donné | m'ont | me donne | me fait | chui | jsuis | j'suis | je
    suis | suis | mon ventre | ma peau | mon visage | mes lèvres | mes levres | mes yeux | ma gorge
    | mon corps | mes bras | mes jambes | i | i'm | im | i've | ive | i'd | me | my | myself | my
    face | my skin | my stomach | my body | my lips | my throat | my arms | my legs | my chest | m |
    jsui | chuis | jui | j'me suis | jme suis | m'suis | msuis | je m'suis | j'm | moi j'ai | perso
    | personnellement | pour moi | chez moi | mes | mon traitement | ma tête | mon coeur | mon cœur
    | mes mains | mes pieds | mes cheveux | i'll | ive been | im so | mine | me too | my head | my
    heart | my hands | my feet | my hair | my eyes | my mouth | my tongue | my ears | my brain |
    mon urine | mon pipi | mes règles | mon sommeil | mon appétit | ma libido | mon humeur | ma
    mémoire | ma voix | mes ongles | mon transit | my pee | my periods | my sleep | my appetite |
    my libido | my mood | my memory | my voice | my nails |
"""
)

# The author, explicitly, after others were mentioned: "des mamans disent que... moi aussi".
SELF_ANCHORS: tuple[str, ...] = _terms(
    """
    moi aussi | moi j'ai | moi jai | moi perso | perso | personnellement | pareil pour moi | idem
    pour moi | même chose pour moi | chez moi aussi | j'ai aussi eu | me too | same here | same for
    me | same with me | i also got | i also had | happened to me | mine did too | my own |
    | wish someone had warned me | nobody warned me | no one warned me | no one told me | nobody
    told me | personne ne m'a prévenu | personne ne m'a prévenue | personne ne m'avait prévenu |
    personne ne m'avait prévenue | on m'avait pas prévenu | on m'avait pas prévenue | on ne m'avait
    pas prévenu | on ne m'avait pas prévenue | in my case | dans mon cas | for me it | chez moi ça |
    quelqu'un d'autre a | quelqu'un d'autre qui a | qqn d'autre a | qqun d'autre a | quelqu'un
    d'autre aurait | d'autres ont eu | vous aussi vous avez | y'a que moi qui | y a que moi qui |
    | anyone else | anybody else | am i the only one | is it just me |
"""
)

# Taking or giving the product: first-hand use.
INTAKE: tuple[str, ...] = _terms(
    """
    j'ai pris | jai pris | j'ai prit | jai prit | j'ai pri | j'en ai pris | jen ai pris | je prends
    | je prend | j'prends | je l'ai pris | je le prends | je la prends | je les prends | j'ai avalé
    | jai avale | j'ai testé | jai teste | j'ai essayé | jai essaye | je suis sous | suis sous |
    sous traitement | mon traitement | j'ai commencé | jai commence | commencé le | commencé les |
    commencé un traitement | j'ai donné | jai donné | jai donne | je lui ai donné | je lui ai donne
    | je lui donne | on lui a donné | on lui a donne | on lui a donner | lui ai donné | lui ai
    donner | je leur ai donné | il a pris | elle a pris | ils ont pris | a pris | avoir pris | après
    avoir pris | apres avoir pris | apres avoir prit | après la prise | apres la prise | dès la
    première prise | des la premiere prise | première prise | premiere prise | deuxième prise |
    premier comprimé | premier cachet | un comprimé | 2 comprimés | deux comprimés | une cuillère |
    une dose | la dose | une dosette | une pipette | le sirop | pris du | pris de | pris le | pris
    la | pris un | pris une | pris 1 | pris 2 | pris mon | pris ma | prise de | pris | prise | avalé
    | avale | j'ai eu | jai eu | j'ai fait | jai fait | had a | had an | i had | i got | taken | i
    took | i take | took | taking | i've been taking | ive been taking | been taking | been on | i'm
    on | im on | i was on | started taking | started on | i started | after taking | after i took |
    after starting | gave my | gave him | gave her | i gave | we gave | gave them | given | first
    dose | second dose | one dose | a dose | my dose | one pill | the pill | a pill | two pills | 2
    pills | popped | i popped | swallowed | a spoonful | teaspoon | tsp | ml of | mg of | the syrup
    | donné à | donnée à | donnés à | started | commencé | j'ai recommencé | on a commencé | premier
    jour de | first day on | day 1 of | jour 1 | je prenais | j'en prends | j'en prenais | je l'ai
    prise | j'ai repris | ai repris | je commence | j'ai débuté | jai debute | débuté | début du
    traitement | le début du traitement | depuis le début du traitement | mis sous | m'a mis sous |
    on m'a mis sous | l'a mis sous | l'a mise sous | on l'a mis sous | on l'a mise sous | m'a
    prescrit | on m'a prescrit | prescrit | passé sous | passée sous | suis passé au | suis passée
    au | suis passée à | suis passé à | changé de générique | changement de générique | nouvelle
    formule | nouveau générique | nouvelle boîte | {1,2,3,4,5}e dose | {1,2,3,4,5}eme dose |
    {1,2,3,4,5}ème dose | 1ère dose | 1re dose | première dose | deuxième dose | troisième dose |
    une prise | deux prises | à chaque prise | chaque prise | après {1..30} jours de | {1..30} jours
    de | {1..30} jours sous | {1..12} semaines de | {1..12} semaines sous | {1..24} mois de |
    {1..24} mois sous | pendant {1..30} jours | pendant {1..12} semaines | pendant {1..24} mois |
    jour {1..30} | j{1..30} | {1..30}e jour | {1..30}ème jour | {1..12}e semaine | semaine {1..12} |
    premier jour | 1er jour | deuxième jour | troisième jour | première semaine | première nuit |
    premier mois | au bout de | cure de | traitement de | traitement par | injection | une injection
    | mon injection | ma piqûre d' | vacciné | vaccinée | vaccination | mis de la crème | mis du |
    mis de la | j'ai mis | appliqué | appliquée | application | je baisse | baissé la dose | diminué
    la dose | augmenté la dose | augmenté le dosage | changement de dosage | en arrêtant | sevrage |
    arrêt du | prend | prends | prenait | prennent | l'a pris | l'a prise | lui a mis | lui ai mis |
    lui ai administré | prise du | prise de la | pose du stérilet | pose de l'implant | pose du |
    i'm on | im on | she's on | he's on | she is on | he is on | they put me on | put me on | put
    him on | put her on | started me on | started him on | started her on | got put on | was
    prescribed | prescribed | got prescribed | prescribed me | switched to | switched me to |
    switching to | since switching | went on | got on | {1..30} days on | {1..12} weeks on | {1..24}
    months on | {1..30} days into | {1..12} weeks into | {1..24} months into | a few
    {days,weeks,months} into | {1..12} mois de traitement | a week on | a month on | day {1..30} |
    week {1..12} | month {1..12} | day {1..30} of | week {1..12} of | week {1..12} on |
    first night on |
    first week on | first day of | first week of | first night of | first time taking | first time
    on | first time i took | first shot | second shot | my shot | the shot | booster | my booster |
    jab | my jab | got jabbed | got the shot | got my shot | my injection | first injection | 2nd
    dose | 3rd dose | third dose | his dose | her dose | dosed | took it | taking it | used it |
    applied | applied it | rubbed | inserted | insertion | had it put in | got it put in | implant |
    mg | cut my dose | lowered my dose | upped my dose | increased my dose | raised my dose | dose
    was increased | dose increase | coming off | came off | tapering | tapered | weaning off |
    stopped taking | quit taking | for {1..30} days | for {1..12} weeks | for {1..24} months | gave
    it | given it | had my | had her | had his | got my second | after my | after his | after her |
    withdrawal | weaning | got the | got her | got his | got my | had the | plus jamais | jamais
    plus | c'est la dernière fois | c'était la dernière fois | je reprendrai plus | je le reprendrai
    jamais | je la reprendrai jamais | never again | never taking it again | never taking that again
    | last time i take | won't be taking |
    | venait de prendre | vient de prendre | venais de prendre | viens de prendre | venait de lui
    donner | just took | had just taken | had just taken his | had just taken her | just taken |
    just started | just started on | just started taking | mois {1..24} | donné ce | donnée ce |
    donné hier | switched | switching | switching from | switched from | upped | bumped up |
    increased to | went up to | j'ai fait le vaccin | fait le vaccin | fait mon vaccin | fait sa
    dose | fait ma dose | fait le rappel | fait mon rappel | reçu {la,ma,sa} {1,2,3,4}e dose | got
    vaccinated | got the jab | had the jab | had my jab |
"""
)

# Something links the product to the reaction.
CAUSAL: tuple[str, ...] = _terms(
    """
    m'a donné | ma donné | ma donne | m'a donne | m'a filé | m'a file | ma file | m'a fait | ma fait
    | m'a collé | m'a provoqué | m'a déclenché | me donne | me file | me fait | me refile | me colle
    | me déclenche | me provoque | lui a donné | lui a donne | lui a filé | lui a fait | lui a
    provoqué | lui donne | lui fait | leur a donné | a provoqué | a provoque | a déclenché | a
    declenche | provoque | à cause du | a cause du | à cause de | a cause de | à cause des | depuis
    que je prends | depuis que je prend | depuis que j'ai pris | depuis que jai pris | depuis que je
    le prends | depuis que je la prends | depuis qu'il prend | depuis qu'elle prend | depuis qu'il a
    pris | depuis qu'elle a pris | depuis le | depuis la | après | apres | juste après | juste apres
    | une heure après | dans l'heure | dans la foulée | direct | direct après | le lendemain | suite
    à | suite a | en réaction au | réaction au | reaction au | allergique au | allergique à |
    intolérance | intolerance | ne supporte pas | supporte pas | supporte plus | gave me | made me |
    makes me | give me | gives me | gave him | gave her | made him | made her | caused | causing |
    causes | since i started | since starting | since taking | since i've been on | ever since |
    after taking | after | right after | hours after | an hour after | minutes after | within an
    hour | within minutes | because of | from the | allergic to | reaction to | react to | reacting
    to | reacted
    to | can't tolerate | cant tolerate | messed me up | messed up my | wrecked my | destroyed my |
    did a number on | had me | has me | got me | left me | leaves me | m'a mis | m'a mise | m'a
    rendu | m'a rendue | me rend | rendu malade | every time i take | everytime i take | à chaque
    fois que je prends | a chaque fois que je prends | chaque fois que je prends | whenever i take |
    each time i take | depuis que je suis sous | depuis qu'il est sous | depuis qu'elle est sous |
    depuis que je suis passé | depuis que je suis passée | depuis le passage | depuis le changement
    | depuis le début du traitement | depuis le début | depuis la prise | depuis sa prise | depuis
    ma prise | depuis que j'ai commencé | depuis que jai commence | depuis qu'il a commencé | depuis
    qu'elle a commencé | depuis qu'on lui a donné | depuis que j'ai changé | depuis que je baisse |
    depuis que j'ai arrêté | depuis l | depuis mon | depuis ma | depuis son | depuis sa | depuis la
    nouvelle | après ma | après mon | après sa | après son | après la | après le | après l | au bout
    de | suite à la prise | suite à sa | lié au | liée au | liés au | dû au | du au | due au | me
    laisse | m'a laissé | m'a laissée | lui a laissé | me met | me mettait | m'a transformé | m'a
    transformée | me transforme | l'a transformé | l'a transformée | l'a rendu | l'a rendue | la
    rend | le rend | le met | la met | l'a mis | l'a mise | m'a déglingué | m'a détruit | m'a
    détruite | m'a bousillé | m'a bousillée | m'a flingué | m'a flinguée | m'a défoncé | m'a
    défoncée | m'a retourné | m'a retournée | m'a achevé | m'a achevée | me bousille | me détruit |
    me flingue | me défonce | m'a ruiné | m'a ruinée | m'a déclenché | lui a déclenché | lui a
    provoqué | leur donne | leur a filé | me fout | m'a foutu | since switching | since i switched |
    ever since i switched | since going on | since being on | since i went on | since they put me on
    | since my | since his | since her | since the | since starting on | after my | after his |
    after her | after the | after starting | after switching | after switching to | triggered |
    triggers | brought on | set off | induced | due to | from taking | turned me into | turns me
    into | turned him into | turned her into | messing with | messes with | messed with | screwed up
    my | screwed me up | fucked up my | fucked me up | ruined my | killed my | tanked my | nuked my
    | kills my | making me | is making me | is giving me | making my | keeps me | kept me | keeping
    me | got me | leaving me | left him | left her | leaves him | leaves her | has him | has her |
    had him | had her | gave my | makes my | made my | gives my | did this to me | from it | from
    them | every time she takes | every time he takes | each time he takes | each time she takes |
    withdrawal | withdrawals | discontinuation | sevrage | syndrome de sevrage | en arrêtant | since
    stopping | since i stopped | after stopping | depuis l'arrêt |
    | réaction à | reaction a | réaction à l | réaction a l | réaction à la | réaction aux |
    allergie à | allergie au | allergie aux | allergique à l | allergique à la | allergique aux |
    allergic reaction to | reacted badly to | effet connu | effet secondaire connu | effet
    indésirable connu | effet bien connu | known side effect | a known side effect | common side
    effect of | is real | c'est réel | is no joke | is not a joke | n'est pas une blague | est bien
    réel | est réelle | thanks to | grâce à | grace a | merci le | merci la | thank you | since i
    switched to | since switching to | depuis que je suis sous | depuis que jsuis sous | depuis que
    je l'ai | depuis que je la prends | depuis que je les prends | depuis qu'on m'a mis sous |
    depuis le vaccin | depuis la piqûre | depuis l'injection | depuis la dose | since the shot |
    since the jab | since my shot | since my jab | since the vaccine | since my dose | since the
    dose | since the increase | since upping | since the switch | every since |
    | me font | lui font | le font | la font | les font | leur font | m'ont donné | m'ont fait |
    m'ont filé | m'ont mis | m'ont rendu | m'ont rendue | l'ont rendu | l'ont rendue | make me |
    make her | make him | makes her | makes him | make my | has given me | have given me | has made
    me | have made me | has left me | have left me | has her | has him | have me | have her | have
    him | have my | has my | aprs | apré | aprés | aprè | apres avoir | après avoir |
"""
)

# "X made me ...": a causal statement whose symptom the lexicon does not know ("made my vision
# go blurry", "m'a mis dans un état bizarre"). Also searched in the first pass.
CAUSAL_VERBS: tuple[str, ...] = _terms(
    """
    made me | makes me | gave me | gives me | has me | had me | left me | leaves me | made my |
    makes my | m'a filé | m'a file | ma filé | m'a donné | m'a donne | ma donné | m'a fait | ma fait
    | m'a mis | m'a mise | m'a rendu | m'a rendue | me donne | me file | me fait | me met | lui a
    fait | lui a filé | a rendu | made him | made her | makes him | makes her | me laisse | m'a
    laissé | m'a laissée | m'a transformé | m'a transformée | me transforme | l'a rendu | l'a rendue
    | la rend | le rend | lui a provoqué | m'a provoqué | m'a déclenché | me provoque | me déclenche
    | m'a collé | me colle | m'a refilé | me refile | turned me into | turns me into | turned him
    into | turned her into | left him | left her | leaves him | leaves her | has him | has her | had
    him | had her | made them | is making me | is giving me | m'a déréglé | m'a déréglée | m'a
    détraqué | m'a détraquée | me dérègle | me détraque | m'a chamboulé | m'a chamboulée | m'a mis
    dans un état | messed with my | messed up my | screwed with my |
    | me font | m'ont donné | m'ont fait | m'ont filé | make me | make her | make him | makes her |
    makes him | has given me | have given me | has made me | have made me |
"""
)

# Negation before a reaction term, within its clause.
NEGATIONS: tuple[str, ...] = _terms(
    """
    pas | aucun | aucune | sans | ni | jamais | zéro | zero | 0 | rien | pa | pas eu | pas de | pas
    d | pas un | pas une | no | not | never | without | didn't | didnt | don't | dont | doesn't |
    doesnt | haven't | havent | hasn't | hasnt | wasn't | wasnt | none | nothing | nope | zero |
    free of |
"""
)

# Fear, hypothesis, question, advice: the reaction has not happened (yet).
HYPOTHETICAL: tuple[str, ...] = _terms(
    """
    peur que | peur de | j'ai peur | jai peur | crainte | je crains | risque de | risques de |
    risquer | peut donner | peut provoquer | peut causer | peut-il | peut il | peut-elle | peut elle
    | peuvent | pourrait | pourraient | est-ce que | est ce que | est-ce qu | est ce qu | si jamais
    | au cas où | au cas ou | et si | si ça | si ca | s'il | si il | si elle | si on | si vous | si
    tu | si je | éviter | eviter | pour éviter | de peur | j'espère que | jespere que | pourvu que |
    espérons | inquiet | inquiète | stressée | faut surveiller | surveillez | attention aux |
    attention au | ça donne | ca donne | ça peut | ca peut | pouvait | pouvaient | peut | m'a dit
    que | ma dit que | m'a prévenu | m'a prevenu | m'a prévenue | said it | warned | warned me |
    afraid | scared | worried | worry | fear | might | may cause | may give | can cause | could
    cause | can it | could it | does it | do they | does this | does ibuvia | will it | would it |
    if | in case | what if | risk of | chance of | hope it doesn't | hope it doesnt | hopefully | to
    avoid | prevent | can give | can make | known to | watch out for | look out for | is it normal |
    anyone get | anyone had | anyone experience | has anyone | quelqu'un a déjà |
    quelqu'un a deja | qqn a deja | vous avez déjà | vous avez deja | c'est normal | peur qu | trop
    peur | si | terrified | terrifiée | terrifié | fingers crossed | croise les doigts | j'ose pas |
    jose pas | i'm scared | nervous | before i buy | asking before | provoquerait | causerait |
    donnerait | would cause | will i | vais-je | est-ce que je vais | what happens if | on m'a dit |
    on m'a prévenu | on m'a prévenue | make you | makes you | give you | gives you | cause you |
    causes you | made you | te donne | vous donne | ça te | ça vous | te rend | vous rend | te fait
    | vous fait | au risque de | does | did it | do you | va me | va lui | vais avoir | risque
    d'avoir | avant de commencer | before starting | before i start | la trouille | trouille | la
    frousse | flippe de | j'appréhende | appréhende | terrified of | scared of | afraid of |
    petrified | anxious about | nervous about | worried about | dreading | i dread | déconseillé |
    m'a déconseillé | déconseille | contre-indiqué | contre indiqué | contre-indication |
    contraindicated | told me not to | told me to avoid | advised against | not supposed to take |
    interdit de |
    | will the | will these | will this | will my | would the | could the | can the | do these |
    does my | do my | est-ce que mes | est-ce que ma | est-ce que mon | ça va me | ca va me |
    | phobie des | phobie de | la phobie | phobia of | phobic about | hantise des | hantise de |
    i've read about | ive read about | i read about | read about | reading about | j'ai lu des
    | j'ai lu que | j'ai lu sur | lu des choses | heard about |
"""
)

# Asking what to give for a symptom: "il a des boutons, je peux lui mettre de la Biafine ?".
ADVICE: tuple[str, ...] = _terms(
    """
        je peux | on peut | puis-je | peut-on | je lui donne quoi | je donne quoi | vous conseillez
        | tu conseilles | can i | should i | is it ok | is it okay | is it safe | ok to give | safe
        to give | what should | common side effect | common side effects | a common side effect |
        side effect of | effet secondaire fréquent | effet secondaire courant | effets secondaires
        fréquents | un effet secondaire du | un effet secondaire de | is it common | c'est fréquent
        | c'est courant | normal to |
        | d'après vous | d apres vous | selon vous | à votre avis | your opinion | what do you think
        | lequel | laquelle | which one | je dois surveiller | dois-je surveiller | faut-il
        surveiller | should i watch | should i look out | what to watch | what monitoring |
    """
)

# Reaction term read as the reason for taking the product ("pour ma migraine", "for my fever").
INDICATION: tuple[str, ...] = _terms(
    """
    pour | pour sa | pour son | pour ma | pour mon | pour la | pour le | pour les | pour des |
    contre | contre la | contre le | contre les | sur ma | sur mon | soulage | soulager | calme |
    calmer | traite | traiter | soigner | aide | aidé | m'aide | soulagé | guérit | helps | helped |
    fixed | cured | for | for my | for his | for her | for the | against | relieve | relieves |
    relief | treat | treats | on my | helps with | help with | toujours | still | encore | quand |
    when | whenever | lorsque | me permet | permet de | a arrêté la | a arrêté le | a arrêté les | a
    stoppé la | a stoppé le | a coupé la | a coupé le | a calmé la | a calmé le | a calmé les |
    stopped the | stopped my | kicked my | kicked the | tjrs | tjs | toujours pas | still have |
    still got | avant mon match | avant le sport | avant l'effort | en prévention | before my run |
    before the gym | before my workout | preventively |
"""
)

# The product relieved the symptom: "la Ventoline me calme quand je suis essoufflée".
RELIEF: tuple[str, ...] = _terms(
    """
    saved me | sauvé | m'a sauvé | m'a sauvée | sauve la vie | soulage | soulagé | soulagée | me
    calme | calme direct | ça calme | aide à | m'aide | helps | helped | works | worked | a marché |
    marche bien | gone | disparu | disparue | fini les | no more | grâce au | grâce à | grace au |
    grace a | thanks to | évitée | évité | lifesaver | life saver | slept great | slept through |
    dormi comme un bébé | cured | guéri | améliore | better | mieux | heureusement | fixed it |
    fixes | me permet | permet de | enfin | relief | disappear | disappeared | du bien | fait effet
    | feel better | feel so much better | happy | heureux | heureuse | made my day | ma journée | my
    life back | back to normal | revivre | je revis | energy back | fever down | went down | fièvre
    tombée | fievre tombee | fever broke | tombée | down this morning | a stoppé | stoppé | a coupé
    | coupé la | coupé les | fait passer | a fait passer | fait disparaître | a fait disparaître |
    c'est passé | ça passe | soulagée | soulagés | apaisé | apaise | apaisée | dégonflé | dégonflée
    | m'a redonné | redonné | respire enfin | respire mieux | dors mieux | dort mieux | kicked |
    kicked my | kicked the | got rid of | went away | gone away | goes away | subsided | eased |
    eases | calmed | calmed down | calms | soothed | soothes | breathing normally | breathe again |
    cleared up | cleared | clears | took away | took the edge off | knocked out my | fièvre baisse |
    fièvre qui baisse | la fièvre a baissé | température a baissé | fait baisser | a fait baisser |
    fait tomber la fièvre | brought down | brought my fever down | fever went down | down {1..100}
    {lbs,pounds,kg,kilos} | moins {1..40} {kilos,kg} | me détend | m'apaise | relaxes me | calms me
    down | chills me out | plus de crises | plus jamais de | no more panic | commence à passer | ça
    passe enfin | ça va mieux | ca va mieux | going away | easing off | starting to ease | got me
    through | helped me through | pulled me through | m'a aidé à traverser | m'a aidée à traverser |
    no regrets | moins douloureux | moins douloureuse | moins douloureuses | beaucoup moins mal |
    moins mal | moins de douleur | moins de douleurs | less painful | less pain | hurts less | much
    less | way less | best decision | meilleure décision | game changer | life changing |
    life-changing | way down | is down | much lower | under control | sous contrôle | a diminué |
    ont diminué | beaucoup moins d'angoisses | fewer | feel like myself | myself again |
    | s'est calmé | s'est calmée | s'est calmée en | ça s'est calmé | ca s'est calme | s'est calmé
    en | s'est apaisé | s'est apaisée | s'est arrangé | ça s'est arrangé | c'est passé en | est
    passée en | est passé en | the only thing that | the only thing keeping | only thing that works
    | only thing that helps | la seule chose qui | le seul truc qui | seul truc qui | seule chose
    qui | la seule qui | le seul qui | kills my | tue ma | tue mes | zappe ma |
    | sleep aid | best sleep | wake up fresh | woke up fresh | wake up refreshed | woke up refreshed
    | wake up rested | réveil en forme | me réveille en forme | réveillée en forme | réveillé en
    forme | aide au sommeil | works like a charm | marche du tonnerre |
"""
)

# Someone treats a symptom with the product: "crises d'angoisse, le pédiatre lui a prescrit de
# l'Atarax", "my anxiety is through the roof, my doctor started me on buspirone". A reaction
# named before such a cue, when the cue governs the product right after it, is the indication.
PRESCRIBING: tuple[str, ...] = _terms(
    """
    m'a prescrit | lui a prescrit | a prescrit | on m'a prescrit | on lui a prescrit | prescrit |
    m'a mis sous | l'a mis sous | l'a mise sous | lui a mis | m'a donné | lui a donné | on m'a donné
    | on lui a donné | m'a conseillé | lui a conseillé | m'a recommandé | je lui ai donné | je lui
    donne | je lui ai mis | alors j'ai pris | donc j'ai pris | du coup j'ai pris | alors je lui ai
    donné | donc je lui ai donné | du coup je lui ai donné | prescribed | prescribed me | prescribed
    him | prescribed her | started me on | started him on | started her on | put me on | put him on
    | put her on | gave me | gave him | gave her | so i took | so i gave | so we gave | so i tried |
    recommended | suggested | told me to take | i was given | was given | got prescribed |
    | il me faudrait | il me faut | il nous faudrait | il lui faudrait | besoin d'un | besoin d'une
    | besoin de mon | besoin de ma | vite un | vite une | passez-moi | passe-moi | passez moi |
    passe moi | file-moi | file moi | i need a | i need an | i need some | i need my | need a | need
    an | need some | pass the | pass me the | pass me a | someone pass | where's my | wheres my |
    gimme | give me a | time for a | time for an | time for my | time for some | reaching for |
    reached for | popped a | popped an | popped some | popped two | popped 2 | j'ai pris mon | j'ai
    pris ma | jai pris mon | jai pris ma | took my | took a couple | took two | took 2 |
"""
)

NEWS: tuple[str, ...] = _terms(
    """
    selon l'ansm | l'ansm | ansm | communiqué | communique de presse | rappel de lots | rappel de
    lot | rappel des lots | retrait de lots | retrait du marché | alerte sanitaire | dépêche |
    depeche | breaking | le témoignage | témoignage bouleversant | temoignage | témoigne | enquête |
    enquete | autorités | autorites | ministère | ministere | étude | etude | une étude | chercheurs
    | signalements | cas signalés | cas signales | cas rapportés | des cas de | plusieurs cas |
    rapporte | rapportent | reuters | afp | le parisien | bfm | franceinfo | france info | journal |
    article | reportage | lire l'article | à lire | rt @ | according to | officials | health
    authority | health authorities | fda | ema | recall | recalled | recalls | press release | study
    | study finds | researchers | cases reported | reports of | reported cases | investigation |
    headline | news | lawsuit | class action | regulator | regulators | fda warns | warns parents |
    warning issued | récit | le récit | recit | selon l'afp | point d'information | indemnisation |
    indemnisés | indemnisées | procès | tribunal | plainte | plaintes | mise en garde | #info |
    notre dossier | france 2 | france inter | tf1 | m6 | libération | le figaro | figaro |
    ouest-france | ouest france | la provence | l'express | 60 millions | que choisir | santé
    publique | santé publique france | haute autorité | les patients | des patients | des patientes
    | patients signalent | patients report | patientes traitées | patients traités | boxed
    warning | black box warning | warning label |
    label change | adds warning | adds boxed warning | nytimes | new york times | cnn | bbc | nbc |
    cbs | abc news | wsj | guardian | the guardian | nbc news | settlement | court | judge | jury |
    verdict | clinical trial | phase 3 | researchers find | research | scientists | analysis | data
    show | data shows | survey | users report | report fewer | report more | new data | just in |
    pharmacist here | nurse here | doctor here | md here | rn here | as a pharmacist | as a nurse |
    je suis pharmacien | je suis pharmacienne | je suis infirmière | je suis infirmier | en tant que
    pharmacien | en tant que pharmacienne | en tant qu'infirmière |
    | pharmacien ici | pharmacienne ici | infirmière ici | infirmier ici | médecin ici | doc ici |
    préparateur ici | préparatrice ici | ce que l'on sait | ce qu'on sait | what we know | explainer
    | fact check | fact-check | vrai ou faux | on fait le point | faisons le point | plaintiffs |
    plaignants | this week's episode | our reporter | notre reporter | listen now |
    | side effects include | side effects may include | possible side effects | common side effects
    include | effets secondaires possibles | effets indésirables possibles | les effets secondaires
    incluent | les effets indésirables incluent | now available | désormais disponible |
"""
)

ADS: tuple[str, ...] = _terms(
    """
    promo | promotion | offre | code promo | en vente en pharmacie | chez votre pharmacien | ask
    your pharmacist | demandez conseil | toute la gamme | la gamme | non drowsy | non-drowsy | fast
    relief | fast acting | lasts all day | all day relief | action rapide | dormez | wake up
    refreshed | {5,10,15,20,25,30,40,50} off | {10,15,20,25,30,40,50} sur {tout,toute,le,la,les} |
    percent off | off today | off this week | off all | off everything | sitewide | coupon | 2-for-1
    | 2 for 1 | bogo | offre flash | vente flash | flash sale | nouveau chez | new from | boutique
    en ligne | livraison gratuite | livraison offerte | disponible en pharmacie | disponible dès
    maintenant | découvrez | decouvrez | essayez | sponsorisé | sponsorise | #ad | #pub | #sponso |
    partenariat | #partenariat | en partenariat | collab | lien en bio | commandez | profitez |
    remise | soldes | buy now | shop now | discount | off your | free shipping | limited offer |
    limited time | link in bio | order now | sponsored | use code | try the new | available now |
    advert | gagnez | concours | giveaway | win a |
"""
)


# Reported speech and second-hand sources: the author relays what they read or heard. With a
# relative named before it ("ma cousine m'a dit qu'elle a eu des plaques") the relative is the
# source and the patient, which is a report; without one it is hearsay.
HEARSAY: tuple[str, ...] = _terms(
    """
    j'ai lu que | jai lu que | j'ai lu qu | il paraît | il parait | paraît que | parait que |
    paraitrait | apparemment | on dit que | on m'a dit | on raconte | rumeur | témoignages |
    temoignages | sur tiktok | raconté | m'a raconté | told me | sur facebook | vu sur | vu une
    vidéo | vu une video | i read that | i read about | i heard | heard | heard that | apparently |
    reportedly | allegedly | rumor | rumour | saw a video | saw a post | saw on tiktok | on tiktok |
    a tiktok | viral | stories of | horror stories | saying | disent | posts about | so many posts |
    groupe facebook | facebook group | supposedly | soi-disant | soi disant | aurait | auraient |
    tout le monde parle | everyone is talking | everyone says | tout le monde dit | notice | la
    notice | leaflet | package insert | side effects list | liste des effets | video | vidéo |
    shares | partage | claims | said her | says her | m'a dit qu | ma dit qu | j'ai lu sur | jai lu
    sur | lu sur | j'ai vu sur | jai vu sur | sur doctissimo | doctissimo | read on | i read on |
    read online | reading about | lu des | lu plein de | j'ai lu | jai lu | tiktoks | a friend said
    | my friend said | a nurse told me | une infirmière m'a dit | sur reddit | sur un forum | sur
    les forums | on reddit | lu sur reddit | vu sur reddit | saw on reddit | read on reddit | says
    that | said that | told her | told him | stories | reading all | en lisant | à force de lire |
    je lis partout |
    | a dit que | a dit qu | raconte que | raconte qu | racontait que | dit que sa | dit que son |
    says that her | said that her | says her | says his | said his | told us | nous a dit | nous a
    raconté |
"""
)

# Strangers, crowds and media figures as the patient ("une femme de son club", "some guy",
# "des mamans"): a reaction that follows one of them, with no relative named in between, is not
# the author's case even when a relative was named earlier ("ma tante m'a dit qu'une femme...").
THIRD_PARTY: tuple[str, ...] = _terms(
    """
    il y a des gens | des gens | les gens | quelqu'un | qqn | certains | plusieurs personnes | des
    parents | des mamans | une maman | une mère | un père | une influenceuse | un influenceur |
    influenceuse | influenceur | une star | une célébrité | une celebrite | célébrité | un
    footballeur | une actrice | un acteur | un chanteur | une chanteuse | un youtubeur | une
    youtubeuse | un gamin | une gamine | un enfant | une femme | un homme | un mec | une fille | un
    type | une dame | un monsieur | une amie d'une amie | la voisine de | le voisin de | la cousine
    d'une | cette femme | ce mec | cette maman | someone | somebody | people are | people say |
    people saying | some people | a friend of a friend | influencer | celebrity | some guy | some
    woman | this guy | this woman | this lady | a lady | a woman | a man | a kid | a child | a mom |
    a mum | a dad | parents are | a celeb | the actress | the singer | this influencer | my
    coworker's | my friend's friend | moms | mamans | parents | their kids | leurs enfants | rapper
    | rappeur | télé-réalité | tele realite | tiktoker | youtuber | instagrammer | a girl | a guy |
    plein de gens | plein de filles | plein de femmes | plein de monde | beaucoup de gens | beaucoup
    de femmes | beaucoup de parents | à plein de | a plein de | so many people | lots of people |
    many people | people s | peoples | ces mères | ces meres | ces femmes | ces parents | des
    familles | les familles | families | des patients | des patientes | users | a coworker | a
    colleague | un collègue | une collègue | sa copine | son copain | her friend | his friend | his
    wife | her husband | his mom | her mom | his kid | her kid | their son | their daughter | sa
    fille | son fils | sa mère | son mari | sa femme | ma voisine | mon voisin | ma collègue | mon
    collègue | ma collegue | mon collegue | my neighbor | my neighbour | my coworker | my colleague
    | my boss | mon patron | ma patronne | une copine | un pote | une amie | un ami | a friend | une
    connaissance | an acquaintance | my friend s | my coworker s | my neighbor s | my neighbour s |
    my boss s | a friend s | friend s | coworker s | la fille d'une | le fils d'une | la sœur de |
    la soeur de | le frère de | la mère de | le mari de | la femme de | la fille de | le fils de |
    sa sœur | sa soeur | son frère | his sister | her sister | his brother | her brother | their mom
    | their dad |
    | groupe de | le groupe de | club de | le club de | la classe de | l'équipe de | group of |
    the group of | ce chanteur | cette chanteuse | cet acteur | cette actrice | ce rappeur | ce
    youtubeur | cette youtubeuse | cette influenceuse | cet influenceur | ce sportif | cette
    star | that reality star | reality star | that singer | that actor | that actress | that
    rapper | that celebrity | that influencer | that youtuber | the podcast | a podcast |
    l'interview | une interview | the interview | an interview |
    | copine de | copain de | amie de | ami de | pote de | potes de | collègue de | collegue de |
    voisine de | voisin de | s friend | s friends | s coworker | s coworkers | s colleague | s
    neighbor | s neighbour | s boss | s classmate | s roommate | friend of my | friend of a | une
    copine à | un pote à | la copine à | le pote à |
"""
)

# Sequence in time without an explicit verb: "Gaviscon hier soir, ce matin ventre gonflé".
TEMPORAL: tuple[str, ...] = _terms(
    """
    depuis | ce matin | hier soir | cette nuit | ce soir | le lendemain | et là | et la | maintenant
    | puis | ensuite | plus tard | min après | minutes après | heures après | aujourd'hui | since |
    this morning | last night | tonight | next day | the next morning | and now | now | then | later
    | an hour later | today | this week | within | depuis hier | depuis ce matin | depuis lundi |
    depuis quelques jours | depuis une semaine | depuis {1..30} jours | au réveil | le soir même |
    dans la nuit | la nuit d'après | le jour même | quelques heures après | {1..12}h après | {1..12}
    h après | {1..59} min après | {1..59} minutes plus tard | {1..12} heures plus tard | une heure
    plus tard | plus tard | dans la soirée | cet après-midi | hier | ce midi | woke up | woke up
    with | the next day | next morning | the day after | an hour later | hours later | {1..12} hours
    later | {1..59} minutes later | {1..59} mins later | {1..59} min later | by morning | overnight
    | since then | since yesterday | since monday | since last week | within {1..59} minutes |
    within {1..12} hours | this afternoon | yesterday | tonight | within a day | a few hours later |
    shortly after |
"""
)

# Another explanation for the symptom, or a patient who is not a person (the patient's own
# states, a pregnancy, old age, dementia, join it from `_CONTEXT_STATES`).
ALTERNATIVE_CAUSE: tuple[str, ...] = _terms(
    """
    varicelle | scarlatine | rougeole | roséole | roseole | une gastro | la gastro | grosse gastro |
    gastro-entérite | gastroenterite | intoxication alimentaire | pieds mains bouche | chickenpox |
    chicken pox | scarlet fever | measles | stomach bug | stomach flu | food poisoning | norovirus |
    hand foot and mouth | hangover | gueule de bois | morning sickness | mon
    chien | ma chienne | mon chat | ma chatte | le chien | le chat | my dog | my cat | the dog | the
    cat | my puppy | mon chiot | 5e maladie | cinquième maladie | 5th disease | fifth disease | taco
    truck | bad sushi | mal de transport | car sick | carsick | teething | poussée dentaire | dents
    qui poussent | moustique | piqûre de moustique | piqûres | piqure | boutons de moustique | bee
    sting | insect bite | mosquito | mosquito bites | foot and mouth | lendemain de soirée | trop bu
    | drunk last night | cette grippe | avec la grippe | avec ma grippe | c'est la grippe | c'est
    une grippe | à cause de la grippe | grippe carabinée | from the flu | it's the flu | it was the
    flu | with the flu | grippé | grippée | this flu | le stress | du stress | stress du | stressée
    par | work stress | stress at work | from stress | because of stress | stressful | fait ses
    dents | fait ses premières dents | fait ses premieres dents | percée dentaire | teeth coming in
    | cutting teeth | cutting a tooth | virus | un virus | a virus | sunburn from the beach |
    allergies saisonnières | rhume des foins | hay fever | pollen | seasonal allergies | coup de
    chaleur | heat stroke | après une soirée | soirée arrosée | bourré hier | hungover from |
    c'était la fièvre | c'est la fièvre | c'était pas le | c'était pas la | ce n'était pas le | it
    was the fever | was the fever | from the fever | because of the fever | wasn't the | it wasn't
    the |
    | poison ivy | poison oak | sumac | herbe à puce | orties du jardin | allergie alimentaire |
    food allergy | daycare virus | virus de la crèche |
    | huîtres | huitres | fruits de mer | moules | oysters | seafood | bad shrimp | lessive |
    laundry detergent | new detergent | carence en fer | iron deficiency | gallstone | gallstones |
    calcul biliaire | inner ear infection | ménopause | menopause |
    perimenopause | périménopause | pré-ménopause | ménopausée | postpartum | post-partum |
    verglas | glissé | glissée | trébuché | trébuchée | slipped on | tripped over | black ice |
    concert | boîte de nuit | loud music | musique trop forte | since {he,she,i} was a {kid,child,
    baby,toddler} | since childhood | depuis tout petit | depuis toute petite | depuis l'enfance |
    depuis toujours | all my life | my whole life | depuis le déménagement | since the move |
"""
)

# Price, shortage, adverts and names as the target of a figurative reaction ("le prix du
# Paracetix me donne envie de vomir", "the name gives me chills"): a complaint, not a case.
PRICE_SHORTAGE: tuple[str, ...] = _terms(
    """
    prix | € | euros | euro | trop cher | hors de prix | cher | rupture | en rupture | rupture de
    stock | pénurie | penurie | stock | introuvable | plus de stock | remboursé | rembourse |
    déremboursé | price | prices | expensive | overpriced | cost | costs | shortage | out of stock |
    sold out | can't find | cant find | couldn't find | insurance | copay | pub | pubs | publicité |
    publicites | marketing | augmentation | augmentations | hausse | commercial | commercials | ads
    | advertising | adverts | rien que de payer | rien qu'à payer | payer | paying | to pay |
    facture | the bill | rien qu'à voir | rien que d'y penser | just thinking about | just looking
    at | ran out | run out | running out | ran out of | run out of | been out of | pharmacy is out |
    pharmacy s out | pharmacies are out | pharmacy s been out | are out of | plus en stock |
    introuvables | ruptures | dollars | bucks | a month without | without insurance | remboursement
    | non remboursé | déremboursement | tarif | tarifs | coûte | coute | coûtent | le nom | the name
    | rien que le nom | just the name | just hearing | rien qu'en entendant |
    | ont encore augmenté | a encore augmenté | encore augmenté | {1..99} la boîte | {1..99} la
    boite | la boîte à | la boite a | {1..99} eur | per box | a box | per pack | a pack | went up
    again |
"""
)

# Nobody took it (yet): "je l'ai pas encore commencée", "she hasn't had any meds", "il n'a rien
# pris". A reaction in such a post is feared or has another cause.
# The product cleared by name, right before it: "c'est pas la metformine finalement", "not the
# Zoloft", "rien à voir avec mon traitement", "pretty sure it's not my antibiotics".
CLEARED: tuple[str, ...] = _terms(
    """
    c'est pas {le,la,les,l',mon,ma,mes,son,sa,ses,du,de la,à cause du,à cause de la,à cause de
    mon,à cause de ma,à cause de mes} | c'était pas {le,la,les,l',mon,ma,mes,son,sa,ses} | ce
    n'est pas {le,la,les,l',mon,ma,mes,son,sa,ses} | ce n'était pas {le,la,les,l',mon,ma,mes} |
    pas à cause {du,de la,de l',de mon,de ma,de mes,des} | rien à voir avec {le,la,les,l',mon,ma,
    mes,son,sa,ses} | aucun rapport avec {le,la,les,l',mon,ma,mes} | n'y est pour rien | not the
    | not my | not his | not her | it's not the | its not the | it's not my | its not my |
    wasn't the | wasn't my | wasnt the | wasnt my | isn't the | isn't my | isnt the | isnt my |
    nothing to do with {the,my,his,her} | not caused by {the,my} | not from {the,my} | not due
    to {the,my} | unrelated to {the,my} | aren't from {the,my} | isn't from {the,my} |
    """
)
# Cleared after its name: "Antibiotic wasn't the problem", "le Spasfon n'y est pour rien".
CLEARED_AFTER: tuple[str, ...] = _terms(
    """
    wasn't the problem | wasnt the problem | was not the problem | isn't the problem | is not
    the problem | wasn't the culprit | wasnt the culprit | was not the culprit | isn't the
    culprit | wasn't to blame | was not to blame | isn't to blame | is not to blame | was
    innocent | is innocent | was cleared | got cleared | was ruled out | n'y est pour rien |
    n'y était pour rien | n'est pas en cause | n'était pas en cause | n'est pas le coupable |
    n'était pas le coupable | est hors de cause | était hors de cause | a été mis hors de cause
    | a été innocenté | a été innocentée | innocenté | innocentée |
    """
)

UNTAKEN: tuple[str, ...] = _terms(
    """
    pas encore commencé | pas encore commencée | pas encore commencer | pas encore pris | pas
    encore prise | pas encore testé | pas encore essayé | pas encore commencé le traitement |
    toujours pas commencé | n'ai pas encore | avant même de commencer | avant même de le prendre |
    n'a rien pris | na rien pris | n'a rien eu | rien pris | rien avalé | n'avait rien pris |
    n'avait rien pris du tout | pris aucun médicament | aucun médicament | pas pris de médicament
    | pas pris de médoc | ni rien | haven't started | havent started | haven't started it |
    haven't even started | not started yet | haven't taken it yet | havent taken it yet | haven't
    taken any | hasn't taken any | hasn't had any | hasnt had any | hadn't had any | hadn't
    taken anything | hasn't taken anything | didn't take anything | didnt take anything | no meds
    at all | not even | before even starting | before i even start | yet to start | supposed to
    start |
    """
)

# The author names another cause found after suspecting the product: "j'ai accusé la pilule mais
# la prise de sang montre une carence", "turns out I have a gallstone", "l'allergologue a fait les
# tests : c'était la lessive". Unless the product itself follows ("turns out it was the Keppra").
RESOLVED: tuple[str, ...] = _terms(
    """
    turns out | turned out | it turned out | found out it was | it was actually | was actually |
    it's actually | its actually | the real cause | real culprit | the culprit was | en fait
    c'était | c'était en fait | finalement c'était | en réalité c'était | le vrai coupable | la
    vraie cause | le coupable c'était |
    """
)
# A test or a diagnosis: another cause only after the author says they suspected the product.
TESTED: tuple[str, ...] = _terms(
    """
    tests showed | test showed | bloodwork showed | blood work showed | blood test showed |
    diagnosed me with | la prise de sang {montre,a montré,montrait} | les analyses {montrent,ont
    montré} | le bilan {montre,a montré} | les tests {ont montré,montrent} | a fait les tests |
    c'était la nouvelle | c'était le nouveau | c'était juste | it was just | it was the new |
    """
)
SUSPECTED: tuple[str, ...] = _terms(
    """
    j'ai cru que | j'ai accusé | je pensais que | je croyais que | j'étais sûr | j'étais sûre |
    i thought | thought it was | thought the | thought my | was sure | i assumed | assumed it was
    | blamed {my,the,it on} |
    """
)

# The product failing at its own job: the symptom is the one it was taken for ("even on Zyrtec
# I'm sneezing", "Imodium not doing much for this stomach bug", "le Doliprane fait rien").
FAILING: tuple[str, ...] = _terms(
    """
    even on | even with | même sous | même avec | même en prenant | not doing much | not doing
    anything | doing nothing | isn't working | isnt working | not working | didn't work | didnt
    work | doesn't work | doesnt work | did nothing | does nothing | didn't help | didnt help |
    doesn't help | doesnt help | not helping | isn't helping | isnt helping | didn't touch |
    didnt touch | barely touched | ne fait rien | n'a rien fait | fait rien | fait que dalle | fait
    pas effet | ne fait pas effet | fait aucun effet | aucun effet sur | marche pas | ne marche pas
    | n'a pas marché | a pas marché | sert à rien | ne sert à rien | toujours pas passé | toujours
    pas passée | still kicking | still going strong | still pounding | still there | still
    raging | toujours là | n'a rien changé | a rien changé | changed nothing | no difference |
    aucune différence | rien n'y fait | rien ny fait | nothing works | nothing helps | nothing is
    helping | j'ai tout essayé | tried everything |
    """
)

# Reporter-side proof of a link: the reaction went when the product was stopped (dechallenge),
# or a clinician tied them ("periodontist says it's from the Dilantin", "c'est sûrement le X").
DECHALLENGE: tuple[str, ...] = _terms(
    """
    stopped it | stopping it | stop it and | off it now | came off it | went off it | got off it |
    since coming off | once i stopped | once we stopped | when i stopped | when we stopped | we're
    stopping it | were stopping it | we stopped it | asked them to stop | back to herself | back to
    himself | back to myself | back to his old self | back to her old self | the urges stopped |
    it all stopped | symptoms stopped | went away when | gone since stopping | on l'a arrêté | on
    l'a arrêtée | j'ai arrêté et | arrêté et {ça,tout} | depuis l'arrêt | à l'arrêt | a l'arret |
    dès l'arrêt | redevenue elle-même | redevenu lui-même | redevenue moi-même | tout est rentré
    dans l'ordre | says it's from | said it's from | says it's the | said it's the | thinks it's
    the | think it's the | it's probably the | its probably the | probably the | it's from the |
    its from the | it's from my | pense que c'est {le,la,l',les,mon,ma,mes} | c'est {sûrement,
    probablement,sans doute} {le,la,l',les,mon,ma,mes,du,de la} | dit que c'est {le,la,l',les,
    mon,ma,mes,du,de la} | dit que c'est décrit | c'est décrit | it's common | it's known | c'est
    connu |
    """
)

# A treatment proposed, not yet taken: "mon médecin veut me mettre sous Lyrica", "my doctor
# wants to put me on methotrexate", "je commence lundi", "for those who have been on HRT".
PROPOSED: tuple[str, ...] = _terms(
    """
    veut me mettre sous | veut me mettre sur | veut la mettre sous | veut le mettre sous | veut
    lui mettre | veut lui donner | veut leur donner | veut me prescrire | veut lui prescrire | veut
    me donner | voudrait me mettre sous
    | propose de me mettre | me propose | propose un | propose une | propose le | propose la |
    wants to give {him,her,me,them} | wants to put me on | wants to put him on | wants to put her
    on | wants to start me on | wants
    me to start | wants me to try | want to put me on | wants me on | is suggesting | talking
    about putting me on | je commence {lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche,
    demain,bientôt,la semaine prochaine} | i start {monday,tuesday,wednesday,thursday,friday,
    saturday,sunday,tomorrow,next week,soon} | starting it {tomorrow,next week,on monday} |
    haven't filled | havent filled | haven't picked up | not filled | for those who have been on |
    for those who took | for those of you who | those of you on | certaines d'entre vous |
    certains d'entre vous | celles qui l'ont pris | ceux qui l'ont pris | vos témoignages | vos
    retours | was it worth it | ça vaut le coup | lequel a le moins | laquelle a le
    moins | which one has {fewer,less} | should i push for | j'hésite à | j'hésite entre |
    """
)

# Fifth broadening of the cues (v9): a carer's patient is someone close; dread "at the idea of"
# a side effect is a fear; a lifelong allergy disproved by tests is cleared; a product that
# "finally stopped" the symptom is relief; supplements are products.
RELATIVES += _terms(
    """
    une de mes patientes | un de mes patients | ma patiente | mon patient | mes patients | mes
    patientes | my patient | one of my patients | my patients | one of my residents |
    """
)
HYPOTHETICAL += _terms(
    """
    anyone else think | anyone else find | anyone else know | anyone else read | anyone else
    heard | anyone else hear | anyone else wonder | anyone else worried | anyone else scared |
    anybody else think | anybody else find | anybody else know | anybody else read |
    à l'idée des | à l'idée de | à l'idée d' | a l'idee des | a l'idee de | j'angoisse déjà |
    dreading getting | dread getting |
    """
)
SUSPECTED += _terms(
    """
    cru toute ma vie | toute ma vie être | thought i was allergic | my whole life i thought |
    """
)
TESTED += _terms(
    """
    not allergic at all | pas allergique du tout | allergist tested me | tests : rien | les
    tests : rien | tests negative | tests négatifs |
    """
)
RELIEF += _terms(
    "finally stopped | has finally stopped | a enfin stoppé | a enfin arrêté | stoppée en |"
    " stoppées en | stoppée net | enfin stoppée | enfin stoppées"
    # v13-v16: the condition under control, calmed down ("calmed" and "enfin" already are cues)
    " | finally manageable | is manageable | a calmé | l'a calmé"
)
# Round 7 (v10): the reason for taking it, told with "because"/"parce que"/"car" right after
# the product ("Took two Tylenol because this headache...", "sous Imodium car diarrhée"); no past
# tense ("stopped it because I had hives" tells a reaction). See `_score` for where it counts.
REASON: tuple[str, ...] = _terms(
    """
    because i've had | because ive had | because i have | because i've got | because ive got |
    because this | because of this | because of my | because my | parce que j'ai | parce que jai
    | parce que j'ai un | parce que j'ai une | parce que j'ai des | car j'ai | car jai | car
    """
)
# Round 8 (v11): a suspicion cleared by a doctor, a reaction lasting "the whole course". (Cues
# for treatment told after the symptom, a product doing nothing, a detergent as the cause and
# taste complaints hid real reports in a review's probes: "nausées, du coup je suis sous
# Vogalène, tout ça à cause du Xeloda", "c'est pas la lessive : ...". Not shipped.)
SUSPECTED += _terms("j'étais convaincu | j'étais convaincue")
TESTED += _terms(
    """
    said it's a viral | said it was a viral | said it's viral | said it was viral | c'est viral |
    c'était viral | c'était une éruption virale | a viral rash |
    """
)
TEMPORAL += _terms(
    """
    pendant toute la durée | pendant tout le traitement | tout le long du traitement | during
    the whole course | the whole time i was on | the whole time he was on | the whole time she
    was on |
    """
)
RELATIVES += _terms(
    """
    i'm a carer for | im a carer for | i care for | a carer for | my client | one of my clients |
    the gent i care for | the lady i care for |
    """
)
# A baby as the subject of the post ("Bébé a eu le Prevenar hier", "baby girl had her shots"),
# not "dormi comme un bébé".
RELATIVES += _terms(
    """
    bébé a | bebe a | bébé est | bebe est | bébé fait | bebe fait | bébé n'a | baby girl |
    baby boy | baby had | baby has | baby is | baby was | baby's |
    """
)


# Common words that the drug dictionary also lists (or that we never want as a suspect drug).
_NOT_A_DRUG: frozenset[str] = frozenset(
    _terms(
        """
        aloe | petrolatum | rice | syrup | spray | ginger | bismuth | lactose | plasma | night |
        paraffin | cheese | jasmine | capsule | argon | miel | kiwi | charbon | huile | serum |
        hazelnut | fructose | beurre | water | glycerine | vaseline | forte | iodine | the |
        ultra | verveine | coco | gel | coconut | corn | nicotine | gels | valerian | lanolin |
        lavender | cocoa | extra | insulin | urea | garlic | soja | arnica | sulfate | junior |
        alcohol | sauge | mais | sulfur | cocaine | chloride | activated | strip | amande |
        patch | magnesium | enzyme | chamomile | rose | rapid | gold | acetate | creme | walnut
        | brand | cuivre | actif | cannelle | pepper | egg | menthe | vinaigre | vaccines |
        total | peppermint | oeuf | citron | tea | tilleul | sesame | starch | mango | potato |
        almond | yeast | heroin | valeriane | sodium | cream | eucalyptus | relief | helium |
        romarin | basilic | nitrogen | papaya | caffeine | tablets | sel | cactus | olive |
        avoine | honey | charcoal | gelatin | drops | silver | iron | citrate | avocado | levure
        | ethanol | thym | talc | mint | cafe | menthol | vaccine | dental | melisse | oat |
        butter | poivre | dextrose | camomille | cotton | tomato | generic | cinnamon | salt |
        lemon | riz | tablet | liquid | pineapple | nuit | hops | sucrose | gouttes | soy |
        strength | sage | orange | aloes | vanilla | lait | placebo | wheat | sirop | zinc |
        cacao | potassium | copper | girofle | ail | protein | milk | vinegar | fort | vanille |
        lemongrass | camphor | banane | onion | fromage | carrot | pomme | ananas | clove |
        peanut | oxygen | rosemary | glycerin | capsules | banan | ecstasy | apple | coffee |
        active | sucre | thyme | calcium | plus | jasmin | glucose | carbon
        """
    )
)

# Common words one edit away from a product name: never read as a misspelled product.
_FUZZY_STOP: frozenset[str] = frozenset(
    {
        "station",
        "stations",
        "stating",
        "advice",
        "advise",
        "advised",
        "concert",
        "concerts",
        "prevenir",
        "sterile",
        "ambient",
        "lyrics",
        "modern",
        "singular",
        "allegro",
    }
)

# Widely used brands and generics, English-speaking markets mostly: with the French list and the
# watchlist, the names a misspelling is matched against (the dictionary's ~40k names include
# thousands of rare ones one letter away from everyday words: "Reactine", "Neoral", "Enfran").
COMMON_DRUGS: tuple[str, ...] = _terms(
    """
    Tamsulosin | Flomax | Oxybutynin | Finasteride | Dutasteride |
    Synthroid | Levoxyl | Tirosint | Levothyroxine | Lexapro | Zoloft | Wellbutrin | Cymbalta |
    Effexor | Paxil | Celexa | Prozac | Trintellix | Seroquel | Abilify | Latuda | Lamictal |
    Depakote | Topamax | Topiramate | Keppra | Gabapentin | Neurontin | Lyrica | Adderall |
    Vyvanse | Concerta | Ritalin | Strattera | Xanax | Klonopin | Ativan | Valium | Ambien |
    Lunesta | Trazodone | Mirtazapine | Remeron | Buspar | Buspirone | Hydroxyzine | Vistaril |
    Benadryl | Zyrtec | Claritin | Allegra | Flonase | Singulair | Montelukast | Prednisone |
    Prednisolone | Medrol | Lisinopril | Losartan | Amlodipine | Metoprolol | Atenolol |
    Hydrochlorothiazide | Furosemide | Spironolactone | Atorvastatin | Lipitor | Crestor |
    Rosuvastatin | Simvastatin | Zocor | Metformin | Jardiance | Farxiga | Ozempic | Wegovy |
    Mounjaro | Zepbound | Rybelsus | Trulicity | Victoza | Saxenda | Januvia | Glipizide | Eliquis
    | Xarelto | Warfarin | Coumadin | Plavix | Clopidogrel | Omeprazole | Prilosec | Nexium |
    Pantoprazole | Protonix | Famotidine | Pepcid | Tylenol | Acetaminophen | Paracetamol |
    Ibuprofen | Naproxen | Excedrin | Tramadol | Oxycodone | Percocet | Vicodin | Hydrocodone |
    Codeine | Suboxone | Methadone | Amoxicillin | Augmentin | Cephalexin | Zithromax |
    Azithromycin | Ciprofloxacin | Levaquin | Levofloxacin | Doxycycline | Bactrim | Macrobid |
    Nitrofurantoin | Metronidazole | Clindamycin | Diflucan | Fluconazole | Valtrex | Accutane |
    Isotretinoin | Absorica | Tretinoin | Loestrin | Sprintec | Nexplanon | Kyleena | Xulane |
    Chantix | Nicorette | Humira | Enbrel | Stelara | Dupixent | Methotrexate | Plaquenil |
    Otezla | Imitrex | Sumatriptan | Maxalt | Nurtec | Ubrelvy | Aimovig | Emgality | Gardasil
    | Shingrix | Comirnaty | Spikevax | Prevnar | Sertraline | Fluoxetine | Escitalopram |
    Citalopram | Paroxetine | Venlafaxine | Duloxetine | Bupropion | Quetiapine | Aripiprazole
    | Olanzapine | Risperidone | Risperdal | Zyprexa | Lithium | Clonazepam | Lorazepam |
    Alprazolam | Diazepam | Zolpidem | Melatonin | Diphenhydramine | Cetirizine | Loratadine |
    Fexofenadine | Albuterol | Ventolin | Symbicort | Advair | Metoclopramide | Ondansetron |
    Zofran | Finasteride | Propecia | Minoxidil | Sildenafil | Tadalafil | Mirena | Depo-Provera
    | Propranolol | Bisoprolol | Carvedilol | Insulin | Humalog | Lantus | Amitriptyline |
    Nortriptyline | Baclofen | Cyclobenzaprine | Flexeril | Meloxicam | Celecoxib | Diclofenac |
    Allopurinol | Colchicine | Tamoxifen | Letrozole | Anastrozole | Dexamethasone |
    Hydrocortisone | Cortisone | Benzonatate | Dayquil | Nyquil | Mucinex | Robitussin |
    Sudafed | Dramamine | Pepto | Imodium | Miralax | Dulcolax |
    """
)

# Hand-made French (and a few international) brands and generics the dictionary lacks.
FRENCH_DRUGS: tuple[str, ...] = _terms(
    """
    Doliprane | Dolipranne | Doliprame | Dolipranes | Dafalgan | Dafalgant | Efferalgan | Eferalgan
    | Efferalgant | Codoliprane | Dolirhume | Fervex | Humex | Actifed | Rhinadvil | Nurofen |
    Nurofenflash | Advil | Advile | Spedifen | Antarene | Spasfon | Spasphon | Smecta | Smekta |
    Gaviscon | Maalox | Vogalène | Vogalene | Motilium | Tiorfan | Imodium | Forlax | Microlax |
    Débridat | Debridat | Météospasmyl | Levothyrox | Levotyrox | Lévothyrox | L-Thyroxin | Euthyrox
    | Thyrofix | Xanax | Lexomil | Lexo | Temesta | Seresta | Atarax | Stilnox | Imovane | Deroxat |
    Seroplex | Prozac | Zoloft | Effexor | Laroxyl | Lyrica | Rivotril | Augmentin | Augmantin |
    Amoxicilline | Amoxiciline | Amoxi | Clamoxyl | Orelox | Zithromax | Azithromycine | Pyostacine
    | Oflocet | Ciflox | Monuril | Furadantine | Ventoline | Ventolin | Seretide | Symbicort |
    Flixotide | Kardégic | Kardegic | Aspégic | Aspegic | Aspirine | Aspirine du Rhône | Aspro |
    Dépakine | Depakine | Dépakote | Tegretol | Keppra | Lamictal | Mopral | Inexium | Eupantol |
    Inipomp | Ogast | Lanzor | Oméprazole | Omeprazole | Ésoméprazole | Esomeprazole | Paracétamol |
    Paracetamol | Paracétamole | Paracetamole | Paracetemol | Paracétamol | Ibuprofène | Ibuprofene
    | Ibuprophène | Ibuprofen | Ibu | Kétoprofène | Ketoprofene | Profénid | Profenid | Bi-Profénid
    | Voltarène | Voltarene | Diclofénac | Diclofenac | Naproxène | Apranax | Antadys | Tramadol |
    Topalgic | Contramal | Ixprim | Zaldiar | Lamaline | Izalgi | Codéine | Codeine | Néfopam |
    Nefopam | Acupan | Oxycontin | Skenan | Actiskenan | Cortancyl | Solupred | Célestène |
    Celestene | Prednisolone | Prednisone | Cortisone | Médrol | Aerius | Desloratadine | Zyrtec |
    Cétirizine | Cetirizine | Xyzal | Polaramine | Clarityne | Toplexil | Hélicidine | Helicidine |
    Strepsils | Lysopaïne | Biafine | Dexeryl | Daflon | Magné B6 | Magne B6 | Euphytose | Donormyl
    | Mélatonine | Norlevo | EllaOne | Leeloo | Optilova | Jasminelle | Diane 35 | Microval |
    Cérazette | Cerazette | Optimizette | Mirena | Stérilet | Dienogest | Visanne | Metformine |
    Glucophage | Stagid | Januvia | Ozempic | Trulicity | Victoza | Saxenda | Wegovy | Mounjaro |
    Lantus | Novorapid | Humalog | Tahor | Crestor | Atorvastatine | Simvastatine | Rosuvastatine |
    Coversyl | Amlor | Amlodipine | Aprovel | Cozaar | Kenzen | Bisoprolol | Avlocardyl |
    Propranolol | Lasilix | Eliquis | Xarelto | Pradaxa | Préviscan | Previscan | Coumadine | Plavix
    | Zymad | Uvedose | Tardyferon | Ferograd | Speciafoldine | Gardasil | Roaccutane | Curacné |
    Procuta | Isotrétinoïne | Isotretinoine | Doxycycline | Tolexine | Flagyl | Fluconazole |
    Triflucan | Mycoster | Pevaryl | Aciclovir | Zovirax | Valaciclovir | Zelitrex | Tamiflu |
    Vaccin | Ritaline | Ritalin | Concerta | Medikinet | Quasym | Méthylphénidate | Risperdal |
    Abilify | Zyprexa | Xeroquel | Tercian | Théralène | Theralene | Mucomyst | Exomuc | Fluimucil |
    Bronchokod | Rhinofluimucil | Physiomer | Stérimar | Derinox | Nasonex | Avamys | Pivalone |
    Celluvisc | Vitamine C | Berocca | Supradyn | Oscillococcinum | Camilia | Coquelusedal |
    Calmosine | Dexeryl | Bepanthen | Cicalfate | Fucidine | Diprosone | Locoid | Tridésonit |
    Efient | Brilique | Champix | Nicorette | Nicopatch | Subutex | Méthadone | Lévothyroxine |
    Levothyroxine | Mestinon | Cialis | Viagra | Duphaston | Utrogestan | Provames | Estreva |
    Clomid | Pilule | la pilule | ma pilule | NyQuil | DayQuil | ZzzQuil | Pepto-Bismol | Pepto |
    Midol | Aleve | Excedrin | Mucinex | Robitussin | Dramamine | Motrin | Calpol | Lemsip |
    Beechams | Keflex | Depo | Depo shot | Depo-Provera | doli | dolip | un doli | Amox | paracet |
    Roaccu | Roacutane | Doxy | Percocet | Vicodin | Norco | iron pills | iron tablets | comprimés
    de fer | Tardyféron | Nexplanon | Implanon | Jaydess | Kyleena | Yaz | Yasmin | Sprintec | Junel
    | Paragard | Microgynon | Rigevidon | Cilest | Dianette | NuvaRing | Prégabaline | Pregabaline |
    Pénicilline | Penicilline | Oracilline | Extencilline | Insuline | Lovenox | Innohep |
    Fraxiparine | Tranxène | Valium | Primpéran | Primperan | Vogalib | Dolko | Géluprane |
    Geluprane | Claradol | Paroxétine | Sertraline | Fluoxétine | Venlafaxine | Duloxétine |
    Escitalopram | Quétiapine | Aripiprazole | Olanzapine | Rispéridone | Lithium | Téralithe |
    Tegretal | Valdoxan | Norset | Mirtazapine | Atarax | Hydroxyzine | Zolpidem | Zopiclone |
    Bromazépam | Alprazolam | Diazépam | Méthotrexate | Imurel | Plaquenil | Hydroxychloroquine |
    Colchicine | Allopurinol | Zyloric | Kétoprofène gel | Flector | Niflugel | Célébrex | Celebrex
    | Nexium | Pantoprazole | Lansoprazole | Spasfon Lyoc | Dulcolax | Movicol | Lansoÿl | Fortimel
    | Vitamine D | Fer | Tardyferon | Timoferol | Ferrostrane | Inexium | Ciflox | Ofloxacine |
    Lévofloxacine | Levofloxacine | Tavanic | Izilox | Moxifloxacine | Josacine | Rulid |
    Clarithromycine | Zeclar | Bactrim | Macrobid | Nitrofurantoïne | Fosfomycine | Uvamine |
    Pivmécillinam | Selexid | Oroken | Céfixime | Cefixime | Rocéphine | Ceftriaxone | Vaccin ROR |
    Priorix | Infanrix | Hexyon | Prevenar | Bexsero | Neisvac | Vaxigrip | Influvac | Comirnaty |
    Spikevax | vaccin Pfizer | vaccin Moderna | Pfizer | Moderna | AstraZeneca | Dukoral | Stamaril
    | Revaxis | Boostrix | Repevax | Vaccin grippe | vaccin covid | vaccin de la grippe | le vaccin
    | Qdenga | Prevnar | Pentacel | Vaxelis | Pediarix | RotaTeq | Rotarix | Shingrix | Zostavax |
    MMR | MMR shot | MMRV | ProQuad | DTaP | Tdap | flu shot | flu jab | covid shot | covid jab |
    covid vaccine | covid booster | booster shot | HPV vaccine | hpv shot | ROR | DTP | vaccin
    hexavalent | vaccin ROR | vaccin HPV | vaccin contre la grippe | vaccin contre le covid | vaccin
    Gardasil | Beyfortus | nirsevimab | Synagis | Arexvy | Abrysvo | Eductyl | Amarel | Athymil |
    Loxapac | Noctamide | Havlane | Modopar | Sinemet | Stalevo | Imigrane | Naramig | Almogran |
    Oxynorm | Actiq | Chronoflex | Betnesol | Kenacort | Telfast | Innovair | Relvar | Dalacine |
    Granudoxy | Daktarin | Mycostatine | Monazol | Lomexin | Lutényl | Lutéran | Progestan |
    Oestrodose | Activelle | Livial | Décapeptyl | Ovitrelle | Menopur | Minidril | Ludéal |
    Trinordiol | Adepal | Stédiril | Belara | Holgyeme | Evepar | Evra | Spedra | Xatral | Omix |
    Josir | Mictonorm | Aromasine | Clarix | Rennie | Nausicalm | Mercalm | Cocculine | Spasmine |
    Homeoplasmine | Efficort | Ketum | Elisor | Inegy | Lopril | Adalate | Tildiem | Temerit |
    Nebilox | Detensiel | Fludex | Propylex | Adenuric | Colchimax | Cacit | Orocal | Calciprat |
    Forsteo | Timoféral | Zoltum | Azantac | Raniplex | Myolastan | Miorel | Coltramyl | Bilaska |
    Inorial | Dymista | Clenil | Qvar | Seebri | Ultibro | Anoro | Trelegy | Xyzall | Stablon |
    Nozinan | Xeplion | Elvanse | Synthroid | Levoxyl | HCTZ | Z-pack | Zpack | Z pack | Retin-A |
    Lo Loestrin | Plan B | Seasonique | Dicodin | Zophren | Kestin | patch nicotine | patchs
    nicotine | patch de nicotine | patchs de nicotine | patchs à la nicotine | nicotine patch |
    nicotine patches | nicotine gum | gomme à la nicotine | gommes à la nicotine |
    | Glivec | Sprycel | Tasigna | Xalatan | Lumigan | Travatan | Monoprost | Pred Forte | Maxidex
    | Dilantin | Dihydan | Eludril | Paroex | Diprostène | Diprostene | Kenacort | Depo-Medrol |
    Altim | Célestène | Celestene | Solupred | Cortancyl | Medrol | Nasonex | Avamys | Bactrim |
    Flagyl | Birodogyl | Rodogyl | Clamoxyl | Orelox | Pyostacine | Rulid | Zeclar | Tavanic |
    Oflocet | Monuril | Furadantine | Lamisil | Roaccutane | Curacné | Procuta | Soriatane |
"""
)
# Common French prescriptions and OTC products the lists above lacked (checked on 250 brands
# of everyday French prescriptions, 2026-12-03: 22 were unknown). "Diane" and "Jasmine" alone
# are first names: only "Diane 35" and "Jasminelle" count.
FRENCH_DRUGS += _terms(
    """
    Azyter | Dermoval | Emla | Uvestérol | Uvesterol | Efluelda | Biprofenid | Bi-Profenid |
    Maxilase | Noroxine | Hytacand | Lercan | Cardensiel | Nimenrix | Trumenba | Dépamide |
    Depamide | Effederm | Epiduo | Daivobet | Nérisone | Nerisone | Betneval | Motilyo |
    """
)


# Drug classes, as patients name what they take when the brand does not matter to them ("ma
# statine", "my antibiotics", "les antibios"): a suspect product for the reviewer to follow up.
DRUG_CLASSES: tuple[str, ...] = _terms(
    """
    statine | statines | ma statine | sa statine | statin | statins | my statin | antibiotique |
    antibiotiques | antibio | antibios | mes antibios | antibiotics | antibiotic | my antibiotics |
    abx | antidépresseur | antidépresseurs | antidep | antidepressant | antidepressants | my
    antidepressant | ssri | ssris | snri | anxiolytique | anxiolytiques | somnifère | somnifères |
    sleeping pill | sleeping pills | sleep meds | anti-inflammatoire | anti-inflammatoires | anti
    inflammatoire | anti-inflammatories | nsaid | nsaids | corticoïdes | corticoides | cortico |
    corticostéroïdes | steroids | steroid | antihistaminique | antihistaminiques | antihistamine |
    antihistamines | anticoagulant | anticoagulants | blood thinner | blood thinners | bêtabloquant
    | bêtabloquants | beta blocker | beta blockers | chimio | chimiothérapie | chemo | chemotherapy
    | neuroleptique | neuroleptiques | antipsychotique | antipsychotic | antipsychotics | opioïdes |
    opioids | opiates | painkillers | pain meds | antidouleur | antidouleurs | anti-douleur |
    laxatif | laxatifs | ipp | antiépileptique | antiepileptique | anticonvulsivant | thyroid meds |
    bp meds | blood pressure meds | blood pressure medication | adhd meds | my meds | mes
    médicaments | mon médicament | birth control | contraceptive | la contraception | my bc |
    hormonal iud | iud | implant contraceptif | stérilet hormonal | mon ad | mes ad | my ad | les ad
    | antidépresseur | antidepresseur | antidépresseurs | antidepresseurs | antidép | antidep |
    antidéps | mon antidep | mes antidep | mon anti dépresseur | antibiotique | mon antibio | ses
    antibios | son antibio | l'antibio | l'antibiotique | cet antibiotique | ce vaccin | le vaccin |
    mon vaccin | son vaccin | sa dose | ma dose | ma {1,2,3,4}e dose | ma {1,2,3,4}ème dose | ma
    {première,deuxième,seconde,troisième} dose | mon rappel | la {1,2,3}e dose | la
    {première,deuxième,troisième} dose | ma piqûre | sa piqûre | la piqûre | ma piqure | sa
    piqure | les cachets | mes cachets | ces cachets | ses cachets | ce cachet | mon cachet | les
    comprimés | mes comprimés | ces comprimés | ce comprimé | mes comprimes | ces comprimes | mes
    médocs | mes medocs | les médocs | ces médocs | ce médoc | mon médoc | son médoc | ses médocs |
    ce médicament | ce medicament | ces médicaments | ce traitement | ce traitement | mon
    traitement | son traitement | le traitement | nouveau traitement | mon nouveau traitement |
    nouveau médicament | nouveau médoc | nouvelles pilules | ces pilules | mes pilules | cette
    pilule | ma pilule | sa pilule | la pilule | pilule contraceptive | le générique | ce générique
    | le generique | la nouvelle formule | médicament pour {le,la,les,mon,ma,mes} | médicaments
    pour {le,la,les,mon,ma,mes} | traitement pour {le,la,les,mon,ma,mes} | traitement contre
    {le,la,les} | cachets pour {le,la,les,mon,ma,mes} | comprimés pour {le,la,les,mon,ma,mes} | le
    collyre | ce collyre | un collyre | collyre | la pommade | cette pommade | pommade | le patch |
    ce patch | l'implant | mon implant | le stérilet | mon stérilet | sterilet | ma cortisone |
    les corticoïdes | la chimio | ma chimio | sa chimio | ses gouttes | ces gouttes | my meds | the
    meds | these meds | new meds | his meds | her meds | my medication | this medication | the
    medication | new medication | my new medication | his medication | her medication | my pills |
    the pills | these pills | those pills | new pills | the new pills | her pills | his pills |
    this pill | the pill | my pill | the new pill | my tablets | these tablets | the tablets | new
    tablets | my prescription | the prescription | new prescription | my script | the generic |
    the generic version | generic version | this drug | the drug | this med | the new med | my med
    | new med | the jab | my jab | the vaccine | this vaccine | my vaccine | the shot | my shot |
    the booster | my booster | second dose | my second dose | my {1st,2nd,3rd,first,third} dose |
    the {1st,2nd,3rd,first,second,third} dose | my {1st,2nd,3rd,first,second,third} shot |
    {1st,2nd,3rd} jab | the antibiotic | the antibiotics | my antibiotic | these antibiotics | the
    antidepressant | my antidepressants | my ssri | the ssri | my birth control | the birth control
    | birth control pill | birth control pills | bc pill | the implant | my implant | the iud | my
    iud | the patch | eye drops | eyedrops | the eye drops | the cream | this cream | the ointment |
    the inhaler | my inhaler | the injection | my injection | the injections | meds for
    {my,his,her,the} | medication for {my,his,her,the} | pills for {my,his,her,the} | medicine for
    {my,his,her,the} | tablets for {my,his,her,the} | the stuff {my,the} doctor | the steroids | my
    steroids | the chemo | my chemo | his chemo | her chemo | the sleeping pill | sleeping tablets
    | water pill | water pills |
    | {blood pressure,bp,cholesterol,thyroid,anxiety,sleeping,heart,diabetes,allergy,adhd,acne,
    migraine,depression,pain} {pills,meds,medication,medicine,tablets,drug} | cachets pour la
    tension | médicament pour la tension | médicaments pour la tension | traitement pour la tension
    | médicament pour le cholestérol | médicament pour la thyroïde | cachets pour dormir |
    médicament pour dormir | médocs pour dormir |
"""
)

# Third broadening of the cues (v6 false positives generalised into families, 2026-12-02).
# Sarcasm that still tells the experience: "génial ce traitement, 3 jours à vomir", "love how
# this pill made me...", "merci le Doliprane pour les brûlures d'estomac".
CAUSAL += _terms(
    """
    love how | loving how | gotta love how | thanks a lot | thank you for the | génial ce | génial
    cette | génial le | génial la | merci beaucoup le | merci beaucoup la | quel plaisir | super
    le | super la | j'adore comment | résultat | resultat | résultat des courses | et résultat |
    end result |
    """
)
# Fear for the future, someone refusing it, general statements: nothing happened yet.
HYPOTHETICAL += _terms(
    """
    peur des | a peur | peur d'avoir | peur d'en | peur qu'il | peur qu'elle | afraid she'll |
    afraid he'll | afraid i'll | scared of getting | worried about getting | worried it will |
    worried it'll | commonly causes | often causes | usually causes | typically causes | can
    sometimes cause | provoque souvent | provoque fréquemment | donne souvent | is known to cause
    | peut entraîner | peut entrainer | may lead to | can lead to | reading the side effects |
    reading the list of side effects | reading the leaflet | reading the label | reading the
    insert | reading the package insert | en lisant les effets secondaires | en lisant la liste
    des effets | en lisant la notice | je lis la notice | lire la notice | me reading the |
    reading through the | en lisant les | en lisant la |
    """
)
UNTAKEN += _terms(
    """
    refuse de prendre | refuse de le prendre | refuse de la prendre | refuse de les prendre |
    refuse son traitement | refusé de prendre | veut pas prendre | ne veut pas prendre | refuses
    to take | refused to take | won't take | wont take | wouldn't take | refuses her | refuses
    his | refusing to take |
    """
)
# A clinician (or a fictional character) speaking in general, not a case.
NEWS += _terms(
    """
    dermatologist here | derm here | gp here | psychiatrist here | psych here | cardiologist here
    | np here | pa here | as a doctor | as a dermatologist | as a gp | as a psychiatrist | as a
    physician | in my practice | my patients | mes patients | mes patientes | dans ma pratique |
    je suis médecin | je suis dermato | dermato ici | psychiatre ici | généraliste ici | pro tip
    | conseil de pro | ce qu'il faut savoir | ce qu'il faut retenir | what you need to know
    | dans la série | dans le film | in the show | in the movie | the episode |
    this episode | l'épisode | cet épisode | grey's anatomy | dr house | house md | the
    character | le personnage | in the book | dans le roman | season finale |
    """
)
# Another cause: food, cosmetics, pollen, pets, insects, the weather.
ALTERNATIVE_CAUSE += _terms(
    """
    crème solaire | nouveau shampoing | nouveau shampooing | shampoing | shampooing | maquillage
    | mascara | teinture | coloration | parfum | nouveau savon | gel douche | déodorant |
    adoucissant | piqûre de moustique | piqûres de moustique | piqûre de guêpe | guêpe | abeille
    | tique | punaises de lit | puces du chat | chenilles | processionnaires | cacahuète |
    cacahuètes | arachide | gluten | crustacés | fraises | poils de chat | acariens |
    moisissures | nickel | new shampoo | hair dye | makeup | new moisturizer | new moisturiser |
    perfume | sunscreen | bee sting | wasp sting | bed bugs | bedbugs | fleas | tick bite |
    peanuts | peanut | shellfish | strawberries | cat hair | dog hair | dust mites | mold |
    mould | new soap | fabric softener | earrings | new lotion | apéros | apéro |
    family-size | family size | junk food | malbouffe | fast food | ménopause | menopause |
    """
)
# "j'ai cru que... mais en vrai c'est les apéros", "swore it was..., then realised".
SUSPECTED += _terms(
    """
    swore | i swore | j'étais persuadé | j'étais persuadée | j'ai d'abord cru | je pensais
    que c'était | i was convinced | was convinced | convinced it was | blamed |
    """
)
RESOLVED += _terms(
    """
    en vrai c'est | en vrai c'était | mais en fait | en fait c'est | then realised | then
    realized | then i realised | then i realized | realised i'd | realized i'd | realised it was
    | realized it was | realised i had | realized i had | mais non | fausse alerte | false alarm
    | pas du tout le | c'était plutôt | it was really | actually just |
    """
)
# Taken for its job and it did it: "Ventoline en urgence, heureusement ça a marché", "two puffs
# and I'm okay now". Without a link to the product the symptom is the indication.
# Supplements are products too (v9: red yeast rice, ashwagandha), and so are jabs by their name.
DRUG_CLASSES += _terms(
    "levure de riz rouge | red yeast rice | ashwagandha | millepertuis | st john's wort | ginkgo"
    " | hpv jab | flu jab | covid jab | booster jab | mmr jab | tetanus jab | vaccin hpv"
    " | vanc | vanco | vancomycin | vancomycine | metfo"
    # v13-v14: iron infusions, hormone patches and therapy, slang and misspellings
    " | ferinject | monoferric | venofer | iron infusion | perfusion de fer | estradot | hrt"
    " | spiro | vitamine b6 | vitamin b6 | seroquelle"
)


# Body functions and health nouns that no part/state pairing covers: with a product, a first-
# person or close-person experience and a link in time or cause, "mon pipi", "my periods", "her
# sleep", "ma libido" tell a change the lexicon has no wording for (see `_bodily_change`).
BODILY: tuple[str, ...] = _terms(
    """
    cheveux | poils | ongles | mes dents | ses dents | pipi | urine | urines | selles | caca |
    transit | digestion | mes règles | ses règles | mon cycle | son cycle | sommeil | appétit |
    libido | érection | érections | mémoire | humeur | voix | odorat | rétine | sexualité | côté
    couple | hair | nails | my teeth | her teeth | his teeth | pee | urine | poop | stool | stools
    | bowels | periods | my period | her period | my cycle | sleep | appetite | libido | sex
    drive | erection | erections | memory | mood | voice | sense of smell | sense of taste |
    retina | down there |
    """
)

RESCUED: tuple[str, ...] = _terms(
    """
    saved me | saved my life | saved my ass | saved my evening | saved my day | saved my night |
    saved my weekend | m'a sauvé la soirée | m'a sauvé la journée | sauvé ma soirée | sauvé ma
    journée | m'a sauvé | m'a sauvée | m'a sauvé la vie | ça a
    marché | ca a marche | a marché en | a fonctionné | worked in | worked within | worked fast |
    i'm okay now | im okay now | i'm ok now | im ok now | i'm fine now | im fine now | ça va
    mieux | ca va mieux | ça va maintenant | feel better now | breathing fine now | respire à
    nouveau | je respire de nouveau | back to normal in |
    """
)
# The drug not working (yet) at its job: "toujours aussi angoissée", "supposed to take this long".
FAILING += _terms(
    """
    toujours aussi | je désespère | desespere que | que ça marche | que ca marche | take this
    long to work | supposed to take this long | for it to work | for it to kick in | hasn't
    kicked in | hasnt kicked in | not kicked in | pas encore fait effet | fait toujours pas effet
    | pas d'amélioration | no improvement | not working yet | still waiting for it | aucune
    amélioration | toujours aucune | combien de temps à agir | combien de temps pour agir |
    met combien de temps | avant que ça agisse | avant que ca agisse | aussi déprimé qu'avant |
    aussi déprimée qu'avant | aussi angoissé qu'avant | aussi angoissée qu'avant | how long
    does it take to work | how long did it take to work | how long until it works | how long
    before it works | as depressed as before | as anxious as before | still as depressed |
    still as anxious | zero improvement | revient toujours | revient sans cesse | remonte
    toujours | remonte sans cesse | toujours de la fièvre | keeps coming back | keep coming back
    | kept coming back | still feverish | still has a fever | still running a fever |
    progresse quand même | progresse malgré | en ai quand même fait une | j'en ai quand même fait
    | progressing anyway | still progressing | exactly as depressed | just as depressed | exactly
    as anxious | just as anxious | ne me fait plus rien |
    """
)
# Treatment only planned: "va me mettre sous", "going to start me on", "thinking of starting".
PROPOSED += _terms(
    """
    va me mettre sous | va la mettre sous | va le mettre sous | vais commencer | va commencer |
    doit commencer | je commencerai | is going to start me on | going to start me on | going to
    put me on | i'll start | about to start | due to start | planning to start | thinking of
    starting | thinking about starting | considering starting | envisage de | on me propose |
    might go on | should i start | avant de commencer |
    """
)
# The reaction read as a diagnosis, the product's indication: "since my AFib diagnosis".
INDICATION += _terms(
    """
    diagnostic de | diagnostiqué | diagnostiquée | diagnosed with | diagnosis of | dx of | dx
    with | atteint de | atteinte de |
    """
)
DRUG_CLASSES += _terms(
    """
    di-hydan | dihydan | zolft | zoloff | zolof | zolfot | zoloft's | lexapo | wellbutin |
    shingles vaccine | shingles shot | shingrix | flu shot | flu jab | flu vaccine | covid shot |
    covid vaccine | covid jab | tetanus shot | hpv vaccine | mmr | vaccin contre la grippe |
    vaccin grippe | vaccin covid | vaccin du zona | vaccin zona | vaccin hpv | rappel dtp | rappel
    du tétanos | patchs nicotine | patch nicotine | nicotine patch | nicotine patches | bain de
    bouche | mouthwash | doxy | amoxicilin | amoxicilan | amoxicillan | amoxcillin | amoxacillin
    | amoxicilline | amoxiciline | amoxycillin |
    """
)
# Childhood vaccines named by the visit ("her 2 month shots", "les vaccins des 11 mois").
DRUG_CLASSES += _terms(
    """
    {2,4,6,9,12,15,18} month shots | {2,4,6,9,12,15,18}-month shots | {2,4,6,9,12,15,18} month
    vaccines | {2,4,6,9,12,15,18} month jabs | {2,4,6,9,12,15,18} mo shots | her shots | his
    shots | baby shots | her jabs | his jabs | her vaccines | his vaccines | her vaccinations |
    his vaccinations | vaccins des {2,4,5,11,12,13,16,18} mois | vaccin des {2,4,5,11,12,13,16,
    18} mois | ses vaccins | son vaccin | ses vaccinations | sa vaccination | son rappel | ses
    rappels |
    """
)


# ---------------------------------------------------------------------------------------------
# The drug dictionary of `drug-named-entity-recognition`
# ---------------------------------------------------------------------------------------------


class _PlainDataUnpickler(pickle.Unpickler):
    """The dictionary is plain dicts, lists and strings: refuse anything that names a class.

    The package itself unpickles this file with `pickle.load`; we only read it, never import the
    package (its import pulls `requests` and writes a cache under $HOME), and we refuse globals
    so a tampered wheel cannot run code in the worker.
    """

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refusing global {module}.{name} in drug dictionary")


# Round 13 (2026-12-03): lay wordings and products written as lists from general knowledge of
# how patients, parents and carers write (the file's header says where they come from), kept in
# a data file: 4,000 phrases would drown the rules in this module. Each line is `reaction<TAB>
# category<TAB>phrase` or `product<TAB><TAB>phrase`; `#` starts a comment.
LEXICON_FILE = "data/ade_lexicon.tsv"


def read_lexicon_file(
    text: str, source: str = LEXICON_FILE
) -> tuple[dict[str, list[str]], list[str]]:
    """Reactions by category and products, from the data file's text; a bad line is an error."""
    reactions: dict[str, list[str]] = {}
    products: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        kind, category, phrase = fields if len(fields) == 3 else ("", "", "")
        if kind == "reaction" and category in REACTIONS and phrase.strip():
            reactions.setdefault(category, []).append(phrase)
        elif kind == "product" and not category and phrase.strip():
            products.append(phrase)
        else:
            raise ValueError(
                f"{source}:{number}: expected 'reaction<TAB>category<TAB>phrase' with a known "
                f"category or 'product<TAB><TAB>phrase', got {line!r}"
            )
    return reactions, products


_FILE_REACTIONS, _FILE_PRODUCTS = read_lexicon_file(
    files("veille.agents").joinpath(LEXICON_FILE).read_text(encoding="utf-8")
)
for _category, _phrases in _FILE_REACTIONS.items():
    REACTIONS[_category] = tuple(dict.fromkeys(REACTIONS[_category] + tuple(_phrases)))
DRUG_CLASSES += tuple(_FILE_PRODUCTS)

# Cue words the new products showed missing: "je prends du Mag 2 pour ça mais ça change rien",
# "what are the chances the RSV shot makes my mom sick?", "trial results show", and teething
# named as the cause ("il bave tout le temps, c'est les dents").
FAILING += _terms("change rien | ne change rien | ça change rien | changé rien")
HYPOTHETICAL += _terms(
    """
    what are the chances | quelles sont les chances | effets possibles | effets secondaires
    possibles | possible side effects |
    """
)
NEWS += _terms("trial results | results show | study shows | résultats de l'essai")
ALTERNATIVE_CAUSE += _terms(
    "c'est les dents | c'est ses dents | it's his teeth | it's her teeth | it's just teething"
)


def _dictionary_path() -> Path | None:
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "drug_ner_dictionary.pkl.bz2"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def load_drug_names() -> dict[str, str]:
    """Folded drug name -> canonical (generic) name, ~40k entries, loaded once per process.

    Kept: names with a DrugBank, MedlinePlus or Wikipedia record (drops the MeSH-only
    proteins, enzymes and receptors that make half of the file), 5+ characters, at most four
    words, not a common word. Takes ~0.5 s; empty when the package is not installed, and the
    French list still works.
    """
    path = _dictionary_path()
    names: dict[str, str] = {}
    if path is None:
        return names
    with bz2.open(path, "rb") as handle:
        data = _PlainDataUnpickler(handle).load()
    variants: dict[str, list[str]] = data["drug_variant_to_canonical"]
    canonicals: dict[str, dict[str, Any]] = data["drug_canonical_to_data"]
    for variant, targets in variants.items():
        if not targets or len(variant) < 5:
            continue
        record = canonicals.get(targets[0], {})
        # Combination brands (Bactrim, Excedrin) only carry a Wikipedia link.
        if not record.keys() & {"drugbank_id", "medline_plus_id", "wikipedia_url"}:
            continue
        words = _NON_WORD.sub(" ", fold(variant)).split()
        if not words or len(words) > 4 or not any(ch.isalpha() for ch in words[0]):
            continue
        folded = " ".join(words)
        if len(folded) < 5 or folded in _NOT_A_DRUG or any(w in _NOT_A_DRUG for w in words[-1:]):
            continue
        names.setdefault(folded, record.get("name") or targets[0])
    return names


def products_from_watchlists(groups: Iterable[Any]) -> list[ProductName]:
    """Watchlist terms that are medicines (brand/product/competitor roles) as product names."""
    found: list[ProductName] = []
    for group in groups:
        for term in group.terms:
            if term.role in ("brand", "product", "competitor"):
                found.append((term.label, tuple(term.aliases)))
    return found


# ---------------------------------------------------------------------------------------------
# Detector
# ---------------------------------------------------------------------------------------------

# Match kinds in the automaton. A key may carry several (e.g. "apres" is causal only).
_PRODUCT, _REACTION, _RELATIVE, _FIRST, _INTAKE, _CAUSAL, _TEMPORAL = range(7)
_NEG, _HYPO, _INDIC, _NEWS, _AD, _HEARSAY, _PRICE, _ALT, _RELIEF, _ADVICE, _VERB = range(7, 18)
_THIRD, _PRESCRIBE, _PART, _STATE, _UNTAKEN, _CLEARED = range(18, 24)
_RESOLVED, _FAILING, _DECHALLENGE, _PROPOSED, _TESTED, _SUSPECTED = range(24, 30)
_RESCUED = 30
_BODILY = 31
_CLEARED_AFTER = 32
_HELPS = 33
_FEARFUL = 34
_REASON = 35
_COURSE = 36
# Retweet prefixes, nested ones too ("RT @a: RT @b: the original text", "rt @a ...").
_RELAYED = re.compile(r"\s*(?:RT\s*@[^\s:]+\s*:?\s*)+", re.IGNORECASE)
# A reason ("because I've had", "parce que j'ai un") reaches further than "pour"/"for", but only
# when it follows the product closely ("Tylenol because", "Doliprane parce que").
_REASON_WINDOW = 30
_REASON_AFTER_PRODUCT = 15
_STOPPING = re.compile(r"stop|quit|arr[eê]t|came off|went off")

# A product stopped or taken again, and what the symptom then did: the two strongest signs of a
# drug's role a patient can give (WHO-UMC's dechallenge and rechallenge). Read in the folded text.
_DETERMINERS = (
    r"(?:(?:taking|using|the|my|his|her|their|our|of|from|all|daily|usual|nightly|regular|le|la"
    r"|les|l'|du|de|des|d'|mon|ma|mes|son|sa|ses|leur|leurs|notre|nos|ce|cette|\w+'s|\w+s')\s*)*$"
)
# (not a course finished: see `_FINISHED_BEFORE`)
_WITHDRAWN_BEFORE = re.compile(
    r"(?:\bstop(?:ped|ping|s)?|\bstoped|\bquit(?:ting|s)?|\barret(?:e|ee|es|ees|er|ant|ons|ez)?"
    r"|\bpause|\bsevr\w*|\bwithout|\bsans|\bweaned\s+(?:\w+\s+)?off"
    r"|\b(?:came|went|got|coming|going|getting|been|am|is|was|i'm|im|she's|he's|turkey)\s+off"
    r"|\b(?:took|take|taken|taking|takes)\s+(?:me|him|her|them|us)\s+off"
    r"|\b\d+\s+(?:days?|weeks?|months?)\s+off|(?:^|[\n.,;:!?(])\s*off)\s+" + _DETERMINERS
)
# A course finished ("finished my Accutane", "fini la Doxy", "completed the taper"): when the
# symptom then comes back or stays, it is the condition the course treated.
_FINISHED_BEFORE = re.compile(
    r"(?:\bfinish(?:ed|ing)?|\bfini|\bfinie|\bcompleted|\bdone with)\s+" + _DETERMINERS
)
_RESTARTED_BEFORE = re.compile(
    r"(?:\brestart(?:ed|ing|s)?|\bstarted\s+(?:\w+\s+)?again\s+on|\bback\s+on|\breprise?"
    r"|\brepris|\brecommence\w*|\breprend\w*|\bre-?took|\bretook)\s+" + _DETERMINERS
)
# What the symptom did next, told right after it (a few words, no "and" or comma between):
# went ("disparu", "cleared up"; "plus de ..." before it), or came back.
_NEXT_WORDS = r"(?:'s|'re)?(?:\s+(?!and\b|et\b|but\b|mais\b)[\w']+){0,5}?\s+"
_GONE_AFTER = re.compile(
    _NEXT_WORDS + r"(?P<word>gone|went away|go away|goes away|going away|went down|cleared"
    r"|clear up"
    r"|vanished|disappeared|stopped|subsided|resolved|faded|eased off|back to normal|disparu\w*"
    r"|parti(?:e|es|s)?\b|passee?s?\b|estompe\w*|envole\w*|arretee?s?\b|stoppee?s?\b"
    r"|rentre\w* dans l'ordre|redevenu\w* normal\w*)"
)
_GONE_BEFORE = re.compile(
    r"(?:\bno more|\bno longer|\bplus (?:de|d'|du|des|aucun|aucune|jamais|une|un)|\bfini les"
    r"|\bfini la|\bfini le|\bbye bye)\s+(?:\w+\s+){0,2}$"
)
_CAME_BACK_AFTER = re.compile(
    _NEXT_WORDS + r"(?P<word>(?:came|come|comes|coming) (?:right |straight )?back|is back|are back"
    r"|was back|were back|returned|returns|returning|back again|creeping back|crept back"
    r"|creeps back|revenue?s?\b|revien\w*|reapparu\w*|de retour)"
)
# A function coming back is the reaction going: "his appetite is back", "ma libido est revenue".
_FUNCTION_BACK = frozenset(
    {"appetit", "appetite", "libido", "sex drive", "sommeil", "sleep", "energie", "energy"}
    | {"voix", "voice", "regles", "period", "periods"}
)
# Right before the symptom, a reason or a time the product was stopped at tells why it was
# stopped, not what stopping did: "stopped the Imodium once the diarrhea stopped", "because the
# rash was back" (not "stopped it bc of GI issues and the diarrhea cleared up").
_STOPPED_BECAUSE = re.compile(
    r"\b(?:because|bc|cause|since|once|when|as soon as|after|car|quand|une fois que|des que"
    r"|puisque|vu que|parce que|parce qu|pcq|apres)\s+(?:(?:the|my|his|her|its|le|la|les|l'|mon"
    r"|ma|mes|son|sa|ses|ce|cette|ces|des|de|du|d')\s*){0,2}$"
)
# After the symptom, what ties it to a stop or restart told later: "came back a month after I
# stopped", "came right back as soon as I restarted".
_AFTER_BETWEEN = re.compile(
    r"\b(?:after|since|once|as soon as|when|apres|depuis que|des que|quand)\b"
)
# "ça a disparu tout seul": gone on its own, not because the product was stopped.
_ON_ITS_OWN = re.compile(
    r"\b(?:on (?:its|their) own|by itself|by themselves|tout seul|toute seule|tous seuls"
    r"|toutes seules|d'eux-memes|d'elle-meme|d'elles-memes|de lui-meme)\b"
)
# A fever falls on its own within days: its end after stopping any product tells nothing; a
# headache's or a pain's, after stopping a painkiller (taken for it).
_NOT_DECHALLENGED = frozenset({"fever (weak)"})
_PAINKILLER_SYMPTOMS = frozenset({"headache (weak)", "pain (weak)"})
# (folded spellings: they are looked up among the folded words of a product's name)
_PAINKILLERS = frozenset(
    _terms(
        """
        paracetamol | acetaminophen | doliprane | dafalgan | efferalgan | tylenol | panadol |
        ibuprofen | ibuprofene | advil | nurofen | motrin | spedifen | antarene | aspirin |
        aspirine | aspegic | kardegic | naproxen | naproxene | aleve | apranax | diclofenac |
        voltaren | ketoprofen | ketoprofene | profenid | codeine |
        tramadol | ixprim | topalgic | lamaline | izalgi | excedrin | sumatriptan | imitrex |
        zomig | relpax | spasfon | antadys | paracetix | ibuvia | painkiller | painkillers |
        antidouleur | antalgique |
        """
    )
)
_GOVERNED_REACH = 36  # characters from a stop or restart word to the product it governs
_DECHALLENGED, _RECHALLENGED, _CONDITION_BACK = "dechallenge", "rechallenge", "condition back"
# Vaccines, by the words of the product's name ("covid booster", "flu shot", "Moderna"): nobody
# takes one for a fever, an ache, a headache or tiredness, its commonest reactions (see `_WEAK`).
_VACCINES = frozenset(
    _terms(
        """
        shot | shots | jab | jabs | booster | boosters | rappel | rappels | dtp | dtap | dtcap |
        ror | mmr | hpv | bcg | gardasil | cervarix | prevenar | prevnar | vaxneuvance | bexsero |
        trumenba | nimenrix | menveo | menquadfi | infanrix | hexyon | vaxelis | pentacel |
        pediarix | rotateq | rotarix | priorix | varivax | proquad | boostrix | repevax | revaxis |
        tetravac | shingrix | zostavax | comirnaty | spikevax | pfizer | moderna | novavax |
        nuvaxovid | astrazeneca | vaxzevria | efluelda | vaxigrip | influvac | fluarix | flucelvax |
        fluzone | arexvy | abrysvo | havrix | engerix | twinrix | typhim | stamaril | ixiaro |
        qdenga | dukoral | avaxim | vivotif |
        """
    )
)
_AFTER_VACCINE = frozenset(
    {"fever (weak)", "pain (weak)", "headache (weak)", "fatigue (weak)", "feeling unwell (weak)"}
)
# Time between the vaccine and the symptom: "in March ... now in October", "last month".
_LONG_AFTER = re.compile(
    r"\b(?:last (?:month|year)|months? ago|years? ago|weeks ago|le mois dernier|l'an dernier"
    r"|l'annee derniere|il y a (?:\d+|deux|trois|quelques) (?:mois|ans|semaines)|(?:in|en|au)"
    r" (?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|printemps|ete|automne|hiver|janvier|fevrier|mars"
    r"|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
    r"|all fine|no side effects?|zero issues|no issues|aucun souci|rien du tout)\b"
)
# A relief word denied, hoped for or foretold: "hasn't gone away", "no amount of water fixes",
# "ne passe pas", "tell me it gets better", "should settle" (not "never felt better"). Each
# marker may be followed by two words before the relief word.
_UNREAL_MARKERS = (
    *_terms(
        """
        not | hasn't | hasnt | haven't | havent | hadn't | hadnt | didn't | didnt | doesn't |
        doesnt | don't | dont | isn't | isnt | won't | wont | wasn't | wasnt | weren't | werent |
        aren't | arent | can't | cant | no | pas | nothing | yet to | tell me it | hope it |
        hoping it | hopefully it | will | should | supposed to | gonna | going to | n'a pas |
        n'ont pas | n'est pas | ne | n' | pas encore | toujours pas | devrait | devraient |
        j'espere que | esperons que | pourvu que |
        """
    ),
    r"no amount of \w+(?: \w+)?",
    "never (?=went|gone|got|cleared|fully)",
)
_UNREAL_BEFORE = re.compile(r"(?:(?:" + "|".join(_UNREAL_MARKERS) + r")\s*(?:\w+\s+){0,2})$")
# The NEWS cues that only give a clinician's role: before general advice ("nurse here: take it
# with food") they stay news, before a case they go (see `_score`).
_CLINICIAN_ROLE = re.compile(
    r"(?:(?:pharmacist|nurse|doctor|md|rn|dermatologist|derm"
    r"|gp|psychiatrist|psych|cardiologist|np|pa) here|as an? (?:pharmacist|nurse|doctor"
    r"|dermatologist|gp|psychiatrist|physician)|je suis (?:pharmacien|pharmacienne|infirmiere"
    r"|infirmier|medecin|dermato)|en tant que pharmacien|en tant que pharmacienne"
    r"|en tant qu'infirmiere|(?:pharmacien|pharmacienne|infirmiere|infirmier|medecin|doc"
    r"|preparateur|preparatrice|dermato|psychiatre|generaliste) ici)"
)
# A start still to come: "je commence dans 2 semaines", "I start in a week".
PROPOSED += _terms(
    """
    je commence dans | on commence dans | je démarre dans | je demarre dans | je débute dans | i
    start in | i'm starting in | im starting in | starting in | we start in |
    """
)
# The words `_WITHDRAWN_BEFORE`, `_FINISHED_BEFORE` and `_RESTARTED_BEFORE` start with: a post
# without any skips their searches (see `_governed_products`).
COURSE: tuple[str, ...] = _terms(
    """
    stop | stops | stopped | stopping | stoped | quit | quits | quitting | arrêt | arrête |
    arrêté | arrêtée | arrêtés | arrêtées | arrêter | arrêtant | arrêtons | arrêtez | pause |
    sevrage | sevré | sevrée | sevrer | without | sans | off | finish | finished | finishing |
    fini | finie | completed | done with | restart | restarted | restarting |
    restarts | again | back on | reprise | repris | reprend | reprends | reprendre | recommencé |
    recommencée | recommence | recommencer | retook | re-took |
    """
)
# Who asks "anyone else?", "quelqu'un a déjà eu ... ?" (see `askers` in `_score`).
_ASKING = (
    r"(?:has anyone|have any of you|anyone|anybody|any1|quelqu'un|quelqu un|qqn|qq1|qui d'autre"
    r"|vous avez deja|d'autres)"
)
_ASKER = re.compile(rf"\b{_ASKING}\b")
# The hypothetical cues that only ask (see `_asks`).
_ASKED = re.compile(
    _ASKING + r"(?: else| d'autre)?(?: (?:had|have|get|gets|got|experienced?"
    r"|a eu|a deja eu|a deja|ont eu|ont deja eu|avez eu|a|ont))?"
)
_QUESTION_OPENERS = frozenset({"does", "do", "did", "est-ce que", "est ce que", "est-ce qu"})
# Pointing back at the symptom asked about: "I've had three", "j'en ai plein", "same here".
_BACK_REFERENCE = re.compile(
    r"\b(?:i(?:'ve| have)? (?:had|get|got|have) (?:them|it|those|these|that|this|one|two|three"
    r"|several|so many)|i'm covered|im covered|covered in|j'en ai|j'en suis|j'en fais|j'ai ca"
    r"|moi c'est|moi ca fait|same here)\b"
)
_DENIED_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,2}(?:no|none|nothing|zero|aucun\w*|pas|rien|fine|ok|never|jamais)\b"
)
# Asking for someone else, or for no one: "je demande pour un ami", "I take nothing myself".
_NOT_MINE = re.compile(
    r"\b(?:for a friend|pour un ami|pour une amie|take nothing|ne prends rien|prends rien"
    r"|school paper|just curious|haven't started|havent started|not taking it)\b"
)
# One patient the clinician tells of, not patients in general.
_CASE = re.compile(
    r"\b(?:(?:had|got) a (?:patient|pt|resident)|a pt's|my pt|my patient(?!s)"
    r"|one of (?:my|our) (?:patients|residents|clients)"
    r"|(?:un|une) de (?:mes|nos) (?:patients|patientes|residents|residentes)"
    r"|mon patient|ma patiente|notre patient|notre patiente)\b"
)
# General talk, whoever speaks: "I always tell", "most people", "in general".
_GENERAL = re.compile(
    r"\b(?:always tell|i tell (?:people|patients|everyone)|most people|people often|in general"
    r"|tips? for|pro tips?|for everyone|is common|are common|whenever|usually"
    r"|je conseille toujours"
    r"|je dis toujours|en general|la plupart des gens|pour tout le monde|conseil|souvent)\b"
)
_UNREAL_REACH = 32
_DID_NOTHING = re.compile(
    r"\b(?:and nothing|et rien|nothing happened|did nothing|didn't touch|didn't help|no effect"
    r"|aucun effet|rien fait|fait rien|sert a rien)\b"
)
_TOKEN = re.compile(r"[\w']+")
# The first words of `_UNREAL_MARKERS` (any "n'..." word is checked apart): where a denial can
# start (see `_relief_denied`).
_UNREAL_OPENERS = frozenset(
    marker.split()[0] for marker in _UNREAL_MARKERS if not marker.startswith("n'")
)
_UNREAL_AFTER = re.compile(r"\s+(?:pas|jamais|toujours pas)\b")
# "jamais eu ça avant", "never had headaches before": new since the product, the author's own
# argument for a link (read in the symptom's sentence and the next).
_NOVELTY = re.compile(
    r"\b(?:jamais eu (?:ca|de|d'|des|un|une|mal)|j'avais jamais|je n'avais jamais"
    r"|n'avait jamais|jamais de (?:ma|sa) vie|de (?:ma|sa) vie j'ai jamais"
    r"|first time in (?:my|her|his) life|never (?:ever )?had (?:this|that|these|those|it|them"
    r"|one|any|a|an|such|\w+ like)\b[^.!?\n]{0,30}\bbefore|never had (?:a |an )?\w+ before"
    r"|(?:had|has) never had)"
)
_CAR_NOUN = re.compile(r"\b(?:the|my|a|his|her|our|your|their|in|by)\s+$")
_ENTITY_KINDS = (_PRODUCT, _REACTION, _VERB, _PART, _STATE, _BODILY)
# What pass 1 of `detect` needs to know of its hits, as bits (any other entity is a reaction).
_FLAG_PRODUCT, _FLAG_REACTION, _FLAG_PART, _FLAG_STATE, _FLAG_BODILY = 1, 2, 4, 8, 16
_FLAG_PAIR = _FLAG_PART | _FLAG_STATE
_ENTITY_FLAG = {
    _PRODUCT: _FLAG_PRODUCT,
    _PART: _FLAG_PART,
    _STATE: _FLAG_STATE,
    _BODILY: _FLAG_BODILY,
}
_BODILY_CHANGE = "unspecified bodily change"
_UNSPECIFIED = "unspecified (causal statement)"
# What may follow "me fait" / "made me" without being an effect on the body.
_NOT_AN_EFFECT = (
    "rien",
    "ni ",
    "pas",
    "plus rien",
    "aucun",
    "jamais",
    "nothing",
    "no ",
    "not ",
    "zero",
    "zéro",
    "froid dans le dos",
    "peur",
    "flipper",
    "rire",
    "plaisir",
    "envie",
    "penser",
    "laugh",
    "smile",
    "think",
    "wonder",
    "want",
    "feel better",
    "du bien",
    "mal au coeur de",
    "de marbre",
    "indifferent",
    "la trouille",
    "les boules",
    "les jetons",
    "la rage",
    "la haine",
    "happy",
    "so happy",
    "sick of",
    "realize",
    "realise",
    "question",
    "doubt",
    "hope",
    "the best",
    "best",
    "great",
    "good",
    "amazing",
    "so much better",
    "energy",
    "my life",
    "peace",
    "le meilleur",
    "meilleur",
    "un bien fou",
    "la peche",
    "la patate",
    "de l'energie",
    "de l energie",
    "feel like myself",
    "feel normal",
    "feel human",
    "feel alive",
    "feel like a new",
    "me sentir mieux",
    "me sentir bien",
    "revivre",
)

# French words spelled with "œ" as often as with "oe" (keys get both spellings).
_OE_STEMS = ("coeur", "soeur", "oeil", "oedem", "oeuf", "noeud", "voeu", "boeuf", "oesoph", "coel")
# "the nausea is gone but now I have zero appetite": relief on one side, a reaction on the other.
_DISPUTED = re.compile(
    r"(?:says|said|supposed to be|supposedly|so much for|claims|censé|cense|soi.disant|soit.disant)"
    r"(?: it s| its| c est)?\s*$"
)
_DISPUTED_AFTER = (
    "?",
    "my ass",
    "my butt",
    "my foot",
    "lol",
    "lmao",
    "yeah right",
    "mon cul",
    "mdr",
    "mon oeil",
)
# "je commence lundi la 2e boîte", "starting my second month": already taking it.
_ALREADY_ON = re.compile(
    r"\W{0,2}(?:\S+ ){0,2}(?:\d+ ?(?:e|eme|er|nd|rd|th)|deuxieme|troisieme|second|third|next"
    r"|prochaine?|autre)\b"
)
_CONTRAST = re.compile(r"\s(?:mais|but|however|though|cependant|par contre|sauf que|en revanche)\s")
# (a dot between digits is no stop: "38.5"; one character class, then the check, is several
# times faster than an alternation)
_SENTENCE_STOP = re.compile(r"[.!?\n](?<!\d\.(?=\d))")
_CLAUSE_BREAK = re.compile(r"[.!?;,\n:()\[\]=→]|\s(?:mais|but|sauf|except|however|cependant)\s")
# `_CLAUSE_BREAK` without its words, for posts that hold none of them (see `_Layout`).
_CLAUSE_MARK = re.compile(r"[.!?;,\n:()\[\]=→]")
# "à cause de", "because of", "due to": blame words, checked for what they blame.
_BLAME = ("a cause", "because", "due to", "du au", "due au", "lie au", "liee au")
# What may stand for the product after a blame word ("because of it", "à cause du traitement").
_PRODUCT_STANDINS = frozenset(
    {
        "it",
        "that",
        "this",
        "them",
        "these",
        "those",
        "ca",
        "cela",
        "lui",
        "celui",
        "celle",
        "ce",
        "cette",
        "ces",
        "traitement",
        "medicament",
        "medicaments",
        "medoc",
        "medocs",
        "cachet",
        "cachets",
        "comprime",
        "comprimes",
        "pilule",
        "vaccin",
        "injection",
        "piqure",
        "medication",
        "medications",
        "medicine",
        "meds",
        "pill",
        "pills",
        "drug",
        "drugs",
        "treatment",
        "shot",
        "vaccine",
        "dose",
    }
)
# "headaches every time I take it": a habit of taking the product, no need to name it again.
_HABITUAL = ("every", "each", "whenever", "chaque", "a chaque")
# "Febrinol = nausées", "Ibuvia → mal au bide" (not ">": "Febrinol > Paracetix" compares).
# The link right after the product or one word later ("Methotrexate Fridays = ...").
_DURATION_BEFORE = re.compile(
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|one|two|three|four|five|six"
    r"|seven|ten)\s(?:jours?|semaines?|mois|days?|weeks?|months?)\s(?:de\s|d'|of\s|into\s|sous\s"
    r"|on\s)(?:la\s|le\s|l'|mon\s|ma\s|my\s|the\s)?$"
)


def _has_unit(folded: str, start: int, end: int) -> bool:
    """Cheap test before `_DURATION_BEFORE`: its match holds a unit of time."""
    window = folded[start:end]
    return (
        "jour" in window
        or "mois" in window
        or "day" in window
        or "week" in window
        or "month" in window
        or "semaine" in window
    )


_SCHEDULED = re.compile(
    r"\s(?:(?:is|are)\s)?(?:tomorrow|tmrw|next\s(?:week|monday|month)|this\s(?:friday|afternoon)"
    r"|demain|la\ssemaine\sprochaine|lundi\sprochain|prevue?s?\s(?:demain|pour|le|la))\b"
)
_SHORTHAND_AFTER = re.compile(r"\s?(?:[^\W\d_]+\s){0,2}(?:=|->|→|=>)")
_SHORTHAND_PLUS = re.compile(r"\s?\+[^.!?\n=+]{1,40}?(?:=|->|→|=>)")
# "even with SPF 50", "même avec de la crème": a protection that failed, not the product.
_FAILING_GUARD = ("even", "meme")
# "the Accutane side effects list": a topic, not a symptom told.
_GENERIC_EFFECT = ("side effect", "effet", "effets", "adverse", "reaction", "réaction")
_DIAGNOSIS = ("diagnosis", "diagnostic", "dx ", "diagnosed")
# "sous Coversyl", "on Zoloft", "sous l'Ozempic": the word right before a product says it is taken.
_ON_PRODUCT = re.compile(r"(?:^|\s)(?:sous|on)\s(?:l')?$")


def _on_before(window: str) -> bool:
    """Cheap test before `_ON_PRODUCT`: its match holds "sous" or "on"."""
    return "on" in window or "sous" in window


# "comme une vraie grippe", "flu-like": a comparison, not another cause.
_COMPARISON = re.compile(r"(?:comme|like|genre|tel|telle)\s(?:\S+\s){0,4}$")
# Words that tie a symptom named first to the product named after it.
_LINK_WORDS = frozenset(
    [
        "sous",
        "avec",
        "with",
        "from",
        "on",
        "du",
        "des",
        "au",
        "aux",
        "to",
        "par",
        "after",
        "apres",
        "since",
        "depuis",
        "thanks",
        "merci",
        "of",
        "off",
        "taking",
        "using",
    ]
)
# Words between a part and a state that undo the pair.
_PAIR_BLOCKERS = frozenset(
    {
        "moins",
        "less",
        "pas",
        "not",
        "no",
        "never",
        "jamais",
        "aucun",
        "aucune",
        "rien",
        "nothing",
        "longer",
        "sans",
        "without",
        "ni",
        "isn",
        "wasn",
        "aren",
        "weren",
        "don",
        "doesn",
        "didn",
        "isnt",
        "wasnt",
        "arent",
        "dont",
        "doesnt",
        "didnt",
        "plus",
    }
)
_PAIR_GAP = 30  # characters between a body part and its state ("yeux tout rouges et gonflés")
_GOVERNED = 14  # characters between "m'a prescrit" / "put me on" and the product it governs
_ON = "on"  # payload of the intake read from "sous"/"on" before a product (not shown as evidence)
_SELF = "self"  # payload of first-person cues that re-anchor a post on the author ("moi aussi")
_NEG_WINDOW = 28  # characters before a reaction where a negation still applies
_HYPO_WINDOW = 60
_INDIC_WINDOW = 14
# Causal cues that may follow the reaction: "maux de tête depuis qu'elle prend la Ritaline".
# "son appétit a disparu", "my libido is gone": for a body function the loss is the change.
_LOSS = ("disparu", "gone", "vanished", "parti", "envole", "disappeared", "left")
_GLAD = re.compile(
    r"\b(?:best|better|great|amazing|improved|good|finally|enfin|mieux|meilleur|meilleure|bon"
    r"|bonne|top|super|nickel|retrouve|retrouvee|back to normal|no complaints)\b"
)
_CAUSE_AFTER = (
    "depuis",
    "since",
    "ever",
    "after",
    "apres",
    "a cause",
    "because",
    "suite",
    "from",
    "every",
    "each",
    "whenever",
    "chaque",
    "a chaque",
)


# The post says the product helps: what it was taken for is not a reaction to it.
HELPS: tuple[str, ...] = _terms(
    """
    ça aide | sa aide | ça m'aide | ça nous aide | aide vraiment | aide bien | ça soulage | sa
    soulage | soulage bien | it helps | this helps | helps a lot | really helps | it works | works
    great | works wonders | moins douloureux | moins douloureuse | beaucoup moins douloureux |
    mois douloureux | mions douloureux | monis douloureux | mons douloureux | moins mal | less
    pain | less painful | less sore | je recommande | i recommend | would buy again | ça marche
    bien | works like a charm |
"""
)
# Fear of what the product might do ("scared X might give my daughter a rash").
FEARFUL: tuple[str, ...] = _terms(
    """
    scared | afraid | worried | fear | terrified | peur | peuur | crains | craint | inquiet |
    inquiète | angoissé | angoissée | angoisse | j'ai per que | j'ai peru que | j'ai pur que |
    j'ai peut que | j'ai peure que |
"""
)


class AdverseReactionDetector:
    """Flags posts that look like a first-hand report of a suspected adverse drug reaction.

    Build once (the drug dictionary takes ~0.5 s the first time in a process, then it is shared)
    and call `detect_batch` per batch. Thread-safe: matching only reads the automaton.
    """

    def __init__(
        self,
        products: Iterable[ProductName] = (),
        *,
        use_drug_dictionary: bool = True,
        threshold: float = DEFAULT_THRESHOLD,
        text_model: AdverseTextModel | Literal["shipped"] | None = "shipped",
        model_threshold: float = DEFAULT_MODEL_THRESHOLD,
        model_only_threshold: float | None = None,
    ) -> None:
        self.threshold = threshold
        # A second reader for the posts the rules set aside (see `detect`); "shipped" is the
        # packaged model, None reads with the rules alone. `model_only_threshold` (off unless
        # given; `MODEL_ONLY_THRESHOLD` is the measured choice) lets it read every other post
        # naming a product too: more reports found, and false alarms of kinds the rules exclude.
        self.text_model = shipped_text_model() if text_model == "shipped" else text_model
        self.model_threshold = model_threshold
        self.model_only_threshold = model_only_threshold
        products = list(products)
        entries: dict[str, list[tuple[int, str]]] = {}

        def add(phrase: str, kind: int, payload: str = "") -> None:
            for key in _ligature_variants(_key(phrase)):
                bucket = entries.setdefault(key, [])
                if (kind, payload) not in bucket:
                    bucket.append((kind, payload))

        if use_drug_dictionary:
            names = load_drug_names()
            for name in names:
                entries[" " + name + " "] = [(_PRODUCT, "")]  # named as written
            # French spellings of English generics: "gentamicine", "tobramycine", "amoxicilline".
            for name in names:
                if len(name) >= 8 and name.endswith("in") and name.isalpha():
                    entries.setdefault(" " + name + "e ", [(_PRODUCT, "")])
        for name in FRENCH_DRUGS + DRUG_CLASSES:
            add(name, _PRODUCT)
        for product in products:
            label, aliases = (product, (product,)) if isinstance(product, str) else product
            for alias in (label, *aliases):
                add(alias.lstrip("#$"), _PRODUCT, label)
                words = _key(alias.lstrip("#$")).split()
                if len(words) > 1:  # "#ParacetixJunior"
                    add("".join(words), _PRODUCT, label)
        for category, terms in REACTIONS.items():
            for term in terms:
                add(term, _REACTION, category)
        for word, classes in _PART_INDEX.items():
            add(word, _PART, classes)
        for phrase in BODILY:
            add(phrase, _BODILY)
        for state, words in BODY_STATES.items():
            for word in words:
                add(word, _STATE, state)
        for kind, phrases in (
            (_RELATIVE, RELATIVES),
            (_FIRST, FIRST_PERSON),
            (_INTAKE, INTAKE),
            (_CAUSAL, CAUSAL),
            (_NEG, NEGATIONS),
            (_HYPO, HYPOTHETICAL),
            (_INDIC, INDICATION),
            (_NEWS, NEWS),
            (_AD, ADS),
            (_HEARSAY, HEARSAY),
            (_THIRD, THIRD_PARTY),
            (_PRESCRIBE, PRESCRIBING),
            (_PRICE, PRICE_SHORTAGE),
            (_TEMPORAL, TEMPORAL),
            (_ALT, ALTERNATIVE_CAUSE),
            (_RELIEF, RELIEF),
            (_ADVICE, ADVICE),
            (_VERB, CAUSAL_VERBS),
            (_UNTAKEN, UNTAKEN),
            (_CLEARED, CLEARED),
            (_RESOLVED, RESOLVED),
            (_TESTED, TESTED),
            (_SUSPECTED, SUSPECTED),
            (_FAILING, FAILING),
            (_DECHALLENGE, DECHALLENGE),
            (_PROPOSED, PROPOSED),
            (_RESCUED, RESCUED),
            (_CLEARED_AFTER, CLEARED_AFTER),
            (_HELPS, HELPS),
            (_FEARFUL, FEARFUL),
            (_REASON, REASON),
            (_COURSE, COURSE),
        ):
            for phrase in phrases:
                add(phrase, kind)
        for phrase in SELF_ANCHORS:
            add(phrase, _FIRST, _SELF)
        # Two automata: entities (products, reactions) decide the early exit on their own, so the
        # common post never pays for the frequent cue words ("je", "my", "pas").
        self._entities = ahocorasick.Automaton()
        self._cues = ahocorasick.Automaton()
        for key, values in entries.items():
            entity = tuple(v for v in values if v[0] in _ENTITY_KINDS)
            cues = tuple(v for v in values if v[0] not in _ENTITY_KINDS)
            # Per key, what `detect` needs without looping over the values: the flags they set,
            # the values a hashtag keeps (products; adverts among cues), single value or not.
            if entity:
                mask = 0
                for kind, _ in entity:
                    mask |= _ENTITY_FLAG.get(kind, _FLAG_REACTION)
                tagged = tuple(v for v in entity if v[0] == _PRODUCT)
                self._entities.add_word(
                    key, (len(key), entity, mask, tagged, entity[0] if len(entity) == 1 else None)
                )
            if cues:
                tagged = tuple(v for v in cues if v[0] == _AD)
                self._cues.add_word(
                    key, (len(key), cues, tagged, cues[0] if len(cues) == 1 else None)
                )
        self._entities.make_automaton()
        self._cues.make_automaton()
        # Misspelled brands ("Synthroïd" as "Synthriod", "amoxiciline", "Seroplexe"): one edit
        # away from a one-word product name of 6+ letters, same first letter, and not a word any
        # lexicon knows. Looked up only in posts that tell a reaction but name no product.
        common = {_key(name).strip() for name in FRENCH_DRUGS + DRUG_CLASSES + COMMON_DRUGS}
        common.update(_key(p if isinstance(p, str) else p[0]).strip() for p in products)
        self._fuzzy, self._known_words = _fuzzy_index(
            (
                (key.strip(), values)
                for key, values in entries.items()
                if " " not in key.strip()
                and (key.strip() in common or not any(kind == _PRODUCT for kind, _ in values))
            )
        )
        self._fuzzy_seen: dict[str, tuple[str, str] | None] = {}

    # -- public API ----------------------------------------------------------------------------

    def detect(
        self, text: str, language: str | None = None, products: Sequence[str] = ()
    ) -> AdeResult:
        """Score one post. `products` are names the watchlist stage already found in it.

        `language` is accepted for symmetry with the other classifiers; the lexicons are mixed
        French/English because code-switching is common and language ID errs on short posts.

        A retweet is judged on the report it relays: read whole, "RT @x: my son ... hives"
        looks second-hand (a stranger's story), and in one simulated crisis the 144 retweets
        among the 236 reposts of its viral report came out neither flagged nor negative, while
        the 92 plain reposts were both. Judged on the relayed text, it is flagged like its
        original (the triage queue files reposts under the original's item: one case); its
        evidence spans still index `text`. Judged on the relayed text only: the prefix's handle
        can match a cue, and read whole a relayed report scored 0 and went no further.

        A post the rules set aside with a reaction word in it, and none of their reasons against
        a report, goes to the text model (`agents/adverse_model.py`): the rules miss reports
        told in a patient's own words, and the model misses relations the rules read. With
        `model_only_threshold` set, every other post naming a product goes to it too, and is
        flagged when the model is that sure (their reasons against it, no reaction word they
        know: "Doxycycline + 20 mins in the sun = lobster").
        """
        if relayed := _RELAYED.match(text):
            start = relayed.end()
            quoted = self.detect(text[start:], language, products)
            shifted = [(s + start, e + start, kind) for s, e, kind in quoted.evidence]
            return replace(quoted, evidence=shifted) if shifted else quoted
        found = self._entity_hits(text, products)
        if found is None:
            return _NONE
        padded, hits, has_product, rules_apply = found
        reads_alone = self.text_model is not None and self.model_only_threshold is not None
        if not (rules_apply or (reads_alone and has_product)):
            return _NONE
        self._add_cues(padded, text, hits)
        result = self._score(text, _aligned_fold(text), hits, products) if rules_apply else _NONE
        if result.candidate or self.text_model is None:
            return result
        # A reaction word the rules could not tie to the product, and nothing against it: the
        # model's word suffices at `model_threshold`. Anything else naming a product only with
        # `model_only_threshold` set, and at that threshold.
        set_aside = (
            result.score > 0.0
            and not any(kind in _COUNTER_EVIDENCE for _, _, kind, _ in hits)
            and any(kind == _REACTION and payload != _SEVERITY for _, _, kind, payload in hits)
        )
        if not (set_aside or reads_alone):
            return result
        probability = self.text_model.probability(_products_masked(text, hits))
        if probability >= (self.model_threshold if set_aside else self.model_only_threshold):
            return self._read_by_model(text, products, result, probability, hits)
        return result

    def model_input(self, text: str) -> str:
        """What the text model reads of a post: its text, each product named replaced by one
        placeholder word (see `_products_masked`)."""
        return _products_masked(text, self._hits(text, (), any_post=True) or [])

    def _read_by_model(
        self,
        text: str,
        products: Sequence[str],
        result: AdeResult,
        probability: float,
        hits: list[tuple[int, int, int, str]],
    ) -> AdeResult:
        """A post the rules set aside and the text model reads as a report.

        Its score is the model's probability. Product, reaction and evidence are what the rules
        found in it (the product nearest the first reaction word, as the rules choose); the
        reporter is identifiable when the post speaks of its author or a relative, or of an
        intake, as the rules require of their own flags.
        """
        spans = _by_kind(hits)
        named = _longest(spans.get(_PRODUCT, []))
        reactions = [span for span in spans.get(_REACTION, []) if span[2] != _SEVERITY]
        product, reaction = result.product, result.reaction
        if reaction is None and reactions:
            reaction = reactions[0][2].removesuffix(" (weak)")
        if product is None and named:
            anchor = reactions[0][0] if reactions else named[0][0]
            nearest = min(named, key=lambda span: abs(span[0] - anchor))
            product = nearest[2] or text[nearest[0] : nearest[1]]
        elif product is None and products:
            product = products[0]
        patient = bool(spans.get(_RELATIVE) or spans.get(_FIRST))
        evidence = result.evidence or sorted(
            [(s, e, "product") for s, e, _ in named]
            + [(s, e, "reaction") for s, e, _ in _longest(reactions)]
        )
        return AdeResult(
            candidate=True,
            score=round(probability, 3),
            product=product,
            reaction=reaction,
            evidence=evidence,
            reporter_identifiable=result.reporter_identifiable
            or patient
            or bool(spans.get(_INTAKE)),
            patient_mentioned=result.patient_mentioned or patient,
        )

    def _hits(
        self, text: str, products: Sequence[str], *, any_post: bool = False
    ) -> list[tuple[int, int, int, str]] | None:
        """Every lexicon entry and cue in `text`, or None when the rules do not apply to it
        (unless `any_post`)."""
        found = self._entity_hits(text, products)
        if found is None or not (found[3] or any_post):
            return None
        padded, hits, _, _ = found
        self._add_cues(padded, text, hits)
        return hits

    def _entity_hits(
        self, text: str, products: Sequence[str]
    ) -> tuple[str, list[tuple[int, int, int, str]], bool, bool] | None:
        """Pass 1, products and reaction words (most posts stop here); None for an empty text.

        Returns the padded text, the hits, whether the post names a product and whether the
        rules apply (a product with a reaction word, a pair or a body function). A post naming
        a product that the rules do not apply to is for the text model alone, if allowed."""
        if not text:
            return None
        padded = " " + _words(text) + " "
        hits: list[tuple[int, int, int, str]] = []  # (start, end, kind, payload), original offsets
        append = hits.append
        flags = 0
        for end, (length, values, mask, tagged, single) in self._entities.iter(padded):
            start = end - length + 1  # padded index of the leading space == original word start
            if start and text[start - 1] == "#":
                # "#migraine" tags a topic, it does not tell a reaction (a product stays one)
                for kind, payload in tagged:
                    flags |= _FLAG_PRODUCT
                    append((start, end - 1, kind, payload))
                continue
            flags |= mask
            if single is not None:
                append((start, end - 1, *single))
            else:
                for kind, payload in values:
                    append((start, end - 1, kind, payload))
        has_product = bool(products) or bool(flags & _FLAG_PRODUCT)
        has_reaction = bool(flags & _FLAG_REACTION)
        has_pair = flags & _FLAG_PAIR == _FLAG_PAIR
        if not has_product and (has_reaction or has_pair):
            has_product = self._misspelled_products(padded, hits) or self._coined_products(
                text, hits
            )
        # A body function alone may still tell a change (see `_bodily_change`).
        rules_apply = has_product and bool(has_reaction or has_pair or flags & _FLAG_BODILY)
        return padded, hits, has_product, rules_apply

    def _add_cues(self, padded: str, text: str, hits: list[tuple[int, int, int, str]]) -> None:
        """Pass 2: the cues around the products and reactions, appended to `hits`."""
        append = hits.append
        for end, (length, values, tagged, single) in self._cues.iter(padded):
            start = end - length + 1
            if start > 0 and text[start - 1] == "#":  # "#ANSM #scandale" on a parent's report
                for kind, payload in tagged:
                    append((start, end - 1, kind, payload))
            elif single is not None:
                append((start, end - 1, *single))
            else:
                for kind, payload in values:
                    append((start, end - 1, kind, payload))

    def _misspelled_products(self, padded: str, hits: list[tuple[int, int, int, str]]) -> bool:
        """Add the words of `padded` one edit away from a product name; True if any."""
        seen = self._fuzzy_seen
        if len(seen) > 200_000:  # a stream's vocabulary is Zipfian: the cache stays small
            seen.clear()
        found = False
        for match in _FUZZY_TOKEN.finditer(padded):
            token = match.group()
            if token in seen:
                target = seen[token]
            else:
                target = seen[token] = (
                    None if token in self._known_words else _fuzzy_lookup(self._fuzzy, token)
                )
            if target is not None:
                hits.append((match.start() - 1, match.end() - 1, _PRODUCT, target[1]))
                found = True
        return found

    def _coined_products(self, text: str, hits: list[tuple[int, int, int, str]]) -> bool:
        """Add a brand no list knows, shaped like one and placed like one; True if any.

        New and foreign brands reach social media before any dictionary: "Calmidol pris avant
        de dormir", "Orvane made my face flush", "the kids' Calmidol". A capitalised word of 6+
        letters with a drug-name ending that no lexicon knows, either opening the post and
        followed by an intake or link word, or mid-sentence right after a determiner or an
        intake verb. Checked only on posts that tell a reaction and name no product.
        """
        found = False
        for match in _COINED.finditer(text):
            word = match.group()
            key = _key(word).strip()
            if len(word) < _FUZZY_MIN or key in self._known_words or key in _NOT_COINED:
                continue
            start, end = match.span()
            before = text[:start].rstrip()
            if before:
                words = _key(before[-24:]).split()
                if not words or words[-1] not in _COINED_AFTER or before[-1] in ".!?:\n":
                    continue
                # "commencé l'Orvane", not "le silence d'Orvane": an elided article needs a verb.
                if (
                    before[-1] in "'’"
                    and words[-1] in ("l", "d")
                    and (len(words) < 2 or words[-2] not in _COINED_ELIDED)
                ):
                    continue
            elif not _COINED_OPENING.match(_key(text[end : end + 16])):
                continue
            hits.append((start, end, _PRODUCT, ""))
            found = True
        return found

    def detect_batch(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> list[AdeResult]:
        """`detect` over a batch (languages may be None or one per text)."""
        detect = self.detect
        if languages is None:
            return [detect(text) for text in texts]
        return [detect(text, lang) for text, lang in zip(texts, languages, strict=True)]

    # -- scoring -------------------------------------------------------------------------------

    def _score(
        self,
        text: str,
        folded: str,
        hits: list[tuple[int, int, int, str]],
        passed_products: Sequence[str],
    ) -> AdeResult:
        by_kind = _by_kind(hits)
        products = _longest(by_kind.get(_PRODUCT, []))
        # "plus de nausées que n'importe quel antibiotique": named to compare, not taken.
        if products and all(_figure_of_speech(folded, ps) for ps, _, _ in products):
            return AdeResult(candidate=False, score=_EXCLUDED)
        intake = by_kind.get(_INTAKE, [])
        verbs = by_kind.get(_VERB, [])
        # "stopped it, back to herself", "periodontist says it's from the Dilantin": a link.
        causal = by_kind.get(_CAUSAL, []) + verbs + by_kind.get(_DECHALLENGE, [])
        temporal = by_kind.get(_TEMPORAL, [])
        relatives = by_kind.get(_RELATIVE, [])
        patient_spans = _longest(relatives + by_kind.get(_FIRST, []))
        negations = by_kind.get(_NEG, [])
        hypotheticals = by_kind.get(_HYPO, [])
        indications = by_kind.get(_INDIC, [])
        # "Took two Tylenol because this headache...": the reason for taking it, right after the
        # product (not "started Augmentin monday, I'm in the ER because I have hives", nor after
        # "had to stop/quit X because", which tell a reaction), and not "in the car".
        reasons = (
            [
                cue
                for cue in by_kind.get(_REASON, [])
                if any(
                    0 <= cue[0] - pe <= _REASON_AFTER_PRODUCT
                    and not _STOPPING.search(folded, max(0, ps - 25), ps)
                    for ps, pe, _ in products
                )
                and not (
                    folded.startswith("car", cue[0])
                    and _CAR_NOUN.search(folded, max(0, cue[0] - 8), cue[0])
                )
            ]
            if intake and not by_kind.get(_DECHALLENGE)
            else []
        )
        # "still hasn't gone away", "ça passe pas", "pls tell me it gets better": no relief told.
        reliefs = [
            (s, e, payload)
            for s, e, payload in by_kind.get(_RELIEF, [])
            if not _relief_denied(folded, s, e)
        ]
        advice = by_kind.get(_ADVICE, [])
        prescribing = by_kind.get(_PRESCRIBE, [])
        # "hospitalisé pour une hémorragie": "pour" after a severity word is not an indication.
        severity_ends = {e for _, e, c in by_kind.get(_REACTION, []) if c == _SEVERITY}
        indicating = [
            cue for cue in indications if not any(0 <= cue[0] - e <= 2 for e in severity_ends)
        ]
        # "Febrinol = nausées", "Ibuvia → mal au bide": shorthand for "gave me". (Both patterns
        # end with an arrow or "=": a post without one skips the two matches per product.)
        arrows = "=" in folded or "->" in folded or "→" in folded
        reaction_starts = {rs for rs, _, _ in by_kind.get(_REACTION, ())}
        causal = causal + [
            (pe, pe + 1, "")
            for ps, pe, _ in products
            if (
                arrows
                and (
                    _SHORTHAND_AFTER.match(folded, pe)
                    # "Doxy + soleil = brûlée", "cipro + one day at the beach = lobster"
                    or _SHORTHAND_PLUS.match(folded, pe)
                )
            )
            # "Wegovy : plus faim du tout...", "Accutane update, month 3 (40mg): ..."
            or (ps <= 3 and _opens_a_list(folded, pe, by_kind.get(_REACTION, [])))
            # "Keppra rage is real", "Lisinopril cough": the product names the symptom's kind.
            # (a reaction right after it: one starting at pe + 1, looked up in a set)
            or (pe + 1 in reaction_starts and not folded.startswith(_GENERIC_EFFECT, pe + 1))
        ]
        # "mon mari sous Coversyl", "my wife on Zoloft": taking it.
        intake = intake + [
            (ps - 1, ps, _ON)
            for ps, _, _ in products
            if _on_before(folded[max(0, ps - 9) : ps])
            and _ON_PRODUCT.search(folded, max(0, ps - 9), ps)
        ]
        # "Trois jours de Spiramycine", "two weeks into Abilify", "3 mois sous pilule".
        intake = intake + [
            (ps - 1, ps, "")
            for ps, _, _ in products
            if _has_unit(folded, max(0, ps - 32), ps)
            and _DURATION_BEFORE.search(folded, max(0, ps - 32), ps)
        ]
        experience = [span for span in intake if span[2] != _ON] + causal + patient_spans
        blames = [cue for cue in causal if folded.startswith(_BLAME, cue[0])]

        layout = _Layout(folded)
        # "Anyone else get yeast infections on Jardiance? Because I've had three": an author who
        # tells their own story outside the question asks about it, not about a stranger's.
        # (not a worry before a start: "my neuro wants to start me on it next month")
        askers: list[Span] = []
        if "?" in folded and _PROPOSED not in by_kind and _UNTAKEN not in by_kind:
            askers = _askers(folded, layout, by_kind)
        if askers:
            hypotheticals = [cue for cue in hypotheticals if not _asks(folded, cue, askers)]
        told = experience + askers  # what makes a question sentence tell an experience
        reactions = by_kind.get(_REACTION, [])
        if _STATE in by_kind and _PART in by_kind:
            reactions = reactions + _paired(folded, layout, by_kind[_PART], by_kind[_STATE])
        kept: list[Span] = []
        # "tendinite, du paracetix pour tenir la journée, ça aide vraiment": the condition treated.
        benefit = bool(by_kind.get(_HELPS)) and _AGAINST.search(folded) is None
        fears = by_kind.get(_FEARFUL, [])
        alternatives = by_kind.get(_ALT, [])
        # "arrêté le Tahor", "restarted the Crestor": what the symptom did next tells (see
        # `_challenge`).
        # (most posts hold none of their words: the cue pass spares two searches per product)
        course: tuple[list[Span], list[Span], list[Span]] = ([], [], [])
        if products and _COURSE in by_kind:
            words = by_kind[_COURSE]
            course = (
                _governed_products(folded, products, words, _WITHDRAWN_BEFORE),
                _governed_products(folded, products, words, _FINISHED_BEFORE),
                _governed_products(folded, products, words, _RESTARTED_BEFORE),
            )
        challenged: list[Span] = []  # the products a kept symptom's course points at
        novel: list[Span] = []  # "never had this before" said of a kept symptom
        # (the cue lists are often empty: each test below checks that first, which spares the
        # call or the generator per reaction)
        for start, end, category in _longest(reactions):
            # A reaction word inside a product name is the product.
            if any(ps <= start and end <= pe for ps, pe, _ in products):
                continue
            challenge = (
                _challenge(folded, layout, start, end, category, products, course)
                if any(course)
                else None
            )
            novelty: Span | None = None
            if challenge is not None and challenge[0] == _CONDITION_BACK:
                continue
            clause_start = layout.clause_start(start)
            # ("plus de nausées" after a stop: the negation tells the dechallenge)
            if (
                negations
                and (challenge is None or challenge[0] != _DECHALLENGED)
                and _cue_before(negations, start, _after_sequence(folded, start, clause_start))
            ):
                continue
            if hypotheticals and _cue_before(
                hypotheticals, start, max(clause_start, start - _HYPO_WINDOW)
            ):
                continue
            if indicating and _cue_before(
                indicating, start, max(clause_start, start - _INDIC_WINDOW)
            ):
                continue
            if reasons and _cue_before(reasons, start, max(clause_start, start - _REASON_WINDOW)):
                continue
            # "since my AFib diagnosis", "mon diagnostic": the condition treated, not caused.
            if folded.startswith(_DIAGNOSIS, end + 1):
                continue
            sentence_start, sentence_end = layout.sentence(start)
            # "Can Ibuvia cause nausea?": a question that tells no experience of its own, or
            # that asks what to give for the symptom.
            if folded.startswith("?", sentence_end) and (
                not any(sentence_start <= s and e <= sentence_end for s, e, _ in told)
                or any(sentence_start <= s and e <= sentence_end for s, e, _ in advice)
            ):
                continue
            # Headache, fever, pain, fatigue are why people take painkillers: only counted when
            # the post links them to the product ("me donne des migraines", "since I started").
            if (
                category in _WEAK
                and challenge is None
                and not (
                    category in _AFTER_VACCINE and _after_vaccine(folded, layout, products, start)
                )
                and not (novelty := _novelty(folded, layout, start, products))
                and not _linked(
                    start,
                    end,
                    sentence_start,
                    sentence_end,
                    folded,
                    layout,
                    causal,
                    temporal,
                    products,
                    intake,
                )
            ):
                continue
            # "la Ventoline me calme quand je suis essoufflée", "nausea gone in 20 min" (but the
            # "gone" of "appetite gone" is the reaction itself).
            clause_end = layout.clause_end(end)
            if (
                reliefs
                and challenge is None
                and any(
                    not any(rs <= s and e <= re_ for rs, re_, _ in reactions)
                    and (
                        (clause_start <= s and e <= clause_end)
                        or (
                            sentence_start <= s
                            and e <= start
                            and not _CONTRAST.search(folded, e, start)
                        )
                    )
                    for s, e, _ in reliefs
                )
            ):
                continue
            # "lost 20 pounds, best decision ever": weight loss someone is glad of is the aim.
            if category == _WEIGHT_LOSS and any(
                not (start <= s and e <= end) for s, e, _ in reliefs
            ):
                continue
            # "des vertiges à cause de mon oreille interne": blamed on something else.
            if blames and any(
                end <= s < sentence_end and not _blames_product(folded, e, products)
                for s, e, _ in blames
            ):
                continue
            # "crises d'angoisse, le pédiatre lui a prescrit de l'Atarax": treated, not caused.
            if (prescribing or reliefs) and _treated(
                start,
                end,
                sentence_start,
                sentence_end,
                folded,
                layout,
                prescribing,
                reliefs,
                products,
                causal + temporal,
            ):
                continue
            # "a rash from chickenpox", "ma fille a des boutons, c'est la varicelle" (but "pour
            # sa gastro" is why the product was given, not another cause).
            if alternatives:
                competing = [
                    (s, e)
                    for s, e, _ in alternatives
                    if sentence_start <= s
                    and e <= sentence_end
                    and not _cue_before(indicating, s, s - 8)
                    and not any(ps <= s and e <= pe for ps, pe, _ in products)
                    and not any(rs <= s and e <= re_ for rs, re_, _ in reactions)
                    and not _COMPARISON.search(folded, max(0, s - 24), s)
                    and not folded.startswith(
                        ("like", "-like"), e + 1 if folded[e : e + 1] == " " else e
                    )
                ]
                if competing and not (
                    _context_not_cause(folded, category, competing)
                    and _linked(
                        start,
                        end,
                        sentence_start,
                        sentence_end,
                        folded,
                        layout,
                        causal,
                        temporal,
                        products,
                        [cue for cue in intake if _an_event(folded, cue)],
                    )
                ):
                    continue
            # Outrage idioms, fears, averted or relieved symptoms, stock falls: no reaction told.
            if _not_told(
                folded, start, end, category, sentence_start, sentence_end, verbs, benefit, fears
            ):
                continue
            kept.append((start, end, category))
            if challenge is not None:
                challenged.append(challenge[1])
            if novelty:
                novel.append(novelty)
        # "aux urgences" says how serious, not what happened: never a reaction on its own.
        severe = any(c == _SEVERITY for _, _, c in kept)
        kept = [span for span in kept if span[2] != _SEVERITY]
        if not kept:
            kept = [
                span
                for span in _causal_statement(
                    folded, layout, verbs, products, negations, hypotheticals, reliefs
                )
                # "they gave me the store brand", "le paracetix me fait riien": no effect told.
                if not _no_effect_object(folded[span[0] : span[1]])
                and not _not_told(folded, *span, *layout.sentence(span[0]), [])
            ]
        # Only for wordings no lexicon knows: a reaction the rules above set aside (the
        # headache the painkiller was taken for) is not read again as a bodily change.
        if not kept and patient_spans and not reactions:
            kept = _bodily_change(
                folded,
                layout,
                by_kind.get(_BODILY, []),
                products,
                patient_spans,
                intake + causal + temporal,
                negations,
                hypotheticals,
                reliefs,
                indicating
                + advice
                + by_kind.get(_RESCUED, [])
                + by_kind.get(_FAILING, [])
                + by_kind.get(_ALT, []),
            )
        # "pris du paracetix poru mes règles": a typo'd "pour" says what it was taken for.
        kept = [span for span in kept if not _taken_for(folded, span[0])]
        # "the side effect is a personality": a generic effect with no intake and no link.
        if (
            kept
            and not intake
            and not causal
            and all(folded.startswith(_GENERIC_EFFECT, s) for s, _, _ in kept)
        ):
            kept = []
        if not kept:
            return AdeResult(candidate=False, score=_EXCLUDED)

        first_reaction = kept[0]
        # "jamais eu ça avant" is said by the patient, or for one ("she never had them before").
        patient = bool(patient_spans or novel)
        # A dechallenge or a rechallenge is a link, and tells an intake: only what was taken
        # can be stopped ("Stopped lisinopril and the cough went away").
        causal, intake = causal + challenged + novel, intake + challenged
        score = 0.4
        score += 0.15 if intake else 0.0
        score += 0.15 if causal else 0.0
        score += 0.2 if patient else 0.0
        score += 0.1 if temporal and not causal else 0.0
        strong = [c for _, _, c in kept if c not in _WEAK]
        score += 0.1 if strong else 0.0
        if severe or len({c for _, _, c in kept}) > 1 or _STRONG_CATEGORIES.intersection(strong):
            score += 0.05
        # "Nurse here" opens general advice, or a case: "had a patient go red on vanc", "une de
        # nos résidentes a démarré du tramadol", the nurse's own ("started Wellbutrin, I've had").
        news_cues = by_kind.get(_NEWS, [])
        case = _CASE.search(folded) if news_cues else None
        if case or (
            # the clinician's own intake or cause, unless the post talks in general
            news_cues and by_kind.get(_FIRST) and (intake or verbs) and not _GENERAL.search(folded)
        ):
            case_start, case_end = case.span() if case else (0, 0)
            news_cues = [
                (s, e, p)
                for s, e, p in news_cues
                if not _CLINICIAN_ROLE.fullmatch(folded, s, e)
                and not (case_start <= s and e <= case_end)
            ]
        news = bool(news_cues)
        # "mon AD" (antidépresseur) is a product, not "#ad".
        ads = by_kind.get(_AD)
        ad = (
            bool(ads)
            and any(
                not any(ps <= s and e <= pe for ps, pe, _ in products)
                # "box says non-drowsy???": the claim quoted against the author's experience.
                and not (
                    patient
                    and (
                        _DISPUTED.search(folded, max(0, s - 24), s)
                        or folded[e : e + 14].lstrip().startswith(_DISPUTED_AFTER)
                    )
                )
                for s, e, _ in ads
            )
        )
        # Hearsay framing comes first ("apparently an influencer..."); "anyone else?" after a
        # first-hand report is not hearsay, nor is a relative's own story ("ma cousine m'a dit
        # qu'elle a eu des plaques"), unless a stranger follows ("... qu'une femme de son club").
        strangers = [cue for cue in by_kind.get(_THIRD, []) if not _within(cue, askers)]
        # (no stranger and no hearsay cue: `_second_hand` would say no; skip building its lists)
        hearsay = (strangers or _HEARSAY in by_kind) and _second_hand(
            kept,
            # "une dame du club de yoga de ma mère", "a guy in my sister's group": the relative
            # only says whose circle the stranger is from.
            [
                r
                for r in relatives
                if not (
                    folded.endswith(("de ", "du ", "of ", "d'"), 0, r[0])
                    and any(0 < r[0] - e <= 40 for _, e, _ in strangers)
                )
            ],
            [
                cue
                for cue in by_kind.get(_HEARSAY, [])
                if not any(0 <= s - cue[1] <= 3 for s, _, _ in patient_spans)
            ],
            strangers,
            by_kind.get(_FIRST, []),
        )
        if news:
            score -= 0.45
        if ad:
            score -= 0.45
        if hearsay:
            score -= 0.6
        if _price_targeted(layout, by_kind.get(_PRICE, []), products, kept):
            score -= 0.35
        # "c'est pas la metformine finalement", "nothing to do with my meds": cleared by name.
        if (_CLEARED in by_kind or _CLEARED_AFTER in by_kind) and (
            any(
                cs < ps <= ce + 1
                for cs, ce, _ in by_kind.get(_CLEARED, [])
                for ps, _, _ in products
            )
            or any(
                0 <= cs - pe <= 12
                for cs, _, _ in by_kind.get(_CLEARED_AFTER, [])
                for _, pe, _ in products
            )
        ):
            score -= 0.5
        # "je l'ai pas encore commencée", "she hasn't had any meds": nobody took it.
        if by_kind.get(_UNTAKEN):
            score -= 0.45
        # "veut me mettre sous Lyrica", "wants to put me on methotrexate": not taken yet.
        proposed = [
            cue for cue in by_kind.get(_PROPOSED, []) if not _ALREADY_ON.match(folded, cue[1])
        ]
        # "Baby's 2 month shots tomorrow", "vaccins des 11 mois demain": not given yet, whatever
        # the worried parent goes on to say ("what should make me call the doctor?").
        if products and all(_SCHEDULED.match(folded, pe) for _, pe, _ in products):
            score -= 0.45
        # (the causal cue must point at a product: "après mon accouchement" is not a link)
        if (
            proposed
            and not verbs
            and not any(
                0 <= ps - ce <= _GOVERNED * 2 or _blames_product(folded, ce, products)
                for _, ce, _ in by_kind.get(_CAUSAL, [])
                for ps, _, _ in products
            )
        ):
            score -= 0.45
        # "j'ai accusé la pilule mais la prise de sang montre une carence", "turns out I have a
        # gallstone": another cause found, unless the product itself is what was found.
        suspected = by_kind.get(_SUSPECTED, [])
        # "J'ai cru que le Lyrica me faisait grossir mais en vrai c'est les apéros", "swore
        # Lexapro was making me gain weight, then realised...": suspected first, then cleared.
        doubted = bool(suspected) and min(s for s, _, _ in suspected) < min(
            (ps for ps, _, _ in products), default=len(folded)
        )
        if (
            (not verbs or doubted)
            and (_RESOLVED in by_kind or _TESTED in by_kind)
            and any(
                not any(0 <= ps - e <= 24 for ps, _, _ in products)
                # "turned out I was reacting to it": the finding is the product after all.
                and not any(0 <= cs - e <= 30 for cs, _, _ in by_kind.get(_CAUSAL, []))
                and not _CONTRAST.search(folded, e, e + 12)
                and any(ps < s for ps, _, _ in products)
                for s, e, _ in by_kind.get(_RESOLVED, [])
                + [
                    cue
                    for cue in by_kind.get(_TESTED, [])
                    if any(ss < cue[0] for ss, _, _ in by_kind.get(_SUSPECTED, []))
                ]
            )
        ):
            score -= 0.45
        # "even on Zyrtec I'm sneezing", "Imodium not doing much": the symptom it was taken for.
        failing = [
            cue
            for cue in by_kind.get(_FAILING, [])
            if "dose" not in folded[cue[1] : cue[1] + 25]
            and (
                not folded.startswith(_FAILING_GUARD, cue[0])
                or any(0 <= ps - cue[1] <= 20 for ps, _, _ in products)
            )
        ]
        if failing and not by_kind.get(_CAUSAL) and not verbs:
            score -= 0.45
        # "Ventoline en urgence, heureusement ça a marché", "two puffs and I'm okay now": it
        # did its job, and nothing ties the symptom to it.
        if by_kind.get(_RESCUED) and not by_kind.get(_CAUSAL) and not verbs:
            score -= 0.35
        # "les effets secondaires de la venlafaxine : sueurs nocturnes" names no symptom first.
        symptom_start = min(
            (rs for rs, _, _ in kept if not folded.startswith(_GENERIC_EFFECT, rs)),
            default=first_reaction[0],
        )
        # "My allergies are killing me, itchy eyes, Zyrtec time": symptoms first, then the
        # product, and nothing that says it came after taking it is a symptom being treated.
        if (
            products
            and not (intake or causal or temporal)
            and all(ps > symptom_start for ps, _, _ in products)
            and not any(_linked_by_preposition(folded, ps) for ps, _, _ in products)
        ):
            score -= 0.2
        score = round(min(1.0, max(0.0, score)), 3)
        first_hand = bool(patient or intake) and not (news or ad or hearsay)
        # Someone must have taken it: a patient, an intake, a time sequence or a causal link
        # ("crise de tétanie une heure après le Vogalène" is first-hand without a pronoun).
        candidate = score >= self.threshold and bool(patient or intake or temporal or causal)

        # Evidence: every product, the reactions kept and the experience cues.
        product_name: str | None = None
        evidence: list[Span] = []
        if products:
            nearest = min(products, key=lambda p: abs(p[0] - first_reaction[0]))
            product_name = nearest[2] or text[nearest[0] : nearest[1]]
            evidence.extend((s, e, "product") for s, e, _ in products)
        elif passed_products:
            product_name = passed_products[0]
        evidence.extend((s, e, "reaction") for s, e, _ in kept)
        evidence.extend((s, e, "experience") for s, e, _ in _longest(experience))
        evidence.sort()
        return AdeResult(
            candidate=candidate,
            score=score,
            product=product_name,
            reaction=first_reaction[2].removesuffix(" (weak)"),
            evidence=evidence,
            reporter_identifiable=first_hand,
            patient_mentioned=patient,
        )


def _by_kind(hits: list[tuple[int, int, int, str]]) -> dict[int, list[Span]]:
    """The spans of each kind of match, in the order found."""
    by_kind: dict[int, list[Span]] = {}
    for start, end, kind, payload in hits:
        by_kind.setdefault(kind, []).append((start, end, payload))
    return by_kind


# Cues that tell the rules why a post is not a report (another cause, a denial, a fear, a
# question, news, a drug that failed or helped, a product cleared or not taken): the text model
# reads words, not these relations ("no brain zaps, no heart racing since I started Lexapro",
# "enceinte de 3 mois et des nausées"), so by default it never overrules them. With
# `model_only_threshold` set it does when near-certain: the cues also fire inside real reports,
# which it then recovers, at the price of false alarms on these very relations (README).
_COUNTER_EVIDENCE = frozenset(
    {_ALT, _NEG, _FAILING, _HYPO, _CLEARED, _CLEARED_AFTER, _UNTAKEN, _RESOLVED, _TESTED}
    | {_NEWS, _AD, _HEARSAY, _FEARFUL, _PROPOSED, _SUSPECTED, _RELIEF, _HELPS}
)
# The word that stands for every product in what the text model reads.
PRODUCT_PLACEHOLDER = "xxproduit"


def _products_masked(text: str, hits: list[tuple[int, int, int, str]]) -> str:
    """`text` with each product span replaced by `PRODUCT_PLACEHOLDER`.

    Why: the labelled posts name a few brands (the demo's Paracetix and Febrinol) far more often
    in reports than elsewhere, and a model reading names can learn a brand as a sign of a
    report, which would then depend on whose brands a customer watches. Masked, it reads how
    the post speaks of a product, whichever it is (on ade_eval_v25-v28 and the simulator's
    posts, masked and unmasked models differ by at most one false alarm per set).
    """
    spans = _longest([(s, e, "") for s, e, kind, _ in hits if kind == _PRODUCT])
    if not spans:
        return text
    pieces: list[str] = []
    last = 0
    for start, end, _ in spans:
        pieces += [text[last:start], f" {PRODUCT_PLACEHOLDER} "]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


_FUZZY_MIN = 6
# Brand-like words (see `AdverseReactionDetector._coined_products`): drug-name endings.
_COINED = re.compile(
    r"(?:(?<![\w@#'’])|(?<=\b[lLdD]['’]))[A-Z][a-zàâçéèêëîïôûü]{2,}"
    r"(?:ol|ix|ex|ax|ane|yl|pam|lam|zole|pril|mab|nib|vir|cin|xone|ium|fen|gan|rax|lox|ine|ril|vil|"
    r"ene|tin|dex|lex|ase|one)"
    r"(?![\w'’])"
)
# ...after which they open a post ("Calmidol pris", "Orvane pour la tension", "Orvane made")...
_COINED_OPENING = re.compile(
    r" (?:\d|pris|prise|pour|contre|m a|me|made|makes|gave|gives|got|for|day|week|jour|semaine|"
    r"mois|month|depuis|since|et|and|is|est|c est|it|a|hier|yesterday)\b"
)
# ...or the word they follow mid-sentence ("the kids' Calmidol", "pris du Calmidol").
_COINED_AFTER = frozenset(
    _terms(
        """
        le | la | du | de | des | mon | ma | mes | son | sa | ses | ton | ta | un | une | l | d |
        pris | prends | prend | prenait | avale | sous | avec | the | my | his | her | their |
        some |
        kids | kid | s | took | take | taking | takes | on | of | tried | started | gave | give |
        using | used | bouche | crème | creme | sirop | collyre | gouttes | pommade | spray |
        comprimés | comprimé | gélules | cachets | pilule | injection | infiltration | perfusion |
        piqûre | rinse | cream | drops | tablets | pills | pill | shot | ointment | syrup | dose |
        that | ce | cette | this | new | nouveau | nouvelle
    """
    )
)
# ...and the verbs before an elided article ("commencé l'Orvane", "pris d'Orvane").
_COINED_ELIDED = frozenset(
    _terms(
        """
        commence | commencee | pris | prise | prends | prend | arrete | arretee | teste | essaye |
        prendre | donne | donnee | depuis | apres | avec | sous | debut | dose | utilise | mets |
        mis | applique | avale | recu | fait | injection | cure | arret | boite | comprime
        """
    )
)
# Capitalised everyday words and first names with those endings.
_NOT_COINED = frozenset(
    _terms(
        """
        netflix | kleenex | rolex | phoenix | matrix | appendix | relax | climax | syntax |
        complex |
        reflex | index | latex | alcohol | control | school | protocol | symbol | capitol | patrol |
        hurricane | insane | airplane | octane | routine | machine | cuisine | magazine | medicine |
        quarantine | imagine | examine | online | offline | deadline | headline | timeline |
        baseline | airline | discipline | sunshine | caffeine | nicotine | vaccine | cocaine |
        origine | piscine | semaine | fontaine | domaine | medecine | vitamine | doctrine | marine |
        caroline | pauline | justine | martine | sandrine | christine | delphine | karine | celine |
        francine | jacqueline | josiane | christiane | ariane | oceane | morgane | liliane |
        sylviane | valentine | sabine | nadine | claudine | ludivine | perrine | catherine |
        amandine | clementine | augustine | severine | albertine | josephine | geraldine |
        ernestine |
        antoine | maxine | jasmine | carine | aline | evelyne | emeline | eline | madeline |
        adeline |
        gwendoline | capucine | cyril | april | avril | brazil | eugene | irene | helene | selene
        | arlene | darlene | charlene | marlene | scene | martin | justin | austin | dustin |
        kristin | latin | putin | bulletin | cretin | satin | tintin | dexter | alex | felix |
        simone | yvonne | someone | anyone | everyone | iphone | phone | ozone | cyclone |
        hormone | hormones | silicone | cortisone | database | purchase | release | phrase | case |
        vase | base | chase | ordonnance | personne | alone | done | gone | none | stone | throne
    """
    )
)
_FUZZY_TOKEN = re.compile(rf"[^\W\d_]{{{_FUZZY_MIN},}}")


def _fuzzy_index(
    entries: Iterable[tuple[str, list[tuple[int, str]]]],
) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """Deletion index (symmetric delete spelling correction) of one-word product names.

    Every name of `_FUZZY_MIN`+ letters is stored under itself and under each one-letter
    deletion; a word then matches a name one substitution, insertion, deletion or swap away when
    the word or one of its own deletions is a key. Keys that are words of any lexicon (reaction,
    cue) are left out: "station" is not a misspelled "statin" when a lexicon knows it. The value
    is (name, payload): the watchlist label when there is one, else the name as listed.
    """
    known: set[str] = set()
    names: dict[str, str] = {}
    for key, values in entries:
        if not any(kind == _PRODUCT for kind, _ in values):
            known.add(key)
            continue
        if len(key) >= _FUZZY_MIN and key.isalpha() and key not in _FUZZY_STOP:
            payload = next((p for k, p in values if k == _PRODUCT and p), "")
            names.setdefault(key, payload or key.capitalize())
    index: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for name, payload in names.items():
        for variant in {name, *(name[:i] + name[i + 1 :] for i in range(len(name)))}:
            if variant in known:
                continue
            previous = index.get(variant)
            if previous is not None and previous[0] != name:
                if variant not in names:
                    ambiguous.add(variant)
                continue
            index[variant] = (name, payload)
    for variant in ambiguous:
        index.pop(variant, None)
    # An exact product name is found by the automaton; a known word is never a misspelling.
    kept = {
        variant: target
        for variant, target in index.items()
        if variant not in known and variant not in _FUZZY_STOP
    }
    return kept, frozenset(known)


def _fuzzy_lookup(index: dict[str, tuple[str, str]], token: str) -> tuple[str, str] | None:
    """The product `token` misspells (same first letter, one edit away), or None."""
    if token in _FUZZY_STOP:
        return None
    target = index.get(token)
    if target is None:
        for i in range(1, len(token)):
            target = index.get(token[:i] + token[i + 1 :])
            if target is not None:
                break
    if target is None or target[0] == token or target[0][0] != token[0]:
        return None
    return target if _one_edit(token, target[0]) else None


def _one_edit(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of two neighbours turns `a` into `b`."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    if len(a) < len(b):
        i = 0
        while i < len(a) and a[i] == b[i]:
            i += 1
        return a[i:] == b[i + 1 :]
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 or (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


def _opens_a_list(folded: str, end: int, reactions: list[Span]) -> bool:
    """A post that opens on the product, then a colon and its effects: "Wegovy : plus faim du
    tout, ...", "Ozempic week 3: constant nausea". A reaction within a few words of the colon."""
    colon = folded.find(":", end, end + 24)
    if colon < 0 or "?" in folded[end:colon]:
        return False
    return any(colon < rs <= colon + 14 for rs, _, _ in reactions)


def _price_targeted(
    layout: _Layout,
    prices: list[Span],
    products: list[Span],
    kept: list[Span],
) -> bool:
    """Is the price, shortage or advert what the post is about?

    Yes when a price cue is near the product in its sentence ("le Paracetix a pris 1,50€"), or with
    every reaction kept ("ça me fait vomir ces hausses de prix"); in "je pleure devant les pubs"
    or "is this the price you pay?" next to other reactions, the cue is a detail of a report.
    """
    if not prices:
        return False

    def near(start: int, end: int) -> bool:
        left, right = layout.clause_start(start), layout.clause_end(end)
        return any(left <= s and e <= right for s, e, _ in prices)

    def beside(start: int, end: int) -> bool:
        sentence_start, sentence_end = layout.sentence(start)
        return any(
            sentence_start <= s and e <= sentence_end and (s - end <= 50 and start - e <= 50)
            for s, e, _ in prices
        )

    return any(beside(s, e) for s, e, _ in products) or all(near(s, e) for s, e, _ in kept)


def _longest(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans ("Paracetix" in "Paracetix Junior"; "des boutons"
    against "boutons partout"), so evidence never shows one word twice."""
    if len(spans) < 2:
        return spans
    ordered = sorted(spans, key=lambda s: (s[0], s[0] - s[1]))
    kept: list[Span] = [ordered[0]]
    for span in ordered[1:]:
        last = kept[-1]
        if span[0] < last[1]:  # overlaps the previous one
            if span[1] - span[0] > last[1] - last[0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _paired(
    folded: str,
    layout: _Layout,
    parts: list[Span],
    states: list[Span],
) -> list[Span]:
    """Reactions told as a body part and a state in one clause ("le visage tout rouge").

    Each state takes the nearest part (at most `_PAIR_GAP` characters away, either side, no
    clause break between) of the first class its `_PAIRINGS` row accepts; the span covers both.
    """
    found: list[Span] = []
    for ss, se, state in states:
        for part_class, category in _PAIRINGS[state]:
            best: tuple[int, int, int] | None = None
            for ps, pe, classes in parts:
                if part_class not in _PART_CLASSES[classes]:
                    continue
                left, right = (se, ps) if ps >= se else (pe, ss)
                gap = right - left
                if gap < 0 or gap > _PAIR_GAP or layout.broken(left, right):
                    continue
                # "genou beaucoup moins douloureux", "my face isn't red anymore"
                if not _PAIR_BLOCKERS.isdisjoint(folded[left:right].replace("'", " ").split()):
                    continue
                if best is None or gap < best[0]:
                    best = (gap, min(ss, ps), max(se, pe))
            if best is not None:
                found.append((best[1], best[2], category))
                break
    return found


# Alternatives that tell the patient's state, not an illness or an exposure: a pregnancy, old
# age, dementia. Beside a symptom the post ties to a product, they are context, unless the
# symptom is one the state brings itself (below).
_CONTEXT_STATES = {
    "enceinte": "pregnancy",
    "pregnant": "pregnancy",
    "being pregnant": "pregnancy",
    "while pregnant": "pregnancy",
    "ma grossesse": "pregnancy",
    "de ma grossesse": "pregnancy",
    "pendant ma grossesse": "pregnancy",
    "depuis ma grossesse": "pregnancy",
    "debut de grossesse": "pregnancy",
    "my pregnancy": "pregnancy",
    "old age": "age",
    "vieillesse": "age",
    "a son age": "age",
    "at her age": "age",
    "at his age": "age",
    "at my age": "age",
    "a mon age": "age",
    "alzheimer": "dementia",
    "demence": "dementia",
    "dementia": "dementia",
}
ALTERNATIVE_CAUSE += tuple(_CONTEXT_STATES)
# What each state explains as well as a product does: the heartburn, nausea, tiredness or back
# pain of a pregnancy, the falls, dizziness and forgetting of old age, the confusion of dementia.
_STATE_SYMPTOMS = {
    "pregnancy": frozenset(
        {
            "nausea",
            "vomiting",
            "abdominal pain",
            "constipation",
            "pain (weak)",
            "weight gain",
            "breast changes",
            "breast pain",
            "urinary problems",
            "thirst / urination",
            "appetite change",
            "fatigue (weak)",
            "somnolence",
            "dizziness",
            "muscle / tendon pain",
        }
    ),
    "age": frozenset(
        {
            "balance / falls",
            "cognitive / memory",
            "memory problems",
            "confusion",
            "hallucinations / confusion",
            "pain (weak)",
            "fatigue (weak)",
            "hearing loss",
            "vision problems",
            "dizziness",
            "somnolence",
        }
    ),
    "dementia": frozenset(
        {
            "balance / falls",
            "cognitive / memory",
            "memory problems",
            "confusion",
            "hallucinations / confusion",
            "mood / psychiatric",
            "insomnia",
            "somnolence",
            "fatigue (weak)",
        }
    ),
}
# A state called the cause: "le médecin dit que c'est la vieillesse", "because of being
# pregnant", "the doctor says it's old age".
_ASSERTED_CAUSE = re.compile(
    r"(?:\bc\W?est|\bc\W?etait|\bit was|\ba cause|\bbecause|\bparce que|\bturn(?:s|ed) out|"
    r"\bprobabl\w*|\bdit que|\bsays|\bsaid)\W+(?:[\w']+\W+){0,3}$"
)
# A state denied or only supposed is no state: "my mom asked if I was pregnant 💀 I'm NOT",
# "j'ai l'impression d'être enceinte (test négatif)", "j'ai même cru être enceinte".
_STATE_SUPPOSED = re.compile(
    r"(?:\bpas|\bnot|\bcru|\bcroyais|\bpensais|\bimpression d|\bthought|\bif i was|"
    r"\bif i were|\bsi j\W?etais)\W+(?:[\w']+\W+){0,3}$"
)
_STATE_DENIED = re.compile(
    r"\W*(?:[\w']+\W+){0,4}?(?:tests? n\w*gati|i\W?m not\b|not pregnant|pas enceinte|nope)"
)


# Taking it told as a state ("on iron pills", "sous Aricept", "takes Tylenol daily"), not as
# an event a symptom can follow ("started", "got my Tdap", "a commencé", "took"); the French
# pronoun ("on lui a donné") is no "on".
_ONGOING_INTAKE = re.compile(
    r"(?:je |il |elle |she |he |i )?(?:prends|prend|prenons|prennent|takes|take|taking|is on|"
    r"are on|est sous|sont sous|sous|on(?!\W+(?:lui|leur|m|me|l|nous|vous|t)\b))\b"
)


def _an_event(folded: str, cue: Span) -> bool:
    return cue[2] != _ON and not _ONGOING_INTAKE.match(folded, cue[0], cue[1])


def _context_not_cause(folded: str, category: str, competing: list[tuple[int, int]]) -> bool:
    """Is every other cause beside this symptom only the patient's state?

    "Got my Tdap at 28 weeks pregnant and couldn't lift my arm", "Took my BP pills twice (old
    age lol) and nearly passed out", "Ma mère (Alzheimer) a commencé l'Aricept... elle faisait
    des malaises": nobody takes a pregnancy or an age for the cause of a symptom the post ties
    to a product (the caller also checks `_linked`, with intake told as an event only: "my dad
    on donepezil is more confused" ties nothing). Not when the symptom is one the state brings
    ("enceinte de 8 mois, brûlures d'estomac", "more confused, his dementia is progressing"),
    nor when the post calls the state the cause. A state denied or only supposed ("asked if I
    was pregnant, I'm NOT") is no other cause at all. Illnesses and exposures (a virus, a
    concert, pollen, a hangover) stay other causes: they explain a symptom as well as a product.
    """
    for s, e in competing:
        state = next((v for k, v in _CONTEXT_STATES.items() if folded.startswith(k, s)), None)
        if state is None:
            return False
        window = max(0, s - 40)
        if _STATE_SUPPOSED.search(folded, window, s) or _STATE_DENIED.match(folded, e):
            continue
        if category in _STATE_SYMPTOMS[state] or _ASSERTED_CAUSE.search(folded, window, s):
            return False
    return True


def _blames_product(folded: str, position: int, products: list[Span]) -> bool:
    """After "à cause de" / "because of": the product, a word standing for it ("it", "ce
    médicament", "the meds"), or something else ("mon oreille interne", "my anxiety")?"""
    if any(position <= ps <= position + _GOVERNED * 2 for ps, _, _ in products):
        return True
    words = folded[position : position + 24].replace("'", " ").split()[:3]
    return not _PRODUCT_STANDINS.isdisjoint(words)


def _linked_by_preposition(folded: str, product_start: int) -> bool:
    """Does a linking word lead to the product ("hémorragie sous Kardégic", "oedème avec
    l'Amoxicilline", "a rash from Bactrim", "effet secondaire du Kardegic")?"""
    words = folded[max(0, product_start - 14) : product_start].replace("'", " ").split()
    return any(word in _LINK_WORDS for word in words[-3:])


def _ligature_variants(key: str) -> tuple[str, ...]:
    """The key as written and with "œ"/"oe" swapped: `fold` keeps "œ", and people type both."""
    if not key:
        return ()
    if "œ" in key:
        return (key, key.replace("œ", "oe"))
    if any(stem in key for stem in _OE_STEMS):
        return (key, key.replace("oe", "œ"))
    return (key,)


def _cue_before(cues: list[Span], position: int, window_start: int) -> bool:
    return any(window_start <= start and end <= position for start, end, _ in cues)


_SEQUENCE = re.compile(r"\b(?:and now|but now|then|et maintenant|mais maintenant|puis|ensuite)\b")


def _after_sequence(folded: str, position: int, clause_start: int) -> int:
    """Where a negation before `position` must start to reach it: inside `_NEG_WINDOW`, the
    clause, and after the last sequence marker on the way ("I didn't and now I have thrush").
    Date words do not count: "pas eu cette nuit de crampes" is still a negation."""
    window_start = max(clause_start, position - _NEG_WINDOW)
    for marker in _SEQUENCE.finditer(folded, window_start, position):
        window_start = marker.end()
    return window_start


def _causal_statement(
    folded: str,
    layout: _Layout,
    verbs: list[Span],
    products: list[Span],
    negations: list[Span],
    hypotheticals: list[Span],
    reliefs: list[Span],
) -> list[Span]:
    """The symptom of "<product> made me <something>" when the lexicon knows no word of it.

    Lay descriptions have a long tail ("made my vision go blurry") that no lexicon closes; the
    construction itself says the author attributes an effect to the product. Positive effects
    ("m'a fait du bien", "made my day") are cut by the relief list, negated and hypothetical
    ones by the usual cues. The span is the rest of the clause, at most 40 characters.
    """
    for s, e, _ in verbs:
        sentence_start, _sentence_end = layout.sentence(s)
        if not any(sentence_start <= ps and pe <= s and s - pe <= 60 for ps, pe, _ in products):
            continue
        clause_start = layout.clause_start(s)
        clause_end = layout.clause_end(e)
        if _cue_before(negations, s, max(clause_start, s - _NEG_WINDOW)):
            continue
        if _cue_before(hypotheticals, s, max(clause_start, s - _HYPO_WINDOW)):
            continue
        if any(clause_start <= rs and re_ <= clause_end for rs, re_, _ in reliefs):
            continue
        stop = min(clause_end, e + 41)
        start = e + 1 if folded[e : e + 1] == " " else e
        while stop > start and not folded[stop - 1].isalnum():
            stop -= 1
        # "le Paracetix me fait rien" (it does nothing), "me fait froid dans le dos" (fear).
        if stop - start >= 3 and not folded.startswith(_NOT_AN_EFFECT, start):
            return [(start, stop, _UNSPECIFIED)]
    return []


def _bodily_change(
    folded: str,
    layout: _Layout,
    body: list[Span],
    products: list[Span],
    patients: list[Span],
    links: list[Span],
    negations: list[Span],
    hypotheticals: list[Span],
    reliefs: list[Span],
    others: list[Span],
) -> list[Span]:
    """A change in the body told in words no lexicon has, read from the report's shape.

    Lay wordings have a tail no list closes ("ma brosse est pleine", "his pee smells sweet",
    "mes ongles se cassent tous"). When the post names a product, then a bodily state or a body
    function ("pipi", "sleep", "libido"), with a first-person or close-person patient in the
    same sentence and a link in time, cause or intake ("depuis", "since I started", "week 2
    on", "le lendemain du"), the construction itself is the report. Cut when the clause negates
    or fears it, when the sentence is a question, asks advice, tells relief ("sommeil enfin
    réparateur"; but "appétit a disparu" is the loss itself), the treated symptom, a failing
    drug or another cause ("elle a 88 ans et un Alzheimer").
    """
    for s, e, _ in sorted(body):
        # the product and a link before the change ("depuis que j'ai commencé Visanne, mon
        # pipi...", "Visanne depuis 2 mois, ..."), or the change, then a link that governs the
        # product ("... since I started Yaz").
        if not any(
            (le <= s and any(pe <= s for _, pe, _ in products))
            or (
                e <= ls
                and folded.startswith(_CAUSE_AFTER, ls)
                and any(0 <= ps - le <= _GOVERNED * 2 for ps, _, _ in products)
            )
            for ls, le, _ in links
        ):
            continue
        sentence_start, sentence_end = layout.sentence(s)
        if folded.startswith("?", sentence_end):
            continue
        if not any(sentence_start <= ps and pe <= sentence_end for ps, pe, _ in patients):
            continue
        clause_start = layout.clause_start(s)
        if _cue_before(negations, s, max(clause_start, s - _NEG_WINDOW)):
            continue
        if _cue_before(hypotheticals, s, max(sentence_start, s - _HYPO_WINDOW)):
            continue
        if any(
            sentence_start <= rs
            and re_ <= sentence_end
            and not (e <= rs <= e + 12 and folded.startswith(_LOSS, rs))
            for rs, re_, _ in reliefs
        ):
            continue
        # "the best my mood has been", "mon sommeil n'a jamais été aussi bon": glad of it.
        if _GLAD.search(folded, sentence_start, sentence_end):
            continue
        if any(sentence_start <= os_ and oe <= sentence_end for os_, oe, _ in others):
            continue
        return [(s, e, _BODILY_CHANGE)]
    return []


def _within(span: Span, spans: list[Span]) -> bool:
    """Does `span` start inside one of `spans` ("quelqu'un de mon club" inside "quelqu'un")?"""
    return any(s <= span[0] < e for s, e, _ in spans)


def _askers(folded: str, layout: _Layout, by_kind: dict[int, list[Span]]) -> list[Span]:
    """The "anyone?" words of the post's questions, when the author tells their own case outside
    them: a first person, and a symptom or a word pointing back at the one asked about ("I've
    had three", "j'en ai plein", "moi c'est toutes les nuits"), outside the questions, and
    nothing that says it is someone else's ("je demande pour un ami", "I take nothing")."""
    if _NOT_MINE.search(folded):
        return []

    def told(position: int) -> bool:  # in a sentence that is no question
        return not folded.startswith("?", layout.sentence(position)[1])

    asked = [(m.start(), m.end(), "") for m in _ASKER.finditer(folded) if not told(m.start())]
    if not asked:
        return []
    # the story comes after the question ("Anyone else? I've had three"): what comes before is
    # the author's setting ("I take my Zyrtec daily. Anyone get nosebleeds?")
    after = layout.sentence(asked[0][0])[1]
    symptoms = by_kind.get(_REACTION, []) + by_kind.get(_BODILY, []) + by_kind.get(_STATE, [])
    if not any(s > after and told(s) for s, _, _ in by_kind.get(_FIRST, [])) or not (
        any(s > after and told(s) for s, _, _ in symptoms)
        or any(
            told(m.start()) and not _DENIED_AFTER.match(folded, m.end())
            for m in _BACK_REFERENCE.finditer(folded, after)
        )
    ):
        return []
    return asked


def _asks(folded: str, cue: Span, askers: list[Span]) -> bool:
    """Is this hypothetical cue only the asking ("anyone had", "quelqu'un a déjà", the "does" of
    "does anyone else get"), not a worry or a reading ("anyone else think it causes")?"""
    return (_within(cue, askers) and _ASKED.fullmatch(folded, cue[0], cue[1]) is not None) or (
        folded[cue[0] : cue[1]] in _QUESTION_OPENERS
        and any(0 <= s - cue[1] <= 1 for s, _, _ in askers)
    )


def _after_vaccine(folded: str, layout: _Layout, products: list[Span], start: int) -> bool:
    """Was a vaccine named just before `start`, in its sentence or the one before ("Covid
    booster this morning, now a headache"), with no long time between ("in March ... now")?"""
    earliest = layout.previous_sentence_start(start)
    return any(
        earliest <= ps
        and pe <= start
        and any(
            word in _VACCINES or word.startswith(("vaccin", "vax"))
            for word in _WORD.findall(folded, ps, pe)
        )
        and not _LONG_AFTER.search(folded, pe, start)
        for ps, pe, _ in products
    )


def _relief_denied(folded: str, start: int, end: int) -> bool:
    """Is the relief word at `start:end` denied, hoped for or foretold (see `_UNREAL_BEFORE`)?"""
    if _UNREAL_AFTER.match(folded, end):
        return True
    # (tried only where a word that can open one starts: a search through the whole window
    # costs several times more)
    for word in _TOKEN.finditer(folded, max(0, start - _UNREAL_REACH), start):
        opener = word.group()
        if (opener in _UNREAL_OPENERS or opener.startswith("n'")) and _UNREAL_BEFORE.match(
            folded, word.start(), start
        ):
            return True
    return False


def _novelty(folded: str, layout: _Layout, start: int, products: list[Span]) -> Span | None:
    """The "never had this before" said of the symptom at `start` (in its sentence or the next)
    after a product was named, if any: the author's own argument for a link. Not after a product
    that did nothing ("2 Advil and nothing. Worst headache of my life"): it was taken for it."""
    if "jamais" not in folded and "never" not in folded and "first time" not in folded:
        return None
    if not any(pe <= start for _, pe, _ in products):
        return None
    first = min(pe for _, pe, _ in products)
    nothing = _DID_NOTHING.search(folded, first, start)
    if nothing and not _CONTRAST.search(folded, nothing.end(), start):
        return None
    sentence_start, sentence_end = layout.sentence(start)
    found = _NOVELTY.search(folded, sentence_start, layout.sentence(sentence_end + 1)[1])
    return (found.start(), found.end(), "") if found else None


def _governed_products(
    folded: str, products: list[Span], words: list[Span], pattern: re.Pattern[str]
) -> list[Span]:
    """Products `pattern` (a stop or a restart) governs: "arrêté le Tahor", "took me off".

    Searched only from a `COURSE` word (`words`) close before the product: most such words
    ("c'est fini") govern none, and a search through every window costs several µs."""
    governed = []
    for product in products:
        low = product[0] - _GOVERNED_REACH
        near = [ws for ws, we, _ in words if low <= ws and we <= product[0]]
        # (from a little before the word: "took me off", "came off")
        if near and pattern.search(folded, max(0, near[0] - 16), product[0]):
            governed.append(product)
    return governed


def _challenge(
    folded: str,
    layout: _Layout,
    start: int,
    end: int,
    category: str,
    products: list[Span],
    course: tuple[list[Span], list[Span], list[Span]],
) -> tuple[str, Span] | None:
    """What stopping, finishing or restarting a product says of the symptom at `start:end`, if
    anything, and which product. `course` holds the products stopped, finished and restarted.

    - dechallenge: stopped, then the symptom went ("arrêté le Tahor, mes douleurs musculaires
      ont disparu", "off the Singulair and the nightmares stopped", "plus de nausées", "his
      appetite is back"): evidence for the product, where the same words after a dose are
      relief;
    - rechallenge: taken again, then the symptom came back ("restarted the Crestor, the cramps
      came back", "came right back as soon as I restarted it"): evidence too;
    - condition back: stopped or finished, then the symptom came back or stayed ("stopped the
      Accutane and the acne is creeping back", "my anxiety came back a month after I stopped
      Lexapro", "the acne never went away"): the illness the product held off, not a reaction.

    The product is named in the symptom's sentence or the one before, with nothing in the
    symptom's clause that says why or when it was stopped ("stopped the Imodium once the
    diarrhea stopped", "because the rash was back") and no other product between ("stopped
    Lexapro, started Zoloft and the nausea came back").
    """
    stopped, finished, restarted = course
    sentence_start, sentence_end = layout.sentence(start)
    earliest = layout.previous_sentence_start(start)
    clause_start, clause_end = layout.clause_start(start), layout.clause_end(end)

    def governing(spans: list[Span]) -> Span | None:
        for span in spans:
            ps, pe, _ = span
            if (
                earliest <= ps
                and pe <= start
                and not _STOPPED_BECAUSE.search(folded, max(pe, start - 30), start)
                # (not the same mention: "la pilule Diane 35")
                and not any(pe + 1 < os_ and oe <= start for os_, oe, _ in products)
            ):
                return span
        return None

    def later(spans: list[Span]) -> Span | None:  # told after the symptom, tied by "after"
        for span in spans:
            if (
                end <= span[0]
                and span[1] <= sentence_end
                and _AFTER_BETWEEN.search(folded, end, span[0])
            ):
                return span
        return None

    back = _CAME_BACK_AFTER.match(folded, end, clause_end)
    if back and _relief_denied(folded, back.start("word"), back.end("word")):
        back = None  # "the anxiety hasn't come back"
    if back and folded[start:end] in _FUNCTION_BACK:
        product = governing(stopped)  # the function back: the reaction went
        return (_DECHALLENGED, product) if product else None
    if back:
        if product := governing(stopped + finished) or later(stopped + finished):
            return _CONDITION_BACK, product
        if product := governing(restarted) or later(restarted):
            return _RECHALLENGED, product
        return None
    gone = _GONE_AFTER.match(folded, end, clause_end)
    if gone and _relief_denied(folded, gone.start("word"), gone.end("word")):
        # "stopped the pill and my acne never went away": the condition stays
        product = governing(stopped + finished)
        return (_CONDITION_BACK, product) if product else None
    product = governing(stopped)
    if (
        product is None
        or category in _NOT_DECHALLENGED
        or (
            category in _PAINKILLER_SYMPTOMS
            and not _PAINKILLERS.isdisjoint(_WORD.findall(folded, product[0], product[1]))
        )
        or _ON_ITS_OWN.search(folded, sentence_start, sentence_end)
    ):
        return None
    if gone or _GONE_BEFORE.search(folded, max(clause_start, start - 30), start):
        return _DECHALLENGED, product
    return None


def _treated(
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    folded: str,
    layout: _Layout,
    prescribing: list[Span],
    reliefs: list[Span],
    products: list[Span],
    links: list[Span],
) -> bool:
    """Is this symptom what the product was then given for?

    Yes when the sentence names no product before the symptom, and after it a prescribing or
    giving cue governs a product ("le pédiatre lui a prescrit de l'Atarax", "my doctor started
    me on buspirone", "so I took an Advil"), with no "since"/"après"/"because" in between:
    in "des vertiges depuis que le médecin m'a prescrit du Seroplex" the product came first.
    Yes too when the product named after the symptom is followed by relief ("grosse migraine,
    j'ai pris un Doliprane et ça commence à passer"), unless a link ties the symptom to it
    ("des plaques après le Doliprane, ça passe un peu").
    """
    if any(sentence_start <= ps and pe <= start for ps, pe, _ in products):
        return False
    after = [p for p in products if end <= p[0] and p[1] <= sentence_end]
    if not after:
        return False
    for cs, ce, _ in prescribing:
        if not (end <= cs and ce <= sentence_end):
            continue
        if not any(ce <= ps <= ce + _GOVERNED for ps, _, _ in after):
            continue
        # "face swelled up after Paracetix Junior, ER gave him steroids": the symptom has its
        # own suspect before the treatment.
        if any(pe <= cs for _, pe, _ in after):
            continue
        # "depuis que le médecin m'a prescrit": the link governs the cue (same clause); in
        # "depuis la rentrée, le pédiatre lui a prescrit" it does not.
        if any(
            end <= s < cs and folded.startswith(_CAUSE_AFTER, s) and not layout.broken(s, cs)
            for s, _, _ in links
        ):
            continue
        return True
    first_after = after[0][0]
    return (
        any(first_after < rs and re_ <= sentence_end for rs, re_, _ in reliefs)
        and not any(
            end <= s < first_after and folded.startswith(_CAUSE_AFTER, s) for s, _, _ in links
        )
        and not _linked_by_preposition(folded, first_after)
    )


def _second_hand(
    kept: list[Span],
    relatives: list[Span],
    framing: list[Span],
    strangers: list[Span],
    first_person: list[Span],
) -> bool:
    """Is every kept reaction someone else's, as the author heard or read about it?

    A reaction is second-hand when a stranger ("une femme", "some guy", "des mamans") is named
    before it with no relative or explicit "moi aussi"/"me too" in between, or when hearsay
    framing ("apparemment", "I read that") precedes it and no relative is named before it.
    """
    if not (framing or strangers):
        return False
    own = [span for span in first_person if span[2] == _SELF]
    # "la copine de ma cousine", "my cousin's friend": the relative only says whose friend.
    relatives = [
        r
        for r in relatives
        if not any(-1 <= r[0] - e <= 1 or -1 <= s - r[1] <= 1 for s, e, _ in strangers)
    ]
    anchors = relatives + own
    strangers = [
        c for c in strangers if not any(rs <= c[0] and c[1] <= re_ for rs, re_, _ in relatives)
    ]
    for start, _end, _category in kept:
        last_anchor = max((e for s, e, _ in anchors if e <= start), default=-1)
        if any(last_anchor <= s and e <= start for s, e, _ in strangers):
            continue
        if last_anchor < 0 and any(e <= start for _, e, _ in framing):
            continue
        return False
    return True


def _linked(
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    folded: str,
    layout: _Layout,
    causal: list[Span],
    temporal: list[Span],
    products: list[Span],
    intake: list[Span],
) -> bool:
    """Does the sentence tie this (indication-prone) symptom to the product?

    Yes for "me donne des migraines" (a causal cue before it, no product in between: in "je lui
    donne du Paracetix pour la fièvre" the verb governs the product), for "maux de tête depuis
    qu'elle prend la Ritaline" (a cause after it) and for "Optilova depuis 2 mois, migraines"
    (the product, then "depuis"/"since", then the symptom), and for intake then product then
    symptom.
    """
    for s, e, _ in causal:
        if sentence_start <= s and e <= start:
            if folded.startswith(_CAUSE_AFTER, s) or not any(
                e <= ps and pe <= start for ps, pe, _ in products
            ):
                return True
        elif (
            end <= s
            and e <= sentence_end
            and folded.startswith(_CAUSE_AFTER, s)
            # "courbatures après la salle, du Paracetix": the cause must be the product (or a
            # habit of taking it: "headaches every time I take it").
            and (
                folded.startswith(_HABITUAL, s)
                or any(
                    e <= ps <= e + _GOVERNED * 2 and not layout.broken(e, ps)
                    for ps, _, _ in products
                )
            )
        ):
            return True
    if any(
        sentence_start <= s
        and e <= start
        and folded.startswith(("depuis", "since"), s)
        and any(sentence_start <= ps and pe <= s for ps, pe, _ in products)
        for s, e, _ in temporal
    ):
        return True
    # "Premier jour de Paracetix et j'ai une toux": intake, then the product, then the symptom.
    return any(
        sentence_start <= s and any(e <= ps and pe <= start for ps, pe, _ in products)
        for s, e, _ in intake
    )


# -- told, or only said? --------------------------------------------------------------------------
# Figurative disgust or outrage ("je suis écœurée", "sick to my stomach" about a scandal): only a
# reaction when something ties it to a dose ("le sirop m'a écœurée") or says how it went on.
_DISGUST = re.compile(r"ec(?:oe|œ)ur|degout|sick to my stomach|disgust")
_BARE_SUBJECT = re.compile(
    r"\W*(?:(?:je suis|j'suis|chui|chuis|suis|i'm|im|i am|so|tellement|trop|vraiment|juste|"
    r"completement|carrement|grave|totalement|just|totally|really|honestly|literally|"
    r"franchement|perso|bref|et|and|now|maintenant|mtn)\W*)*"
)
_SUBJECT_END = re.compile(r"(?:^|\W)(?:je suis|chui|chuis|j'suis|i'm|im|i am)\W*$")
_FELT_BEFORE = re.compile(r"\b(?:felt|feel|feeling|got|get|getting|was|been|am|became|me)\W*$")
_BARE_AFTER = re.compile(r"[\W_]*(?:[#@]\S*[\W_]*)*")
# "cauchemar" said of a chore ("colle partout, cauchemar", "c'est un cauchemar"), not dreamt.
_NIGHTMARE = re.compile(r"cauchemar(?!s)|nightmare(?!s)")
_DREAMT = re.compile(
    r"(?:fai[st]|fait|faire|had|have|having|avoir|eu|des|de|du)\W+(?:un\W+|a\W+)?$"
)
# Worry about what the product might do ("est-ce que X peut ... ? je suis angoissé", "et si mon
# petit faisait une réaction ? ... je dors plus", "even X makes me nervous now").
_WORRY = re.compile(
    r"angoiss|inquiet|worried|worry|nervous|anxious|stress|peur|scared|afraid|dors plus|dort plus|"
    r"sleep|dormir|dormi"
)
# (No literal to skip ahead to: callers check for a "?" first, or it scans every word.)
_WORRY_QUESTION = re.compile(
    r"(?:\bet si\b|\bwhat if\b|est[- ]ce que|\bpeut\b|\bpourrait\b|\bcan\b|\bcould\b|\bmight\b|"
    r"\bmay\b|\bpeut-il\b|\bpeut-elle\b)[^.!?\n]{0,80}\?"
)
_WARY = re.compile(r"\beven\b|\bmeme\b|\bnow\b|\bmaintenant\b|\bmtn\b|\bless than\b|\bmoins que\b")
# "Scared X might give my daughter a rash", "j'ai peur que X donne des boutons à mon petit".
_FEAR = re.compile(
    r"\b(?:scared|afraid|worried|fear|terrified|pe+u+r|peure|per|peru|pur|peut(?=\s+que)|crains|"
    r"craint|inquiete?|"
    r"angoisse)\b"
    r"(?:\s+(?:que|qu'|that|of|about))?[^.!?\n]{0,60}?"
    r"\b(?:might|could|may|will|would|peut|pourrait|puisse|donne|fasse|ait|provoque|cause)\b"
)
# "pris du paracetix poru mes règles": a typo'd "pour" still says what it was taken for.
_REASON_BEFORE = re.compile(r"\b([a-z]{3,5})\s+(?:(?:mes|ma|mon|my|ses|sa|son|her|his|les)\s+)?$")
_PACK = re.compile(
    r"\b(?:empty|vide|box|boite|pack|packet|emballage|comprim|tablet|pill|gelule|quality|qualite)"
)
_MOVED = re.compile(r"trembl|shaking|shak|pleur|cry|crying|chills|frisson|angoiss|anxious")
_READING = re.compile(
    r"\b(?:lire|lis|lu|lisant|read|reading|watching|regarde)\b|temoign|testimon|stories|news"
)
_SHUDDER = re.compile(r"nervous|chills|shiver|frisson|creeps")
_AGAINST = re.compile(r"\b(?:mais|but|sauf que|except|par contre|however)\b")
_WORD = re.compile(r"[a-z]+")
_NEG_LIKE = re.compile(r"\b[jn][a-z]{3,6}\b")
_SAID = re.compile(
    "|".join(p.pattern for p in (_DISGUST, _NIGHTMARE, _SHUDDER, _WORRY, _MOVED)) + "|blister"
)
# "sleepless night avoided", "fièvre évitée": the reaction did not happen.
_AVERTED = re.compile(r"\W+(?:\w+\W+)?(?:avoided|averted|prevented|evitee?s?|epargnee?s?)\b")
# "Orvane chute de 8 %": a share price, not a fall.
_QUANTITY_AFTER = re.compile(r"\s+(?:de|of|by)?\s*[-+]?\d+(?:[.,]\d+)?\s*(?:%|pts?|points?)")
# Typo'd never/jamais ("jmaais", "jamasi", "nevr") and the French "ne ... " before the verb.
_NEG_WORDS = ("jamais", "never")
_NE_BEFORE = re.compile(r"\bne\s+(?:m'|me\s|l'|lui\s|leur\s|t'|nous\s)")
# The reminder after a causal verb that names no effect: a substitute product, or nothing.
_NO_EFFECT_OBJECT = re.compile(
    r"\W*(?:rien|nothing|nada|que dalle|"
    r"(?:the|teh|hte|a|an|un|une|le|la|du|de la)\s+"
    r"(?:store|house|own|other|autre|another|different)?\s*"
    r"(?:store br[a-z]{3}|br[a-z]{3}|generic|generique|marque|substitute|equivalent|version|"
    r"boite|box))"
)
_PERSISTS = ("toujours", "tjrs", "toujour", "still", "encore", "revient", "reviens", "remonte")


def _taken_for(folded: str, start: int) -> bool:
    window = folded[max(0, start - 12) : start]
    if "p" not in window and "f" not in window:  # the typo'd word starts with one of them
        return False
    reason = _REASON_BEFORE.search(folded, max(0, start - 12), start)
    return bool(
        reason
        and reason.group(1)[0] in "pf"
        and reason.group(1) not in ("pour", "for")  # those are read as indications already
        and _one_edit(reason.group(1), "pour" if len(reason.group(1)) > 3 else "for")
    )


def _no_effect_object(phrase: str) -> bool:
    """What a causal verb governs names no effect ("the store brand", "rine", "nothing")."""
    phrase = re.sub(r"(\w)\1+", r"\1", phrase)
    first = re.match(r"\W*([a-z]+)", phrase)
    return bool(_NO_EFFECT_OBJECT.match(phrase)) or bool(
        first
        and first.group(1)[0] in "rn"
        and (_near_word(first.group(1), ("rien", "nothing")) or _one_edit(first.group(1), "rien"))
    )


def _squeeze(text: str) -> str:
    """Letters repeated for emphasis or by a slip ("riien", "nooothing") written once."""
    return re.sub(r"(\w)\1+", r"\1", text)


def _near_word(word: str, targets: tuple[str, ...]) -> bool:
    """`word` is a target, or one with two letters swapped, one dropped or one doubled (not
    another letter: "fever" and "neveu" are not "never"). Slips rarely hit the first letter."""
    for target in targets:
        if word == target:
            return True
        if len(word) < 3 or word[0] != target[0] or abs(len(word) - len(target)) > 1:
            continue
        if sorted(word) == sorted(target) if len(word) == len(target) else _one_edit(word, target):
            return True
    return False


def _not_told(
    folded: str,
    start: int,
    end: int,
    category: str,
    sentence_start: int,
    sentence_end: int,
    verbs: list[Span],
    benefit: bool = False,
    fears: Sequence[Span] = (),
) -> bool:
    """True when the reaction word is said without being told as something that happened.

    `benefit`: the post says the product helps; `fears`: the fear cues of the post.
    """
    word = folded[start:end]
    before = folded[sentence_start:start]
    linked = bool(verbs) and any(sentence_start <= s and e <= start for s, e, _ in verbs)
    if _SAID.search(word) and _figurative(
        folded, word, before, start, end, sentence_start, sentence_end, linked
    ):
        return True
    # "Scared X might give my daughter a rash", "j'ai peur que X donne des boutons", "j'ai peru
    # que ...": feared, not had.
    if fears and any(sentence_start <= s < start for s, _, _ in fears) and _FEAR.search(before):
        return True
    # "sleepless night avoided thx to X", "Orvane chute de 8 %": averted, or a share price.
    if (
        (benefit and not linked)
        or _AVERTED.match(folded, end)
        or _QUANTITY_AFTER.match(folded, end)
    ):
        return True
    # A negation typed in a hurry: "ne m'a jmaais donné mal au ventre".
    # (searched in place: a word cut by the window's edge is not a word)
    low = max(sentence_start, start - 28)
    if any(_near_word(w, _NEG_WORDS) for w in _NEG_LIKE.findall(folded, low, start)):
        return True
    window = folded[low:start]
    if "ne " in window and _NE_BEFORE.search(folded, low, start) and " que " not in window:
        return True
    # "trois jours de X et la fièvre revient toujours", "toujlurs ce mal de crâne": not relieved.
    if category in _WEAK and not linked:
        lo, hi = max(sentence_start, start - 25), min(sentence_end, end + 25)
        if any(_near_word(w, _PERSISTS) for w in _WORD.findall(folded, lo, hi) if w[0] in "tsere"):
            return True
    return False


# "plus de nausées que n'importe quel antibiotique", "more nausea than any antibiotic". ("c'est
# du X en intraveineuse", "worse than X", "the name X" and "like a bad X" also open real reports:
# "c'est de la vancomycine en intraveineuse et depuis...", "nothing is worse than Cipro, it
# ruptured my achilles", "the generic sold under the name Zoloft gave me tremors".)
_FIGURE_THAN = re.compile(r"(?:n'importe quel|n'importe quelle|than any)\s*$")


def _figure_of_speech(folded: str, start: int) -> bool:
    """A product named to compare, not taken (see `_FIGURE_THAN`)."""
    return bool(_FIGURE_THAN.search(folded, max(0, start - 20), start))


def _figurative(
    folded: str,
    word: str,
    before: str,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    linked: bool,
) -> bool:
    """Emotion and idiom words said of a scandal, a chore or a fear, not of a dose."""
    # "Je suis écœurée.", "Sick to my stomach.": a sentence of its own, nothing tying it to a dose.
    if (
        _DISGUST.search(word)
        and not linked
        and (
            _BARE_SUBJECT.fullmatch(before)
            or _SUBJECT_END.search(before)
            or (word.startswith("sick") and not _FELT_BEFORE.search(before))
        )
        and _BARE_AFTER.fullmatch(folded, end, sentence_end)
    ):
        return True
    # "colle partout, cauchemar", "c'est un cauchemar" (not "j'ai fait des cauchemars").
    if _NIGHTMARE.search(word) and not _DREAMT.search(folded, max(0, start - 14), start):
        return True
    # "the name Paracetix gives me chills now", "even febrinol makes me nervous now": wary of it.
    if _SHUDDER.search(word) and _WARY.search(folded, sentence_start, sentence_end):
        return True
    # "est-ce que X peut faire monter la tension ? je suis angoissé", "et si mon petit faisait
    # une réaction ? ... je dors plus": worried about what might happen.
    if _WORRY.search(word) and not linked and "?" in folded and _WORRY_QUESTION.search(folded):
        return True
    # "half-empty blister", "blister à moitié vide": the pack, not the skin.
    if word == "blister" and _PACK.search(folded, max(0, start - 30), end + 30):
        return True
    # "je lis les témoignages et je tremble": moved by what is read, not by a dose.
    return bool(
        _MOVED.search(word) and not linked and _READING.search(folded, sentence_start, sentence_end)
    )


class _Layout:
    """Clause and sentence boundaries of one post, found once: a post has several reactions and
    each asks for its clause and sentence, which is a regex scan per question otherwise."""

    __slots__ = ("_break_ends", "_break_starts", "_length", "_stops")

    def __init__(self, folded: str) -> None:
        self._length = len(folded)
        if (
            "mais" in folded
            or "but" in folded
            or "sauf" in folded
            or "except" in folded
            or "however" in folded
            or "cependant" in folded
        ):
            breaks = [match.span() for match in _CLAUSE_BREAK.finditer(folded)]
            self._break_starts = [start for start, _ in breaks]
            self._break_ends = [end for _, end in breaks]
        else:  # punctuation only: a plain character class scans much faster than the alternation
            self._break_starts = starts = [match.start() for match in _CLAUSE_MARK.finditer(folded)]
            self._break_ends = [start + 1 for start in starts]
        self._stops = [match.start() for match in _SENTENCE_STOP.finditer(folded)]

    def clause_start(self, position: int) -> int:
        """End of the last clause break that ends at or before `position` (0 if none)."""
        index = bisect_right(self._break_ends, position)
        return self._break_ends[index - 1] if index else 0

    def clause_end(self, position: int) -> int:
        """Start of the first clause break at or after `position` (the length if none)."""
        index = bisect_left(self._break_starts, position)
        return self._break_starts[index] if index < len(self._break_starts) else self._length

    def broken(self, left: int, right: int) -> bool:
        """Is there a clause break inside [left, right)?"""
        index = bisect_left(self._break_starts, left)
        return index < len(self._break_starts) and self._break_ends[index] <= right

    def previous_sentence_start(self, position: int) -> int:
        """Start of the sentence before the one at `position` (past a run of stops: "...")."""
        stop = bisect_left(self._stops, self.sentence(position)[0]) - 1  # the closing stop
        while stop > 0 and self._stops[stop - 1] == self._stops[stop] - 1:
            stop -= 1
        return self._stops[stop - 1] + 1 if stop > 0 else 0

    def sentence(self, position: int) -> tuple[int, int]:
        """Start and end (index of the closing punctuation, or len) of the sentence there."""
        index = bisect_left(self._stops, position)
        start = self._stops[index - 1] + 1 if index else 0
        return start, self._stops[index] if index < len(self._stops) else self._length
