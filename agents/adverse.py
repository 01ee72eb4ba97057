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
same length as the original, so every match is also a span of the original text) finds products
and reaction terms. Most posts name no product or no reaction and leave right there. For the
rest a second pass finds the cues (experience, negation, fear, question, indication, relief,
news, advert, hearsay, price, other cause) and the post is scored: reactions are dropped when
negated ("aucun effet secondaire"), hypothetical ("peur que ça donne des boutons"), the reason
for taking the product ("pour ma migraine"), relieved by it, or explained by something else
("c'est la varicelle"); the score adds experience evidence and subtracts news, advert, hearsay
and price/shortage context. When no lexicon term survives, "<product> made me <...>" still
yields an unspecified reaction: lay symptom descriptions have a tail no lexicon closes.

Drug names come from the `drug-named-entity-recognition` package (MIT; DrugBank/MedlinePlus
names, brands and generics, in English) plus a hand-made list of French brands and generics, plus
the watchlist products of the customer.
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick

from veille.agents.text import fold

__all__ = [
    "AdeResult",
    "AdverseReactionDetector",
    "ProductName",
    "load_drug_names",
    "products_from_watchlists",
]

# A plain name ("Ibuvia") or a canonical label with its aliases ("Paracetix", ["Paracétix", ...]).
ProductName = str | tuple[str, Sequence[str]]

DEFAULT_THRESHOLD = 0.6


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
    evidence: list[tuple[int, int, str]] = field(default_factory=list)
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


def _aligned_fold(text: str) -> str:
    """Lower-cased, accent-free copy of `text` with the same length (ASCII: just `lower`)."""
    if text.isascii():
        return text.lower()
    return text.translate(_ALIGNED)


def _key(phrase: str) -> str:
    """Normalise a lexicon phrase the way texts are normalised, padded for word boundaries."""
    words = _NON_WORD.sub(" ", fold(phrase)).split()
    return " " + " ".join(words) + " " if words else ""


# ---------------------------------------------------------------------------------------------
# Lexicons. Lay French and English as people write it: slang, SMS spellings, common typos.
# ---------------------------------------------------------------------------------------------


def _terms(spec: str) -> tuple[str, ...]:
    """Lexicon entries written as one `|`-separated block: 40 terms read on 4 lines, not 40."""
    return tuple(term for term in (" ".join(t.split()) for t in spec.split("|")) if term)


# Reaction category -> lay terms. Categories are lay-level groupings close to MedDRA preferred
# terms, enough for a reviewer to triage; coding proper is the safety team's job.
REACTIONS: dict[str, tuple[str, ...]] = {
    "skin rash": _terms(
        """
        plaques rouges | plaque rouge | plaques | des plaques partout | rougeurs | rougeur |
        boutons | des boutons | boutons rouges | bouton rouge | petits boutons | eruption |
        eruption cutanee | éruption cutanée | eczema | eczéma | peau rouge | peau qui pele | la
        peau qui brule | taches rouges | tâches rouges | tache rouge | couvert de boutons |
        couverte de boutons | couvert de plaques | couverte de plaques | pleins de boutons | plein
        de boutons | boutton | bouttons | boutons partout | plaques partout | rash | rashes | skin
        rash | red spots | red patches | red blotches | blotches | blotchy | bumps all over | broke
        out | broken out | breakout | rash spreading | itchy red bumps | red bumps | bumps | broke
        out in | spots all over | red rash | itchy rash | skin peeling | peeling skin | blisters |
        ampoules | cloques | dermatitis | dermatite | red and itchy | splotches | bubbles on my
        skin | raash | rach |
        red itchy patches | itchy patches | blotchy and hot | went all blotchy | rash all over |
        nasty rash | peau qui pèle | la peau qui pèle | poussée de boutons | acné | acne | taches
        sur la peau |
    """
    ),
    "urticaria": _terms(
        """
        urticaire | urticaires | plaques d'urticaire | crise d'urticaire | urticair | urticquaire |
        hives | hive | welts | piqures d'ortie |
        comme des piqures d'ortie
    """
    ),
    "pruritus": _terms(
        """
        demangeaisons | démangeaisons | demangeaison | démangeaison | ça gratte | ca gratte | ça me
        gratte | ca me gratte | gratte partout | je me gratte | se gratte | il se gratte | elle se
        gratte | grattouille | prurit | demange | démange | ca me demange | itchy | itching |
        itchiness | itch | itchy all over | can't stop scratching | cant stop scratching |
        scratching all night | so itchy | itchyyy | itchyy | itchey
    """
    ),
    "angioedema / swelling": _terms(
        """
        gonflé | gonflée | gonflés | gonflées | gonfle | gonflement | gonflements | enflé | enflée
        | enflés | enflure | oedeme | œdème | oedème | odeme | oedeme de quincke | œdème de quincke
        | quincke | visage gonflé | levres gonflees | lèvres gonflées | yeux gonflés | gorge
        gonflée | langue gonflée | tout gonflé | gonflent | qui gonfle | qui gonflent | lèvres qui
        gonflent | puffy | all puffy | so puffy | swollen | swelling | swelled up | puffy face |
        face swelled | lips swelled | puffed up | angioedema | throat swelling | throat closing |
        throat closed up | tongue swelled | eyes swollen |
        doublé de volume | doublaient de volume | double de volume | chevilles gonflées | pieds
        gonflés | mains gonflées | swelled | swelled up like | ankles swelled | swollen ankles |
        swollen lips | lips swelling | puffed | paupières gonflées |
        langue qui gonfle | swollen tongue | tongue swelling | lèvres qui picotent | lips tingling
        |
    """
    ),
    "allergic reaction": _terms(
        """
        allergie | allergies | allergique | réaction allergique | reaction allergique | une
        réaction | une reaction | fait une réaction | fait une reaction | grosse réaction | grosse
        reaction | alergie | allergi | alergique | allergic reaction | allergic | alergic |
        allergic rxn | reaction to | bad reaction | reacted badly | reacted | severe reaction
    """
    ),
    "anaphylaxis": _terms(
        """
        choc anaphylactique | anaphylaxie | anaphylactique | anaphylaxis | anaphylactic |
        anaphylactic shock | epipen | epi pen | adrenaline
    """
    ),
    "nausea": _terms(
        """
        nausées | nausees | nausée | nausee | nosée | nausé | nozée | envie de vomir | la gerbe |
        envie de gerber | mal au coeur | mal au cœur | écoeuré | ecoeure | barbouillé | barbouillée
        | barbouille | haut le coeur | haut-le-coeur | nausea | nauseous | nauseated | nausious |
        nauseus | nasty nausea | queasy | sick to my stomach | felt sick | feel sick | feeling sick
        | so sick | wanted to throw up | wanna throw up | want to throw up |
        dry heaving | gagging | retching | haut-le-cœur | bouche pâteuse |
    """
    ),
    "vomiting": _terms(
        """
        vomi | vomis | vomit | vomir | vomissement | vomissements | vomie | vomissait | vomissent |
        a vomi | vomit partout | gerbé | gerbe | gerber | gerbait | gerbee | dégueulé | degueule |
        dégobillé | degobille | régurgite | rendu son repas | tout rendu | a tout rendu | vommi |
        vomie partout | vomited | vomiting | vomitting | vommiting | vomit | threw up | throwing up
        | throw up | thrown up | puked | puking | puke | barfed | barfing | hurled | hurling |
        spewed | threw up everywhere | projectile vomiting | vomitted |
        vomir en jet | vomi tripes et boyaux |
        puking my guts | puking my guts out | vomi mes tripes |
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
        wrecked | stomach upset | upset stomach |
        burning pain | brûlures | plié en deux | pliée en deux |
        acid reflux | reflux | aigreurs | ventre qui gargouille | bloating | gastric pain | ulcère
        | ulcer |
    """
    ),
    "diarrhoea": _terms(
        """
        diarrhée | diarrhee | diarée | diaree | diarhée | diarhee | diahrée | la chiasse | chiasse
        | la courante | les fesses en feu | aux toilettes toute la nuit | diarrhea | diarrhoea |
        diarrea | diarhea | diarreah | the runs | the shits | on the toilet all night | loose
        stools |
        diarrhées | diarrhees | diarrhées à répétition |
    """
    ),
    "dizziness": _terms(
        """
        vertiges | vertige | vertigineux | étourdissements | etourdissements | étourdissement |
        étourdie | étourdi | la tête qui tourne | tete qui tourne | tête qui tourne | la tete qui
        tourne | tout tourne | ça tourne | vertige | dizzy | dizziness | dizzyness | dizy |
        lightheaded | light headed | light-headed | room spinning | room was spinning | head
        spinning | woozy | vertigo |
        dizzy spells | perte d'équilibre | perdu l'équilibre | tituber | je titube | off balance |
        couldn't stand | voyais double | vision double | double vision |
        wobbly | unsteady | tête qui tangue |
    """
    ),
    "fainting": _terms(
        """
        malaise | fait un malaise | évanoui | évanouie | evanoui | evanouie | évanouissement |
        tombé dans les pommes | tombée dans les pommes | perdu connaissance | fainted | passed out
        | blacked out | fainting | collapsed | lost consciousness |
        fait une chute | chute | almost fainted | nearly fainted | tombé par terre | tombée par
        terre |
        malaises | malaises à répétition |
    """
    ),
    "palpitations": _terms(
        """
        palpitations | palpitation | coeur qui bat | cœur qui bat | coeur qui s'emballe | cœur qui
        s'emballe | le coeur qui bat | coeur a 100 a l'heure | tachycardie | coeur qui cogne |
        heart racing | racing heart | heart was racing | heart pounding | pounding heart | heart
        palpitations | palps | tachycardia | heart beating fast | heart beating so fast | heart
        going crazy | heart skipping | heart is racing | heart was pounding | heart is pounding |
        heart racing like crazy | coeur qui s'accélère | coeur qui accelere |
        heart race | heart races | heart beating out of my chest | heart skip | heart skipped |
        coeur qui s'emballait | cœur qui s'emballait | coeur qui tape | cœur qui tape | crise
        cardiaque | heart attack | coeur qui bat à 150 | le cœur qui bat |
        heart flutter | heart fluttering | flutter | fluttering |
    """
    ),
    "insomnia": _terms(
        """
        insomnie | insomnies | pas dormi | pas fermé l'oeil | pas ferme l'oeil | impossible de
        dormir | peux plus dormir | arrive plus à dormir | arrive plus a dormir | nuit blanche |
        nuits blanches | dors plus | dort plus | insomnia | couldn't sleep | couldnt sleep | can't
        sleep | cant sleep | cannot sleep | no sleep | didn't sleep | didnt sleep | up all night |
        wide awake
    """
    ),
    "somnolence": _terms(
        """
        somnolence | somnolent | somnolente | somnolant | endormi | endormie | ensuqué | ensuquée |
        dans le coltard | dans le gaz | shooté | shootée | assommé | assommée | comateux | hyper
        fatigué | zombie | ko toute la journée | drowsy | drowsiness | sleepy | knocked me out |
        knocked out | groggy | zonked | out of it | like a zombie | knocked him out | knocked her
        out | knocked me out cold | zonked out | snoring on the couch |
        dormi 14h | dormi toute la journée | impossible à réveiller | impossible de la réveiller |
        impossible de le réveiller | arrivais pas à la réveiller | arrivais pas à le réveiller |
        tout mou | toute molle | tout molle | mou et pâle | ko | mis ko | slept for | slept 16
        hours | couldn't wake | can't wake him | can't wake her | so groggy | hit by a truck |
        sedated | sleeping all day |
        toute bizarre | tout bizarre | molle | ne répondait plus | ne répondait presque plus |
        répondait plus | état second | dans un état second | drunk | felt drunk |
    """
    ),
    "fatigue (weak)": _terms(
        """
        fatigue | fatigué | fatiguée | crevé | crevée | épuisé | épuisée | claqué | tired |
        exhausted | wiped out | fatigued | lethargic | drained
    """
    ),
    "headache (weak)": _terms(
        """
        mal de tête | mal de tete | mal à la tête | mal a la tete | maux de tête | maux de tete |
        migraine | migraines | mal au crâne | mal au crane | mal o crane | céphalée | cephalee |
        céphalées | headache | headaches | migraine | head pounding | pounding head | splitting
        headache |
        mal de crâne | mal de crane | pounding headache | crâne qui explose |
    """
    ),
    "fever (weak)": _terms(
        """
        fièvre | fievre | fiévre | fever | feverish
    """
    ),
    "cough (weak)": _terms(
        """
        toux | tousse | toux sèche | tickly cough | cough | coughing | cough that won't go away
        """
    ),
    "convulsion": _terms(
        """
        convulsion | convulsions | convulsé | convulse | crise convulsive | crise d'épilepsie |
        crise d'epilepsie | spasmes | tremblements | tremble | tremblait | il tremblait | elle
        tremblait | seizure | seizures | seized | convulsing | had a fit | convulsed | shaking
        uncontrollably | tremors | twitching | spasms |
        mouvements involontaires | mouvements de la mâchoire | tics | tremblent | mains qui
        tremblent | trembler | tremblote | shaking | shaky | hands shaking | won't stop shaking |
        jerking |
    """
    ),
    "breathing difficulty": _terms(
        """
        du mal à respirer | du mal a respirer | mal à respirer | mal a respirer | difficultés à
        respirer | difficultes a respirer | essoufflé | essoufflée | souffle court | respirait mal
        | suffoque | étouffer | etouffer | gorge serrée | gorge qui se serre | sifflement |
        couldn't breathe | could not breathe | cant breathe | can't breathe | trouble breathing |
        hard to breathe | short of breath | shortness of breath | wheezing | chest tight | tight
        chest | struggling to breathe |
        crise d'asthme | asthma attack | chest went tight | my chest went tight | gorge qui gratte
        et qui serre | respirer |
    """
    ),
    "emergency care": _terms(
        """
        urgences | aux urgences | les urgences | samu | appelé le 15 | appele le 15 | hospitalisé |
        hospitalisée | hosto | l'hopital | l'hôpital | anti poison | centre antipoison | centre
        anti-poison | a&e | the er | to the er | in the er | emergency room | hospital |
        hospitalized | ambulance | called 911 | poison control | urgent care
    """
    ),
    "mood / psychiatric": _terms(
        """
        idées noires | idees noires | angoisses | crises d'angoisse | crise d'angoisse | attaque de
        panique | attaques de panique | cauchemars | hallucinations | hallucine | agressif |
        agressive | irritable | sautes d'humeur | déprime | déprimé | déprimée | suicidaire | panic
        attack | panic attacks | anxiety attacks | nightmares | hallucinating | hallucinations |
        mood swings | suicidal | depressed | aggressive | agitated | brain fog | foggy |
        trucs bizarres | désorienté | désorientée | confus | confuse | confusion | confused | agité
        | agitée | restlessness | restless | couldn't sit still | no memory | aucun souvenir |
        sleepwalking | somnambule | seeing things | seeing bugs | angry | en colère | pleurer sans
        s'arrêter | pleure sans arrêt | crying nonstop | numb | dépression | depression | anxious |
        anxiety | anxiété | crise de panique | m'énerve pour un rien | s'énerve pour un rien |
        rêves de malade | trous de mémoire | j'oublie tout | moral dans les chaussettes | plus de
        moral | memory loss | memory gaps |
    """
    ),
    "other adverse effect": _terms(
        """
        effets secondaires | effet secondaire | effets indésirables | effet indésirable | effets
        indesirables | effet indesirable | effets 2ndaires | side effects | side effect |
        side-effects | adverse reaction | adverse effect | saignements de nez | saigne du nez |
        bleus partout | perte de cheveux | perd mes cheveux | perdre les cheveux | perdre ses
        cheveux | perdre mes cheveux | perte des cheveux | j'ai grossi | pris du poids | prendre du
        poids | fait prendre | kilos en | gain like | lbs | skin is peeling | peeling | cracked
        lips | lips are cracked | cracked and bleeding | lèvres en sang | levres en sang | lèvres
        gercées | chute de cheveux | bouche sèche | bouche seche | prise de poids | pris 5 kilos |
        acouphènes | acouphenes | oreilles qui sifflent | vision floue | vue trouble | jaunisse |
        pipi rouge | urine foncée | nosebleed | nosebleeds | nose bleeds | bruising | bruises
        everywhere | hair loss | hair falling out | dry mouth | weight gain | gained weight |
        ringing in my ears | tinnitus | blurry vision | blurred vision | jaundice | dark urine |
        numbness | tingling | pins and needles | fourmillements | engourdi | engourdissement |
        muscle pain | douleurs musculaires | joint pain | chest pain | douleur thoracique | douleur
        a la poitrine | pas d'appétit | plus d'appétit | lost my appetite | no appetite | constipé
        | constipée | constipation | constipated | bloated | ballonnements | ballonné | sueurs |
        sueurs froides | cold sweats | sweating | hot flashes | bouffées de chaleur |
        tingly | fourmis | saignements | saignement | saigne | saignent | gencives qui saignent |
        saignements de gencives | bleeding | bled | bleeds | des bleus | bleus énormes |
        bruises | black stools | selles noires | cheveux qui tombent | perds mes cheveux | hair
        falling | losing my hair | dry cough | toux sèche | mange plus rien | perdu du poids |
        perte de poids | perdu 3 kilos | lost weight | can't eat | couldn't eat | taste like metal
        | metallic taste | goût métallique | tendons | tendinite | tendon | muscle aches | can
        barely walk | mycose | yeast infection | hémorragie | hemorrhage | spotting | libido à zéro
        | no libido | sulfur burps |
        yeux qui piquent | yeux rouges | conjonctivite | eyes burning | jambes lourdes | douleurs
        articulaires | mal aux articulations | sore joints | brûlures en urinant | frissons |
        chills | night sweats | sueurs nocturnes | hoquet | picotements | engourdie | paralysé |
        paralysée | règles abondantes | hépatite | hepatitis | transaminases | liver enzymes | foie
        | liver damage | insuffisance rénale | kidney pain | pancréatite | pancreatitis | sang dans
        les urines | blood in my urine | peeing blood | gums bleeding | yellow skin | yellow eyes |
        teint jaune | mouth sores | aphtes | hoarse | voix rauque | coup de soleil | sunburn |
        photosensibilité | jittery | jitters | brain zaps | zaps | vivid dreams | weird dreams |
        rêves bizarres | can't get hard | troubles de l'érection | hair thinning | cheveux qui
        tombent par poignées |
        transpire | transpire la nuit | je transpire | phlébite | thrombose | caillot | embolie |
        blood clot | blood clots | dvt | lèvres explosées | nez qui saigne | sun sensitive |
        blistering burn | killed my appetite | lost 8 pounds | pounds in | stiff | shuffling | can
        barely move | black poop | vision go blurry | blurry | urine was dark | dark red urine |
        pee was red | marcher droit | incapable de marcher |
    """
    ),
}

# Indication-prone categories: only counted with a causal or intake cue ("me donne la migraine").
_WEAK = frozenset(c for c in REACTIONS if c.endswith("(weak)"))
_SEVERITY = "emergency care"
_STRONG_CATEGORIES = frozenset(
    {"anaphylaxis", "convulsion", "breathing difficulty", "angioedema / swelling", "fainting"}
)

# Someone close to the author, as a patient ("ma fille", "my son").
RELATIVES: tuple[str, ...] = _terms(
    """
    mon fils | ma fille | mon bébé | mon bebe | ma bébé | mon petit | ma petite | mon grand | ma
    grande | mon loulou | ma louloute | mon gamin | ma gamine | mon gosse | mes enfants | mes
    gosses | mes filles | mes fils | mon enfant | notre fils | notre fille | notre bébé | nos
    enfants | le petit | la petite | le bébé | la bébé | mon mari | ma femme | mon copain | ma
    copine | mon conjoint | ma conjointe | mon chéri | ma chérie | mon homme | mon compagnon | ma
    compagne | mon mec | ma meuf | mon ex | ma mère | ma mere | ma maman | mon père | mon pere |
    mon papa | ma grand-mère | ma grand mere | mamie | ma mamie | mon grand-père | mon grand pere |
    papi | mon papi | ma sœur | ma soeur | mon frère | mon frere | ma tante | mon oncle | ma nièce
    | mon neveu | ma cousine | mon cousin | ma belle-mère | mon beau-père | ma meilleure amie | mon
    meilleur ami | mon pote | ma pote | mon coloc | ma coloc | ma puce | mon ptit | ma ptite | mon
    p'tit | ma p'tite | mon fiston | mon bb | my son | my daughter | my kid | my kids | my baby |
    my toddler | my boy | my girl | my little one | my lo | my child | my children | our son | our
    daughter | our baby | my husband | my wife | my hubby | my bf | my gf | my boyfriend | my
    girlfriend | my partner | my fiance | my fiancé | my mom | my mum | my mother | my dad | my
    father | my grandma | my grandmother | my nan | my grandpa | my grandfather | my sister | my
    brother | my aunt | my uncle | my niece | my nephew | my cousin | my best friend | my roommate
    | my stepson | my stepdaughter | my 3yo | my 4yo | my 2yo | my 5yo | my 6yo | my 7 year old |
    my 4 year old | my 3 year old | my 2 year old | my 5 year old | my 6 year old | my infant | my
    newborn | my teen
"""
)

# The author as the patient.
FIRST_PERSON: tuple[str, ...] = _terms(
    """
    je | j'ai | jai | j'avais | javais | j'étais | j'etais | jetais | j'me | jme | je me | me suis
    | moi | moi aussi | j | m'a | ma donné | m'ont | me donne | me fait | chui | jsuis | j'suis |
    je suis | suis | mon ventre | ma peau | mon visage | mes lèvres | mes levres | mes yeux | ma
    gorge | mon corps | mes bras | mes jambes | i | i'm | im | i've | ive | i'd | me | my | myself
    | my face | my skin | my stomach | my body | my lips | my throat | my arms | my legs | my chest
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
    donner | je leur ai donné | il a pris | elle a pris | ils ont pris | a pris | avoir pris |
    après avoir pris | apres avoir pris | apres avoir prit | après la prise | apres la prise | dès
    la première prise | des la premiere prise | première prise | premiere prise | deuxième prise |
    premier comprimé | premier cachet | un comprimé | 2 comprimés | deux comprimés | une cuillère |
    une dose | la dose | une dosette | une pipette | le sirop | pris du | pris de | pris le | pris
    la | pris un | pris une | pris 1 | pris 2 | pris mon | pris ma | prise de | pris | prise |
    avalé | avale | j'ai eu | jai eu | j'ai fait | jai fait | had a | had an | i had | i got |
    taken | i took | i take | took | taking | i've been taking | ive been taking | been taking |
    been on | i'm on | im on | i was on | started taking | started on | i started | after taking |
    after i took | after starting | gave my | gave him | gave her | i gave | we gave | gave them |
    given | first dose | second dose | one dose | a dose | my dose | one pill | the pill | a pill |
    two pills | 2 pills | popped | i popped | swallowed | a spoonful | teaspoon | tsp | ml of | mg
    of | the syrup |
    donné à | donnée à | donnés à | started | commencé | j'ai recommencé | on a commencé |
    premier jour de | first day on | day 1 of | jour 1 |
"""
)

# Something links the product to the reaction.
CAUSAL: tuple[str, ...] = _terms(
    """
    m'a donné | ma donné | ma donne | m'a donne | m'a filé | m'a file | ma file | m'a fait | ma
    fait | m'a collé | m'a provoqué | m'a déclenché | me donne | me file | me fait | me refile | me
    colle | me déclenche | me provoque | lui a donné | lui a donne | lui a filé | lui a fait | lui
    a provoqué | lui donne | lui fait | leur a donné | a provoqué | a provoque | a déclenché | a
    declenche | provoque | à cause du | a cause du | à cause de | a cause de | à cause des | depuis
    que je prends | depuis que je prend | depuis que j'ai pris | depuis que jai pris | depuis que
    je le prends | depuis que je la prends | depuis qu'il prend | depuis qu'elle prend | depuis
    qu'il a pris | depuis qu'elle a pris | depuis le | depuis la | après | apres | juste après |
    juste apres | une heure après | dans l'heure | dans la foulée | direct | direct après | le
    lendemain | suite à | suite a | en réaction au | réaction au | reaction au | allergique au |
    allergique à | intolérance | intolerance | ne supporte pas | supporte pas | supporte plus |
    gave me | made me | makes me | give me | gives me | gave him | gave her | made him | made her |
    caused | causing | causes | since i started | since starting | since taking | since i've been
    on | ever since | after taking | after | right after | hours after | an hour after | minutes
    after | within an hour | within minutes | because of | from the | allergic to | reaction to |
    react to | reacted to | can't tolerate | cant tolerate | messed me up | messed up my | wrecked
    my | destroyed my | did a number on |
    had me | has me | got me | left me | leaves me | m'a mis | m'a mise | m'a rendu | m'a rendue |
    me rend | rendu malade |
    every time i take | everytime i take | à chaque fois que je prends | a chaque fois que je
    prends | chaque fois que je prends | whenever i take | each time i take |
"""
)

# "X made me ...": a causal statement whose symptom the lexicon does not know ("made my vision
# go blurry", "m'a mis dans un état bizarre"). Also searched in the first pass.
CAUSAL_VERBS: tuple[str, ...] = _terms(
    """
    made me | makes me | gave me | gives me | has me | had me | left me | leaves me | made my |
    makes my | m'a filé | m'a file | ma filé | m'a donné | m'a donne | ma donné | m'a fait |
    ma fait | m'a mis | m'a mise | m'a rendu | m'a rendue | me donne | me file | me fait |
    me met | lui a fait | lui a filé | a rendu | made him | made her | makes him | makes her
    """
)

# Negation before a reaction term, within its clause.
NEGATIONS: tuple[str, ...] = _terms(
    """
    pas | aucun | aucune | sans | ni | jamais | zéro | zero | 0 | rien | pa | pas eu | pas de | pas
    d | pas un | pas une | no | not | never | without | didn't | didnt | don't | dont | doesn't |
    doesnt | haven't | havent | hasn't | hasnt | wasn't | wasnt | none | nothing | nope | zero |
    free of
"""
)

# Fear, hypothesis, question, advice: the reaction has not happened (yet).
HYPOTHETICAL: tuple[str, ...] = _terms(
    """
    peur que | peur de | j'ai peur | jai peur | crainte | je crains | risque de | risques de |
    risquer | peut donner | peut provoquer | peut causer | peut-il | peut il | peut-elle | peut
    elle | peuvent | pourrait | pourraient | est-ce que | est ce que | est-ce qu | est ce qu | si
    jamais | au cas où | au cas ou | et si | si ça | si ca | s'il | si il | si elle | si on | si
    vous | si tu | si je | éviter | eviter | pour éviter | de peur | j'espère que | jespere que |
    pourvu que | espérons | inquiet | inquiète | stressée | faut surveiller | surveillez |
    attention aux | attention au | ça donne | ca donne | ça peut | ca peut | pouvait | pouvaient |
    peut | m'a dit que | ma dit que | m'a prévenu | m'a prevenu | m'a prévenue | said it | warned |
    warned me | afraid | scared | worried | worry | fear | might | may cause | may give | can cause
    | could cause | can it | could it | does it | do they | does this | does ibuvia | will it |
    would it | if | in case | what if | risk of | chance of | hope it doesn't | hope it doesnt |
    hopefully | to avoid | prevent | can give | can make | known to | watch out for | look out for
    | is it normal | anyone else | anyone get | anyone had | anyone experience | has anyone |
    quelqu'un a déjà | quelqu'un a deja | qqn a deja | vous avez déjà | vous avez deja | c'est
    normal |
    peur qu | trop peur | si | terrified | terrifiée | terrifié | fingers crossed | croise les
    doigts | j'ose pas | jose pas | i'm scared | nervous | before i buy | asking before |
    provoquerait | causerait | donnerait | would cause |
    will i | vais-je | est-ce que je vais | what happens if |
"""
)

# Asking what to give for a symptom: "il a des boutons, je peux lui mettre de la Biafine ?".
ADVICE: tuple[str, ...] = _terms(
    """
    je peux | on peut | puis-je | peut-on | je lui donne quoi | je donne quoi | vous conseillez |
    tu conseilles | can i | should i | is it ok | is it okay | is it safe | ok to give |
    safe to give | what should
    """
)

# Reaction term read as the reason for taking the product ("pour ma migraine", "for my fever").
INDICATION: tuple[str, ...] = _terms(
    """
    pour | pour sa | pour son | pour ma | pour mon | pour la | pour le | pour les | pour des |
    contre | contre la | contre le | contre les | sur ma | sur mon | soulage | soulager | calme |
    calmer | traite | traiter | soigner | aide | aidé | m'aide | soulagé | guérit | helps | helped
    | fixed | cured | for | for my | for his | for her | for the | against | relieve | relieves |
    relief | treat | treats | on my | helps with | help with | toujours | still | encore |
    quand | when | whenever | lorsque | me permet | permet de |
"""
)

# The product relieved the symptom: "la Ventoline me calme quand je suis essoufflée".
RELIEF: tuple[str, ...] = _terms(
    """
    saved me | sauvé | m'a sauvé | m'a sauvée | sauve la vie | soulage | soulagé | soulagée |
    me calme | calme direct | ça calme | aide à | m'aide | helps | helped | works | worked |
    a marché | marche bien | gone | disparu | disparue | fini les | no more | grâce au |
    grâce à | grace au | grace a | thanks to | évitée | évité | lifesaver | life saver |
    slept great | slept through | dormi comme un bébé | cured | guéri | améliore | better |
    mieux | heureusement | fixed it | fixes |
    me permet | permet de | enfin | relief | disappear | disappeared | du bien | fait effet | feel
    better | feel so much better |
    happy | heureux | heureuse | made my day | ma journée | my life back | back to normal | revivre
    | je revis | energy back |
    fever down | went down | fièvre tombée | fievre tombee | a baissé | baisse | fever broke |
    tombée | down this morning |
    """
)

NEWS: tuple[str, ...] = _terms(
    """
    selon l'ansm | l'ansm | ansm | communiqué | communique de presse | rappel de lots | rappel de
    lot | rappel des lots | retrait de lots | retrait du marché | alerte sanitaire | dépêche |
    depeche | breaking | le témoignage | témoignage bouleversant | temoignage | témoigne |
    enquête | enquete | autorités | autorites | ministère | ministere | étude | etude | une étude |
    chercheurs | signalements | cas signalés | cas signales | cas rapportés | des cas de |
    plusieurs cas | rapporte | rapportent | reuters | afp | le parisien |
    bfm | franceinfo | france info | journal | article | reportage | lire
    l'article | à lire | rt @ | according to | officials | health authority | health
    authorities | fda | ema | recall | recalled | recalls | press release | study | study finds |
    researchers | cases reported | reports of | reported cases | investigation | headline | news |
    lawsuit | class action | regulator | regulators | fda warns | warns parents | warning issued |
    récit | le récit | recit |
"""
)

ADS: tuple[str, ...] = _terms(
    """
    promo | promotion | offre | code promo | livraison gratuite | livraison offerte | disponible en
    pharmacie | disponible dès maintenant | découvrez | decouvrez | essayez | sponsorisé |
    sponsorise | #ad | #pub | #sponso | partenariat | #partenariat | en partenariat | collab | lien
    en bio | commandez | profitez | remise | soldes | buy now | shop now | discount | % off | off
    your | free shipping | limited offer | limited time | link in bio | order now | sponsored | use
    code | try the new | available now | advert | gagnez | concours | giveaway | win a
"""
)

HEARSAY: tuple[str, ...] = _terms(
    """
    j'ai lu que | jai lu que | j'ai lu qu | il paraît | il parait | paraît que | parait que |
    paraitrait | apparemment | on dit que | on m'a dit | on raconte | il y a des gens | des gens |
    les gens | quelqu'un | qqn | certains | plusieurs personnes | des parents | des mamans | une
    maman | une mère | un père | une influenceuse | un influenceur | influenceuse | influenceur |
    une star | une célébrité | une celebrite | célébrité | un footballeur | une actrice | un acteur
    | un chanteur | une chanteuse | un youtubeur | une youtubeuse | un gamin | une gamine | un
    enfant | une femme | un homme | un mec | une fille | un type | une dame | un monsieur | une
    amie d'une amie | la voisine de | le voisin de | la cousine d'une | rumeur | témoignages |
    temoignages | sur tiktok | raconté | m'a raconté | told me | sur facebook | vu sur | vu une
    vidéo | vu une video | cette femme | ce mec | cette maman | i read that | i read about | i
    heard | heard | heard that | apparently | reportedly | allegedly | someone | somebody | people
    are | people say | people saying | some people | a friend of a friend | influencer | celebrity
    | some guy | some woman | this guy | this woman | this lady | a lady | a woman | a man | a kid
    | a child | a mom | a mum | a dad | parents are | rumor | rumour | saw a video | saw a post |
    saw on tiktok | on tiktok | a tiktok | viral | a celeb | the actress | the singer | this
    influencer | my coworker's | my friend's friend | stories of | horror stories |
    moms | mamans | parents | saying | disent | posts about | so many posts | groupe facebook |
    facebook group | their kids | leurs enfants | supposedly | soi-disant | soi disant | aurait |
    auraient | rapper | rappeur | télé-réalité | tele realite | tout le monde parle | everyone is
    talking | everyone says | tout le monde dit |
    notice | la notice | leaflet | package insert | side effects list | liste des effets | video |
    vidéo | shares | partage | tiktoker | youtuber | instagrammer | claims | a girl | a guy | said
    her | says her |
"""
)

# Sequence in time without an explicit verb: "Gaviscon hier soir, ce matin ventre gonflé".
TEMPORAL: tuple[str, ...] = _terms(
    """
    depuis | ce matin | hier soir | cette nuit | ce soir | le lendemain | et là | et la |
    maintenant | puis | ensuite | plus tard | min après | minutes après | heures après |
    aujourd'hui | since | this morning | last night | tonight | next day | the next morning | and
    now | now | then | later | an hour later | today | this week | within
"""
)

# Another explanation for the symptom, or a patient who is not a person.
ALTERNATIVE_CAUSE: tuple[str, ...] = _terms(
    """
    varicelle | scarlatine | rougeole | roséole | roseole | une gastro | la gastro | grosse gastro |
    gastro-entérite |
    gastroenterite | intoxication alimentaire | pieds mains bouche | chickenpox | chicken pox |
    scarlet fever | measles | stomach bug | stomach flu | food poisoning | norovirus | hand foot
    and mouth | hangover | gueule de bois | enceinte | pregnant | morning sickness | mon chien | ma
    chienne | mon chat | ma chatte | le chien | le chat | my dog | my cat | the dog | the cat | my
    puppy | mon chiot |
    5e maladie | cinquième maladie | 5th disease | fifth disease | taco truck | bad sushi | mal de
    transport | car sick | carsick | teething | poussée dentaire | dents qui poussent |
    moustique | piqûre de moustique | piqûres | piqure | boutons de moustique | bee sting | insect
    bite | mosquito | mosquito bites | foot and mouth | lendemain de soirée | trop bu | drunk last
    night |
"""
)

PRICE_SHORTAGE: tuple[str, ...] = _terms(
    """
    prix | € | euros | euro | trop cher | hors de prix | cher | rupture | en rupture | rupture de
    stock | pénurie | penurie | stock | introuvable | plus de stock | remboursé | rembourse |
    déremboursé | price | prices | expensive | overpriced | cost | costs | shortage | out of stock
    | sold out | can't find | cant find | couldn't find | insurance | copay | pub | pubs |
    publicité | publicites | marketing | augmentation | augmentations | hausse | commercial |
    commercials | ads | advertising | adverts
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

# Hand-made French (and a few international) brands and generics the dictionary lacks.
FRENCH_DRUGS: tuple[str, ...] = _terms(
    """
    Doliprane | Dolipranne | Doliprame | Dolipranes | Dafalgan | Dafalgant | Efferalgan | Eferalgan
    | Efferalgant | Codoliprane | Dolirhume | Fervex | Humex | Actifed | Rhinadvil | Nurofen |
    Nurofenflash | Advil | Advile | Spedifen | Antarene | Spasfon | Spasphon | Smecta | Smekta |
    Gaviscon | Maalox | Vogalène | Vogalene | Motilium | Tiorfan | Imodium | Forlax | Microlax |
    Débridat | Debridat | Météospasmyl | Levothyrox | Levotyrox | Lévothyrox | L-Thyroxin |
    Euthyrox | Thyrofix | Xanax | Lexomil | Lexo | Temesta | Seresta | Atarax | Stilnox | Imovane |
    Deroxat | Seroplex | Prozac | Zoloft | Effexor | Laroxyl | Lyrica | Rivotril | Augmentin |
    Augmantin | Amoxicilline | Amoxiciline | Amoxi | Clamoxyl | Orelox | Zithromax | Azithromycine
    | Pyostacine | Oflocet | Ciflox | Monuril | Furadantine | Ventoline | Ventolin | Seretide |
    Symbicort | Flixotide | Kardégic | Kardegic | Aspégic | Aspegic | Aspirine | Aspirine du Rhône
    | Aspro | Dépakine | Depakine | Dépakote | Tegretol | Keppra | Lamictal | Mopral | Inexium |
    Eupantol | Inipomp | Ogast | Lanzor | Oméprazole | Omeprazole | Ésoméprazole | Esomeprazole |
    Paracétamol | Paracetamol | Paracétamole | Paracetamole | Paracetemol | Paracétamol |
    Ibuprofène | Ibuprofene | Ibuprophène | Ibuprofen | Ibu | Kétoprofène | Ketoprofene | Profénid
    | Profenid | Bi-Profénid | Voltarène | Voltarene | Diclofénac | Diclofenac | Naproxène |
    Apranax | Antadys | Tramadol | Topalgic | Contramal | Ixprim | Zaldiar | Lamaline | Izalgi |
    Codéine | Codeine | Néfopam | Nefopam | Acupan | Oxycontin | Skenan | Actiskenan | Cortancyl |
    Solupred | Célestène | Celestene | Prednisolone | Prednisone | Cortisone | Médrol | Aerius |
    Desloratadine | Zyrtec | Cétirizine | Cetirizine | Xyzal | Polaramine | Clarityne | Toplexil |
    Hélicidine | Helicidine | Strepsils |  Lysopaïne | Biafine | Dexeryl | Daflon | Magné B6
    | Magne B6 | Euphytose | Donormyl | Mélatonine | Norlevo | EllaOne | Leeloo | Optilova |
    Jasminelle | Diane 35 | Microval | Cérazette | Cerazette | Optimizette | Mirena | Stérilet |
    Dienogest | Visanne | Metformine | Glucophage | Stagid | Januvia | Ozempic | Trulicity |
    Victoza | Saxenda | Wegovy | Mounjaro | Lantus | Novorapid | Humalog | Tahor | Crestor |
    Atorvastatine | Simvastatine | Rosuvastatine | Coversyl | Amlor | Amlodipine | Aprovel | Cozaar
    | Kenzen | Bisoprolol | Avlocardyl | Propranolol | Lasilix | Eliquis | Xarelto | Pradaxa |
    Préviscan | Previscan | Coumadine | Plavix | Zymad | Uvedose | Tardyferon | Ferograd |
    Speciafoldine | Gardasil | Roaccutane | Curacné | Procuta | Isotrétinoïne | Isotretinoine |
    Doxycycline | Tolexine | Flagyl | Fluconazole | Triflucan | Mycoster | Pevaryl | Aciclovir |
    Zovirax | Valaciclovir | Zelitrex | Tamiflu | Vaccin | Ritaline | Ritalin | Concerta |
    Medikinet | Quasym | Méthylphénidate | Risperdal | Abilify | Zyprexa | Xeroquel | Tercian |
    Théralène | Theralene | Mucomyst | Exomuc | Fluimucil | Bronchokod | Rhinofluimucil | Physiomer
    | Stérimar | Derinox | Nasonex | Avamys | Pivalone | Celluvisc | Vitamine C | Berocca |
    Supradyn | Oscillococcinum | Camilia | Coquelusedal | Calmosine | Dexeryl | Bepanthen |
    Cicalfate | Fucidine | Diprosone | Locoid | Tridésonit | Efient | Brilique | Champix |
    Nicorette | Nicopatch | Subutex | Méthadone | Lévothyroxine | Levothyroxine | Mestinon | Cialis
    | Viagra | Duphaston | Utrogestan | Provames | Estreva | Clomid | Pilule | la pilule | ma
    pilule | NyQuil | DayQuil | ZzzQuil | Pepto-Bismol | Pepto | Midol | Aleve | Excedrin | Mucinex
    | Robitussin | Dramamine | Motrin | Calpol | Lemsip | Beechams |
    Keflex | Depo | Depo shot | Depo-Provera | doli | dolip | un doli | Amox | paracet |
    Roaccu | Roacutane | Doxy | Percocet | Vicodin | Norco | iron pills | iron tablets | comprimés
    de fer | Tardyféron |
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
_ENTITY_KINDS = (_PRODUCT, _REACTION, _VERB)
_UNSPECIFIED = "unspecified (causal statement)"
# What may follow "me fait" / "made me" without being an effect on the body.
_NOT_AN_EFFECT = (
    "rien",
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
)

_CLAUSE_BREAK = re.compile(r"[.!?;,\n:()\[\]]|\s(?:mais|but|sauf|except|however|cependant)\s")
_NEG_WINDOW = 28  # characters before a reaction where a negation still applies
_HYPO_WINDOW = 60
_INDIC_WINDOW = 14
# Causal cues that may follow the reaction: "maux de tête depuis qu'elle prend la Ritaline".
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
    ) -> None:
        self.threshold = threshold
        entries: dict[str, list[tuple[int, str]]] = {}

        def add(phrase: str, kind: int, payload: str = "") -> None:
            key = _key(phrase)
            if key:
                bucket = entries.setdefault(key, [])
                if (kind, payload) not in bucket:
                    bucket.append((kind, payload))

        if use_drug_dictionary:
            for name in load_drug_names():
                entries[" " + name + " "] = [(_PRODUCT, "")]  # named as written
        for name in FRENCH_DRUGS:
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
            (_PRICE, PRICE_SHORTAGE),
            (_TEMPORAL, TEMPORAL),
            (_ALT, ALTERNATIVE_CAUSE),
            (_RELIEF, RELIEF),
            (_ADVICE, ADVICE),
            (_VERB, CAUSAL_VERBS),
        ):
            for phrase in phrases:
                add(phrase, kind)
        # Two automata: entities (products, reactions) decide the early exit on their own, so the
        # common post never pays for the frequent cue words ("je", "my", "pas").
        self._entities = ahocorasick.Automaton()
        self._cues = ahocorasick.Automaton()
        for key, values in entries.items():
            entity = tuple(v for v in values if v[0] in _ENTITY_KINDS)
            cues = tuple(v for v in values if v[0] not in _ENTITY_KINDS)
            if entity:
                self._entities.add_word(key, (len(key), entity))
            if cues:
                self._cues.add_word(key, (len(key), cues))
        self._entities.make_automaton()
        self._cues.make_automaton()

    # -- public API ----------------------------------------------------------------------------

    def detect(
        self, text: str, language: str | None = None, products: Sequence[str] = ()
    ) -> AdeResult:
        """Score one post. `products` are names the watchlist stage already found in it.

        `language` is accepted for symmetry with the other classifiers; the lexicons are mixed
        French/English because code-switching is common and language ID errs on short posts.
        """
        if not text:
            return _NONE
        padded = " " + text.translate(_WORDS) + " "
        # Pass 1, products and reactions only: most posts stop here.
        hits: list[tuple[int, int, int, str]] = []  # (start, end, kind, payload), original offsets
        has_product = bool(products)
        has_reaction = False
        for end, (length, values) in self._entities.iter(padded):
            start = end - length + 1  # padded index of the leading space == original word start
            for kind, payload in values:
                if kind == _PRODUCT:
                    has_product = True
                elif start and text[start - 1] == "#":
                    continue  # "#migraine" tags a topic, it does not tell a reaction
                else:
                    has_reaction = True
                hits.append((start, end - 1, kind, payload))
        if not (has_product and has_reaction):
            return _NONE
        # Pass 2: the cues around them.
        for end, (length, values) in self._cues.iter(padded):
            start = end - length + 1
            hashtag = start > 0 and text[start - 1] == "#"
            for kind, payload in values:
                if hashtag and kind != _AD:  # "#ANSM #scandale" on a parent's own report
                    continue
                hits.append((start, end - 1, kind, payload))
        return self._score(text, _aligned_fold(text), hits, products)

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
        by_kind: dict[int, list[tuple[int, int, str]]] = {}
        for start, end, kind, payload in hits:
            by_kind.setdefault(kind, []).append((start, end, payload))
        products = _longest(by_kind.get(_PRODUCT, []))
        intake = by_kind.get(_INTAKE, [])
        verbs = by_kind.get(_VERB, [])
        causal = by_kind.get(_CAUSAL, []) + verbs
        temporal = by_kind.get(_TEMPORAL, [])
        relatives = by_kind.get(_RELATIVE, [])
        patient_spans = _longest(relatives + by_kind.get(_FIRST, []))
        negations = by_kind.get(_NEG, [])
        hypotheticals = by_kind.get(_HYPO, [])
        indications = by_kind.get(_INDIC, [])
        reliefs = by_kind.get(_RELIEF, [])
        advice = by_kind.get(_ADVICE, [])
        # "hospitalisé pour une hémorragie": "pour" after a severity word is not an indication.
        severity_ends = {e for _, e, c in by_kind.get(_REACTION, []) if c == _SEVERITY}
        indicating = [
            cue for cue in indications if not any(0 <= cue[0] - e <= 2 for e in severity_ends)
        ]
        experience = intake + causal + patient_spans

        kept: list[tuple[int, int, str]] = []
        for start, end, category in _longest(by_kind.get(_REACTION, [])):
            # A reaction word inside a product name is the product.
            if any(ps <= start and end <= pe for ps, pe, _ in products):
                continue
            clause_start = _clause_start(folded, start)
            if _cue_before(negations, start, max(clause_start, start - _NEG_WINDOW)):
                continue
            if _cue_before(hypotheticals, start, max(clause_start, start - _HYPO_WINDOW)):
                continue
            if _cue_before(indicating, start, max(clause_start, start - _INDIC_WINDOW)):
                continue
            sentence_start, sentence_end = _sentence_bounds(folded, start)
            # "Can Ibuvia cause nausea?": a question that tells no experience of its own, or
            # that asks what to give for the symptom.
            if folded.startswith("?", sentence_end) and (
                not any(sentence_start <= s and e <= sentence_end for s, e, _ in experience)
                or any(sentence_start <= s and e <= sentence_end for s, e, _ in advice)
            ):
                continue
            # Headache, fever, pain, fatigue are why people take painkillers: only counted when
            # the post links them to the product ("me donne des migraines", "since I started").
            if category in _WEAK and not _linked(
                start, end, sentence_start, sentence_end, folded, causal, temporal, products, intake
            ):
                continue
            # "la Ventoline me calme quand je suis essoufflée", "nausea gone in 20 min".
            clause_end = _clause_end(folded, end)
            if any(
                (clause_start <= s and e <= clause_end) or (sentence_start <= s and e <= start)
                for s, e, _ in reliefs
            ):
                continue
            # "a rash from chickenpox", "ma fille a des boutons, c'est la varicelle" (but "pour
            # sa gastro" is why the product was given, not another cause).
            if any(
                sentence_start <= s and e <= sentence_end and not _cue_before(indicating, s, s - 8)
                for s, e, _ in by_kind.get(_ALT, [])
            ):
                continue
            kept.append((start, end, category))
        # "aux urgences" says how serious, not what happened: never a reaction on its own.
        severe = any(c == _SEVERITY for _, _, c in kept)
        kept = [span for span in kept if span[2] != _SEVERITY]
        if not kept:
            kept = _causal_statement(folded, verbs, products, negations, hypotheticals, reliefs)
        if not kept:
            return AdeResult(candidate=False, score=0.1)

        first_reaction = kept[0]
        patient = bool(patient_spans)
        score = 0.4
        score += 0.15 if intake else 0.0
        score += 0.15 if causal else 0.0
        score += 0.2 if patient else 0.0
        score += 0.1 if temporal and not causal else 0.0
        strong = [c for _, _, c in kept if c not in _WEAK]
        score += 0.1 if strong else 0.0
        if severe or len({c for _, _, c in kept}) > 1 or _STRONG_CATEGORIES.intersection(strong):
            score += 0.05
        news = bool(by_kind.get(_NEWS))
        ad = bool(by_kind.get(_AD))
        # Hearsay framing comes first ("apparently an influencer..."); "anyone else?" after a
        # first-hand report is not hearsay.
        hearsay = not relatives and any(
            s < first_reaction[0] for s, _, _ in by_kind.get(_HEARSAY, [])
        )
        if news:
            score -= 0.45
        if ad:
            score -= 0.45
        if hearsay:
            score -= 0.45
        if by_kind.get(_PRICE):
            score -= 0.35
        score = round(min(1.0, max(0.0, score)), 3)
        first_hand = bool(patient or intake) and not (news or ad or hearsay)
        candidate = score >= self.threshold and bool(patient or intake or temporal)

        # Evidence: every product, the reactions kept and the experience cues.
        product_name: str | None = None
        evidence: list[tuple[int, int, str]] = []
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


def _longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping spans ("Paracetix" in "Paracetix Junior"; "des boutons"
    against "boutons partout"), so evidence never shows one word twice."""
    if len(spans) < 2:
        return spans
    ordered = sorted(spans, key=lambda s: (s[0], s[0] - s[1]))
    kept: list[tuple[int, int, str]] = [ordered[0]]
    for span in ordered[1:]:
        last = kept[-1]
        if span[0] < last[1]:  # overlaps the previous one
            if span[1] - span[0] > last[1] - last[0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _cue_before(cues: list[tuple[int, int, str]], position: int, window_start: int) -> bool:
    return any(window_start <= start and end <= position for start, end, _ in cues)


def _causal_statement(
    folded: str,
    verbs: list[tuple[int, int, str]],
    products: list[tuple[int, int, str]],
    negations: list[tuple[int, int, str]],
    hypotheticals: list[tuple[int, int, str]],
    reliefs: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """The symptom of "<product> made me <something>" when the lexicon knows no word of it.

    Lay descriptions have a long tail ("made my vision go blurry") that no lexicon closes; the
    construction itself says the author attributes an effect to the product. Positive effects
    ("m'a fait du bien", "made my day") are cut by the relief list, negated and hypothetical
    ones by the usual cues. The span is the rest of the clause, at most 40 characters.
    """
    for s, e, _ in verbs:
        sentence_start, _sentence_end = _sentence_bounds(folded, s)
        if not any(sentence_start <= ps and pe <= s and s - pe <= 60 for ps, pe, _ in products):
            continue
        clause_start = _clause_start(folded, s)
        clause_end = _clause_end(folded, e)
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


def _linked(
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    folded: str,
    causal: list[tuple[int, int, str]],
    temporal: list[tuple[int, int, str]],
    products: list[tuple[int, int, str]],
    intake: list[tuple[int, int, str]],
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
        elif end <= s and e <= sentence_end and folded.startswith(_CAUSE_AFTER, s):
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


def _clause_end(folded: str, position: int) -> int:
    match = _CLAUSE_BREAK.search(folded, position)
    return match.start() if match else len(folded)


def _clause_start(folded: str, position: int) -> int:
    last = 0
    for match in _CLAUSE_BREAK.finditer(folded, 0, position):
        last = match.end()
    return last


def _sentence_bounds(folded: str, position: int) -> tuple[int, int]:
    """Start and end (index of the closing punctuation, or len) of the sentence at `position`."""
    start = max(folded.rfind(ch, 0, position) for ch in ".!?\n") + 1
    ends = [i for i in (folded.find(ch, position) for ch in ".!?\n") if i >= 0]
    return start, min(ends) if ends else len(folded)
