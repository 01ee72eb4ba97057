"""A seeded, realistic stream of social posts with exact ground truth, for the demo and the tests.

Why a simulator: real platform exports cannot be redistributed, are not reproducible and never
contain a crisis on demand. This module writes a stream that *looks* like social-listening data
(a Paris-time daily rhythm with a US/Australian tail, heavy-tailed audiences, a few very active
accounts, reposts, replies, typos, slang, code-switching, sarcasm) and then a crisis on
``paracetix-junior``: a volume spike, a negative surge, adverse-reaction reports, news headlines,
a viral post reposted a few hundred times and a copy-paste flood.

Every post carries a `PostTruth`, so each stage of the pipeline (language identification, term
matching, sentiment, adverse-reaction candidates, duplicate detection, spike alerts) can be scored
end to end against what the author actually wrote.

Texts are composed from hand-written fragment banks (module-level tuples below). Brand names never
appear literally in a fragment: fragments use placeholders (``{p}``, ``{du}``, ``{o}`` ...) that
are filled with a spelling of the brand when the post is rendered. That gives the spelling variety
a watchlist must cope with, and, more importantly, it makes the truth labels structural: the terms
of a post are exactly the placeholders its template used, so they cannot drift from the text.

Determinism: a single ``random.Random(seed)`` drives everything, nothing iterates over a hash-
ordered set or dict of strings, and times are integer epoch seconds. Same seed and same ``end``
give byte-identical output.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Literal

from veille.streams.records import Post

__all__ = [
    "CRISIS_TERM",
    "PLATFORMS",
    "POST_KEYS",
    "TERM_GROUPS",
    "TERM_IDS",
    "PostTruth",
    "Scenario",
    "generate_scenario",
    "write_jsonl",
]

Phase = Literal["quiet", "crisis"]
SentimentLabel = Literal["negative", "neutral", "positive"]

CRISIS_TERM = "paracetix-junior"
TERM_IDS: tuple[str, ...] = (
    "paracetix",
    "paracetix-junior",
    "paracetix-1000",
    "ibuvia",
    "febrinol",
    "orvane",
)
TERM_GROUPS: dict[str, str] = {
    "paracetix": "paracetix",
    "paracetix-junior": "paracetix",
    "paracetix-1000": "paracetix",
    "ibuvia": "competitors",
    "febrinol": "competitors",
    "orvane": "orvane",
}
PLATFORMS: tuple[str, ...] = ("x", "facebook", "instagram", "reddit", "forum", "tiktok", "news")
POST_KEYS: tuple[str, ...] = tuple(Post.model_fields)  # the posts topic contract
MAX_TEXT_CHARS = 1000


@dataclass(frozen=True)
class PostTruth:
    """What the author of a post really wrote, to score the pipeline against.

    Reposts and copy-paste duplicates carry the labels of the text they copy (the text still says
    what it says) plus ``duplicate_of``; count distinct reports by skipping duplicates.
    ``terms`` lists the watch terms the author named: a post about "Paracetix Junior" is
    ``("paracetix-junior",)`` even though its text also contains the brand word "Paracetix".
    Emoji-only replies are labelled with the language of their author (there is no other).
    """

    phase: Phase
    language: str
    sentiment: SentimentLabel
    terms: tuple[str, ...]
    adverse_reaction: bool
    duplicate_of: str | None


@dataclass(frozen=True)
class Scenario:
    """The generated stream (``posts``, in the ``posts`` topic contract) and its ground truth."""

    posts: list[dict[str, object]]
    truth: dict[str, PostTruth]
    crisis_start: datetime
    crisis_end: datetime
    crisis_term: str


def generate_scenario(
    *,
    seed: int = 42,
    quiet_days: int = 2,
    crisis_hours: float = 3.0,
    posts_per_quiet_day: int = 1500,
    end: datetime | None = None,
) -> Scenario:
    """Generate ``quiet_days`` of ordinary chatter followed by a ``crisis_hours`` crisis.

    ``posts_per_quiet_day`` is the expected number of *authored* posts on a weekday (weekends are
    ~15 % quieter); reposts come on top, as they do on real platforms (~30 % more). ``end``
    defaults to now, floored to the minute, so a demo's crisis is "happening now"; pass it
    explicitly for reproducible output. A naive ``end`` is taken as UTC.
    """
    if quiet_days < 0:
        raise ValueError(f"quiet_days must be >= 0, got {quiet_days}")
    if not crisis_hours >= 0:
        raise ValueError(f"crisis_hours must be >= 0, got {crisis_hours}")
    if posts_per_quiet_day < 0:
        raise ValueError(f"posts_per_quiet_day must be >= 0, got {posts_per_quiet_day}")
    if end is None:
        end_dt = datetime.now(UTC).replace(second=0, microsecond=0)
    elif end.tzinfo is None:
        end_dt = end.replace(tzinfo=UTC, microsecond=0)
    else:
        end_dt = end.astimezone(UTC).replace(microsecond=0)
    generator = _Generator(
        seed=seed,
        quiet_days=int(quiet_days),
        crisis_seconds=round(crisis_hours * 3600),
        posts_per_day=posts_per_quiet_day,
        end_ts=int(end_dt.timestamp()),
    )
    return generator.run()


def write_jsonl(posts: Iterable[dict[str, object]], path: str | Path) -> int:
    """Write one compact JSON document per line (UTF-8, no ASCII escaping); return the count.

    Compact and unescaped because this file is replayed byte for byte into the posts topic, and
    French text escaped as ``\\u00e9`` would misrepresent what a platform export looks like.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        for post in posts:
            handle.write(json.dumps(post, ensure_ascii=False, separators=(",", ":")))
            handle.write("\n")
            count += 1
    return count


# ---------------------------------------------------------------------------------------------
# Spellings of the watch terms. The watchlist matches all of them (accents and case folded).
# Weights are rough frequencies: mostly the proper name, some lower case, a few misspellings.
# ---------------------------------------------------------------------------------------------

Weighted = tuple[tuple[str, float], ...]

SURFACES: dict[str, dict[str, Weighted]] = {
    "fr": {
        "paracetix": (
            ("Paracetix", 50),
            ("Paracétix", 15),
            ("paracetix", 17),
            ("Paracetyx", 5),
            ("PARACETIX", 2),
            ("#Paracetix", 9),
            ("Paracetixe", 2),
        ),
        "paracetix-junior": (
            ("Paracetix Junior", 55),
            ("Paracetix enfant", 14),
            ("Paracetix sirop", 9),
            ("paracetix junior", 12),
            ("Paracétix Junior", 7),
            ("Paracetix enfants", 3),
        ),
        "paracetix-1000": (
            ("Paracetix 1000", 55),
            ("Paracetix 1g", 28),
            ("paracetix 1000", 10),
            ("Paracétix 1000", 5),
            ("Paracetix 1 g", 2),
        ),
        "ibuvia": (("Ibuvia", 62), ("Ibuvia Fort", 14), ("#Ibuvia", 7), ("ibuvia", 17)),
        "febrinol": (("Febrinol", 45), ("Fébrinol", 35), ("febrinol", 20)),
        "orvane": (
            ("Orvane", 66),
            ("Laboratoires Orvane", 16),
            ("orvane", 12),
            ("Labo Orvane", 6),
        ),
    },
    "en": {
        "paracetix": (
            ("Paracetix", 70),
            ("paracetix", 18),
            ("Paracetyx", 5),
            ("PARACETIX", 2),
            ("#Paracetix", 5),
        ),
        "paracetix-junior": (
            ("Paracetix Junior", 74),
            ("paracetix junior", 20),
            ("Paracetix Jr", 6),
        ),
        "paracetix-1000": (("Paracetix 1000", 60), ("Paracetix 1g", 25), ("paracetix 1000", 15)),
        "ibuvia": (("Ibuvia", 64), ("Ibuvia Fort", 12), ("#Ibuvia", 7), ("ibuvia", 17)),
        "febrinol": (("Febrinol", 76), ("febrinol", 24)),
        "orvane": (("Orvane", 80), ("orvane", 12), ("Laboratoires Orvane", 8)),
    },
    "xx": {
        "paracetix": (("Paracetix", 80), ("paracetix", 15), ("Paracetyx", 5)),
        "paracetix-junior": (("Paracetix Junior", 85), ("paracetix junior", 15)),
        "paracetix-1000": (("Paracetix 1000", 80), ("Paracetix 1g", 20)),
        "ibuvia": (("Ibuvia", 85), ("ibuvia", 15)),
        "febrinol": (("Febrinol", 85), ("febrinol", 15)),
        "orvane": (("Orvane", 85), ("Laboratoires Orvane", 15)),
    },
}
CANONICAL: dict[str, str] = {
    "paracetix": "Paracetix",
    "paracetix-junior": "Paracetix Junior",
    "paracetix-1000": "Paracetix 1000",
    "ibuvia": "Ibuvia",
    "febrinol": "Febrinol",
    "orvane": "Orvane",
}
HASHTAGS: dict[str, str] = {
    "paracetix": "#Paracetix",
    "paracetix-junior": "#ParacetixJunior",
    "paracetix-1000": "#Paracetix1000",
    "ibuvia": "#Ibuvia",
    "febrinol": "#Febrinol",
    "orvane": "#Orvane",
}
CASHTAG = "$ORV"

# Quiet-day share of authored posts per term (None: general health chatter, no term).
QUIET_TERM_SHARES: tuple[tuple[str | None, float], ...] = (
    ("paracetix", 0.30),
    ("paracetix-junior", 0.10),
    ("paracetix-1000", 0.08),
    ("ibuvia", 0.15),
    ("febrinol", 0.08),
    ("orvane", 0.04),
    (None, 0.25),
)


# ---------------------------------------------------------------------------------------------
# Fragment banks.
#
# Placeholders (filled per post, see `_Filler`):
#   {p} bare product name; French articles {du} {le} {de} {au} ("du Paracetix", "de l'Ibuvia");
#   suffix _c = a second product (comparisons, switches), suffix _j = Paracetix Junior;
#   {h} the product's hashtag; {o} the company, {cash} its cashtag, {ho} its hashtag;
#   {kid} a child ("mon fils de 4 ans", "my daughter"), with pronouns {il} {e} {obj} / {he} {his}
#   {him}; {when} a recent moment; {price} a price. A capital letter capitalises the value.
# Sentiment tags: "pos", "neu", "neg" (the author's sentiment).
# ---------------------------------------------------------------------------------------------

# --- French, quiet days, any adult product (Paracetix, Paracetix 1000, Ibuvia, Febrinol) ------

FR_PRODUCT_POS: tuple[str, ...] = (
    "{p} c'est vraiment le seul truc qui marche sur mes migraines",
    "Mal de dos depuis ce matin, {du} et ça va déjà mieux",
    "Merci {au} de m'avoir sauvé ma journée de boulot",
    "J'ai toujours une boîte {de} dans mon sac, on sait jamais",
    "Rage de dents cette nuit, heureusement qu'il restait {du} dans l'armoire",
    "{p} et en 20 minutes plus de mal de tête, efficace",
    "Ma pharmacienne m'a conseillé {le} et franchement top",
    "Après la soirée d'hier, {du} et un grand verre d'eau, je revis",
    "Testé {le} pour mes règles douloureuses, ça soulage bien",
    "Jamais déçue par {le}, ça fait le job à chaque fois",
    "Courbatures après la salle, {du} et au lit, demain ça ira",
    "Honnêtement {le} ça passe bien, pas de goût bizarre, facile à avaler",
    "Le comprimé {de} se casse facilement en deux, pratique pour doser",
    "Fièvre tombée en une heure avec {le}, ouf",
    "Otite + {p} = survie",
    "{p} m'a sauvé la soirée, j'avais une migraine de fou avant le concert",
    "Je recommande {le}, efficace et pas cher",
    "Mon médecin m'a prescrit {du} après l'opération, ça calme bien les douleurs",
    "Toujours dans la trousse à pharmacie des vacances : {p}",
    "Bonne nouvelle, ma pharmacie a de nouveau {du} en stock",
    "Mal de crâne après 8h d'écran, {du} et c'est reparti",
    "{p} + sieste = meilleure combinaison du dimanche",
    "Je jure que {le} marche mieux que les génériques sur moi",
    "Tendinite au poignet, {du} pour tenir la journée, ça aide vraiment",
    "Enfin un médicament qui me donne pas mal au ventre, merci {au}",
    "Grippe depuis 3 jours, seul {le} me permet de fonctionner un peu",
    "{p} toujours aussi efficace, rien à dire",
    "Pris {du} avant mon match, genou beaucoup moins douloureux",
    "Franchement pour le prix {le} est imbattable",
    "Je ne jure que par {le} pour les maux de tête",
    "Trouvé {du} à la pharmacie de garde à 23h, merci à eux",
    "Bien content d'avoir pris {du} dans la valise, le mal de gorge a pas tenu longtemps",
    "Effet rapide, goût neutre, {p} validé",
    "Ma mère ne prend que {du} depuis des années et elle est ravie",
    "Lendemain de mariage + {p} = j'ai survécu",
    "Gros mal de tête au bureau, une collègue m'a dépanné avec {du}, je revis",
    "Dents de sagesse enlevées hier, {le} fait bien son boulot",
    "{p} c'est mon meilleur ami pendant les partiels",
    "Petite douleur au dos, un {p} et hop",
    "Le médecin de garde m'a dit de prendre {du} en attendant, et effectivement ça calme",
    "Mal aux oreilles en descendant de l'avion, {du} et ça passe",
    "Semi-marathon hier, {du} ce matin et je marche presque normalement",
    "Le nouveau format de poche {de} tient dans mon portefeuille, j'adore",
    "Sciatique qui se réveille, {du} et bouillotte, ça va mieux",
)

FR_PRODUCT_NEU: tuple[str, ...] = (
    "Quelqu'un sait si on peut prendre {du} avec un antibiotique ?",
    "C'est quoi la dose max {de} par jour déjà ?",
    "Acheté {du} ce midi, on verra si ça marche mieux que l'autre",
    "{p} ou générique, vous prenez quoi vous ?",
    "Question bête : {le} il faut le prendre pendant le repas ?",
    "Ma pharmacienne m'a donné {du} à la place de mon médicament habituel",
    "On peut couper les comprimés {de} en deux ?",
    "Est-ce que {le} existe en version effervescente ?",
    "{p} : combien d'heures entre deux prises ? la notice est illisible",
    "Je viens de voir une pub pour {le} dans le métro",
    "Vous savez si {le} est remboursé ?",
    "Besoin d'avis : {du} ou autre chose pour une sciatique ?",
    "Dans ma trousse de voyage : pansements, {p}, crème solaire. J'oublie quoi ?",
    "Le médecin m'a dit de prendre {du} trois jours et de revenir si ça passe pas",
    "Tiens, {le} a changé d'emballage",
    "Quelqu'un a déjà pris {du} pendant la grossesse ? je demande à ma sage-femme demain",
    "Est-ce que {le} fait effet en combien de temps en général ?",
    "{p} c'est du paracétamol ou de l'ibuprofène ? je confonds toujours",
    "C'est vrai qu'on trouve {du} en supermarché en Belgique ?",
    "Mon pharmacien dit qu'il faut pas dépasser 3 jours avec {le} sans avis médical",
    "Rappel : toujours lire la notice, même pour {du}",
    "Je compare les prix {de} entre pharmacies, ça varie pas mal",
    "On m'a conseillé {le} pour les douleurs dentaires, quelqu'un a testé ?",
    "Est-ce qu'il y a une différence entre {le} et le générique à part le prix ?",
    "Commande de pharmacie en ligne : {p}, sérum phy, vitamine D",
    "{p} existe en boîte de 8 ou de 16, c'est tout ?",
    "J'ai lu la notice {de} en entier, y a une liste longue comme le bras",
    "Infirmière ici : pour {le}, respectez les 4 à 6h entre deux prises svp",
    "Mon kiné me dit d'éviter {le} juste avant les séances, vous saviez ?",
    "Combien de temps se garde {le} une fois la boîte ouverte ?",
    "Débat du soir au boulot : {p} avant ou après manger",
    "Est-ce que {le} passe dans le lait maternel ? je vais demander mais si qqn sait",
    "Dans la pharmacie familiale y a {du} qui date de 2021, je le jette ?",
    "Pour info {le} est en promo dans ma pharma cette semaine",
    "Ok donc {le} c'est sur ordonnance ou pas ?",
    "Petit sondage : vous avez {du} chez vous ?",
    "Le nouveau format {de} est plus petit, c'est moi ou quoi",
    "Fin de boîte {de}, faut que je passe à la pharmacie demain",
    "Mon père prend {du} pour son arthrose, le médecin suit ça",
    "J'hésite entre {le} et rien du tout, c'est juste un petit mal de tête",
    "On a le droit de prendre {du} après le vaccin contre la grippe ?",
    "Première fois que j'essaie {le} ce soir, je vous dirai",
    "{p} derrière le comptoir maintenant dans ma pharmacie, c'est nouveau ?",
)

FR_PRODUCT_NEG: tuple[str, ...] = (
    "{p} aucun effet sur ma migraine, j'ai pris deux comprimés pour rien",
    "Troisième pharmacie et toujours pas {de}, c'est quoi cette rupture",
    "{price} la boîte {de}, ils se moquent de nous",
    "Les comprimés {de} sont énormes, impossible à avaler",
    "Le goût {de} effervescent est immonde",
    "Franchement {le} ça marche plus du tout sur moi",
    "Rupture de stock {de} partout dans mon quartier, on fait comment ?",
    "J'ai pris {du} il y a 2h et toujours ce mal de crâne",
    "Pourquoi {le} est plus cher que le générique alors que c'est la même chose ?",
    "La boîte {de} est impossible à ouvrir avec les doigts gelés",
    "Assez déçue par {le}, effet super court",
    "{p} c'est du marketing, le générique fait pareil pour moitié prix",
    "Pharmacie en rupture {de} depuis deux semaines, merci la pénurie",
    "Le prix {de} a pris 2 euros en un an, faut arrêter",
    "Mal de dos qui revient dès que l'effet {de} s'arrête, ça sert à rien",
    "Ils ont changé la formule {de} ou quoi ? ça marche moins bien",
    "{p} sur ma rage de dents = zéro effet",
    "Encore une pub pour {le} avant ma vidéo, stop",
    "Blister {de} à moitié vide dans une boîte neuve, bravo le contrôle qualité",
    "La notice {de} écrite en taille 4, faut une loupe",
    "Le comprimé {de} colle à la gorge, horrible",
    "Payé {price} pour {du}, et ça marche même pas",
    "Mon pharmacien me dit qu'il reçoit plus {de} depuis un mois",
    "{p} c'était mieux avant, maintenant ça fait rien",
    "Marre de courir après {le}, toujours en rupture",
    "Commandé {du} en ligne, jamais reçu, service client aux abonnés absents",
    "Toutes ces boîtes {de} en plastique, pensez un peu à la planète",
    "Ça fait trois jours que je prends {du} pour cette sinusite, aucun changement",
    "Le sachet {de} a un arrière-goût de craie",
    "Je comprends pas les gens qui trouvent {le} efficace, sur moi rien",
    "Trop cher {le} pour ce que c'est",
    "On m'a vendu {du} alors que je demandais un générique, 4 euros de plus",
    "{p} en rupture, génériques en rupture, on se soigne comment en France ?",
    "Vraiment pas convaincu par {le}, je retourne à mon ancien traitement",
    "Le bouchon sécurité {de}, j'ai dû demander à mon ado de l'ouvrir",
    "J'ai mal au crâne ET {le} me fait rien, journée pourrie",
    "Les comprimés {de} qui s'effritent dans la boîte, super",
    "Une heure de queue à la pharmacie pour apprendre qu'ils ont plus {de}",
    "Le prix {de} a doublé en deux ans, merci l'inflation",
    "La pub {de} avec le pharmacien qui danse, c'est gênant, arrêtez",
    "{p} et trois cafés plus tard, toujours la migraine",
    "Pris {du} pour mes règles, rien senti, retour à la bouillotte",
    "Sincèrement je sais pas si {le} fait quelque chose ou si c'est l'effet placebo",
)

# --- French, quiet days, Paracetix Junior (children's syrup) --------------------------------

FR_JUNIOR_POS: tuple[str, ...] = (
    "{p} pour {kid}, la fièvre est tombée dans l'heure, ouf",
    "Poussée dentaire de l'enfer cette nuit, heureusement qu'on avait {du}",
    "{Kid} adore le goût fraise {de}, pour une fois pas de bataille",
    "{p} toujours dans le sac de la crèche, indispensable",
    "Otite + fièvre, le pédiatre a dit {p} et en effet ça l'a vite soulagé{e}",
    "La pipette doseuse {de} est super pratique, on sait exactement combien on donne",
    "Merci {au}, première nuit complète depuis 3 jours",
    "Vaccins ce matin, un peu {de} ce soir sur conseil du médecin et {il} dort comme un ange",
    "Les mamans, {le} est le seul sirop que {kid} accepte sans grimacer",
    "On part jamais en vacances sans {du} depuis que {kid} est né{e}",
    "Fièvre à 39 ce soir, {du} et une heure plus tard {il} rigolait de nouveau",
    "Ma pédiatre ne jure que par {le}, et chez nous ça marche bien",
    "Même {kid} trouve que {le} a bon goût, c'est dire",
    "Petit mot pour les parents épuisés : {p} + câlin = nuit sauvée",
    "{p} efficace sur la fièvre de {kid}, rien à redire",
    "Le flacon {de} tient dans le sac à langer, pratique",
    "Gastro finie, petite fièvre résiduelle, {du} et {kid} a retrouvé le sourire",
    "Rentrée à la crèche = virus, heureusement {le} fait effet vite",
    "Nuit blanche évitée grâce {au}, {kid} s'est rendormi{e} en 30 minutes",
    "Le format mini {de} pour le sac de la nounou, super idée",
    "Pédiatre au top qui m'a expliqué comment doser {le} au poids, enfin clair",
    "Trois enfants, trois otites cet hiver, et {le} toujours fidèle au poste",
    "{p} goût fraise validé par {kid}, la cuillère passe toute seule",
    "Fièvre de {kid} enfin tombée avec {le}, on va pouvoir dormir",
    "On l'a toujours dans l'armoire, {p}, ça rassure d'en avoir",
)

FR_JUNIOR_NEU: tuple[str, ...] = (
    "{p} : c'est combien de ml pour 12 kg déjà ?",
    "Le pédiatre a prescrit {du} à {kid}, on alterne avec quoi ?",
    "On peut donner {du} avant un vaccin ou seulement après ?",
    "Quelqu'un sait si {le} se garde au frigo une fois ouvert ?",
    "{p} ou suppositoire pour un bébé de 8 mois, vous faites comment ?",
    "La dose {de} c'est au poids ou à l'âge ? la notice dit au poids je crois",
    "Mis {du} dans la valise pour les vacances, au cas où",
    "Nouveau flacon {de}, ils ont changé la pipette",
    "À partir de quel âge on peut donner {du} ?",
    "Combien de temps entre deux doses {de} pour un enfant de 3 ans ?",
    "La crèche demande une ordonnance pour donner {du}, c'est normal ?",
    "Pharmacie en rupture {de}, la pharmacienne m'a donné un générique",
    "Pédiatre demain, en attendant {du} comme d'hab",
    "Question de jeune maman : {le} ça se mélange avec du lait ?",
    "Ma belle-mère veut donner {du} à {kid} dès qu'{il} éternue, on en parle ?",
    "Le flacon {de} entamé se garde combien de temps ?",
    "Ma sœur me demande si {le} c'est pareil que le sirop qu'on avait petits",
    "On peut alterner {le} avec un autre sirop ? le pédiatre a dit oui mais j'ai oublié comment",
    "La pharmacienne m'a conseillé {le} pour {kid}, on commence ce soir",
    "{p} et poussée dentaire, vous donnez la nuit ou pas ?",
    "Je note les heures de prise {de} sur le frigo, vous faites comment vous ?",
    "Quelqu'un sait si {le} contient du sucre ?",
    "La nounou a le droit de donner {du} sans ordonnance ?",
    "{p} en voyage en avion, ça passe en cabine ?",
)

FR_JUNIOR_NEG: tuple[str, ...] = (
    "{Kid} recrache systématiquement {le}, le goût doit être horrible",
    "La pipette {de} est mal graduée, impossible de doser correctement",
    "Rupture {de} dans toutes les pharmacies du coin, avec un bébé fiévreux c'est l'enfer",
    "{price} le flacon {de}, c'est cher pour 10 jours d'utilisation",
    "{p} n'a rien fait sur la fièvre de {kid}, on a fini chez le médecin de garde",
    "Le bouchon sécurité {de} est impossible à ouvrir à 3h du mat avec un bébé qui hurle",
    "Encore du sirop {de} partout sur le pyjama, ce flacon coule",
    "Pourquoi {le} a un goût aussi chimique, {kid} refuse tout",
    "Marre des ruptures {de}, chaque hiver c'est pareil",
    "Flacon {de} à moitié vide au bout de 3 jours, ça part vite pour le prix",
    "Le sirop {de} colle partout, cauchemar",
    "Trois jours {de} et la fièvre revient toujours, j'en peux plus",
    "{p} introuvable dans le 15e, on a fait 4 pharmacies",
    "La notice {de} est incompréhensible pour les doses bébé",
    "Pas convaincue par {le}, l'effet dure pas longtemps chez {kid}",
    "Le nouveau goût {de} est pire que l'ancien d'après {kid}",
    "{p} renversé sur le canapé, ça tache horriblement",
    "La pipette {de} s'est cassée au bout de 2 utilisations",
    "Plus de {p} en stock en ligne non plus, on fait comment avec un bébé malade",
    "{Kid} vomit dès qu'on approche la cuillère {de}, c'est l'horreur",
    "La notice {de} dit une chose, le pédiatre une autre, on s'y perd",
    "Payé {price} pour {du} et {kid} en a recraché la moitié",
    "Encore une rupture {de}, les parents ne comptent pour rien",
)

# --- French, quiet days, the company ---------------------------------------------------------

FR_ORVANE_POS: tuple[str, ...] = (
    "{o} recrute 200 personnes sur son site de production, bonne nouvelle pour la région",
    "Visite de l'usine {o} avec l'école, les gamins ont adoré",
    "Bravo {au_o} pour le don de médicaments aux associations humanitaires",
    "Super stage chez {o}, équipe au top",
    "{o} investit dans la recherche pédiatrique, enfin un labo qui bouge",
    "Je bosse chez {o} depuis 10 ans et franchement bonne boîte",
    "{cash} en hausse après les résultats, joli trimestre",
    "{o} relocalise une partie de sa production en France, ça fait plaisir",
    "Conférence {de_o} au salon pharma très intéressante",
    "{o} qui sponsorise le club de foot local, merci pour les maillots",
    "Contente d'avoir rejoint l'équipe {o} ce mois-ci",
    "{o} publie ses données d'essais cliniques en accès libre, bonne initiative",
    "Les engagements environnementaux {de_o} ont l'air sérieux pour une fois",
    "Portes ouvertes chez {o} ce week-end, accueil super sympa",
)

FR_ORVANE_NEU: tuple[str, ...] = (
    "{o} publie ses résultats trimestriels jeudi",
    "Quelqu'un a passé un entretien chez {o} ? comment ça se passe ?",
    "{cash} stable aujourd'hui, on attend les résultats",
    "{o} annonce un nouveau directeur général",
    "C'est {o} qui fabrique aussi les sirops pour la toux ?",
    "Reportage sur {o} ce soir à la télé",
    "{o} va déménager son siège d'après le journal local",
    "Offre d'emploi chez {o} : technicien qualité, si ça intéresse qqn",
    "Le labo {o} c'est français ou pas ?",
    "{o} organise des portes ouvertes samedi",
    "Assemblée générale {de_o} la semaine prochaine, on verra les annonces",
    "{cash} : quelqu'un suit le dossier ?",
    "{o} ouvre un bureau à Montréal apparemment",
)

FR_ORVANE_NEG: tuple[str, ...] = (
    "{o} augmente encore ses prix, merci big pharma",
    "Plan de départs chez {o}, 80 postes supprimés, scandaleux",
    "{o} fait des bénéfices records et on a des ruptures de stock, cherchez l'erreur",
    "{cash} qui plonge, j'aurais dû vendre la semaine dernière",
    "Service client {de_o} injoignable depuis une semaine",
    "Les pubs {de_o} à la télé tous les soirs, on a compris",
    "{o} qui délocalise des emplois pendant qu'on manque de médicaments, top",
    "Grève sur le site {o}, les salariés ont raison",
    "Les lobbyistes {de_o} au parlement, on sait comment ça finit",
    "Marre des labos type {o} qui se gavent sur notre santé",
    "Entretien chez {o} : 5 tours et pas de réponse, bravo",
    "{o} pollue la rivière à côté de l'usine d'après les riverains",
)

# --- French, general health chatter (no watch term) ------------------------------------------

FR_GENERAL: tuple[tuple[str, str], ...] = (
    ("neg", "Migraine depuis ce matin, je vais mourir"),
    ("neg", "Troisième rhume de l'hiver, mon corps abandonne"),
    ("neu", "Rdv chez le médecin dans 3 semaines, c'est normal ces délais ?"),
    ("neg", "Impossible d'avoir un rdv chez un généraliste dans ce désert médical"),
    ("neu", "La grippe est arrivée au bureau, on tombe comme des mouches"),
    ("neg", "Mal de gorge + fièvre, week-end gâché"),
    ("pos", "Enfin guérie de cette angine, je revis"),
    ("neu", "C'est quoi le numéro de la pharmacie de garde déjà ?"),
    ("neu", "Vaccin antigrippe fait ce matin à la pharmacie, 5 minutes chrono"),
    ("neg", "Les urgences pédiatriques saturées ce soir, 4h d'attente"),
    ("pos", "Mon pharmacien est un ange, il m'a tout expliqué"),
    ("neg", "Quelqu'un a un remède miracle pour la migraine ? je tiens plus"),
    ("neu", "Rappel : bien s'hydrater quand on a de la fièvre"),
    ("neg", "Gastro à la maison, tout le monde y passe"),
    ("neu", "Les pharmacies de garde devraient être mieux indiquées sur les cartes"),
    ("pos", "Trop contente, j'ai trouvé une médecin traitante qui prend de nouveaux patients !!"),
    ("neg", "Mal de dos depuis que je télétravaille sur le canapé, mauvaise idée"),
    ("neu", "Saison des allergies lancée, les yeux qui piquent"),
    ("neg", "Bronchite qui traîne depuis 3 semaines, j'en peux plus"),
    ("neu", "Téléconsultation testée pour la première fois, c'était rapide"),
    ("pos", "Bonne nouvelle, le pédiatre dit que c'est juste un virus, rien de grave"),
    ("neg", "Pourquoi les rhumes tombent toujours pendant les vacances"),
    ("neu", "Les infos disent que l'épidémie de grippe arrive plus tôt cette année"),
    ("neg", "Le prix des consultations qui augmente encore, on va où"),
    ("neu", "Quelqu'un connaît un bon ORL sur Lyon ?"),
    ("pos", "Une semaine sans mal de tête, record battu"),
    ("neg", "Otite carabinée, j'entends plus rien d'une oreille"),
    ("neu", "Petit rappel de ma pharmacienne : ne pas mélanger les médicaments sans demander"),
    ("neg", "Réveillée par une migraine à 5h, super début de journée"),
    ("neu", "Trousse à pharmacie faite pour les vacances, j'espère rien oublier"),
    ("neg", "Les sirops pour la toux ça sert à rien, changez mon avis"),
    ("pos", "Ma généraliste part en retraite mais son remplaçant a l'air top"),
    ("neu", "Qui d'autre éternue non-stop depuis que les platanes sont en fleur ?"),
    ("neg", "Fièvre à 39, frissons, courbatures, je connais la chanson"),
    ("neu", "Le médecin dit repos et beaucoup d'eau, rien d'autre"),
    ("neg", "4 heures aux urgences pour une entorse, le système est à bout"),
    ("pos", "Le kiné a fait des miracles sur mon dos, je recommande"),
    ("neu", "On est d'accord que le thé au miel ça soigne tout ?"),
    ("neg", "Mon fils a encore ramené un virus de la crèche, troisième fois ce mois-ci"),
    ("neu", "Article intéressant sur le manque de médicaments en Europe"),
    ("pos", "Rien de tel qu'une bonne nuit de sommeil pour faire passer un mal de tête"),
    ("neg", "Sinusite qui me donne l'impression d'avoir la tête dans un étau"),
    ("neu", "Pharmacie fermée pour inventaire aujourd'hui, pensez-y"),
    ("neu", "Rhume ou allergie, l'éternelle question"),
    ("pos", "Merci aux soignants des urgences de cette nuit, adorables malgré la fatigue"),
    ("neg", "Tendinite qui me pourrit la vie depuis un mois"),
)

# --- English, quiet days, any adult product --------------------------------------------------

EN_PRODUCT_POS: tuple[str, ...] = (
    "{p} is honestly the only thing that touches my migraines",
    "Back pain all morning, took {p} and I'm already feeling human again",
    "Shoutout to {p} for getting me through this shift",
    "Always keep a strip of {p} in my bag, you never know",
    "Toothache at 3am and thank god there was {p} in the cabinet",
    "Headache gone in like 20 min with {p}, impressive",
    "My pharmacist recommended {p} and she was right",
    "Hungover, {p} and a liter of water, I might survive",
    "Tried {p} for period cramps and it actually helps",
    "{p} has never let me down to be honest",
    "Sore from leg day, {p} and bed, see you tomorrow",
    "{p} goes down easy, no weird aftertaste",
    "Fever broke an hour after {p}, finally",
    "Ear infection + {p} = survival mode",
    "{p} saved my evening, had a massive headache before the gig",
    "Cheap and it works, {p} is a staple in our house",
    "Doc prescribed {p} after my surgery and it does the job",
    "Packed {p} for the trip and so glad I did",
    "My pharmacy finally has {p} back in stock, small wins",
    "8 hours of screens, one {p}, and I'm back",
    "Sunday combo: {p} and a nap",
    "Swear {p} works better on me than the generics",
    "Wrist tendinitis flaring up, {p} keeps it manageable",
    "First painkiller that doesn't wreck my stomach, thank you {p}",
    "Day 3 of flu and {p} is the only reason I can function",
    "Took {p} before my match, knee felt way better",
    "For the price you really can't beat {p}",
    "{p} is my go-to for headaches, been that way for years",
    "Found {p} at the 24h pharmacy at midnight, bless them",
    "Fast, no taste, {p} gets my vote",
    "My mum's been using {p} for years and swears by it",
    "Wedding hangover cured by {p} and greasy food",
    "Coworker gave me {p} for my headache, she's a legend",
    "Wisdom teeth out yesterday, {p} is doing its job",
    "{p} got me through finals week not gonna lie",
    "Little back twinge, one {p} and done",
    "The on-call doc told me to take {p} while waiting and it really helped",
    "Plane ear pain gone after {p}, travel hack",
    "Love that {p} comes in a smaller pack now, fits in my wallet",
    "Ran a half marathon, {p} after and I can actually walk today",
    "Honestly {p} just works, nothing fancy",
    "Sciatica acting up, {p} and a heating pad, much better",
)

EN_PRODUCT_NEU: tuple[str, ...] = (
    "Anyone know if you can take {p} with antibiotics?",
    "What's the max dose of {p} per day again?",
    "Picked up {p} at lunch, we'll see if it's better than the other one",
    "{p} or generic, what do you all use?",
    "Dumb question: do you take {p} with food?",
    "Pharmacist swapped my usual for {p}, apparently same thing",
    "Can you split {p} tablets in half?",
    "Does {p} come in a dissolvable version?",
    "How many hours between doses of {p}? the leaflet font is tiny",
    "Just saw a {p} ad on the subway",
    "Is {p} covered by insurance or nah?",
    "Need advice: {p} or something else for sciatica?",
    "Travel kit: bandaids, {p}, sunscreen. What am I forgetting?",
    "Doctor said take {p} for 3 days and come back if it doesn't settle",
    "Huh, {p} changed their packaging",
    "How long does {p} usually take to kick in?",
    "Is {p} acetaminophen or ibuprofen? I always mix them up",
    "Pharmacist says don't use {p} more than 3 days without seeing a doctor",
    "PSA: read the leaflet, even for {p}",
    "Prices for {p} vary a lot between pharmacies by the way",
    "Someone recommended {p} for dental pain, anyone tried it?",
    "Is there any actual difference between {p} and the store brand besides price?",
    "Online pharmacy order: {p}, saline spray, vitamin D",
    "Is {p} only sold in packs of 16?",
    "Read the whole {p} leaflet out of boredom, the list is long",
    "Nurse here: with {p}, please respect the 4 to 6 hours between doses",
    "My physio says avoid {p} right before sessions, did you know that?",
    "How long does {p} keep after opening?",
    "Office debate: {p} before or after eating",
    "Does {p} pass into breast milk? asking my GP but curious if anyone knows",
    "Found {p} from 2021 in the cabinet, bin it?",
    "FYI {p} is on offer at my pharmacy this week",
    "Wait, is {p} prescription only in some countries?",
    "Quick poll: do you keep {p} at home?",
    "New {p} box is smaller, or is it just me",
    "Running low on {p}, need to hit the pharmacy tomorrow",
    "My dad takes {p} for his arthritis, his doctor keeps an eye on it",
    "Can dogs have {p}?? asking for a friend (the friend is a dog)",
    "Torn between {p} and just drinking water for this mild headache",
    "Is it ok to take {p} after a flu shot? asking before I do it",
    "Anyone else notice {p} is behind the counter now at some places?",
    "Trying {p} for the first time tonight, will report back",
)

EN_PRODUCT_NEG: tuple[str, ...] = (
    "{p} did absolutely nothing for my migraine, two tablets wasted",
    "Third pharmacy and still no {p}, what is going on with this shortage",
    "{price} for a box of {p}, are they kidding",
    "{p} tablets are massive, impossible to swallow",
    "The fizzy {p} tastes like pool water",
    "{p} just doesn't work on me anymore",
    "{p} out of stock everywhere near me, what are we supposed to do",
    "Took {p} 2 hours ago and this headache is still here",
    "Why is {p} more expensive than the generic when it's literally the same thing",
    "{p} is pure marketing, the store brand does the same for half the price",
    "My pharmacy's been out of {p} for two weeks, love this for me",
    "{p} went up by like two bucks in a year, come on",
    "Back pain comes right back as soon as {p} wears off, pointless",
    "Did {p} change their formula? feels weaker",
    "{p} on a toothache = zero effect",
    "Another {p} ad before my video, enough",
    "Brand new {p} box with a half-empty blister, great quality control",
    "The {p} leaflet is printed in size 4 font, need a magnifier",
    "{p} tablet got stuck in my throat, horrible",
    "Paid {price} for {p} and it doesn't even work",
    "My pharmacist hasn't had a {p} delivery in a month",
    "{p} used to be good, now it does nothing",
    "Tired of hunting for {p}, always out of stock",
    "Ordered {p} online, never arrived, customer service ghosting me",
    "Three days on {p} for this sinus thing, no change",
    "The {p} sachets have a chalky aftertaste, gross",
    "Don't get the hype around {p}, does nothing for me",
    "Asked for the generic and got sold {p} for 4 more dollars",
    "{p} out of stock, generics out of stock, how do we even get meds",
    "Not convinced by {p} at all, going back to my old stuff",
    "The childproof cap on {p} defeated me, a grown adult",
    "Headache AND {p} isn't working, great day",
    "{p} tablets crumbling in the box, nice",
    "Waited 40 min at the pharmacy to learn they're out of {p}",
    "{p} doubled in price in two years, thanks inflation",
    "Whoever designed the {p} packaging has never had a migraine",
    "Every time I need {p} it's on backorder",
    "The {p} ads are so cringe, stop with the dancing pharmacist",
    "{p} and three coffees later, headache still winning",
    "Took {p} for cramps, felt nothing, back to the heating pad",
    "Genuinely can't tell if {p} does anything or if it's placebo",
    "{p} in a plastic tub inside a cardboard box inside plastic wrap, why",
)

# --- English, quiet days, Paracetix Junior ---------------------------------------------------

EN_JUNIOR_POS: tuple[str, ...] = (
    "{p} for {kid} and the fever came down within the hour, phew",
    "Teething from hell last night, thank god we had {p}",
    "{Kid} actually likes the strawberry {p}, no fight for once",
    "{p} lives in the daycare bag, essential",
    "Ear infection + fever, pediatrician said {p} and it settled {him} quickly",
    "The dosing syringe that comes with {p} is so handy, you know exactly what you give",
    "First full night in 3 days thanks to {p}",
    "Shots this morning, a bit of {p} tonight on the doc's advice and {he}'s sleeping like a log",
    "{p} is the only syrup {kid} takes without a fuss",
    "Never travel without {p} since {kid} was born",
    "102 fever tonight, {p} and an hour later {he} was giggling again",
    "Our pediatrician swears by {p} and it works for us",
    "Even {kid} says {p} tastes nice, which is saying something",
    "Tired parents: {p} + cuddles = night saved",
    "{p} worked great on {kid}'s fever, no complaints",
    "Bottle of {p} fits in the diaper bag, small win",
    "Daycare virus round 4, at least {p} kicks in fast",
    "Sleepless night avoided thanks to {p}, {kid} was back asleep in 30 minutes",
    "Mini bottle of {p} for the nanny's bag, great idea",
    "Pediatrician finally explained how to dose {p} by weight, so much clearer",
    "Three kids, three ear infections this winter, and {p} never lets us down",
    "Strawberry {p} approved by {kid}, the spoon goes down easy",
    "{Kid}'s fever finally broke with {p}, we might actually sleep",
    "Always have {p} in the cabinet, it's reassuring",
)

EN_JUNIOR_NEU: tuple[str, ...] = (
    "{p}: how many ml for 26 lbs again?",
    "Pediatrician prescribed {p} for {kid}, what do you alternate with?",
    "Can you give {p} before vaccines or only after?",
    "Does {p} need to go in the fridge once opened?",
    "{p} or suppository for an 8 month old, what do you do?",
    "Is the {p} dose by weight or age? leaflet says weight I think",
    "Packed {p} for the holidays just in case",
    "New {p} bottle, they changed the syringe",
    "From what age can you give {p}?",
    "How long between doses of {p} for a 3 year old?",
    "Daycare wants a prescription to give {p}, is that normal?",
    "Pharmacy was out of {p} so they gave me the store brand",
    "Pediatrician tomorrow, {p} tonight as usual",
    "New mom question: can {p} be mixed into milk?",
    "My MIL wants to give {kid} {p} every time {he} sneezes, thoughts?",
    "How long does an opened bottle of {p} last?",
    "Can you alternate {p} with another syrup? doc said yes but I forgot how",
    "Pharmacist recommended {p} for {kid}, starting tonight",
    "{p} and teething, do you give it at night or not?",
    "I write the {p} dose times on the fridge, how do you keep track?",
    "Does anyone know if {p} has sugar in it?",
    "Is the nanny allowed to give {p} without a prescription?",
    "Can {p} go in carry-on for a flight?",
)

EN_JUNIOR_NEG: tuple[str, ...] = (
    "{Kid} spits out {p} every single time, must taste awful",
    "The {p} syringe markings are impossible to read",
    "{p} out of stock everywhere around here, with a feverish baby it's hell",
    "{price} for a tiny bottle of {p}, steep",
    "{p} did nothing for {kid}'s fever, ended up at urgent care",
    "Childproof cap on {p} at 3am with a screaming baby, impossible",
    "{p} leaked all over the diaper bag again",
    "Why does {p} taste so chemical, {kid} refuses everything",
    "Every winter the same {p} shortage, tired of it",
    "Half the {p} bottle gone in 3 days, pricey",
    "Sticky {p} everywhere, nightmare",
    "Three days of {p} and the fever keeps coming back, exhausted",
    "Couldn't find {p} in 4 pharmacies today",
    "The {p} leaflet is useless for baby doses",
    "Not impressed with {p}, wears off way too fast for {kid}",
    "New {p} flavor is worse than the old one according to {kid}",
    "Spilled {p} on the couch, it stains like crazy",
    "The {p} syringe broke after 2 uses",
    "{p} out of stock online too, what do we do with a sick baby",
    "{Kid} gags as soon as the {p} spoon comes near, it's a nightmare",
    "The {p} leaflet says one thing, the pediatrician another, so confusing",
    "Paid {price} for {p} and {kid} spat out half of it",
    "Another {p} shortage, parents just don't count",
)

# --- English, quiet days, the company --------------------------------------------------------

EN_ORVANE_POS: tuple[str, ...] = (
    "{o} is hiring 200 people at their plant, good news for the area",
    "{o} donating meds to relief organisations, respect",
    "Great internship at {o}, solid team",
    "{o} investing in pediatric research, nice to see",
    "Been at {o} 10 years, honestly a decent employer",
    "{cash} up after earnings, nice quarter",
    "{o} publishing their trial data openly is a good move",
    "Good talk from {o} at the pharma conference",
    "Just joined {o} this month, excited",
    "{o}'s greener manufacturing push actually looks legit",
    "{o} sponsoring the kids' football league, nice",
)

EN_ORVANE_NEU: tuple[str, ...] = (
    "{o} reports earnings Thursday",
    "Anyone interviewed at {o}? how was it?",
    "{cash} flat today, waiting on earnings",
    "{o} names a new CEO",
    "Is {o} the French company that makes the fever stuff?",
    "{o} documentary on TV tonight",
    "{cash} holders, what's your thesis?",
    "{o} is opening a US office apparently",
    "Job posting at {o}: QA technician, if anyone's interested",
    "{o} investor day next week",
    "Who owns {o} these days, still family run?",
)

EN_ORVANE_NEG: tuple[str, ...] = (
    "{o} raising prices again, classic big pharma",
    "{o} cutting 80 jobs while posting record profits",
    "{cash} tanking, should have sold last week",
    "{o} customer service is unreachable, a week now",
    "Record profits at {o} and we still have shortages, make it make sense",
    "{o} lobbying again, we know how this ends",
    "Interviewed at {o}: 5 rounds then ghosted",
    "Sick of pharma giants like {o} milking patients",
    "{o} ads every single commercial break, we get it",
    "Locals say the {o} plant is polluting the river",
)

# --- English, general health chatter ---------------------------------------------------------

EN_GENERAL: tuple[tuple[str, str], ...] = (
    ("neg", "Migraine since this morning, send help"),
    ("neg", "Third cold this winter, my immune system has resigned"),
    ("neu", "Doctor's appointment in 3 weeks, is that normal now?"),
    ("neg", "Impossible to get a GP appointment around here"),
    ("neu", "Flu hit the office, everyone's dropping like flies"),
    ("neg", "Sore throat + fever, weekend ruined"),
    ("pos", "Finally over this strep throat, I'm alive"),
    ("neu", "What's the number for the late-night pharmacy again?"),
    ("neu", "Got my flu shot at the pharmacy this morning, 5 minutes tops"),
    ("neg", "Pediatric ER packed tonight, 4 hour wait"),
    ("pos", "My pharmacist is an angel, explained everything"),
    ("neg", "Anyone got a miracle migraine fix? I can't anymore"),
    ("neu", "Reminder: stay hydrated when you have a fever"),
    ("neg", "Stomach bug in the house, everyone's going down"),
    ("pos", "Found a GP taking new patients!! rare W"),
    ("neg", "Back's wrecked from working on the couch, lesson learned"),
    ("neu", "Allergy season is here, itchy eyes unlocked"),
    ("neg", "Bronchitis for 3 weeks now, done with it"),
    ("neu", "Tried telehealth for the first time, pretty quick"),
    ("pos", "Pediatrician says it's just a virus, nothing serious, relief"),
    ("neg", "Why do colds always show up on vacation"),
    ("neu", "News says flu season is starting early this year"),
    ("neg", "Urgent care prices are insane"),
    ("neu", "Anyone know a good ENT in Manchester?"),
    ("pos", "A whole week with no headache, new record"),
    ("neg", "Ear infection, can't hear out of my left ear"),
    ("neu", "My pharmacist reminded me not to mix meds without asking, fair"),
    ("neg", "Woken up by a migraine at 5am, great start"),
    ("neu", "Packed the first aid kit for the trip, hope I didn't forget anything"),
    ("neg", "Cough syrups are useless, change my mind"),
    ("pos", "New GP seems great actually"),
    ("neu", "Who else is sneezing nonstop since the pollen came out"),
    ("neg", "102 fever, chills, aches, I know the drill"),
    ("neu", "Doc said rest and fluids, nothing else"),
    ("neg", "4 hours in the ER for a sprained ankle, the system is broken"),
    ("pos", "Physio worked wonders on my back, 10/10"),
    ("neu", "Honey and lemon tea fixes everything, right?"),
    ("neg", "Kid brought home another daycare virus, third this month"),
    ("neu", "Interesting piece on drug shortages in Europe"),
    ("pos", "Nothing beats a good night's sleep for a headache"),
    ("neg", "Sinus pressure so bad my face hurts"),
    ("neu", "Pharmacy closed for stocktaking today, heads up"),
    ("neu", "Is it a cold or allergies, the eternal question"),
    ("pos", "Shoutout to the night shift nurses at the ER, kind even when exhausted"),
    ("neg", "Tendinitis has been ruining my life for a month"),
)

# --- Hard cases (kind, sentiment, scope, template), both languages ----------------------------
# scope: "generic" adult product, "junior" the syrup, "orvane" the company. None of these is an
# adverse reaction: sarcasm, negated side effects, hypothetical fears and questions, ads, prices
# and code-switching are exactly where a naive classifier goes wrong.

HARD_CASES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "fr": (
        ("sarcasm", "neg", "generic", "Super, encore une rupture de stock {de} 🙄"),
        ("sarcasm", "neg", "generic", "Génial, {le} a encore augmenté, j'adore payer plus 🙃"),
        (
            "sarcasm",
            "neg",
            "generic",
            "Bravo la pharmacie, trois jours pour commander {du}, quel service 👏",
        ),
        (
            "sarcasm",
            "neg",
            "generic",
            "Ah oui {le} marche trop bien, mon mal de tête est là depuis seulement 6h 🙄",
        ),
        ("sarcasm", "neg", "generic", "Merci {au} pour ce délicieux goût de craie, un régal"),
        (
            "sarcasm",
            "neg",
            "junior",
            "Trop hâte de faire 5 pharmacies pour trouver {du} avec un bébé malade, mon loisir "
            "préféré",
        ),
        ("sarcasm", "neg", "junior", "Quelle joie ce bouchon sécurité {de} à 3h du matin 🙃"),
        (
            "sarcasm",
            "neg",
            "orvane",
            "{o} qui augmente ses prix, quelle surprise, personne ne l'avait vu venir",
        ),
        ("negation", "pos", "generic", "Pas d'effet secondaire avec {le}, nickel"),
        (
            "negation",
            "pos",
            "junior",
            "Aucun souci avec {le} pour {kid}, jamais eu la moindre réaction",
        ),
        (
            "negation",
            "pos",
            "generic",
            "Pris {du} toute la semaine, pas de nausée, pas de somnolence, parfait",
        ),
        (
            "negation",
            "pos",
            "generic",
            "Contrairement à ce qu'on lit, {le} ne m'a jamais donné mal au ventre",
        ),
        ("negation", "pos", "generic", "Zéro effet indésirable avec {le} depuis des années"),
        ("negation", "pos", "junior", "{Kid} n'a eu ni boutons ni rien avec {le}, tout va bien"),
        (
            "fear",
            "neg",
            "junior",
            "J'ai peur que {le} donne des boutons à {kid}, quelqu'un a eu ça ?",
        ),
        ("fear", "neg", "generic", "Et si je fais une allergie {au} ? j'ose pas le prendre"),
        (
            "fear",
            "neg",
            "generic",
            "Je me demande si {le} peut donner des nausées, j'ai un entretien demain",
        ),
        (
            "fear",
            "neg",
            "junior",
            "J'hésite à donner {du} à {kid}, j'ai lu des trucs sur les sirops",
        ),
        (
            "fear",
            "neg",
            "generic",
            "Est-ce que {le} peut faire monter la tension ? je suis un peu angoissé",
        ),
        (
            "fear",
            "neg",
            "generic",
            "Si jamais {le} me fait le même effet que l'autre médoc je vais pleurer",
        ),
        (
            "promo",
            "pos",
            "generic",
            "-20% sur {le} dans votre pharmacie en ligne ce week-end avec le code SANTE20 💊",
        ),
        (
            "promo",
            "pos",
            "generic",
            "Nouveau ! {p} format nomade, disponible en pharmacie 👉 à découvrir",
        ),
        (
            "promo",
            "pos",
            "generic",
            "Jeu concours : gagnez une trousse de voyage avec {du} ! "
            "RT + follow pour participer 🎁",
        ),
        (
            "promo",
            "pos",
            "junior",
            "Offre spéciale rentrée : {p} à prix doux dans toutes nos officines partenaires",
        ),
        ("price", "neg", "generic", "{price} pour {du}, en Espagne c'est la moitié"),
        ("price", "neg", "generic", "Le prix {de} a doublé depuis que c'est plus remboursé"),
        ("price", "neg", "junior", "{price} le flacon {de}, les parents sont des vaches à lait"),
        ("mixed", "pos", "generic", "Honnêtement {le} it just works, je dis ça je dis rien"),
        ("mixed", "pos", "generic", "{p} c'est the best pour les lendemains de soirée, no cap"),
        ("mixed", "neg", "generic", "Ma pharmacie is out of {p} AGAIN, c'est une blague"),
        ("mixed", "neu", "generic", "Mood du jour : migraine + {p} + Netflix, self-care quoi"),
        ("mixed", "neg", "junior", "{Kid} refuse {le}, full drama mode, help me"),
    ),
    "en": (
        ("sarcasm", "neg", "generic", "Great, another {p} shortage 🙄"),
        (
            "sarcasm",
            "neg",
            "generic",
            "Love paying more for {p} every month, truly my favorite hobby 🙃",
        ),
        (
            "sarcasm",
            "neg",
            "generic",
            "Wow {p} works so well, headache's only been here 6 hours 🙄",
        ),
        ("sarcasm", "neg", "generic", "Thanks {p} for the lovely chalk flavor, delicious"),
        (
            "sarcasm",
            "neg",
            "junior",
            "Nothing says fun like hunting for {p} in 5 pharmacies with a sick toddler",
        ),
        ("sarcasm", "neg", "junior", "Love a childproof {p} cap at 3am 🙃"),
        ("sarcasm", "neg", "orvane", "{o} raising prices, shocking, truly nobody saw that coming"),
        ("negation", "pos", "generic", "No side effects with {p}, all good"),
        ("negation", "pos", "junior", "Zero issues with {p} for {kid}, never had any reaction"),
        ("negation", "pos", "generic", "On {p} all week, no nausea, no drowsiness, perfect"),
        ("negation", "pos", "generic", "Despite what people say, {p} never upset my stomach"),
        ("negation", "pos", "generic", "Not a single side effect from {p} in years"),
        ("negation", "pos", "junior", "{Kid} had no rash or anything with {p}, all fine"),
        (
            "fear",
            "neg",
            "junior",
            "Scared {p} might give {kid} a rash, has that happened to anyone?",
        ),
        ("fear", "neg", "generic", "What if I'm allergic to {p}? too nervous to take it"),
        (
            "fear",
            "neg",
            "generic",
            "Wondering if {p} can cause nausea, I have an interview tomorrow",
        ),
        ("fear", "neg", "junior", "Hesitant to give {kid} {p}, read some stuff about syrups"),
        ("fear", "neg", "generic", "Can {p} raise blood pressure? kinda anxious about it"),
        (
            "promo",
            "pos",
            "generic",
            "20% off {p} at our online pharmacy this weekend with code HEALTH20 💊",
        ),
        ("promo", "pos", "generic", "NEW: {p} travel pack, now in pharmacies 👉 check it out"),
        ("promo", "pos", "generic", "Giveaway: win a travel kit with {p}! RT + follow to enter 🎁"),
        (
            "promo",
            "pos",
            "junior",
            "Back to school deal: {p} at a lower price in partner pharmacies",
        ),
        ("price", "neg", "generic", "{price} for {p}, it's half that in Spain"),
        ("price", "neg", "generic", "{p} price doubled since insurance stopped covering it"),
        ("price", "neg", "junior", "{price} for a bottle of {p}, parents are cash cows"),
        (
            "mixed",
            "neg",
            "generic",
            "ugh the pharmacie near my flat is out of {p} again, c'est la galère",
        ),
        ("mixed", "pos", "generic", "living in Paris and {p} is my bestie, merci beaucoup"),
        ("mixed", "neu", "generic", "my French colleague swears by {p}, bon, we'll see"),
        ("mixed", "neg", "junior", "{kid} refuses {p}, la crise totale, send help"),
    ),
}

# --- Two products in one post (sentiment, scope, template); {p} main, {c} the other -----------

COMPARISONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "fr": (
        ("neu", "generic", "{p} ou {c} pour les règles, vous préférez quoi ?"),
        ("pos", "generic", "Perso {le} marche mieux que {le_c} sur mes migraines"),
        ("neu", "generic", "Le pharmacien m'a proposé {le_c} à la place {du}"),
        ("neu", "generic", "J'ai lâché {le} pour {le_c}, rien à voir"),
        ("neg", "generic", "{p} ou {c} : même combat, aucun ne marche sur moi"),
        ("neu", "generic", "Alterner {le} et {le_c} pour la fièvre, c'est ok ?"),
        ("neu", "generic", "{c} en rupture, du coup {p}, on verra bien"),
        ("pos", "generic", "Franchement {le} a meilleur goût que {le_c}"),
        ("neu", "junior", "Pour {kid} on alterne {le} et {le_c} sur conseil du pédiatre"),
        ("neu", "junior", "{p} ou {c} pour un enfant de 4 ans, vous faites comment ?"),
    ),
    "en": (
        ("neu", "generic", "{p} or {c} for cramps, which do you prefer?"),
        ("pos", "generic", "Personally {p} works better than {c} on my migraines"),
        ("neu", "generic", "Pharmacist offered me {c} instead of {p}"),
        ("neu", "generic", "Switched from {p} to {c}, no comparison"),
        ("neg", "generic", "{p} or {c}, same story, neither works on me"),
        ("neu", "generic", "Is alternating {p} and {c} for fever ok?"),
        ("neu", "generic", "{c} out of stock so {p} it is, we'll see"),
        ("pos", "generic", "Honestly {p} tastes better than {c}"),
        ("neu", "junior", "For {kid} we alternate {p} and {c} on the pediatrician's advice"),
        ("neu", "junior", "{p} or {c} for a 4 year old, what do you do?"),
    ),
}

# --- Background adverse reactions on quiet days (scope, template): rare, mild, first person ---

MILD_ADVERSE: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("generic", "J'ai pris {du} hier soir et j'ai eu des nausées toute la nuit"),
        ("generic", "Depuis que je prends {le}, j'ai des maux de ventre, quelqu'un d'autre ?"),
        ("generic", "Petites démangeaisons sur les bras après {le}, je vais arrêter"),
        ("generic", "{p} m'a donné des vertiges ce matin, bizarre"),
        (
            "generic",
            "Légère éruption sur le torse après deux jours {de}, le pharmacien m'a dit d'arrêter",
        ),
        ("generic", "Je crois que {le} me donne des brûlures d'estomac, c'est la troisième fois"),
        ("generic", "Après {le}, somnolence de fou, j'ai dormi 3h en plein aprem"),
        ("generic", "Mal au ventre après avoir pris {du} à jeun, erreur de débutant"),
        (
            "junior",
            "{Kid} a eu des petits boutons sur les joues après {le}, "
            "le pédiatre pense pas que c'est grave",
        ),
        ("junior", "{Kid} a vomi juste après sa dose {de}, on a attendu et redonné plus tard"),
        ("junior", "Diarrhée chez {kid} depuis qu'on donne {du}, coïncidence ?"),
    ),
    "en": (
        ("generic", "Took {p} last night and felt nauseous all night"),
        ("generic", "Been getting stomach aches since I started {p}, anyone else?"),
        ("generic", "Bit itchy on my arms after {p}, gonna stop"),
        ("generic", "{p} made me dizzy this morning, weird"),
        ("generic", "Mild rash on my chest after two days of {p}, pharmacist said stop"),
        ("generic", "Pretty sure {p} gives me heartburn, third time now"),
        ("generic", "Crazy drowsy after {p}, napped 3 hours in the afternoon"),
        (
            "junior",
            "{Kid} got little spots on {his} cheeks after {p}, doc doesn't think it's serious",
        ),
        ("junior", "{Kid} threw up right after {his} dose of {p}, we waited and tried again later"),
        ("junior", "{Kid} has had diarrhea since we started {p}, coincidence?"),
    ),
}

# --- Short replies (sentiment, text): no watch term ------------------------------------------

SHORT_REPLIES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neu", "pareil pour moi"),
        ("pos", "merci pour l'info !"),
        ("neu", "t'as demandé à ton pharmacien ?"),
        ("neu", "ça dépend des gens je pense"),
        ("pos", "courage 💪"),
        ("neu", "ah bon ? je savais pas"),
        ("neg", "non mais sérieux ?"),
        ("pos", "trop vrai"),
        ("neu", "moi c'est l'inverse"),
        ("neu", "source ?"),
        ("pos", "bon rétablissement !"),
        ("neu", "demande à ton médecin, c'est plus sûr"),
        ("neg", "c'est abusé"),
        ("neu", "je me posais la même question"),
        ("pos", "ahah tellement ça"),
        ("neu", "perso jamais testé"),
        ("neg", "pareil, ça me saoule"),
        ("pos", "merci, ça rassure"),
        ("neu", "tu l'as pris à quelle heure ?"),
        ("neg", "la galère..."),
        ("pos", "mdr j'adore"),
        ("neu", "ça dépend de la dose non ?"),
        ("pos", "prends soin de toi"),
        ("neu", "c'est pas remboursé ça ?"),
        ("neg", "horrible ce truc"),
        ("pos", "oui !! enfin quelqu'un qui le dit"),
        ("neu", "up, j'aimerais savoir aussi"),
        ("neg", "même chose ici, rien en stock"),
        ("pos", "top, merci du conseil"),
        ("neu", "ça vaut le coup de demander un générique"),
        ("neg", "j'en peux plus de ces ruptures"),
        ("neu", "bonne question"),
        ("pos", "😂 mais tellement"),
        ("neu", "attends l'avis du pharmacien avant"),
        ("neg", "c'est toujours pareil avec eux"),
        ("pos", "force à toi"),
        ("neu", "jamais entendu parler"),
        ("neg", "quelle plaie"),
        ("pos", "t'es au top merci"),
        ("neu", "ça dépend des pharmacies je crois"),
        ("neu", "ptdr la question"),
        ("pos", "ça fait plaisir à lire"),
    ),
    "en": (
        ("neu", "same here"),
        ("pos", "thanks for the info!"),
        ("neu", "did you ask your pharmacist?"),
        ("neu", "depends on the person i think"),
        ("pos", "hang in there 💪"),
        ("neu", "oh really? didn't know that"),
        ("neg", "are you serious"),
        ("pos", "so true"),
        ("neu", "for me it's the opposite"),
        ("neu", "source?"),
        ("pos", "feel better soon!"),
        ("neu", "ask your doctor to be safe"),
        ("neg", "that's ridiculous"),
        ("neu", "was wondering the same thing"),
        ("pos", "lmao this"),
        ("neu", "never tried it to be honest"),
        ("neg", "same, so annoying"),
        ("pos", "thanks, that's reassuring"),
        ("neu", "what time did you take it?"),
        ("neg", "ugh the struggle"),
        ("pos", "lol love this"),
        ("neu", "doesn't it depend on the dose?"),
        ("pos", "take care of yourself"),
        ("neu", "isn't that covered by insurance?"),
        ("neg", "awful stuff"),
        ("pos", "yes!! finally someone said it"),
        ("neu", "following, want to know too"),
        ("neg", "same here, nothing in stock"),
        ("pos", "great tip, thanks"),
        ("neu", "worth asking for the generic"),
        ("neg", "so tired of these shortages"),
        ("neu", "good question"),
        ("pos", "😂 so accurate"),
        ("neu", "wait for the pharmacist's advice first"),
        ("neg", "always the same with them"),
        ("pos", "you got this"),
        ("neu", "never heard of it"),
        ("neg", "what a pain"),
        ("pos", "you're the best, thank you"),
        ("neu", "varies by pharmacy I think"),
        ("neg", "smh"),
        ("pos", "this made my day"),
    ),
    "es": (
        ("neu", "a mí igual"),
        ("pos", "¡gracias por la info!"),
        ("neu", "¿preguntaste en la farmacia?"),
        ("pos", "ánimo 💪"),
        ("neg", "¿en serio?"),
        ("pos", "¡que te mejores!"),
        ("neg", "qué rollo"),
        ("neu", "no lo sabía"),
        ("pos", "jajaja total"),
    ),
    "de": (
        ("neu", "bei mir genauso"),
        ("pos", "danke für die Info!"),
        ("neu", "Apotheke gefragt?"),
        ("pos", "gute Besserung!"),
        ("neg", "echt jetzt?"),
        ("pos", "durchhalten 💪"),
        ("neg", "so nervig"),
        ("neu", "wusste ich nicht"),
        ("pos", "haha genau so"),
    ),
    "it": (
        ("neu", "anche per me"),
        ("pos", "grazie per l'info!"),
        ("neu", "hai chiesto al farmacista?"),
        ("pos", "forza 💪"),
        ("neg", "ma davvero?"),
        ("pos", "guarisci presto!"),
        ("neg", "che palle"),
        ("neu", "non lo sapevo"),
        ("pos", "ahah verissimo"),
    ),
}

EMOJI: dict[str, tuple[str, ...]] = {
    "pos": ("😊", "👍", "🙏", "💪", "😍", "✨", "👌", "🙌", "❤️", "😁", "🥰", "😌"),
    "neu": ("🤔", "👀", "🤷", "😅", "😶", "🙂", "💊", "🤒", "😬", "🧐"),
    "neg": ("😡", "😤", "🙄", "😩", "😭", "😒", "🤬", "😞", "💀", "😱", "💔", "😢", "🤮"),
}
FORUM_SMILEYS: dict[str, tuple[str, ...]] = {
    "pos": (":)", ":D", "^^", ";)"),
    "neu": (":/", ":)", "^^", ":o"),
    "neg": (":(", ":'(", ":/", ">:("),
}

# --- Openers and closers per language and sentiment -------------------------------------------

OPENERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "pos": (
            "Petit retour d'expérience :",
            "Bon,",
            "Honnêtement,",
            "Franchement,",
            "Je dois le dire :",
            "Alors là,",
            "Petit message positif :",
            "Sans pub :",
            "Bonne nouvelle du jour :",
            "Avis perso :",
            "Perso,",
            "Team pharmacie ici,",
        ),
        "neu": (
            "Bon,",
            "Alors,",
            "Info :",
            "Hello,",
            "Perso,",
            "Petite info :",
            "Au fait,",
            "Pour info,",
            "Bref,",
            "Tiens,",
        ),
        "neuq": (
            "Question :",
            "Petite question,",
            "Je demande ici :",
            "Hello,",
            "Dites,",
            "Besoin d'un avis :",
            "Question bête,",
            "Les amis,",
        ),
        "neg": (
            "Coup de gueule :",
            "Sérieusement,",
            "Bon ben,",
            "Franchement,",
            "Ras le bol.",
            "J'en ai marre.",
            "Petit coup de gueule du soir :",
            "Je rage.",
            "Honnêtement,",
            "Alors là non.",
            "Sans déconner,",
            "Bref,",
        ),
    },
    "en": {
        "pos": (
            "Quick review:",
            "Ok so",
            "Honestly,",
            "Not sponsored but",
            "Gotta say,",
            "Small win:",
            "Real talk:",
            "Update:",
            "Not gonna lie,",
            "Can confirm,",
        ),
        "neu": ("So,", "Hey all,", "FYI", "Ok", "Random thought:", "Heads up,", "Anyway,"),
        "neuq": (
            "Quick question:",
            "Random q:",
            "Genuine question:",
            "Asking here:",
            "Hey all,",
            "Hi,",
            "Curious:",
        ),
        "neg": (
            "Rant:",
            "Seriously,",
            "Ugh.",
            "Unpopular opinion:",
            "I'm so done.",
            "Ok I'm annoyed.",
            "Vent:",
            "Not again.",
            "Honestly,",
            "Can we talk about this:",
        ),
    },
    "es": {
        "pos": ("La verdad,", "Sinceramente,", "Os cuento:"),
        "neu": ("Pregunta:", "Hola,", "Una duda:"),
        "neg": ("En serio,", "Qué harta.", "A ver,"),
    },
    "de": {
        "pos": ("Ehrlich gesagt,", "Kurzes Feedback:", "Also,"),
        "neu": ("Frage:", "Hallo,", "Kurze Frage:"),
        "neg": ("Ernsthaft,", "Mal ehrlich,", "Ich reg mich auf:"),
    },
    "it": {
        "pos": ("Sinceramente,", "Piccola recensione:", "Allora,"),
        "neu": ("Domanda:", "Ciao,", "Una curiosità:"),
        "neg": ("Seriamente,", "Che nervi.", "Allora,"),
    },
}

CLOSERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "pos": (
            "Je recommande.",
            "Voilà voilà.",
            "Merci la science 🙏",
            "Bref, validé.",
            "Rien à redire.",
            "Top.",
            "mdr",
            "Bonne soirée à tous",
            "Je suis fan.",
            "Voilà, c'était mon avis.",
            "Vive les pharmaciens.",
        ),
        "neu": (
            "Bonne journée",
            "On verra.",
            "Voilà.",
            "Je dis ça je dis rien.",
            "Bonne soirée",
            "Dites-moi en commentaire",
            "Des avis ?",
            "Bref.",
        ),
        "neuq": (
            "Merci d'avance !",
            "Des avis ?",
            "Je prends vos retours.",
            "Si qqn sait...",
            "jsp trop",
            "Des idées ?",
            "Merci !!",
            "Help",
        ),
        "neg": (
            "Bref.",
            "Je suis dégoûtée.",
            "Vraiment nul.",
            "J'en peux plus.",
            "Ça commence à bien faire.",
            "Pfff.",
            "Merci pour rien.",
            "Quelle galère.",
            "Help.",
            "Honteux.",
            "ptdr je pleure",
            "Voilà, fallait que ça sorte.",
        ),
    },
    "en": {
        "pos": (
            "10/10 recommend.",
            "That's it, that's the post.",
            "Science is great 🙏",
            "Would buy again.",
            "No notes.",
            "lol",
            "Have a good one",
            "Big fan.",
            "Just my two cents.",
        ),
        "neu": ("We'll see.", "Cheers", "Just saying.", "Thoughts?", "Anyway.", "That's all."),
        "neuq": (
            "Thanks in advance!",
            "Thoughts?",
            "Any advice appreciated.",
            "If anyone knows...",
            "idk",
            "Let me know below",
            "TIA",
            "Asking for a friend.",
        ),
        "neg": (
            "Anyway.",
            "So annoyed.",
            "Terrible.",
            "I give up.",
            "Come on.",
            "Ugh.",
            "Thanks for nothing.",
            "What a mess.",
            "smh",
            "Help.",
            "Unreal.",
            "rant over",
        ),
    },
    "es": {
        "pos": ("Lo recomiendo.", "Sin más.", "Genial."),
        "neu": ("¿Alguna idea?", "¡Gracias!", "Ya contaré."),
        "neg": ("Qué desastre.", "Fatal.", "Vaya tela."),
    },
    "de": {
        "pos": ("Klare Empfehlung.", "Top.", "Bin zufrieden."),
        "neu": ("Danke im Voraus!", "Ideen?", "Mal sehen."),
        "neg": ("Echt ärgerlich.", "Unmöglich.", "Nervt."),
    },
    "it": {
        "pos": ("Consigliato.", "Top.", "Contenta."),
        "neu": ("Grazie in anticipo!", "Idee?", "Vedremo."),
        "neg": ("Che disastro.", "Pessimo.", "Basta."),
    },
}

FORUM_GREETINGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Bonjour à toutes et à tous,",
        "Coucou les filles,",
        "Bonsoir,",
        "Bonjour,",
        "Salut tout le monde,",
        "Hello les mamans,",
        "Bonjour à tous,",
    ),
    "en": ("Hi all,", "Hello everyone,", "Hi,", "Hey folks,", "Evening all,"),
}
FORUM_SIGNOFFS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Merci d'avance pour vos réponses",
        "Bonne soirée à toutes",
        "Merci !",
        "Bises",
        "Je vous tiens au courant",
        "Cordialement",
        "Bonne journée à tous",
    ),
    "en": ("Thanks in advance", "Cheers", "Any help appreciated", "Will update", "Thanks all"),
}
REDDIT_OPENERS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Compte jetable, vous comprendrez.",
        "Petit post rapide.",
        "Je poste ici parce que je sais pas où demander.",
    ),
    "en": (
        "Throwaway for obvious reasons.",
        "Long time lurker, first post.",
        "Not a doctor, obviously.",
        "Posting here because idk where else.",
        "Mods remove if not allowed.",
    ),
}
REDDIT_EDITS: dict[str, tuple[str, ...]] = {
    "fr": ("EDIT : merci pour vos réponses", "Edit : orthographe", "EDIT : wow merci à tous"),
    "en": ("EDIT: thanks everyone", "Edit: formatting", "EDIT: wow this blew up", "Edit: typo"),
}

GENERIC_TAGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "#santé",
        "#migraine",
        "#pharmacie",
        "#grippe",
        "#maldetête",
        "#douleur",
        "#hiver",
        "#selfcare",
        "#fièvre",
        "#dimanche",
    ),
    "en": (
        "#health",
        "#migraine",
        "#pharmacy",
        "#flu",
        "#headache",
        "#selfcare",
        "#chronicpain",
        "#mondaymood",
        "#wellness",
    ),
    "es": ("#salud", "#migraña", "#farmacia"),
    "de": ("#gesundheit", "#migräne", "#apotheke"),
    "it": ("#salute", "#emicrania", "#farmacia"),
}
PARENT_TAGS: dict[str, tuple[str, ...]] = {
    "fr": ("#maman", "#parentalité", "#bébé", "#papa", "#fièvre", "#crèche", "#mamanpoule"),
    "en": ("#momlife", "#parenting", "#toddlerlife", "#dadlife", "#newmom", "#teething"),
    "es": ("#mamá", "#crianza"),
    "de": ("#mamaleben", "#eltern"),
    "it": ("#mamma", "#genitori"),
}
CRISIS_TAGS: dict[str, tuple[str, ...]] = {
    "fr": (
        "#scandale",
        "#ANSM",
        "#pharmacovigilance",
        "#santépublique",
        "#nosenfants",
        "#parents",
        "#boycott",
        "#alerte",
    ),
    "en": (
        "#recall",
        "#drugsafety",
        "#parents",
        "#pharma",
        "#boycott",
        "#momsoftwitter",
        "#publichealth",
    ),
    "es": ("#alerta", "#salud"),
    "de": ("#warnung", "#gesundheit"),
    "it": ("#allerta", "#salute"),
}
TIKTOK_TAGS: dict[str, tuple[str, ...]] = {
    "fr": ("#pourtoi", "#maman", "#viral"),
    "en": ("#fyp", "#momtok", "#viral"),
    "es": ("#parati",),
    "de": ("#fürdich",),
    "it": ("#perte",),
}

# --- Spanish, German, Italian: a smaller share of the stream, smaller banks ------------------

OTHER_PRODUCT: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "pos": (
            "{p} es lo único que me quita la migraña",
            "Dolor de espalda todo el día, tomé {p} y ya estoy mejor",
            "Siempre llevo {p} en el bolso, por si acaso",
            "Con {p} la fiebre bajó en una hora",
            "Mi farmacéutica me recomendó {p} y funciona genial",
            "Resaca + {p} + mucha agua = sobreviví",
            "{p} me salvó el día en el trabajo",
            "Para los dolores de regla {p} me va muy bien",
            "{p} hace efecto rápido y no sabe a nada",
            "Buenísimo {p}, lo recomiendo",
            "Dolor de muelas a las 3 de la mañana y menos mal que tenía {p}",
        ),
        "neu": (
            "¿Alguien sabe si se puede tomar {p} con antibióticos?",
            "¿Cuál es la dosis máxima de {p} al día?",
            "¿{p} o genérico? ¿qué usáis vosotros?",
            "Compré {p} en la farmacia, a ver qué tal",
            "¿Se pueden partir las pastillas de {p}?",
            "¿Cuánto tarda {p} en hacer efecto?",
            "Vi un anuncio de {p} en el metro",
            "¿{p} lo cubre la seguridad social?",
            "El médico me dijo que tome {p} tres días",
            "¿{p} se vende sin receta en México?",
            "Primera vez que pruebo {p}, ya os contaré",
        ),
        "neg": (
            "{p} no me hizo nada para la migraña",
            "No hay {p} en ninguna farmacia, qué desastre",
            "{price} por una caja de {p}, una estafa",
            "Las pastillas de {p} son enormes, imposible tragarlas",
            "{p} ya no me funciona",
            "Tomé {p} hace dos horas y sigo con dolor de cabeza",
            "¿Por qué {p} es más caro que el genérico?",
            "El sabor de {p} efervescente es horrible",
            "{p} es puro marketing",
            "Harta de buscar {p} por todas partes",
        ),
    },
    "de": {
        "pos": (
            "{p} ist das Einzige, was bei meiner Migräne hilft",
            "Rückenschmerzen den ganzen Tag, {p} genommen und schon besser",
            "Habe immer {p} in der Tasche, man weiß ja nie",
            "Mit {p} war das Fieber nach einer Stunde weg",
            "Meine Apothekerin hat mir {p} empfohlen, wirkt super",
            "Kater + {p} + viel Wasser = überlebt",
            "{p} hat meinen Arbeitstag gerettet",
            "Bei Regelschmerzen hilft mir {p} echt gut",
            "{p} wirkt schnell und schmeckt nach nichts",
            "Top Zeug, {p} kann ich empfehlen",
            "Zahnschmerzen um 3 Uhr nachts, zum Glück war noch {p} da",
        ),
        "neu": (
            "Weiß jemand, ob man {p} mit Antibiotika nehmen kann?",
            "Was ist die Höchstdosis von {p} pro Tag?",
            "{p} oder Generikum, was nehmt ihr?",
            "Heute {p} in der Apotheke gekauft, mal sehen",
            "Kann man {p} Tabletten teilen?",
            "Wie lange dauert es, bis {p} wirkt?",
            "Werbung für {p} in der U-Bahn gesehen",
            "Zahlt die Kasse {p}?",
            "Arzt meinte, {p} drei Tage nehmen",
            "Gibt es {p} auch in Österreich?",
            "Probiere heute zum ersten Mal {p}, berichte dann",
        ),
        "neg": (
            "{p} hat bei meiner Migräne null gebracht",
            "Keine Apotheke hat {p} vorrätig, Lieferengpass mal wieder",
            "{price} für eine Packung {p}, Wucher",
            "Die {p} Tabletten sind riesig, kaum zu schlucken",
            "{p} wirkt bei mir nicht mehr",
            "Vor zwei Stunden {p} genommen, Kopfweh immer noch da",
            "Warum ist {p} teurer als das Generikum?",
            "{p} Brausetabletten schmecken furchtbar",
            "{p} ist reines Marketing",
            "Keine Lust mehr, überall nach {p} zu suchen",
        ),
    },
    "it": {
        "pos": (
            "{p} è l'unica cosa che mi fa passare l'emicrania",
            "Mal di schiena tutto il giorno, preso {p} e già va meglio",
            "Ho sempre {p} in borsa, non si sa mai",
            "Con {p} la febbre è scesa in un'ora",
            "La mia farmacista mi ha consigliato {p}, funziona benissimo",
            "Postumi della serata + {p} + acqua = sopravvissuta",
            "{p} mi ha salvato la giornata di lavoro",
            "Per i dolori mestruali {p} mi aiuta molto",
            "{p} fa effetto in fretta",
            "Consiglio {p}, ottimo",
            "Mal di denti alle 3 di notte, per fortuna avevo {p}",
        ),
        "neu": (
            "Qualcuno sa se si può prendere {p} con l'antibiotico?",
            "Qual è la dose massima di {p} al giorno?",
            "{p} o generico, voi cosa usate?",
            "Comprato {p} in farmacia, vediamo",
            "Si possono dividere le compresse di {p}?",
            "Quanto ci mette {p} a fare effetto?",
            "Vista una pubblicità di {p} in metro",
            "{p} è mutuabile?",
            "Il medico mi ha detto di prendere {p} per tre giorni",
            "{p} si trova anche in Svizzera?",
            "Provo {p} per la prima volta stasera, vi faccio sapere",
        ),
        "neg": (
            "{p} non mi ha fatto niente per l'emicrania",
            "{p} introvabile in tutte le farmacie",
            "{price} per una scatola di {p}, assurdo",
            "Le compresse di {p} sono enormi",
            "{p} su di me non funziona più",
            "Preso {p} due ore fa e ho ancora mal di testa",
            "Perché {p} costa più del generico?",
            "Il gusto di {p} effervescente è terribile",
            "{p} è solo marketing",
            "Stufa di cercare {p} ovunque",
        ),
    },
}

OTHER_JUNIOR: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("pos", "{p} para mi hijo y la fiebre bajó enseguida"),
        ("pos", "A mi hija le encanta el sabor de {p}"),
        ("neu", "¿Cuántos ml de {p} para un niño de 12 kilos?"),
        ("neu", "¿Desde qué edad se puede dar {p}?"),
        ("neg", "Mi hijo escupe {p} cada vez"),
        ("neg", "No hay {p} en ninguna farmacia y mi bebé con fiebre"),
    ),
    "de": (
        ("pos", "{p} für meinen Sohn, Fieber ging schnell runter"),
        ("pos", "Meine Tochter mag den Geschmack von {p}"),
        ("neu", "Wie viel ml {p} für ein Kind mit 12 kg?"),
        ("neu", "Ab welchem Alter darf man {p} geben?"),
        ("neg", "Mein Sohn spuckt {p} jedes Mal aus"),
        ("neg", "{p} nirgends zu bekommen und das Baby hat Fieber"),
    ),
    "it": (
        ("pos", "{p} a mio figlio e la febbre è scesa subito"),
        ("pos", "A mia figlia piace il sapore di {p}"),
        ("neu", "Quanti ml di {p} per un bambino di 12 kg?"),
        ("neu", "Da che età si può dare {p}?"),
        ("neg", "Mio figlio sputa {p} ogni volta"),
        ("neg", "{p} introvabile e il bimbo ha la febbre"),
    ),
}

OTHER_ORVANE: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("pos", "{o} va a contratar a 200 personas, buena noticia"),
        ("neu", "{o} presenta resultados el jueves"),
        ("neg", "{o} sube los precios otra vez"),
    ),
    "de": (
        ("pos", "{o} stellt 200 Leute ein, gute Nachricht"),
        ("neu", "{o} legt am Donnerstag Zahlen vor"),
        ("neg", "{o} erhöht schon wieder die Preise"),
    ),
    "it": (
        ("pos", "{o} assume 200 persone, bella notizia"),
        ("neu", "{o} presenta i conti giovedì"),
        ("neg", "{o} alza di nuovo i prezzi"),
    ),
}

OTHER_GENERAL: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("neg", "Migraña desde esta mañana, no puedo más"),
        ("neg", "Tercer resfriado del invierno, mi cuerpo se rinde"),
        ("neu", "Cita con el médico en tres semanas, ¿es normal?"),
        ("neu", "La gripe ha llegado a la oficina"),
        ("pos", "Por fin curada de la faringitis"),
        ("neu", "¿Cuál es la farmacia de guardia hoy?"),
        ("neu", "Vacuna de la gripe puesta, cinco minutos"),
        ("neg", "Urgencias llenas esta noche, cuatro horas de espera"),
        ("pos", "Mi farmacéutico es un sol, me lo explicó todo"),
        ("neu", "Temporada de alergias, ojos llorosos"),
    ),
    "de": (
        ("neg", "Migräne seit heute früh, ich kann nicht mehr"),
        ("neg", "Dritte Erkältung diesen Winter"),
        ("neu", "Arzttermin erst in drei Wochen, ist das normal?"),
        ("neu", "Die Grippe ist im Büro angekommen"),
        ("pos", "Endlich wieder gesund"),
        ("neu", "Welche Apotheke hat heute Notdienst?"),
        ("neu", "Grippeimpfung erledigt, ging schnell"),
        ("neg", "Notaufnahme voll heute Abend, vier Stunden Wartezeit"),
        ("pos", "Meine Apothekerin ist ein Schatz"),
        ("neu", "Heuschnupfen-Saison, die Augen jucken"),
    ),
    "it": (
        ("neg", "Emicrania da stamattina, non ce la faccio più"),
        ("neg", "Terzo raffreddore quest'inverno"),
        ("neu", "Visita dal medico tra tre settimane, normale?"),
        ("neu", "L'influenza è arrivata in ufficio"),
        ("pos", "Finalmente guarita"),
        ("neu", "Qual è la farmacia di turno oggi?"),
        ("neu", "Vaccino antinfluenzale fatto, cinque minuti"),
        ("neg", "Pronto soccorso pieno stasera, quattro ore di attesa"),
        ("pos", "Il mio farmacista è un tesoro"),
        ("neu", "Stagione delle allergie, occhi che prudono"),
    ),
}

# --- Crisis: adverse-reaction reports about Paracetix Junior ---------------------------------
# Composed as administration + reaction (+ follow-up), or a self-contained account. Every one
# describes a reaction the author's own child (or a close relative) had after a dose.

AE_ADMIN: dict[str, tuple[str, ...]] = {
    "fr": (
        "J'ai donné {du} à {kid} {when}",
        "{When} {kid} a eu sa dose {de}",
        "{Kid} a pris {du} {when} pour sa fièvre",
        "On a donné {du} à {kid} {when} comme d'habitude",
        "{When} j'ai donné une dose {de} à {kid} pour une poussée de fièvre",
        "Petite dose {de} pour {kid} {when}, sur conseil de la pharmacienne",
        "{Kid} avait 38,5 {when} donc {p} comme d'hab",
        "Je donne {du} à {kid} depuis deux jours pour une otite",
        "{When} une dose {de} à {kid}, la même qu'on donne depuis toujours",
        "{Kid} a pris {du} {when} (flacon acheté la semaine dernière)",
        "Le pédiatre avait prescrit {du} pour {kid}, première prise {when}",
        "On a commencé {le} {when} pour {kid}",
        "Mon mari a donné {du} à {kid} {when}",
        "J'ai suivi la notice à la lettre, {du} pour {kid} {when}",
        "Dose normale {de} à {kid} {when}, pipette pile au bon poids",
        "{When}, {p} pour {kid} qui avait mal aux oreilles",
        "Ma mère a donné {du} à {kid} {when} pendant qu'on était au travail",
    ),
    "en": (
        "I gave {kid} {p} {when}",
        "{Kid} had {his} dose of {p} {when}",
        "{Kid} took {p} {when} for a fever",
        "We gave {kid} {p} {when} like we always do",
        "{When} I gave {kid} a dose of {p} for a fever spike",
        "Gave {kid} {p} {when}, exactly the dose on the box",
        "{Kid} was at 101 {when} so {p} as usual",
        "Been giving {kid} {p} for two days for an ear infection",
        "Pediatrician prescribed {p} for {kid}, first dose {when}",
        "My husband gave {kid} {p} {when}",
        "Followed the leaflet to the letter, {p} for {kid} {when}",
        "{When} {kid} had {p} for teething pain",
        "My wife gave {kid} {p} {when}",
        "{Kid} had a normal dose of {p} {when}, bottle bought last week",
        "Grandma gave {kid} {p} {when} while we were at work",
    ),
}

AE_REACTIONS: dict[str, tuple[str, ...]] = {
    "fr": (
        "ce matin {il} est couvert{e} de plaques rouges",
        "une heure après {il} a vomi deux fois",
        "cette nuit ses paupières ont gonflé d'un coup",
        "le lendemain matin {il} avait des boutons partout sur le ventre",
        "deux heures plus tard {il} avait les lèvres toutes gonflées",
        "peu après {il} ne réagissait presque plus, hyper somnolent{e}",
        "{il} a fait une grosse réaction : plaques, fièvre qui remonte, pleurs",
        "au réveil {il} avait des plaques rouges qui grattent sur tout le corps",
        "vingt minutes après {il} a commencé à vomir",
        "{il} a eu du mal à respirer dans la soirée, on a appelé le 15",
        "le soir même {il} avait une éruption sur les bras et le cou",
        "{il} a fait une urticaire géante, on est aux urgences",
        "{il} a fait des convulsions cette nuit, j'ai cru mourir",
        "{il} a vomi tout son repas et {il} est devenu{e} tout{e} pâle",
        "quelques heures après {il} avait le visage tout gonflé",
        "{il} a des taches violettes sur les jambes depuis ce matin",
        "{il} a eu la diarrhée toute la nuit et {il} est épuisé{e}",
        "{il} s'est mis{e} à trembler et à pleurer sans s'arrêter",
        "ce matin {il} avait les yeux tellement gonflés qu'{il} arrivait plus à les ouvrir",
        "{il} a des plaques qui grattent derrière les oreilles et sur le dos",
        "{il} est tout{e} rouge et {il} se gratte jusqu'au sang",
        "{il} a vomi trois fois en une heure",
        "{il} a eu une énorme poussée de boutons sur le visage",
        "{il} a été hyper agité{e} puis {il} a fait un malaise",
        "deux heures après, fièvre à 40 et des plaques rouges partout",
        "{il} avait la langue gonflée et {il} bavait, direction urgences",
        "{il} a des cloques autour de la bouche depuis le réveil",
        "{il} tousse et {il} a la voix rauque depuis, comme une gêne pour respirer",
        "{il} a dormi 14h d'affilée et impossible de {obj} réveiller correctement",
        "le lendemain {il} avait le ventre couvert de plaques",
        "peu après {il} s'est plaint{e} d'avoir mal au ventre et a vomi",
        "{il} a eu les mains et les pieds tout gonflés",
        "ce matin {il} a la peau qui pèle sur les joues",
        "{il} a eu des vertiges, {il} tenait plus debout",
        "une heure après {il} était couvert{e} d'urticaire",
        "{il} respirait bizarrement et {il} avait les lèvres bleutées",
        "{il} a eu le visage rouge et brûlant, une réaction de malade",
        "{il} a fait des plaques en forme de cercles sur tout le torse",
        "{il} a vomi le sirop puis {il} a pleuré de douleur au ventre pendant 2h",
        "{il} a fait une réaction cutanée impressionnante, le médecin de garde dit allergie au "
        "sirop",
        "{il} saigne du nez depuis ce matin et {il} a des bleus bizarres",
        "en moins d'une heure {il} avait des plaques de la tête aux pieds",
    ),
    "en": (
        "this morning {he} is covered in red blotches",
        "an hour later {he} threw up twice",
        "overnight {his} eyelids swelled up",
        "the next morning {he} had bumps all over {his} belly",
        "two hours later {his} lips were all swollen",
        "soon after {he} was super drowsy and barely responding",
        "{he} woke up with itchy hives all over",
        "twenty minutes later {he} started vomiting",
        "{he} had trouble breathing in the evening, we called an ambulance",
        "that same evening {he} had a rash on {his} arms and neck",
        "{he} broke out in giant hives, we're in the ER now",
        "{he} had a seizure last night, I thought I was going to die",
        "{he} threw up everything and went completely pale",
        "a few hours later {his} whole face was puffy",
        "{he} has had purple spots on {his} legs since this morning",
        "{he} had diarrhea all night and is wiped out",
        "{he} started shaking and crying nonstop",
        "this morning {his} eyes were so swollen {he} couldn't open them",
        "{he} has itchy patches behind {his} ears and on {his} back",
        "{he} went bright red and is scratching until it bleeds",
        "{he} vomited three times in an hour",
        "{he} broke out in spots all over {his} face",
        "{he} got super agitated and then fainted",
        "two hours later, 104 fever and red blotches everywhere",
        "{his} tongue swelled up and {he} was drooling, straight to the ER",
        "{he} has had blisters around {his} mouth since waking up",
        "{he}'s been coughing with a hoarse voice since, like it's hard to breathe",
        "{he} slept 14 hours straight and we could barely wake {him}",
        "the next day {his} stomach was covered in welts",
        "shortly after {he} complained of tummy pain and threw up",
        "{his} hands and feet swelled up",
        "this morning the skin on {his} cheeks is peeling",
        "{he} got dizzy and couldn't stand",
        "an hour later {he} was covered in hives",
        "{he} was breathing weird and {his} lips looked bluish",
        "{he} had a crazy reaction, face red and burning hot",
        "{he} got ring-shaped blotches all over {his} chest",
        "{he} threw up the syrup and then cried with tummy pain for 2 hours",
        "{he} had a huge skin reaction, on-call doc says allergy to the syrup",
        "{he}'s had nosebleeds since this morning and weird bruises",
        "within the hour {his} whole body went blotchy",
    ),
}

AE_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "fr": (
        "On file aux urgences.",
        "Le pédiatre nous a dit d'arrêter tout de suite le sirop.",
        "Quelqu'un a eu la même chose ??",
        "J'ai fait une déclaration sur le site de pharmacovigilance.",
        "Je suis morte d'inquiétude.",
        "On sort des urgences, {il} va mieux mais quelle peur.",
        "Vérifiez vos flacons, c'est pas normal.",
        "Le SAMU nous a dit de venir direct.",
        "Plus jamais.",
        "J'ai appelé le centre antipoison, ils prennent ça au sérieux.",
        "Le médecin pense que c'est le sirop.",
        "On est en observation pour la nuit.",
        "Je tremble encore.",
        "On a gardé le flacon et le numéro de lot.",
        "Je comprends pas, on en a toujours donné sans problème.",
        "Mon pharmacien m'a dit qu'il avait eu d'autres cas ce matin.",
        "Je poste pour prévenir les autres parents.",
        "C'est vraiment flippant.",
        "Pardon pour le pavé mais fallait que je le dise.",
        "Si ça arrive chez vous, appelez le 15 direct.",
        "Heureusement {il} va mieux ce soir.",
        "On attend les résultats des analyses.",
        "Je culpabilise tellement.",
        "J'ai besoin de savoir si d'autres ont vécu ça.",
        "Dites-moi que c'est une coïncidence...",
        "Je suis en colère et j'ai peur.",
        "Urgences pédiatriques bondées, on attend depuis 3h.",
        "Le flacon est parti à la poubelle.",
        "Partagez pour que ça n'arrive pas à d'autres.",
        "Aucun antécédent d'allergie avant ça.",
        "On a eu tellement peur.",
    ),
    "en": (
        "Heading to the ER now.",
        "Pediatrician told us to stop the syrup immediately.",
        "Has anyone else had this??",
        "Filed an adverse event report.",
        "I'm sick with worry.",
        "Just got back from the ER, {he}'s better but what a scare.",
        "Check your bottles, this is not normal.",
        "Poison control said to come in right away.",
        "Never again.",
        "Doctor thinks it's the syrup.",
        "They're keeping {him} overnight for observation.",
        "Still shaking.",
        "We kept the bottle and the lot number.",
        "I don't get it, we've always used it without any issue.",
        "My pharmacist said she'd heard of other cases this morning.",
        "Posting to warn other parents.",
        "Genuinely terrifying.",
        "Sorry for the long post, had to get it out.",
        "If this happens to you go straight to the ER.",
        "Thankfully {he}'s doing better tonight.",
        "Waiting on test results.",
        "The guilt is unreal.",
        "Need to know if others went through this.",
        "Please tell me this is a coincidence...",
        "I'm angry and scared.",
        "Pediatric ER is packed, been waiting 3 hours.",
        "Bottle went straight in the trash.",
        "Please share so it doesn't happen to anyone else.",
        "No history of allergies before this.",
        "We were so scared.",
    ),
}

AE_ACCOUNTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "{Kid} a fait une réaction {au} : paupières et bouche gonflées. Urgences cette nuit.",
        "Urgences cette nuit pour {kid} après {du}. Plaques partout, fièvre, vomissements. "
        "On est rentrés ce matin, {il} dort.",
        "Maman de 2 enfants, jamais eu de souci avec les sirops, mais {le} {when} ça a été la "
        "cata : {kid} a vomi toute la nuit.",
        "Bon je vous raconte : {when} {du} pour {kid}, 1h après éruption géante. Médecin de "
        "garde = réaction au sirop. Voilà.",
        "{Kid} a fait une réaction grave après {le}. Je le dis ici parce que personne ne nous "
        "écoute.",
        "Mon neveu de 5 ans a fait un œdème après {du} hier, ma sœur est encore à l'hôpital "
        "avec lui.",
        "Ma fille de 2 ans a fait des convulsions après sa dose {de}, les médecins cherchent "
        "encore.",
        "Nous aussi ! {Kid} a eu des plaques après {le}, exactement comme dans les témoignages.",
        "Témoignage : {kid}, {p}, {when}, vomissements + urticaire. On a déclaré à l'ANSM.",
        "Après 2 doses {de}, {kid} avait des cloques dans la bouche. Le pédiatre a suspendu "
        "le traitement.",
        "J'ai pas voulu y croire mais {kid} a fait pareil : plaques rouges 2h après {le}.",
        "{p} donné {when} à {kid}, ce matin réveil avec le visage gonflé. On est chez le pédiatre.",
        "Réaction allergique chez {kid} après {du} confirmée par le pédiatre. Flacon acheté "
        "il y a 10 jours.",
        "Mon fils de 6 ans, {p}, urticaire géante. Je pensais que ça n'arrivait qu'aux autres.",
        "Ma petite-fille a fait un malaise après {du}, mon fils m'appelle des urgences.",
    ),
    "en": (
        "{Kid} had a reaction to {p}: swollen eyelids and mouth. ER last night.",
        "ER last night for {kid} after {p}. Rash everywhere, fever, vomiting. Home this "
        "morning, {he}'s sleeping.",
        "Mom of 2, never had issues with syrups, but {p} {when} was a disaster: {kid} threw "
        "up all night.",
        "Ok so: {p} for {kid} {when}, an hour later huge rash. On-call doc = reaction to the "
        "syrup. That's it.",
        "{Kid} had a serious reaction after {p}. Saying it here because no one is listening.",
        "My nephew (5) had swelling after {p} yesterday, my sister is still at the hospital "
        "with him.",
        "My 2yo had a seizure after her dose of {p}, doctors are still looking into it.",
        "Us too! {Kid} broke out after {p}, exactly like the other stories.",
        "After 2 doses of {p}, {kid} had blisters in {his} mouth. Pediatrician stopped it.",
        "Didn't want to believe it but {kid} did the same: red blotches 2h after {p}.",
        "Gave {kid} {p} {when}, woke up with a swollen face. At the pediatrician now.",
        "Allergic reaction after {p} confirmed by our pediatrician. Bottle bought 10 days ago.",
        "my daughter threw up twice after her dose of {p}",
        "My 6yo, {p}, giant hives. Thought this only happened to other people.",
        "My granddaughter collapsed after {p}, my son is calling me from the ER.",
    ),
}

# --- Crisis: worried parents asking (sentiment, template). No experience described: a dose
# given without any reaction, a question or a fear is NOT an adverse reaction. ---------------

CRISIS_WORRIED: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neg", "Est-ce que quelqu'un sait si {le} est retiré des pharmacies ??"),
        (
            "neg",
            "J'ai donné {du} à {kid} la semaine dernière, {il} va bien, mais je dois m'inquiéter ?",
        ),
        ("neg", "On a un flacon {de} entamé à la maison, on fait quoi ???"),
        (
            "neg",
            "Je vois passer plein de témoignages sur {le}, c'est grave ou c'est la panique des "
            "réseaux ?",
        ),
        ("neg", "{Kid} a de la fièvre ce soir et j'ai que {du}, je donne ou pas ?"),
        ("neu", "Quelqu'un a le numéro de lot concerné pour {le} ?"),
        ("neg", "Mon pédiatre est injoignable, quelqu'un sait si on peut encore donner {du} ?"),
        (
            "neg",
            "J'ai donné {du} à {kid} hier, {il} a l'air bien mais je surveille toute la nuit ?",
        ),
        ("neg", "C'est quoi les signes à surveiller après {du} ? je panique un peu"),
        ("neg", "Les parents, vous continuez {le} ou pas ?"),
        ("neu", "L'ANSM a communiqué sur {le} ou pas encore ?"),
        ("neg", "Ma mère a donné {du} à {kid} cet après-midi sans me demander, je fais quoi ?"),
        ("neg", "Qu'est-ce qu'on donne à la place {du} pour la fièvre ? je suis perdue"),
        ("neg", "Est-ce que ça concerne tous les flacons {de} ou juste certains lots ?"),
        ("neg", "Sérieux, quelqu'un peut m'expliquer ce qui se passe avec {le} ?"),
        ("neg", "J'ai peur, {kid} prend {du} depuis hier pour une otite, j'arrête ?"),
        ("neu", "Pharmaciens de Twitter, vous retirez {le} des rayons ?"),
        ("neg", "On en est où de l'affaire {p} ? j'ai pas suivi"),
        (
            "neg",
            "Je viens de voir les infos sur {le}, j'ai un flacon dans le sac de la crèche, je "
            "le jette ?",
        ),
        ("neg", "C'est dangereux {le} maintenant ? on l'utilisait depuis des années"),
        ("neg", "Faut consulter si on a donné {du} ce mois-ci sans aucun symptôme ?"),
        ("neu", "Quelqu'un sait si les génériques sont concernés aussi ou seulement {le} ?"),
        ("neg", "Mon fils a pris {du} il y a 3 jours, aucun symptôme, je peux être rassurée ?"),
        ("neg", "Je suis en train de lire tous les témoignages sur {le} et je tremble"),
        ("neg", "Pourquoi personne ne nous dit rien sur {le} ??"),
        ("neu", "Une pharmacienne peut confirmer si {le} est toujours vendu ?"),
        ("neg", "J'ose plus rien donner à {kid}, même pas {du}"),
        ("neg", "Le pédiatre de garde dit de ne pas paniquer pour {le}, vous en pensez quoi ?"),
        ("neg", "Vous faites quoi avec les flacons {de} entamés ? retour en pharmacie ?"),
        ("neg", "Si {kid} a pris {du} hier et va bien, c'est bon ou ça peut arriver plus tard ?"),
        ("neg", "Je comprends plus rien, {le} est dangereux ou pas ?"),
        ("neu", "Quelqu'un a un lien officiel sur {le} ? pas des rumeurs svp"),
        ("neg", "Maman inquiète ici, on donne {du} à {kid} depuis sa naissance"),
        ("neg", "Y a un numéro à appeler pour {le} ?"),
        ("neg", "Je dois aller chercher {du} pour {kid} ce soir, je prends autre chose du coup ?"),
        ("neg", "Alerte ou pas alerte pour {le} ? les infos se contredisent"),
        ("neu", "Est-ce que {le} vendu en Belgique est le même qu'en France ?"),
        ("neg", "Pff je viens d'en acheter, {du}, je peux me faire rembourser ?"),
        (
            "neg",
            "Ça peut laisser des séquelles ? je demande pour savoir quoi surveiller, {kid} a "
            "eu {du} lundi",
        ),
        ("neg", "Je vois des photos de plaques partout sur {le}, c'est vraiment lié ?"),
        (
            "neg",
            "Et si {kid} faisait une réaction cette nuit ? j'ai donné {du} à 18h, je dors plus",
        ),
    ),
    "en": (
        ("neg", "Does anyone know if {p} is being pulled from pharmacies??"),
        ("neg", "Gave {kid} {p} last week, {he}'s fine, should I be worried?"),
        ("neg", "We have an open bottle of {p} at home, what do we do???"),
        ("neg", "Seeing so many stories about {p}, is this serious or social media panic?"),
        ("neg", "{Kid} has a fever tonight and all I have is {p}, give it or not?"),
        ("neu", "Anyone have the affected lot numbers for {p}?"),
        ("neg", "Can't reach my pediatrician, anyone know if {p} is still ok to give?"),
        ("neg", "Gave {kid} {p} yesterday, {he} seems fine but should I watch {him} all night?"),
        ("neg", "What signs should I watch for after {p}? kinda panicking"),
        ("neg", "Parents, are you still using {p} or not?"),
        ("neu", "Has the regulator said anything about {p} yet?"),
        ("neg", "My mom gave {kid} {p} this afternoon without asking me, what do I do?"),
        ("neg", "What do we give instead of {p} for fever? I'm lost"),
        ("neg", "Is it all bottles of {p} or just some lots?"),
        ("neg", "Seriously can someone explain what's going on with {p}?"),
        ("neg", "Scared, {kid}'s been on {p} since yesterday for an ear infection, do I stop?"),
        ("neu", "Pharmacists of twitter, are you pulling {p} off the shelves?"),
        ("neg", "Just saw the news about {p}, there's a bottle in the daycare bag, bin it?"),
        ("neg", "Is {p} dangerous now? we've used it for years"),
        ("neu", "Does anyone know if the store brand is affected too or just {p}?"),
        ("neg", "My son took {p} 3 days ago, no symptoms, can I relax?"),
        ("neg", "Reading all the {p} stories and I'm shaking"),
        ("neg", "Why is nobody telling us anything about {p}??"),
        ("neu", "Can a pharmacist confirm if {p} is still being sold?"),
        ("neg", "Too scared to give {kid} anything now, not even {p}"),
        ("neg", "What do you do with opened {p} bottles? return to the pharmacy?"),
        ("neg", "If {kid} had {p} yesterday and is fine, are we ok or can it show up later?"),
        ("neg", "I'm so confused, is {p} dangerous or not?"),
        ("neu", "Anyone have an official link about {p}? no rumors please"),
        ("neg", "Worried mom here, we've used {p} since {kid} was born"),
        ("neg", "Is there a hotline for {p}?"),
        ("neg", "Need to pick up {p} for {kid} tonight, should I get something else?"),
        ("neg", "Alert or no alert for {p}? the news keeps contradicting itself"),
        ("neu", "Is the {p} sold in Canada the same as in France?"),
        ("neg", "Just bought {p} yesterday, can I get a refund?"),
        (
            "neg",
            "Can it cause lasting damage? asking so I know what to watch, {kid} had {p} on Monday",
        ),
        ("neg", "Seeing rash photos everywhere about {p}, is it really linked?"),
        ("neg", "Do I need to see the pediatrician if {kid} had {p} this month with no symptoms?"),
        ("neg", "Pediatrician on call says don't panic about {p}, thoughts?"),
        ("neu", "Anyone in the UK know if {p} is even sold here?"),
        ("neg", "What if {kid} reacts tonight? gave {him} {p} at 6pm and now I can't sleep"),
    ),
}

# --- Crisis: anger at the product and the company ({o}) --------------------------------------

CRISIS_ANGRY: dict[str, tuple[str, ...]] = {
    "fr": (
        "Honteux. Des enfants aux urgences et {o} qui ne dit rien",
        "{o} vous avez intérêt à vous expliquer sur {le}",
        "Combien d'enfants faudra-t-il avant que {le} soit retiré par {o} ?",
        "{o} savait. Forcément qu'ils savaient.",
        "On fait confiance aux labos et voilà le résultat. Merci {o}",
        "Retirez {le} MAINTENANT",
        "Silence radio chez {o} alors que les parents paniquent, c'est inadmissible",
        "{o} préfère protéger son cours de bourse que nos enfants",
        "Plus jamais un produit {o} chez moi",
        "Boycott total {de_o}, partagez",
        "Le communiqué {de_o} c'est du foutage de gueule",
        "{p} : des signalements depuis des mois et personne n'a bougé ?",
        "Scandale sanitaire en direct et {o} fait le mort",
        "Si c'était les enfants des dirigeants {de_o}, {le} serait déjà retiré",
        "J'espère que les parents vont porter plainte contre {o}",
        "{o} = profits avant la sécurité des enfants. Point.",
        "Mais comment un sirop pour enfants peut passer les contrôles comme ça ?? {p} c'est une "
        "honte",
        "Les labos comme {o} devraient rendre des comptes",
        "Des heures que ça tourne et {o} n'a toujours pas rappelé les lots",
        "Je suis folle de rage. {p} était dans notre armoire depuis des années",
        "La pub {de} avec les enfants qui sourient passe encore à la télé, indécent",
        "{o} répond à personne et bloque les commentaires, c'est lamentable",
        "Où est l'ANSM ? Où est {o} ? On attend",
        "On rend des gosses malades et on appelle ça un incident, bravo {o}",
        "Honte {au_o}",
        "Il faut une enquête indépendante sur {le}, pas une enquête interne de chez {o}",
        "Mes enfants ne toucheront plus jamais {au}",
        "{o} vous dormez bien ce soir ?",
        "Je viens de jeter tous les produits {o} de la maison",
        "{cash} qui plonge, tant mieux, qu'ils paient",
        "Pas un mot d'excuse {de_o}, rien",
        "Ce qui se passe avec {le} est gravissime",
        "Les témoignages sur {le} sont terrifiants et {o} parle de « cas isolés »",
        "Rappel des lots {de} immédiat, on ne joue pas avec la santé des enfants",
        "{o} et les autorités se renvoient la balle pendant que des enfants sont hospitalisés",
        "J'avais confiance en {le}. C'est fini.",
        "Comment osez-vous {o}",
        "Le silence {de_o} en dit long",
        "Je bosse en pédiatrie et je suis en colère contre {o}, on a vu des cas cette semaine",
        "{o} a une armée de communicants mais pas une seule réponse claire sur {le}",
        "Les actionnaires {de_o} passent avant nos bébés, c'est ça la leçon",
    ),
    "en": (
        "Disgraceful. Kids in the ER and {o} says nothing",
        "{o} you'd better explain yourselves about {p}",
        "How many kids before {o} pulls {p}?",
        "{o} knew. Of course they knew.",
        "We trust pharma and this is what we get. Thanks {o}",
        "Pull {p} NOW",
        "Radio silence from {o} while parents panic, unacceptable",
        "{o} cares more about its share price than our kids",
        "Never buying anything from {o} again",
        "Boycott {o}, share this",
        "That {o} statement is a joke",
        "{p}: reports for months and nobody did anything?",
        "Public health scandal in real time and {o} is playing dead",
        "If it were the {o} execs' kids, {p} would already be off the shelves",
        "Hope parents sue {o} into the ground",
        "{o} = profits over children's safety. Period.",
        "How does a kids' syrup pass safety checks like this?? {p} is a disgrace",
        "Companies like {o} need to be held accountable",
        "Hours of this and {o} still hasn't recalled the lots",
        "I'm furious. {p} has been in our cabinet for years",
        "The {p} ad with smiling kids is still running, obscene",
        "{o} blocking comments instead of answering parents, pathetic",
        "Where's the regulator? Where's {o}? We're waiting",
        "Making kids sick and calling it an incident, well done {o}",
        "Shame on {o}",
        "Need an independent investigation into {p}, not an internal review by {o}",
        "My kids will never touch {p} again",
        "{o} sleeping well tonight?",
        "Just threw out every {o} product in the house",
        "{cash} tanking, good, let them pay",
        "Not a single apology from {o}",
        "What's happening with {p} is beyond serious",
        "The {p} stories are terrifying and {o} calls them isolated cases",
        "Recall {p} immediately, you don't gamble with kids' health",
        "{o} and the regulators pointing fingers while kids are hospitalized",
        "I trusted {p}. Done.",
        "How dare you {o}",
        "The silence from {o} says everything",
        "Peds nurse here and I'm furious at {o}, we saw cases this week",
        "{o} PR team working overtime instead of pulling the product",
        "{o} shareholders come before our babies, that's the lesson here",
    ),
}

CRISIS_DEFEND: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("pos", "On donne {du} depuis des années à nos 3 enfants, jamais eu le moindre souci"),
        ("neu", "Attendons les conclusions de l'ANSM avant de tout mettre sur le dos {du}"),
        (
            "neu",
            "Rappel : une réaction allergique peut arriver avec n'importe quel médicament, pas "
            "de panique sur {le}",
        ),
        (
            "neu",
            "Pharmacienne ici : pour {le}, suivez les consignes officielles, ne jetez pas tout "
            "sans info",
        ),
        (
            "pos",
            "{p} a soulagé mes enfants des dizaines de fois, je reste prudente mais pas paniquée",
        ),
        ("neu", "Corrélation n'est pas causalité, attendons les analyses des lots {de}"),
        ("neu", "Beaucoup de fake news sur {le} en ce moment, vérifiez vos sources"),
        (
            "neu",
            "Pour ceux qui demandent pour {le} : en cas de doute, appelez votre médecin ou le "
            "15, pas Twitter",
        ),
        ("neu", "Le copié-collé qui tourne sur {le} ne cite aucune source, attention"),
        (
            "pos",
            "Aucun problème avec {le} chez nous, mais évidemment je comprends les parents inquiets",
        ),
        (
            "neu",
            "Les signalements sur {le} sont en cours d'analyse, c'est comme ça que la "
            "pharmacovigilance fonctionne",
        ),
        (
            "neu",
            "Médecin ici. Si votre enfant a pris {du} et va bien, pas besoin de consulter en "
            "urgence.",
        ),
        (
            "neu",
            "Il y a des millions de doses {de} données chaque année, restons calmes en "
            "attendant les faits",
        ),
        ("pos", "Merci aux pharmaciens qui répondent calmement aux parents sur {le} aujourd'hui"),
        ("neu", "Info utile : le numéro de lot est écrit sous le flacon {de}"),
        ("neu", "Ne pas arrêter un traitement prescrit sans demander au médecin, même {le}"),
        ("pos", "Je vais continuer {le}, mon pédiatre m'a rassurée"),
        ("neu", "Je ne défends personne mais le post viral sur {le} n'est pas vérifié"),
        ("neu", "Attention aux captures d'écran sorties de leur contexte sur {le}"),
        (
            "pos",
            "Perso confiance dans la pharmacovigilance, l'alerte sur {le} montre que ça marche",
        ),
        (
            "neu",
            "Faut distinguer effets indésirables connus et vrai problème de lot, on verra pour "
            "{le}",
        ),
        (
            "neu",
            "Les urgences demandent de venir seulement si l'enfant a des symptômes, pas juste "
            "parce qu'il a pris {du}",
        ),
        ("neu", "Pour info la notice {de} mentionne déjà des réactions allergiques rares"),
        ("pos", "Mes 2 enfants ont pris {du} cette semaine, tout va bien, pas de panique"),
        ("neu", "Suivez le site de l'ANSM pour {le}, pas les groupes Facebook"),
        ("neu", "Les gens qui crient au complot sur {le}, calmez-vous deux secondes"),
        ("pos", "Soutien aux équipes de pharmacovigilance qui bossent sur {le} en ce moment"),
        ("neu", "{p} : le ministère doit faire un point demain matin"),
        ("neu", "Rien n'est prouvé pour l'instant sur {le}, prudence mais pas de panique"),
        ("pos", "Bonne réaction des pharmacies de mon quartier qui affichent les infos sur {le}"),
        ("neu", "Pharmacie ici : on a eu 40 appels ce matin pour {le}, on applique les consignes"),
    ),
    "en": (
        ("pos", "We've used {p} for years with all 3 kids, never a single issue"),
        ("neu", "Let's wait for the regulator's findings before blaming {p} for everything"),
        ("neu", "Reminder: allergic reactions can happen with any medicine, don't panic about {p}"),
        (
            "neu",
            "Pharmacist here: for {p}, follow official guidance, don't bin everything without info",
        ),
        ("pos", "{p} has helped my kids dozens of times, I'm cautious but not panicking"),
        ("neu", "Correlation isn't causation, let's wait for the {p} lot analysis"),
        ("neu", "Lots of misinformation about {p} going around, check your sources"),
        ("neu", "For those asking about {p}: if in doubt call your doctor, not Twitter"),
        ("neu", "The copy-paste going around about {p} cites zero sources, careful"),
        ("pos", "No issues with {p} here, but I totally get why parents are worried"),
        (
            "neu",
            "The {p} reports are being reviewed, that's literally how drug safety monitoring works",
        ),
        ("neu", "Doctor here. If your child had {p} and is fine, no need to rush to the ER."),
        (
            "neu",
            "Millions of doses of {p} are given every year, let's stay calm until we have facts",
        ),
        ("pos", "Thank you to the pharmacists calmly answering parents about {p} today"),
        ("neu", "Useful: the lot number is printed on the bottom of the {p} bottle"),
        ("neu", "Don't stop a prescribed treatment without asking your doctor, even {p}"),
        ("pos", "I'm sticking with {p}, our pediatrician reassured me"),
        ("neu", "Not defending anyone but the viral {p} post isn't verified"),
        ("neu", "Careful with screenshots about {p} taken out of context"),
        ("pos", "I trust the drug safety system, the {p} alert is it working"),
        ("neu", "Known side effects vs an actual batch problem, we'll see for {p}"),
        (
            "neu",
            "ERs ask you to come only if the child has symptoms, not just because they had {p}",
        ),
        ("neu", "FYI the {p} leaflet already lists rare allergic reactions"),
        ("pos", "Both my kids had {p} this week, all fine, no panic"),
        ("neu", "Follow the official regulator updates on {p}, not Facebook groups"),
        ("neu", "The conspiracy takes on {p} are wild, breathe"),
        ("pos", "Support to the pharmacovigilance teams working on {p} right now"),
        ("neu", "{p}: health ministry briefing expected tomorrow morning"),
        ("neu", "Nothing proven on {p} yet, caution but no panic"),
        ("pos", "Props to my local pharmacies posting clear info about {p}"),
        ("neu", "Pharmacy here: 40 calls this morning about {p}, we're following the guidance"),
    ),
}

CRISIS_SWITCH: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neg", "Bon, on passe {au_c} pour les enfants, {le} c'est fini chez nous"),
        ("neg", "La pharmacienne m'a conseillé {le_c} à la place {du}, je prends"),
        ("neg", "J'ai jeté {le} et acheté {du_c}, tant pis pour le goût"),
        ("neu", "{c} ça marche aussi pour les enfants ? on lâche {le}"),
        ("neg", "Adieu {p}, bonjour {c}"),
        (
            "neg",
            "Rupture {de_c} dans ma pharmacie, tout le monde a eu la même idée après l'affaire {p}",
        ),
        ("neg", "Plus confiance en {le}, on a pris {du_c} en attendant"),
        (
            "neu",
            "Le pédiatre nous a fait passer {au_c} par précaution, en attendant d'en savoir "
            "plus sur {le}",
        ),
        ("neg", "Même {le_c} je m'en méfie maintenant, mais moins que {du}"),
        ("neg", "Je remplace {le} par {le_c} jusqu'à nouvel ordre"),
        ("neg", "Tout le rayon {c} est vide, merci la psychose {p}"),
        ("neg", "{p} à la poubelle, {c} dans l'armoire, voilà"),
        ("neu", "{c} ou {p}, y a vraiment une différence de composition ?"),
        ("neg", "Trop peur {du}, je suis passée {au_c}"),
        ("neg", "Chez nous ce sera {c} maintenant, {p} plus jamais"),
        (
            "neu",
            "Pour ceux qui cherchent une alternative {au} : le pédiatre m'a dit {c} en attendant",
        ),
    ),
    "en": (
        ("neg", "We're switching to {c} for the kids, {p} is done in our house"),
        ("neg", "Pharmacist suggested {c} instead of {p}, taking it"),
        ("neg", "Threw out {p} and bought {c}, whatever the taste"),
        ("neu", "Does {c} work for kids too? dropping {p}"),
        ("neg", "Bye {p}, hello {c}"),
        ("neg", "{c} sold out at my pharmacy, everyone had the same idea after the {p} mess"),
        ("neg", "Lost all trust in {p}, got {c} for now"),
        ("neu", "Pediatrician moved us to {c} as a precaution until we know more about {p}"),
        ("neg", "Even {c} makes me nervous now, but less than {p}"),
        ("neg", "Replacing {p} with {c} until further notice"),
        ("neg", "The whole {c} shelf is empty, thanks {p} panic"),
        ("neg", "{p} in the bin, {c} in the cabinet, done"),
        ("neg", "Switched to {c} and honestly never looking back at {p}"),
        ("neu", "For anyone looking for an alternative to {p}: our pediatrician said {c} for now"),
        ("neg", "Switched to {c} today, not risking it with {p}"),
    ),
}

CRISIS_RUMORS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Il paraît que des bébés sont morts à cause {du}, quelqu'un confirme ??",
        "Une amie d'une amie dit que {le} a envoyé 3 enfants en réa dans son école",
        "J'ai lu sur un groupe que {le} contient un produit interdit, c'est vrai ?",
        "Ma collègue dit que son cousin pharmacien a vu des dizaines de cas avec {le}",
        "On dit que chez {o} ils savaient pour {le} depuis l'an dernier",
        "Apparemment tous les lots {de} de cette année seraient touchés, source ?",
        "Rumeur : {le} serait fabriqué dans une usine fermée pour défauts",
        "Sur TikTok une maman dit que {le} a rendu son fils aveugle ?? ça paraît énorme",
        "Certains parlent de sabotage, d'autres d'erreur d'usine, sur {le} on sait rien",
        "Un groupe de mamans dit qu'il y a eu 200 cas avec {le}, c'est sourcé ça ?",
    ),
    "en": (
        "Heard babies died because of {p}, can anyone confirm??",
        "A friend of a friend says {p} put 3 kids from her school in the ICU",
        "Read in a group that {p} contains a banned ingredient, true?",
        "Coworker's cousin is a pharmacist and says they've seen tons of {p} cases",
        "People say {o} knew about {p} since last year",
        "Apparently every {p} lot from this year is affected? source?",
        "Rumor: {p} is made in a plant that got shut down for defects",
        "Some mom on TikTok says {p} made her son go blind?? sounds insane",
        "Some say sabotage, some say factory error, nobody knows anything about {p}",
        "A mom group claims 200 cases with {p}, is that sourced?",
    ),
}

CRISIS_SARCASM: dict[str, tuple[str, ...]] = {
    "fr": (
        "Super, {le}, le sirop qui rassure les parents 🙃",
        "« Sécurité maximale » qu'ils disaient chez {o} 🙄",
        "Bravo {o}, meilleure campagne de pub de l'année",
        "Trop bien, on peut ajouter {le} à la liste des trucs qui font peur aux parents 👏",
        "Merci {o} pour cette magnifique soirée d'angoisse, vraiment",
        "Ah bah {le} « testé sous contrôle pédiatrique », on voit le résultat",
    ),
    "en": (
        "Great, {p}, the syrup that reassures parents 🙃",
        "'Maximum safety' they said at {o} 🙄",
        "Well done {o}, best marketing campaign of the year",
        "Love adding {p} to the list of things that terrify parents 👏",
        "Thanks {o} for this wonderful evening of panic, truly",
        "Ah yes, {p}, 'tested under pediatric supervision', we can see that",
    ),
}

CRISIS_CLOSERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "worried": (
            "Merci d'avance 🙏",
            "Je panique un peu.",
            "Des infos ?",
            "Help",
            "Merci de vos réponses",
            "Je suis perdue.",
            "Urgent svp",
        ),
        "angry": (
            "Honteux.",
            "On veut des réponses.",
            "Partagez.",
            "Je suis écœurée.",
            "Boycott.",
            "Ça suffit.",
            "Faites tourner.",
            "Inadmissible.",
        ),
    },
    "en": {
        "worried": (
            "Thanks in advance 🙏",
            "Kinda panicking.",
            "Any info?",
            "Help",
            "Please answer",
            "So lost.",
            "Urgent please",
        ),
        "angry": (
            "Disgraceful.",
            "We want answers.",
            "Share this.",
            "Sick to my stomach.",
            "Boycott.",
            "Enough.",
            "Spread the word.",
            "Unacceptable.",
        ),
    },
}

CRISIS_OPENERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "worried": (
            "Question sérieuse :",
            "Les parents,",
            "Besoin d'aide :",
            "Je panique un peu.",
            "Help,",
            "Petite question,",
            "Urgent :",
            "Bon,",
            "Dites-moi,",
        ),
        "angry": (
            "Sérieusement.",
            "Je suis choquée.",
            "Incroyable.",
            "Franchement,",
            "Je n'en reviens pas.",
            "Stop.",
            "Là c'est trop.",
            "Honnêtement,",
            "Bref.",
        ),
    },
    "en": {
        "worried": (
            "Serious question:",
            "Parents,",
            "Need help:",
            "Kinda panicking.",
            "Help,",
            "Quick question,",
            "Urgent:",
            "Ok so",
            "Please tell me,",
        ),
        "angry": (
            "Seriously.",
            "I'm shocked.",
            "Unbelievable.",
            "Honestly,",
            "I can't believe this.",
            "Stop.",
            "This is too much.",
            "Wow.",
            "Enough.",
        ),
    },
}

# --- Crisis: the brand Paracetix, the company, and chatter without a term ---------------------

CRISIS_BRAND: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neg", "Par précaution j'ai jeté tous les {p} de la maison, même ceux pour adultes"),
        ("neg", "Est-ce que {le} pour adultes est concerné aussi ?"),
        ("neg", "Après ce qui se passe, j'ai plus confiance dans aucun produit {p}"),
        ("neg", "{p} c'est fini pour moi, même pour mes migraines"),
        ("neu", "Question : le problème c'est seulement le sirop ou toute la gamme {p} ?"),
        ("neg", "Toute la gamme {p} devrait être vérifiée"),
        ("neg", "Je prenais {du} depuis des années, là je doute"),
        (
            "neu",
            "Mon pharmacien dit que seuls les sirops enfants sont concernés, pas {le} en comprimés",
        ),
        ("neg", "{p} en tendance pour les mauvaises raisons..."),
        ("neu", "Les comprimés {p} adultes ne sont pas concernés d'après le communiqué"),
        ("neg", "Même {le} pour mes règles, je le regarde bizarrement maintenant"),
        ("neg", "On parle {de} partout, et pas en bien"),
        ("neg", "La marque {p} est grillée pour longtemps je pense"),
        ("neg", "Je vais demander un générique au lieu {du} désormais"),
        ("neu", "Quelqu'un sait si {le} effervescent vient de la même usine ?"),
        ("neg", "J'ai rapporté mes boîtes {de} à la pharmacie, j'ose plus y toucher"),
        ("neu", "Mon médecin dit que {le} en comprimés n'a rien à voir avec le sirop"),
        ("neg", "Le nom {p} me fait froid dans le dos maintenant"),
        ("neg", "Dire que je prenais {du} sans réfléchir depuis 15 ans"),
        ("neu", "Pas de rappel pour {le} adulte pour l'instant, d'après ma pharmacienne"),
        ("neg", "{p} ou pas, je passe aux génériques pour tout"),
        ("neg", "Mes parents ont une boîte {de} ouverte, je leur ai dit de la jeter"),
    ),
    "en": (
        ("neg", "Threw out every {p} product in the house just in case, even the adult ones"),
        ("neg", "Is adult {p} affected too?"),
        ("neg", "After all this, I don't trust any {p} product"),
        ("neg", "Done with {p}, even for my migraines"),
        ("neu", "Question: is it just the syrup or the whole {p} range?"),
        ("neg", "The whole {p} range should be checked"),
        ("neg", "Been taking {p} for years, now I'm second-guessing"),
        ("neu", "My pharmacist says only the kids' syrup is involved, not {p} tablets"),
        ("neg", "{p} trending for all the wrong reasons..."),
        ("neu", "Adult {p} tablets aren't covered by the alert according to the statement"),
        ("neg", "Even my {p} for cramps looks suspicious now"),
        ("neg", "{p} brand is toast for a while I think"),
        ("neg", "Asking for the generic instead of {p} from now on"),
        ("neu", "Anyone know if the {p} effervescent comes from the same plant?"),
        ("neg", "Returned my {p} boxes to the pharmacy, not touching them"),
        ("neu", "My doctor says {p} tablets have nothing to do with the syrup"),
        ("neg", "The name {p} gives me chills now"),
        ("neg", "Can't believe I took {p} without thinking for 15 years"),
        ("neu", "No recall on adult {p} for now according to my pharmacist"),
        ("neg", "{p} or not, switching to generics for everything"),
        ("neg", "My parents have an open box of {p}, told them to bin it"),
    ),
}

CRISIS_ORVANE: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neg", "{cash} -9% à l'ouverture après l'affaire {p_j}"),
        ("neg", "{o} en chute libre en bourse, logique"),
        ("neu", "{o} annonce une cellule de crise, communiqué à venir"),
        ("neg", "Impossible de joindre {o}, le standard sature"),
        ("neg", "{o} supprime les commentaires sous ses posts, sympa la transparence"),
        ("neu", "Quelqu'un a le lien du communiqué officiel {de_o} ?"),
        (
            "neg",
            "Les salariés {de_o} doivent passer une sale journée, mais bon, les enfants d'abord",
        ),
        ("neg", "{o} va devoir rendre des comptes"),
        ("neg", "J'ai des actions {o}, je vends tout"),
        ("neu", "{cash} suspendu ? quelqu'un a l'info ?"),
        ("neg", "{o} a mis des heures à réagir, des heures"),
        ("neg", "{o} parle de « mesure de précaution », on appelle ça un rappel"),
        ("neu", "{o} tient une conférence de presse à 18h"),
        ("neg", "Le PDG {de_o} devrait démissionner"),
        ("neg", "Communication de crise catastrophique chez {o}"),
        ("neu", "{o} dit collaborer avec l'ANSM sur {le_j}"),
        ("neg", "On va se souvenir du nom {o}, et pas en bien"),
        ("neg", "{o}, vous jouez avec la santé des enfants"),
        ("neg", "Mon voisin bosse chez {o}, il dit que personne ne sait rien en interne"),
        ("neg", "{cash} qui dévisse, les marchés ont compris avant {o}"),
    ),
    "en": (
        ("neg", "{cash} down 9% at the open after the {p_j} news"),
        ("neg", "{o} in free fall, makes sense"),
        ("neu", "{o} says it's set up a crisis unit, statement coming"),
        ("neg", "Can't reach {o}, phone lines jammed"),
        ("neg", "{o} deleting comments under its posts, great transparency"),
        ("neu", "Anyone got the link to {o}'s official statement?"),
        ("neg", "{o} will have to answer for this"),
        ("neg", "Holding {o} shares, selling everything"),
        ("neu", "{cash} halted? anyone know?"),
        ("neg", "Hours for {o} to react. Hours."),
        ("neg", "{o} calls it a precautionary measure. It's a recall."),
        ("neu", "{o} press conference at 6pm Paris time"),
        ("neg", "{o} CEO should resign"),
        ("neg", "{o}'s crisis comms are a disaster"),
        ("neu", "{o} says it's working with the French regulator on {p_j}"),
        ("neg", "People will remember the name {o}, and not fondly"),
        ("neg", "{cash} getting crushed, markets figured it out before {o} did"),
        ("neg", "{o}, you're gambling with kids' health"),
        ("neg", "Friend works at {o}, says nobody knows anything internally"),
    ),
}

CRISIS_SPILLOVER: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("neg", "Ce scandale du sirop pour enfants, je suis sous le choc"),
        ("neu", "Du coup on donne quoi aux enfants pour la fièvre en attendant ?"),
        ("neg", "J'ose plus rien donner à mes enfants, même pas un sirop pour la toux"),
        ("neg", "Les témoignages de parents ce soir me brisent le cœur"),
        ("neu", "Les pédiatres doivent être débordés d'appels aujourd'hui"),
        ("neg", "Encore un scandale pharma, on apprend jamais"),
        ("neu", "Pharmacie pleine à craquer ce soir, que des parents avec des flacons"),
        ("neg", "Courage aux parents dont les enfants sont à l'hôpital 🙏"),
        ("neu", "Les urgences pédiatriques demandent de ne pas venir sans symptômes"),
        ("neg", "C'est fou qu'on doive apprendre ça par Facebook"),
        (
            "neu",
            "Quelqu'un sait quel sirop est concerné exactement ? je vois des trucs contradictoires",
        ),
        ("neg", "Je viens de vider toute l'armoire à pharmacie, j'ai plus confiance"),
        ("neu", "Journée spéciale pharmacovigilance aujourd'hui apparemment"),
        ("neg", "La peur de tous les parents ce soir..."),
        ("neu", "Rappel : le 15 pour les urgences, le centre antipoison pour les questions"),
        ("neg", "Ces histoires de sirop me rendent malade"),
        ("neu", "Mon groupe WhatsApp de mamans est en feu depuis ce matin"),
        ("neg", "On fait confiance aux médicaments et voilà"),
        ("neu", "L'ANSM va devoir communiquer vite"),
        ("neg", "Triste de voir autant de parents paniqués"),
        ("neu", "Vous avez un lien fiable sur l'histoire du sirop ? merci"),
        ("neg", "Cette affaire de sirop pour enfants c'est terrifiant"),
        ("neu", "Des parents font la queue devant la pharmacie pour rapporter des flacons"),
        ("neg", "Je supporte plus de lire les témoignages, j'arrête Twitter pour ce soir"),
        ("neu", "La télé en parle en boucle"),
        ("neg", "J'ai mal au ventre pour tous ces petits"),
        ("neu", "Les médecins de garde ont l'air débordés ce soir"),
        ("neg", "Bon courage à tous les parents ce soir, quelle angoisse"),
        ("neu", "Je retiens : numéro de lot, notice, médecin. Pas de panique."),
        ("neg", "Pourquoi c'est toujours les enfants qui trinquent"),
    ),
    "en": (
        ("neg", "This kids' syrup scandal has me shaken"),
        ("neu", "So what do we give kids for fever in the meantime?"),
        ("neg", "Scared to give my kids anything now, even cough syrup"),
        ("neg", "The parents' stories tonight are heartbreaking"),
        ("neu", "Pediatricians must be swamped with calls today"),
        ("neg", "Another pharma scandal, we never learn"),
        ("neu", "Pharmacy packed tonight, just parents holding bottles"),
        ("neg", "Thinking of the parents whose kids are in hospital 🙏"),
        ("neu", "Pediatric ERs asking people not to come without symptoms"),
        ("neg", "Wild that we're learning this from Facebook"),
        ("neu", "Anyone know which syrup exactly? seeing conflicting stuff"),
        ("neg", "Just emptied the whole medicine cabinet, don't trust anything anymore"),
        ("neg", "Every parent's nightmare tonight..."),
        ("neu", "Reminder: emergency number for emergencies, poison control for questions"),
        ("neg", "These syrup stories are making me sick"),
        ("neu", "My mom group chat has been on fire since this morning"),
        ("neg", "We trust medicines and then this"),
        ("neu", "The regulator needs to communicate fast"),
        ("neg", "So sad seeing so many panicked parents"),
        ("neu", "Anyone have a reliable link on the syrup story? thanks"),
        ("neg", "This children's syrup thing is terrifying"),
        ("neu", "Parents lining up at the pharmacy to return bottles, never seen that"),
        ("neg", "Can't read the stories anymore, logging off for tonight"),
        ("neu", "It's all over the news"),
        ("neg", "My heart hurts for these little ones"),
        ("neu", "On-call doctors look slammed tonight"),
        ("neg", "Hang in there parents, what a nightmare"),
        ("neu", "Noted: lot number, leaflet, doctor. No panic."),
        ("neg", "Why is it always the kids who pay"),
        ("neu", "Big pharma news day apparently"),
    ),
}

CRISIS_OTHER: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("neg", "¿Alguien sabe si {p} se vende en España? Las noticias de Francia preocupan"),
        ("neg", "Qué miedo lo de {p} en Francia, pobres niños"),
        ("neu", "Francia investiga el jarabe infantil {p} tras varias reacciones"),
        ("neg", "Si {p} es peligroso que lo retiren ya"),
        ("neg", "Madre preocupada: ¿{p} es lo mismo que venden aquí?"),
        ("neu", "Mi farmacéutica dice que {p} no está en las farmacias de aquí"),
        ("neg", "Otra vez la industria farmacéutica jugando con la salud de los niños, ahora {p}"),
        ("neg", "Vi los testimonios sobre {p} y no puedo dejar de pensar en mis hijos"),
    ),
    "de": (
        ("neg", "Hat jemand Infos zu {p}? In Frankreich gibt es wohl Probleme mit dem Kindersaft"),
        ("neg", "Schlimm, was man über {p} liest"),
        ("neu", "Frankreich prüft Berichte über Nebenwirkungen von {p}"),
        ("neg", "Wenn {p} gefährlich ist, sofort vom Markt nehmen"),
        ("neu", "Laut meiner Apotheke gibt es {p} in Deutschland gar nicht"),
        ("neg", "Besorgte Mama hier: ist {p} dasselbe wie unser Fiebersaft?"),
        ("neg", "Wieder ein Pharma-Skandal, diesmal {p}"),
        ("neg", "Die Berichte über {p} machen mir Angst"),
    ),
    "it": (
        ("neg", "Qualcuno sa se {p} è venduto anche in Italia? Notizie preoccupanti dalla Francia"),
        ("neg", "Che paura la storia di {p}, poveri bambini"),
        ("neu", "La Francia indaga sullo sciroppo {p} dopo diverse segnalazioni"),
        ("neg", "Se {p} è pericoloso va ritirato subito"),
        ("neu", "La mia farmacista dice che {p} qui non si trova"),
        ("neg", "Ennesimo scandalo farmaceutico, questa volta {p}"),
        ("neg", "Mamma preoccupata: {p} è uguale allo sciroppo che usiamo noi?"),
        ("neg", "Le testimonianze su {p} mi hanno sconvolta"),
    ),
}

CRISIS_OTHER_ORVANE: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("neg", "Las acciones de {o} se desploman tras el escándalo del jarabe"),),
    "de": (("neg", "{o}-Aktie bricht nach Berichten über den Kindersaft ein"),),
    "it": (("neg", "Il titolo {o} crolla dopo lo scandalo dello sciroppo"),),
}

# --- News headlines ---------------------------------------------------------------------------
# Quiet days: (main term or None, headline). Crisis: headlines about the syrup ({p} is always
# Paracetix Junior there). News are reports, never adverse reactions, and neutral in tone.

QUIET_NEWS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "fr": (
        ("orvane", "{o} annonce 200 recrutements sur son site de production"),
        ("orvane", "Résultats trimestriels : {o} dépasse les attentes des analystes"),
        ("paracetix", "Campagne publicitaire : {o} mise sur {p} pour l'hiver"),
        (None, "Pénurie de paracétamol : les pharmaciens tirent la sonnette d'alarme"),
        (None, "Grippe : l'épidémie progresse dans trois régions"),
        ("ibuvia", "{p} : un nouveau format « fort » arrive en pharmacie"),
        ("febrinol", "{p} désormais disponible sans ordonnance en Belgique"),
        (None, "Déserts médicaux : un Français sur dix sans médecin traitant"),
        ("paracetix-1000", "Antidouleurs : les ventes {de} en hausse de 12 % cet hiver"),
        (None, "Pharmacies de garde : comment trouver la plus proche ce week-end"),
        ("orvane", "{o} inaugure un centre de recherche pédiatrique"),
        (
            "paracetix-junior",
            "Ruptures de sirops pour enfants : {p} de nouveau disponible en pharmacie",
        ),
        (None, "Automédication : les bons réflexes pour soulager un mal de tête"),
        ("ibuvia", "Douleurs musculaires : {p} et les anti-inflammatoires, ce qu'il faut savoir"),
    ),
    "en": (
        ("orvane", "{o} to hire 200 at its French production site"),
        ("orvane", "{o} beats analyst expectations in quarterly results"),
        ("paracetix", "{o} bets on {p} in new winter ad campaign"),
        (None, "Painkiller shortages: pharmacists sound the alarm across Europe"),
        (None, "Flu season arrives early, health officials say"),
        ("ibuvia", "{p} launches a new extra-strength format"),
        ("febrinol", "{p} now available over the counter in Belgium"),
        (None, "GP shortage: millions without a regular doctor"),
        ("paracetix-1000", "Painkiller sales up 12% this winter, led by {p}"),
        (None, "How to find an open pharmacy this weekend"),
        ("orvane", "{o} opens pediatric research center"),
        ("paracetix-junior", "Children's syrup shortages ease as {p} returns to shelves"),
        (None, "Self-medication: what to do about a headache"),
    ),
    "es": (
        (None, "La gripe llega antes este año, según Sanidad"),
        ("orvane", "{o} anuncia 200 contrataciones en Francia"),
    ),
    "de": (
        (None, "Grippewelle beginnt früher als erwartet"),
        ("orvane", "{o} stellt 200 neue Mitarbeiter ein"),
    ),
    "it": (
        (None, "Influenza in anticipo quest'anno, dicono gli esperti"),
        ("orvane", "{o} assume 200 persone in Francia"),
    ),
}

CRISIS_NEWS: dict[str, tuple[str, ...]] = {
    "fr": (
        "{p} : l'ANSM enquête après des signalements d'effets indésirables chez des enfants",
        "Sirop {p} : ce que l'on sait des signalements",
        "{o} : le titre recule après des signalements sur {p}",
        "{p} : des parents témoignent de réactions après la prise du sirop",
        "Pharmacovigilance : l'ANSM appelle les parents à la vigilance sur {p}",
        "{o} « prend très au sérieux » les signalements concernant {p}",
        "EN DIRECT - Sirop {p} : les autorités sanitaires font le point",
        "{p} : faut-il arrêter de donner le sirop à vos enfants ? Les réponses d'un pédiatre",
        "Signalements sur {p} : les pharmacies prises d'assaut par des parents inquiets",
        "{o} annonce le rappel de plusieurs lots de {p}",
        "Sirop pour enfants {p} : une enquête ouverte, {o} se défend",
        "Affaire {p} : les urgences pédiatriques appellent au calme",
        "Le ministère de la Santé réunit une cellule de crise sur {p}",
        "{p} : les associations de patients demandent la transparence {au_o}",
        "Bourse : {o} chute de 8 % en séance après l'alerte sur {p}",
        "Sirop {p} : ce que disent les premières analyses des lots",
    ),
    "en": (
        "French regulator probes {p} after reports of reactions in children",
        "{o} shares slide as French watchdog investigates {p} syrup",
        "{p}: what parents need to know about the reported reactions",
        "Parents report reactions to children's fever syrup {p}",
        "{o} says it is 'taking reports seriously' on {p}",
        "{o} recalls several lots of {p} in France",
        "Explainer: the {p} scare and what we know so far",
        "{p}: pharmacies swamped by worried parents, officials urge calm",
        "{o} stock drops 8% after alert over {p}",
        "Is {p} sold outside France? What we know",
        "Health officials convene crisis meeting over {p}",
        "Patient groups demand transparency from {o} over {p}",
    ),
    "es": ("Francia investiga el jarabe infantil {p} de {o} tras varias reacciones adversas",),
    "de": ("Frankreich: Behörde prüft Kindersaft {p} von {o}",),
    "it": ("Francia, indagine sullo sciroppo per bambini {p} di {o}",),
}
NEWS_LEADS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Les explications de notre rédaction.",
        "Notre article complet.",
        "Ce qu'il faut retenir.",
        "Le point en trois questions.",
    ),
    "en": ("Full story.", "Here is what we know.", "Read more.", "Our explainer."),
}

# --- Scripted crisis posts ----------------------------------------------------------------------

VIRAL_POSTS: tuple[str, ...] = (
    "Je poste ça pour prévenir les autres parents. Hier soir j'ai donné une dose {de} à ma "
    "fille de 3 ans pour sa fièvre. Deux heures après elle avait les lèvres gonflées et des "
    "plaques rouges partout. On a fini aux urgences, les médecins pensent à une réaction au "
    "sirop. Elle va mieux mais j'ai eu la peur de ma vie. Vérifiez vos flacons 🙏 {h}",
    "PARENTS LISEZ ÇA. Mon fils de 4 ans a pris {du} hier soir comme d'habitude. Cette nuit il "
    "s'est réveillé couvert de plaques, les yeux gonflés, il avait du mal à respirer. SAMU, "
    "urgences, une nuit d'angoisse. Le pédiatre de garde nous a dit qu'on n'était pas les "
    "premiers cette semaine. Partagez 🙏 {h}",
    "Je ne poste jamais ici mais là je dois le dire. Ma fille de 2 ans a eu sa dose {de} hier "
    "à 19h. À 21h elle vomissait, à 22h elle avait de l'urticaire sur tout le corps. On sort "
    "des urgences pédiatriques. Réaction au sirop d'après l'interne. S'il vous plaît, faites "
    "attention 💔 {h}",
)

FLOOD_POSTS: tuple[str, ...] = (
    "⚠️ URGENT ⚠️ Ne donnez PLUS de {p} à vos enfants !!! Plusieurs enfants hospitalisés et "
    "{o} ne dit rien. Partagez à tous les parents que vous connaissez 🙏🙏 {h}",
    "⚠️⚠️ ALERTE PARENTS ⚠️⚠️ Le sirop {p} rend des enfants malades partout en France. Les "
    "médias n'en parlent pas, {o} étouffe l'affaire. Copiez-collez sans partager pour "
    "contourner l'algorithme !!!",
    "À TOUS LES PARENTS : jetez immédiatement vos flacons {de}. Des dizaines d'enfants aux "
    "urgences cette semaine. {o} le sait et ne retire rien. Faites tourner 🔁",
)
FLOOD_PREFIXES: tuple[str, ...] = (
    "Copié-collé 👇\n\n",
    "Reçu de ma sœur, je relaie :\n",
    "Je partage :\n",
    "À lire !!\n",
)

STATEMENTS: dict[str, str] = {
    "fr": (
        "Communiqué - {o} a connaissance de signalements concernant {p}. Par mesure de "
        "précaution, nous travaillons avec l'ANSM et analysons les lots concernés. La sécurité "
        "des enfants est notre priorité absolue. Informations : orvane.example/info"
    ),
    "en": (
        "Statement - {o} is aware of reports concerning {p}. As a precaution, we are working "
        "with the French authorities and analysing the lots involved. Children's safety is our "
        "absolute priority. Information: orvane.example/info"
    ),
}

# --- Small banks used by the placeholders --------------------------------------------------------

# (phrase, gender, age): age True = may get "de 4 ans", "baby" = may get "de 18 mois".
FR_KIDS: tuple[tuple[str, str, bool | str], ...] = (
    ("mon fils", "m", True),
    ("ma fille", "f", True),
    ("mon petit", "m", False),
    ("ma petite", "f", False),
    ("mon bébé", "m", "baby"),
    ("mon loulou", "m", False),
    ("ma puce", "f", False),
    ("mon grand", "m", True),
    ("ma grande", "f", True),
    ("notre fils", "m", True),
    ("notre fille", "f", True),
    ("mon petit dernier", "m", False),
    ("ma petite dernière", "f", False),
    ("mon neveu", "m", True),
    ("ma nièce", "f", True),
    ("mon petit-fils", "m", True),
    ("ma petite-fille", "f", True),
    ("mon fiston", "m", False),
)
# gender "x": the pronoun is drawn at random.
EN_KIDS: tuple[tuple[str, str, bool | str], ...] = (
    ("my son", "m", True),
    ("my daughter", "f", True),
    ("my little boy", "m", False),
    ("my little girl", "f", False),
    ("my toddler", "x", False),
    ("my baby", "x", "baby"),
    ("my youngest", "x", False),
    ("my oldest", "x", False),
    ("my nephew", "m", True),
    ("my niece", "f", True),
    ("my grandson", "m", True),
    ("my granddaughter", "f", True),
    ("our son", "m", True),
    ("our daughter", "f", True),
    ("my kid", "x", False),
    ("my LO", "x", False),
)
WHEN: dict[str, tuple[str, ...]] = {
    "fr": (
        "hier soir",
        "hier",
        "avant-hier",
        "dimanche soir",
        "samedi soir",
        "lundi soir",
        "cette nuit",
        "hier midi",
        "jeudi soir",
        "hier après-midi",
        "mardi soir",
    ),
    "en": (
        "last night",
        "yesterday",
        "yesterday evening",
        "on Sunday",
        "two days ago",
        "Monday night",
        "the other night",
        "yesterday afternoon",
        "on Saturday",
    ),
}
PRICES: dict[str, tuple[str, ...]] = {
    "fr": ("6,90 €", "7,50€", "8 euros", "9,20 €", "5,95€", "11 balles", "12 €", "8,40€"),
    "en": ("$12", "£6.50", "$9.99", "£7", "$14", "$11.49", "£8"),
    "es": ("9 euros", "12€", "8,50 €", "150 pesos"),
    "de": ("9 Euro", "12€", "8,50 €"),
    "it": ("9 euro", "12€", "8,50 €"),
}
SUBREDDITS: dict[str, tuple[str, ...]] = {
    "fr": ("france", "AskFrance", "parents_fr", "sante", "Quebec"),
    "en": (
        "AskDocs",
        "Parenting",
        "migraine",
        "beyondthebump",
        "pharmacy",
        "mildlyinfuriating",
        "Health",
        "AskUK",
    ),
    "es": ("es", "mexico"),
    "de": ("de", "Austria"),
    "it": ("italy", "Italia"),
}
FORUM_HOSTS: dict[str, str] = {
    "fr": "forum-sante.example",
    "en": "healthboards.example",
    "es": "foro-salud.example",
    "de": "gesundheitsforum.example",
    "it": "forum-salute.example",
}
# (name, domain, language, country, followers)
NEWS_OUTLETS: tuple[tuple[str, str, str, str, int], ...] = (
    ("Le Quotidien Santé", "quotidien-sante.example", "fr", "FR", 310_000),
    ("Info Matin", "infomatin.example", "fr", "FR", 1_240_000),
    ("Pharma Hebdo", "pharmahebdo.example", "fr", "FR", 85_000),
    ("Le Courrier de Liège", "courrier-liege.example", "fr", "BE", 120_000),
    ("Radio Lac", "radiolac.example", "fr", "CH", 95_000),
    ("Montréal Express", "montreal-express.example", "fr", "CA", 260_000),
    ("France Direct Actu", "francedirect.example", "fr", "FR", 905_000),
    ("La Gazette des Parents", "gazette-parents.example", "fr", "FR", 150_000),
    ("Health Wire", "healthwire.example", "en", "US", 1_530_000),
    ("The Morning Ledger", "morningledger.example", "en", "GB", 812_000),
    ("Pharma Times Daily", "pharmadaily.example", "en", "GB", 121_000),
    ("Pulse Markets", "pulsemarkets.example", "en", "US", 604_000),
    ("Parenting Now", "parentingnow.example", "en", "US", 298_000),
    ("Dublin Daily", "dublindaily.example", "en", "IE", 91_000),
    ("Salud Hoy", "saludhoy.example", "es", "ES", 210_000),
    ("Gesundheit Aktuell", "gesundheit-aktuell.example", "de", "DE", 180_000),
    ("Salute Oggi", "saluteoggi.example", "it", "IT", 140_000),
)

# --- Noise: abbreviations, slang spellings, misspellings -----------------------------------------
# Applied only to the hand-written words, never inside placeholders, so a typo never hides a
# brand name the truth says is there (brand misspellings are chosen as spellings instead).

ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        (r"\bje ne sais pas\b", "jsp"),
        (r"\bje sais pas\b", "jsp"),
        (r"\bpourquoi\b", "pk"),
        (r"\bparce que\b", "pcq"),
        (r"\bbeaucoup\b", "bcp"),
        (r"\baujourd'hui\b", "ajd"),
        (r"\bvraiment\b", "vrmt"),
        (r"\btoujours\b", "tjrs"),
        (r"\bquelqu'un\b", "qqn"),
        (r"\bquelque chose\b", "qqch"),
        (r"\bs'il vous plaît\b", "svp"),
        (r"\bs'il te plaît\b", "stp"),
        (r"\btout le monde\b", "tlm"),
        (r"\bquand même\b", "qd même"),
        (r"\bc'est\b", "c"),
        (r"\bt'inquiète\b", "tkt"),
        (r"\bje suis\b", "chui"),
        (r"\bmaintenant\b", "mtn"),
        (r"\bd'accord\b", "dac"),
        (r"\bpeut-être\b", "ptet"),
        (r"\bil y a\b", "y a"),
        (r"\bne (\w+) (pas|plus|jamais|rien)\b", r"\1 \2"),
        (r"\bvoilà\b", "voila"),
    ),
    "en": (
        (r"\bto be honest\b", "tbh"),
        (r"\bI don't know\b", "idk"),
        (r"\bin my opinion\b", "imo"),
        (r"\byou\b", "u"),
        (r"\byour\b", "ur"),
        (r"\bbecause\b", "bc"),
        (r"\bthough\b", "tho"),
        (r"\bpeople\b", "ppl"),
        (r"\bplease\b", "pls"),
        (r"\bthanks\b", "thx"),
        (r"\bgoing to\b", "gonna"),
        (r"\bwant to\b", "wanna"),
        (r"\bI'm\b", "im"),
        (r"\bdon't\b", "dont"),
        (r"\bcan't\b", "cant"),
        (r"\bdoesn't\b", "doesnt"),
        (r"\bright now\b", "rn"),
        (r"\bnot gonna lie\b", "ngl"),
        (r"\boh my god\b", "omg"),
        (r"\breally\b", "rly"),
        (r"\bprobably\b", "prob"),
        (r"\bthat's\b", "thats"),
        (r"\bit's\b", "its"),
        (r"\bby the way\b", "btw"),
        (r"\bshaking my head\b", "smh"),
    ),
}
MISSPELLINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        (r"\bça\b", "sa"),
        (r"\bj'ai\b", "jai"),
        (r"\bc'est\b", "sé"),
        (r"\bquelqu'un\b", "quelqun"),
        (r"\bsirop\b", "sirot"),
        (r"\bvomi\b", "vomit"),
        (r"\bboutons\b", "bouttons"),
        (r"\bqu'il\b", "quil"),
        (r"\bmédecin\b", "médecain"),
        (r"\bdéjà\b", "deja"),
        (r"\btrès\b", "trés"),
        (r"\bpeut\b", "peu"),
        (r"\bet\b", "é"),
        (r"\bpharmacie\b", "farmacie"),
    ),
    "en": (
        (r"\bdefinitely\b", "definately"),
        (r"\breceive\b", "recieve"),
        (r"\bweird\b", "wierd"),
        (r"\btomorrow\b", "tommorow"),
        (r"\btheir\b", "there"),
        (r"\byou're\b", "your"),
        (r"\bseparate\b", "seperate"),
        (r"\bthe\b", "teh"),
        (r"\bpharmacy\b", "pharmacey"),
        (r"\bnausea\b", "nausia"),
        (r"\bdiarrhea\b", "diarrea"),
        (r"\bstomach\b", "stomache"),
    ),
}
KEY_NEIGHBOURS: dict[str, str] = {
    "a": "zqs",
    "e": "zrd",
    "i": "uok",
    "o": "ipl",
    "u": "yij",
    "s": "qdz",
    "n": "bm",
    "r": "et",
    "t": "ry",
    "m": "nl",
    "l": "km",
    "c": "xv",
    "d": "sf",
    "p": "ol",
}


# =============================================================================================
# Engine
# =============================================================================================

_DAY = 86_400
_LANGS: tuple[str, ...] = ("fr", "en", "es", "de", "it")
_SENTIMENTS: dict[str, SentimentLabel] = {"pos": "positive", "neu": "neutral", "neg": "negative"}
_MAIN_KEYS = frozenset({"p", "du", "le", "de", "au", "h"})
_ORVANE_KEYS = frozenset({"o", "cash", "ho"})
_KID_KEYS = frozenset({"kid", "il", "e", "obj", "he", "his", "him"})
_OTHER_KEYS = frozenset({"when", "price"})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
_WORD = re.compile(r"[^\W\d_]{4,}")
_STRIP_ACCENTS = str.maketrans(
    "àâäáéèêëîïíôöóùûüúçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ", "aaaaeeeeiiiooouuuucAAAEEEEIIOOUUUC"
)
_ABBREVIATIONS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    lang: tuple((re.compile(p, re.IGNORECASE), r) for p, r in rules)
    for lang, rules in ABBREVIATIONS.items()
}
_MISSPELLINGS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    lang: tuple((re.compile(p), r) for p, r in rules) for lang, rules in MISSPELLINGS.items()
}


@dataclass(frozen=True)
class _Group:
    """Authors who share a language and a clock: the daily rhythm follows *their* local time."""

    lang: str
    shift_h: int  # local time minus Paris time, in hours
    share: float
    countries: Weighted
    size: int


_GROUPS: tuple[_Group, ...] = (
    _Group("fr", 0, 0.53, (("FR", 80), ("BE", 9), ("CH", 6), ("LU", 1.5), ("MA", 3.5)), 2600),
    _Group("fr", -6, 0.03, (("CA", 1),), 160),
    _Group("en", -1, 0.14, (("GB", 75), ("IE", 25)), 700),
    _Group("en", -6, 0.10, (("US", 85), ("CA", 15)), 620),
    _Group("en", 9, 0.02, (("AU", 1),), 140),
    _Group("es", 0, 0.02, (("ES", 1),), 110),
    _Group("es", -7, 0.01, (("MX", 1),), 70),
    _Group("de", 0, 0.02, (("DE", 75), ("AT", 15), ("CH", 10)), 110),
    _Group("it", 0, 0.015, (("IT", 92), ("CH", 8)), 90),
)
_SHARE_TOTAL = sum(g.share for g in _GROUPS)
# Crises are national news first: French speakers over-represented, others less so.
_CRISIS_LANG_BOOST: dict[str, float] = {"fr": 1.25, "en": 0.85, "es": 0.6, "de": 0.6, "it": 0.6}

# Posting rhythm by local hour (before normalisation): night trough, morning rise, lunch bump,
# evening peak 20-22 h. Interpolated per minute, then scaled so a day averages 1.0.
_HOURLY: tuple[float, ...] = (
    0.42,
    0.20,
    0.10,
    0.06,
    0.06,
    0.10,
    0.28,
    0.60,
    0.85,
    0.90,
    0.85,
    0.92,
    1.10,
    1.15,
    0.90,
    0.80,
    0.80,
    0.90,
    1.00,
    1.15,
    1.35,
    1.40,
    1.20,
    0.80,
)


def _build_curve() -> tuple[float, ...]:
    values: list[float] = []
    for minute in range(1440):
        position = minute / 60.0 - 0.5  # hour values sit at the middle of their hour
        low = math.floor(position)
        frac = position - low
        values.append(_HOURLY[low % 24] * (1 - frac) + _HOURLY[(low + 1) % 24] * frac)
    mean = sum(values) / len(values)
    return tuple(v / mean for v in values)


_CURVE = _build_curve()

_PLATFORM_WEIGHTS: dict[str, Weighted] = {
    "fr": (
        ("x", 34),
        ("facebook", 27),
        ("instagram", 8),
        ("forum", 12),
        ("reddit", 4),
        ("tiktok", 15),
    ),
    "en": (
        ("x", 36),
        ("reddit", 22),
        ("facebook", 18),
        ("instagram", 9),
        ("tiktok", 10),
        ("forum", 5),
    ),
    "xx": (("x", 40), ("facebook", 30), ("instagram", 12), ("forum", 8), ("tiktok", 10)),
}
# Per platform: probability of an opener, a closer, emoji, hashtags.
_DECOR: dict[str, tuple[float, float, float, float]] = {
    "x": (0.25, 0.25, 0.45, 0.35),
    "facebook": (0.35, 0.45, 0.35, 0.08),
    "instagram": (0.30, 0.35, 0.75, 0.75),
    "tiktok": (0.20, 0.30, 0.60, 0.30),
    "reddit": (0.35, 0.35, 0.06, 0.0),
    "forum": (0.60, 0.55, 0.15, 0.0),
    "news": (0.0, 0.0, 0.0, 0.0),
}
# Per platform: probability of all lower case, of no accents (French), of typos, of slang.
_STYLE: dict[str, tuple[float, float, float, float]] = {
    "x": (0.35, 0.30, 0.25, 0.50),
    "tiktok": (0.50, 0.40, 0.30, 0.60),
    "instagram": (0.25, 0.20, 0.20, 0.40),
    "facebook": (0.15, 0.20, 0.22, 0.35),
    "reddit": (0.20, 0.10, 0.15, 0.40),
    "forum": (0.08, 0.15, 0.20, 0.25),
    "news": (0.0, 0.0, 0.0, 0.0),
}
_WRONG_HINTS: dict[str, tuple[str, ...]] = {
    "fr": ("en", "en", "it", "es"),
    "en": ("fr", "de", "nl"),
    "es": ("it", "pt", "fr"),
    "de": ("nl", "en"),
    "it": ("es", "fr"),
}
_COMPETITORS: dict[str, tuple[str, ...]] = {
    "paracetix": ("ibuvia", "febrinol"),
    "paracetix-1000": ("ibuvia", "febrinol"),
    "paracetix-junior": ("ibuvia", "febrinol"),
    "ibuvia": ("paracetix", "febrinol", "paracetix-1000"),
    "febrinol": ("paracetix", "ibuvia"),
}
_AE_JOINERS: dict[str, tuple[str, ...]] = {
    "fr": (" et ", ", ", ". ", "... ", " et là ", " et "),
    "en": (" and ", ", ", ". ", "... ", " and then ", " and "),
}
_QUIET_SENTIMENTS: Weighted = (("pos", 0.36), ("neu", 0.48), ("neg", 0.16))
_CRISIS_JUNIOR_KINDS: Weighted = (
    ("ae", 0.24),
    ("worried", 0.22),
    ("angry", 0.18),
    ("rumor", 0.07),
    ("switch", 0.07),
    ("defend", 0.13),
    ("sarcasm", 0.04),
)
_TERM_KEYS: tuple[str | None, ...] = tuple(t for t, _ in QUIET_TERM_SHARES)
_TERM_WEIGHTS: tuple[float, ...] = tuple(w for _, w in QUIET_TERM_SHARES)
_TERM_SHARE: dict[str | None, float] = dict(QUIET_TERM_SHARES)

_PRODUCT_BANKS: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    ("fr", "generic"): {"pos": FR_PRODUCT_POS, "neu": FR_PRODUCT_NEU, "neg": FR_PRODUCT_NEG},
    ("fr", "junior"): {"pos": FR_JUNIOR_POS, "neu": FR_JUNIOR_NEU, "neg": FR_JUNIOR_NEG},
    ("fr", "orvane"): {"pos": FR_ORVANE_POS, "neu": FR_ORVANE_NEU, "neg": FR_ORVANE_NEG},
    ("en", "generic"): {"pos": EN_PRODUCT_POS, "neu": EN_PRODUCT_NEU, "neg": EN_PRODUCT_NEG},
    ("en", "junior"): {"pos": EN_JUNIOR_POS, "neu": EN_JUNIOR_NEU, "neg": EN_JUNIOR_NEG},
    ("en", "orvane"): {"pos": EN_ORVANE_POS, "neu": EN_ORVANE_NEU, "neg": EN_ORVANE_NEG},
}
_GENERAL: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": FR_GENERAL,
    "en": EN_GENERAL,
    **OTHER_GENERAL,
}
_HARD_BY_SCOPE: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    (lang, scope): tuple((kind, s, t) for kind, s, sc, t in cases if sc == scope)
    for lang, cases in HARD_CASES.items()
    for scope in ("generic", "junior", "orvane")
}
_COMPARE_BY_SCOPE: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    (lang, scope): tuple((s, t) for s, sc, t in cases if sc == scope)
    for lang, cases in COMPARISONS.items()
    for scope in ("generic", "junior")
}
_MILD_BY_SCOPE: dict[tuple[str, str], tuple[str, ...]] = {
    (lang, scope): tuple(t for sc, t in cases if sc == scope)
    for lang, cases in MILD_ADVERSE.items()
    for scope in ("generic", "junior")
}


def _scope(term: str) -> str:
    if term == CRISIS_TERM:
        return "junior"
    return "orvane" if term == "orvane" else "generic"


def _weighted(rng: random.Random, items: Weighted) -> str:
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method below 30, a rounded normal above (only the crisis gets there)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit = math.exp(-lam)
    count = 0
    product = rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _cap(text: str) -> str:
    if text.startswith("{"):
        return "{" + text[1:2].upper() + text[2:]
    return text[:1].upper() + text[1:]


def _decap(text: str, lang: str) -> str:
    """Lower the first letter after an opener like "Franchement," (not "I", not acronyms)."""
    if text.startswith("{"):
        return "{" + text[1:2].lower() + text[2:]
    if lang == "en" and (text.startswith("I ") or text.startswith("I'")):
        return text
    if text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _fr_article(base: str, surface: str) -> str:
    """French elision: "du Paracetix" but "de l'Ibuvia", "le Febrinol" but "l'Ibuvia"."""
    head = surface.split(" ", 1)[0].lower()
    if head == "laboratoires":  # a plural name: "des Laboratoires Orvane", "aux ..."
        return {"du": "des ", "de": "des ", "le": "les ", "au": "aux "}[base] + surface
    if head == "labo":
        return {"du": "du ", "de": "du ", "le": "le ", "au": "au "}[base] + surface
    if base == "de" and head == "orvane":  # a company name takes no article: "d'Orvane"
        return "d'" + surface
    if base == "au" and head == "orvane":
        return "à " + surface
    vowel = surface.lstrip("#")[:1].lower() in "aeiouyàâéèêîôû"
    if base == "du":
        return ("de l'" if vowel else "du ") + surface
    if base == "le":
        return ("l'" if vowel else "le ") + surface
    if base == "de":
        return ("d'" if vowel else "de ") + surface
    return ("à l'" if vowel else "au ") + surface


def _split_key(key: str) -> tuple[str, str]:
    """``{du_c}`` -> ("du", "c"); ``{c}`` is short for ``{p_c}``; a capital is ignored.

    Suffixes: none = the post's product, ``_c`` = a second product, ``_j`` = Paracetix Junior,
    ``_o`` = the company (for French articles: ``{de_o}`` -> "d'Orvane", "des Laboratoires Orvane").
    """
    key = key[:1].lower() + key[1:]
    if key == "c":
        return "p", "c"
    base, _, suffix = key.partition("_")
    return base, suffix


def _template_terms(template: str, main: str | None, comp: str | None) -> tuple[str, ...]:
    """The truth terms are the placeholders the template used: labels cannot drift from text."""
    found: set[str] = set()
    for key in _PLACEHOLDER.findall(template):
        base, suffix = _split_key(key)
        if base in _MAIN_KEYS:
            term = {"": main, "c": comp, "j": CRISIS_TERM, "o": "orvane"}.get(suffix)
            if term is None:
                raise ValueError(f"placeholder {{{key}}} without a term in {template!r}")
            found.add(term)
        elif base in _ORVANE_KEYS:
            found.add("orvane")
    return tuple(t for t in TERM_IDS if t in found)


@dataclass(frozen=True)
class _Piece:
    """A post before rendering: a template and what the author means by it."""

    body: str
    sentiment: str  # pos / neu / neg
    main: str | None = None
    comp: str | None = None
    adverse: bool = False
    decor: str = "full"  # full: openers+closers+tails; crisis: closers+tails; tails; none
    tags: tuple[str, ...] = ()
    closers: tuple[str, ...] | None = None
    openers: tuple[str, ...] = ()
    shout: bool = False
    clean: bool = False  # scripted text: canonical spellings, no noise


@dataclass
class _Author:
    id: str
    lang: str
    group: int
    country: str | None
    followers: int
    home: str
    domain: str | None = None
    name: str | None = None


@dataclass
class _Draft:
    seq: int
    ts: int
    text: str
    platform: str
    author: _Author
    language: str
    sentiment: str
    terms: tuple[str, ...]
    adverse: bool
    repost_of: int | None = None
    reply_to: int | None = None
    dup_of: int | None = None
    lang_hint: str | None = None
    has_url: bool = True
    sub: str | None = None


class _Filler:
    """Fills one post's placeholders; cached so a post spells a product the same way twice."""

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        main: str | None,
        comp: str | None,
        *,
        lower: bool,
        strip: bool,
        canonical: bool,
    ) -> None:
        self.rng = rng
        self.lang = lang
        self.bucket = lang if lang in ("fr", "en") else "xx"
        self.main = main
        self.comp = comp
        self.lower = lower
        self.strip = strip
        self.canonical = canonical
        self.cache: dict[str, str] = {}
        self.kid: tuple[str, str] | None = None

    def __call__(self, match: re.Match[str]) -> str:
        return self.value(match.group(1))

    def value(self, key: str) -> str:
        cached = self.cache.get(key)
        if cached is None:
            if key[:1].isupper():
                cached = _cap(self.value(key[:1].lower() + key[1:]))
            else:
                cached = self._make(key)
            self.cache[key] = cached
        return cached

    def _case(self, text: str) -> str:
        if self.lower:
            text = text.lower()
        if self.strip:
            text = text.translate(_STRIP_ACCENTS)
        return text

    def _surface(self, term: str) -> str:
        key = "=" + term
        cached = self.cache.get(key)
        if cached is None:
            if self.canonical:
                cached = CANONICAL[term]
            else:
                cached = self._case(_weighted(self.rng, SURFACES[self.bucket][term]))
            self.cache[key] = cached
        return cached

    def _make(self, key: str) -> str:
        base, suffix = _split_key(key)
        if base in _MAIN_KEYS:
            term = {"": self.main, "c": self.comp, "j": CRISIS_TERM, "o": "orvane"}.get(suffix)
            if term is None:
                raise KeyError(f"placeholder {{{key}}} has no term")
            if base == "h":
                return HASHTAGS[term].lower() if self.lower else HASHTAGS[term]
            surface = self._surface(term)
            if base == "p" or self.lang != "fr":
                return surface
            return _fr_article(base, surface)
        if key == "o":
            return self._surface("orvane")
        if key == "cash":
            return CASHTAG
        if key == "ho":
            return HASHTAGS["orvane"].lower() if self.lower else HASHTAGS["orvane"]
        if key in _KID_KEYS:
            return self._kid_value(key)
        if key == "when":
            return self._case(self.rng.choice(WHEN["fr" if self.lang == "fr" else "en"]))
        if key == "price":
            return self.rng.choice(PRICES[self.lang])
        raise KeyError(f"unknown placeholder {{{key}}}")

    def _kid_value(self, key: str) -> str:
        if self.kid is None:
            self.kid = self._draw_kid()
        phrase, gender = self.kid
        female = gender == "f"
        values = {
            "kid": phrase,
            "il": "elle" if female else "il",
            "e": "e" if female else "",
            "obj": "la" if female else "le",
            "he": "she" if female else "he",
            "his": "her" if female else "his",
            "him": "her" if female else "him",
        }
        return values[key]

    def _draw_kid(self) -> tuple[str, str]:
        rng = self.rng
        if self.lang == "fr":
            phrase, gender, age = rng.choice(FR_KIDS)
            if age is True and rng.random() < 0.4:
                phrase += f" de {rng.randint(2, 10)} ans"
            elif age == "baby" and rng.random() < 0.5:
                phrase += f" de {rng.randint(6, 23)} mois"
        else:
            phrase, gender, age = rng.choice(EN_KIDS)
            if rng.random() < 0.12:
                years = rng.randint(2, 9)
                phrase = f"my {years}yo" if rng.random() < 0.5 else f"my {years} year old"
                gender = "x"
            elif age is True and rng.random() < 0.35:
                phrase += f" ({rng.randint(2, 10)})"
            elif age == "baby" and rng.random() < 0.4:
                phrase += f" ({rng.randint(6, 23)} months)"
        if gender == "x":
            gender = "f" if rng.random() < 0.5 else "m"
        return self._case(phrase), gender


class _Generator:
    """One scenario. Every random draw goes through ``self.rng`` in a fixed order."""

    def __init__(
        self, *, seed: int, quiet_days: int, crisis_seconds: int, posts_per_day: float, end_ts: int
    ) -> None:
        self.rng = random.Random(seed)
        self.end_ts = end_ts
        self.crisis_seconds = crisis_seconds
        self.crisis_ts = end_ts - crisis_seconds
        self.start_ts = self.crisis_ts - quiet_days * _DAY
        self.base_per_min = posts_per_day / 1440.0 / _SHARE_TOTAL
        self.drafts: list[_Draft] = []
        self.seen: set[str] = set()
        self.recent: dict[str, deque[_Draft]] = {lang: deque(maxlen=400) for lang in _LANGS}
        self.viral: _Draft | None = None
        self.statements: dict[str, _Draft] = {}
        self.flood_origin: _Draft | None = None
        self.flood_authors: list[_Author] = []
        self.flood_body = ""
        self._dst: dict[int, tuple[int, int]] = {}
        self.ramp_s = max(60, int(min(13 * 60, 0.3 * crisis_seconds)))
        self.peak_s = int(min(40 * 60, 0.4 * crisis_seconds))
        self.group_cum: list[float] = []
        acc = 0.0
        for g in _GROUPS:
            acc += g.share * _CRISIS_LANG_BOOST[g.lang]
            self.group_cum.append(acc)

    # -- set-up --------------------------------------------------------------------------------

    def run(self) -> Scenario:
        self._build_authors()
        events = self._schedule_crisis()
        self._simulate(events)
        self._top_up_adverse()
        return self._finalize()

    def _build_authors(self) -> None:
        rng = self.rng
        total = sum(g.size for g in _GROUPS) + 1
        numbers = iter(rng.sample(range(1100, 100_000), total))
        self.pools: list[list[_Author]] = []
        self.pool_cum: list[list[float]] = []
        self.by_lang: dict[str, list[_Author]] = {lang: [] for lang in _LANGS}
        for index, group in enumerate(_GROUPS):
            pool: list[_Author] = []
            for _ in range(group.size):
                country = None if rng.random() < 0.12 else _weighted(rng, group.countries)
                pool.append(
                    _Author(
                        f"u-{next(numbers)}",
                        group.lang,
                        index,
                        country,
                        self._followers(),
                        self._home_platform(group.lang),
                    )
                )
            # A few accounts post a lot, most post once or twice (Zipf-like activity).
            cum: list[float] = []
            acc = 0.0
            for rank in range(group.size):
                acc += 1.0 / (rank + 1) ** 0.45
                cum.append(acc)
            self.pools.append(pool)
            self.pool_cum.append(cum)
            self.by_lang[group.lang].extend(pool)
        self.viral_author = _Author(
            f"u-{next(numbers)}", "fr", 0, "FR", rng.randint(1800, 6500), "facebook"
        )
        self.official = _Author("u-1001", "fr", 0, "FR", 48_200, "x", name="Laboratoires Orvane")
        self.outlets: dict[str, list[_Author]] = {}
        for i, (name, domain, lang, country, followers) in enumerate(NEWS_OUTLETS):
            self.outlets.setdefault(lang, []).append(
                _Author(f"u-{1002 + i}", lang, -1, country, followers, "news", domain, name)
            )
        for lang in _LANGS:
            outlets = self.outlets[lang]
            self.outlets[lang] = rng.sample(outlets, len(outlets))
        self.outlet_next: dict[str, int] = {lang: 0 for lang in _LANGS}
        self.quiet_news: dict[str, list[tuple[str | None, str]]] = {
            lang: rng.sample(QUIET_NEWS[lang], len(QUIET_NEWS[lang])) for lang in _LANGS
        }
        self.crisis_news: dict[str, list[str]] = {
            lang: rng.sample(CRISIS_NEWS[lang], len(CRISIS_NEWS[lang])) for lang in _LANGS
        }

    def _followers(self) -> int:
        """Heavy tail: ~88 % under 500, a few influencers and institutions above 50,000."""
        rng = self.rng
        r = rng.random()
        if r < 0.012:
            return int(math.exp(rng.uniform(math.log(50_000), math.log(900_000))))
        if r < 0.06:
            return int(math.exp(rng.uniform(math.log(2_000), math.log(50_000))))
        return int(rng.lognormvariate(4.3, 1.25))

    def _home_platform(self, lang: str) -> str:
        return _weighted(self.rng, _PLATFORM_WEIGHTS[lang if lang in ("fr", "en") else "xx"])

    def _schedule_crisis(self) -> list[tuple[int, int, str, object]]:
        """Scripted crisis beats: viral post, news, the company's statement, the flood."""
        rng = self.rng
        dur = self.crisis_seconds
        shares = _TERM_SHARE
        self.mult = {
            CRISIS_TERM: rng.uniform(11.0, 14.0),
            "paracetix": rng.uniform(2.0, 3.0),
            "orvane": rng.uniform(6.0, 9.0),
            None: rng.uniform(1.4, 1.8),
        }
        self.extra_terms: tuple[str | None, ...] = (CRISIS_TERM, "paracetix", "orvane", None)
        self.extra_weights = tuple(shares[t] * (self.mult[t] - 1) for t in self.extra_terms)
        self.extra_per_min = self.base_per_min * _SHARE_TOTAL * sum(self.extra_weights)
        events: list[tuple[int, int, str, object]] = []
        if dur <= 0:
            return events
        c0 = self.crisis_ts
        viral_ts = c0 + int(min(660, 0.1 * dur)) + rng.randrange(max(1, int(min(240, 0.05 * dur))))
        events.append((viral_ts, 0, "viral", 0))

        n_news = max(1, min(14, round(dur / 3600 * 3.5)))
        first = c0 + int(min(1800, 0.25 * dur)) + rng.randrange(max(1, int(min(300, 0.05 * dur))))
        times = [
            first,
            *sorted(
                self._randint_between(first + 60, self.end_ts - 120) for _ in range(n_news - 1)
            ),
        ]
        for ts in times:
            lang = _weighted(rng, (("fr", 55), ("en", 35), ("es", 4), ("de", 3), ("it", 3)))
            events.append((ts, 1, "news", lang))

        if dur >= 1800:
            statement_ts = c0 + int(min(6000, 0.55 * dur))
            events.append((statement_ts, 2, "statement", "fr"))
            events.append((statement_ts + 300 + rng.randrange(300), 2, "statement", "en"))

        if dur >= 1200:
            start = c0 + int(min(3720, 0.35 * dur)) + rng.randrange(120)
            window = max(300, min(2700, self.end_ts - start - 120))
            count = rng.randint(90, 115) if dur >= 5400 else max(8, round(100 * dur / 5400))
            self.flood_body = FLOOD_POSTS[rng.randrange(len(FLOOD_POSTS))]
            self.flood_authors = rng.sample(self.by_lang["fr"], count)
            events.append((start, 3, "flood", 0))
            offsets = sorted(int(window * rng.betavariate(1.2, 2.2)) for _ in range(count - 1))
            for index, offset in enumerate(offsets, start=1):
                events.append((start + 30 + offset, 3, "flood", index))
        events.sort(key=lambda event: (event[0], event[1]))
        return events

    def _randint_between(self, low: int, high: int) -> int:
        return low if high <= low else self.rng.randrange(low, high)

    # -- time ----------------------------------------------------------------------------------

    def _paris_offset(self, ts: int) -> int:
        """CET/CEST by the EU rule (last Sundays of March and October, 01:00 UTC).

        Computed rather than read from the system tz database so the output cannot depend on
        the tzdata installed on the machine that generates it.
        """
        year = time.gmtime(ts).tm_year
        bounds = self._dst.get(year)
        if bounds is None:
            edges: list[int] = []
            for month in (3, 10):
                last = datetime(year, month, 31, 1, tzinfo=UTC)
                last -= timedelta(days=(last.weekday() + 1) % 7)
                edges.append(int(last.timestamp()))
            bounds = (edges[0], edges[1])
            self._dst[year] = bounds
        return 7200 if bounds[0] <= ts < bounds[1] else 3600

    def _group_rates(self, ts: int) -> list[float]:
        paris = ts + self._paris_offset(ts)
        rates: list[float] = []
        for group in _GROUPS:
            local = paris + group.shift_h * 3600
            minute = (local // 60) % 1440
            factor = _CURVE[minute]
            if (local // _DAY + 3) % 7 >= 5:  # Saturday, Sunday: quieter, later mornings
                factor *= 0.85
                if 360 <= minute < 600:
                    factor *= 0.7
            rates.append(self.base_per_min * group.share * factor)
        return rates

    def _intensity(self, since_start: int) -> float:
        """Crisis intensity 0..1: a 10-15 minute smooth ramp, a peak, a slow partial decay."""
        if since_start < 0 or self.crisis_seconds <= 0:
            return 0.0
        x = min(1.0, since_start / self.ramp_s)
        ramp = x * x * (3 - 2 * x)
        decay = 0.75 + 0.25 * math.exp(-max(0, since_start - self.peak_s) / 3600)
        return ramp * decay

    # -- the stream ----------------------------------------------------------------------------

    def _simulate(self, events: list[tuple[int, int, str, object]]) -> None:
        rng = self.rng
        n_groups = len(_GROUPS)
        next_event = 0
        minutes = -(-(self.end_ts - self.start_ts) // 60)
        for k in range(minutes):
            t0 = self.start_ts + 60 * k
            rates = self._group_rates(t0)
            batch: list[tuple[int, int, str, object]] = []
            for _ in range(_poisson(rng, sum(rates))):
                group = rng.choices(range(n_groups), weights=rates)[0]
                batch.append((t0 + rng.randrange(60), 4, "base", group))
            if self.crisis_seconds > 0 and t0 + 60 > self.crisis_ts:
                lam = self._intensity(t0 + 30 - self.crisis_ts) * self.extra_per_min
                for _ in range(_poisson(rng, lam)):
                    ts = t0 + rng.randrange(60)
                    if ts >= self.crisis_ts:
                        batch.append((ts, 5, "extra", None))
            while next_event < len(events) and events[next_event][0] < t0 + 60:
                batch.append(events[next_event])
                next_event += 1
            batch.sort(key=lambda event: (event[0], event[1]))
            for ts, _order, kind, payload in batch:
                if ts >= self.end_ts:
                    continue
                if kind == "base":
                    assert isinstance(payload, int)
                    self._base_post(ts, payload)
                elif kind == "extra":
                    self._extra_post(ts)
                elif kind == "viral":
                    self._emit_viral(ts)
                elif kind == "news":
                    assert isinstance(payload, str)
                    self._emit_news(ts, payload, crisis=True)
                elif kind == "statement":
                    assert isinstance(payload, str)
                    self._emit_statement(ts, payload)
                elif kind == "flood":
                    assert isinstance(payload, int)
                    self._emit_flood(ts, payload)

    def _pick_author(self, group: int) -> _Author:
        return self.rng.choices(self.pools[group], cum_weights=self.pool_cum[group])[0]

    def _platform_for(self, author: _Author) -> str:
        if self.rng.random() < 0.72:
            return author.home
        return self._home_platform(author.lang)

    def _pick_parent(self, lang: str, ts: int) -> _Draft | None:
        """A recent post (last 3 h) in the same language, popular accounts more likely."""
        candidates: list[_Draft] = []
        weights: list[float] = []
        for draft in reversed(self.recent[lang]):
            if draft.ts > ts - 30:
                continue
            if draft.ts < ts - 3 * 3600 or len(candidates) >= 40:
                break
            candidates.append(draft)
            weights.append(math.sqrt(draft.author.followers + 10))
        if not candidates:
            return None
        return self.rng.choices(candidates, weights=weights)[0]

    def _base_post(self, ts: int, group: int) -> None:
        rng = self.rng
        lang = _GROUPS[group].lang
        crisis = ts >= self.crisis_ts
        if rng.random() < 0.003 and self._emit_news(ts, lang, crisis=False):
            return
        author = self._pick_author(group)
        term = rng.choices(_TERM_KEYS, weights=_TERM_WEIGHTS)[0]
        parent = self._pick_parent(lang, ts) if rng.random() < 0.13 else None
        crisis_style = False
        if crisis and term in (CRISIS_TERM, "paracetix", "orvane", None):
            share = 0.5 if term is None else 0.9
            crisis_style = rng.random() < share * self._intensity(ts - self.crisis_ts)

        def make() -> _Piece:
            if term is None and parent is not None:
                return self._reply_piece(lang, crisis=crisis_style)
            if crisis_style:
                return self._crisis_piece(lang, term)
            return self._quiet_piece(lang, term)

        platform = parent.platform if parent is not None else self._platform_for(author)
        self._emit(ts, author, platform, make, parent=parent, boost=1.5 if crisis_style else 1.0)

    def _extra_post(self, ts: int) -> None:
        rng = self.rng
        group = rng.choices(range(len(_GROUPS)), cum_weights=self.group_cum)[0]
        lang = _GROUPS[group].lang
        author = self._pick_author(group)
        term = rng.choices(self.extra_terms, weights=self.extra_weights)[0]
        parent: _Draft | None = None
        roll = rng.random()
        if term in (CRISIS_TERM, "orvane"):
            viral = self.viral
            statement = self.statements.get(lang)
            if lang == "fr" and viral is not None and viral.ts <= ts - 30 and roll < 0.18:
                parent = viral
            elif statement is not None and statement.ts <= ts - 30 and roll < 0.3:
                parent = statement
        if parent is None and rng.random() < 0.1:
            parent = self._pick_parent(lang, ts)

        def make() -> _Piece:
            if term is None and parent is not None and rng.random() < 0.6:
                return self._reply_piece(lang, crisis=True)
            return self._crisis_piece(lang, term)

        platform = parent.platform if parent is not None else self._platform_for(author)
        self._emit(ts, author, platform, make, parent=parent, boost=1.5)

    # -- pieces --------------------------------------------------------------------------------

    def _quiet_piece(self, lang: str, term: str | None) -> _Piece:
        rng = self.rng
        if term is None:
            sentiment, body = rng.choice(_GENERAL[lang])
            return _Piece(body, sentiment, tags=GENERIC_TAGS[lang])
        if lang not in ("fr", "en"):
            return self._other_quiet_piece(lang, term)
        scope = _scope(term)
        tags = PARENT_TAGS[lang] if scope == "junior" else GENERIC_TAGS[lang]
        roll = rng.random()
        if roll < 0.006 and scope != "orvane":
            body = rng.choice(_MILD_BY_SCOPE[(lang, scope)])
            return _Piece(body, "neg", main=term, adverse=True, tags=tags)
        if roll < 0.06:
            _kind, sentiment, body = rng.choice(_HARD_BY_SCOPE[(lang, scope)])
            return _Piece(body, sentiment, main=term, decor="tails", tags=tags)
        if roll < 0.095 and scope != "orvane":
            sentiment, body = rng.choice(_COMPARE_BY_SCOPE[(lang, scope)])
            comp = rng.choice(_COMPETITORS[term])
            return _Piece(body, sentiment, main=term, comp=comp, tags=tags)
        sentiment = _weighted(rng, _QUIET_SENTIMENTS)
        body = rng.choice(_PRODUCT_BANKS[(lang, scope)][sentiment])
        return _Piece(body, sentiment, main=term, tags=tags)

    def _other_quiet_piece(self, lang: str, term: str) -> _Piece:
        rng = self.rng
        if term == CRISIS_TERM:
            sentiment, body = rng.choice(OTHER_JUNIOR[lang])
        elif term == "orvane":
            sentiment, body = rng.choice(OTHER_ORVANE[lang])
        else:
            sentiment = _weighted(rng, _QUIET_SENTIMENTS)
            body = rng.choice(OTHER_PRODUCT[lang][sentiment])
        return _Piece(body, sentiment, main=term, tags=GENERIC_TAGS[lang])

    def _emoji_piece(self, *, crisis: bool) -> _Piece:
        rng = self.rng
        if crisis and rng.random() < 0.7:
            sentiment = "neg"
        else:
            sentiment = _weighted(rng, (("pos", 0.45), ("neu", 0.25), ("neg", 0.30)))
        count = rng.randint(1, 4)
        if rng.random() < 0.4:
            body = rng.choice(EMOJI[sentiment]) * count
        else:
            body = "".join(rng.choice(EMOJI[sentiment]) for _ in range(count))
        return _Piece(body, sentiment, decor="none")

    def _reply_piece(self, lang: str, *, crisis: bool) -> _Piece:
        rng = self.rng
        if rng.random() < 0.25:
            return self._emoji_piece(crisis=crisis)
        if crisis and lang in CRISIS_SPILLOVER and rng.random() < 0.5:
            sentiment, body = rng.choice(CRISIS_SPILLOVER[lang])
            return _Piece(body, sentiment, decor="tails")
        sentiment, body = rng.choice(SHORT_REPLIES[lang])
        return _Piece(body, sentiment, decor="tails")

    def _crisis_piece(self, lang: str, term: str | None) -> _Piece:
        rng = self.rng
        if lang not in ("fr", "en"):
            if term == CRISIS_TERM:
                sentiment, body = rng.choice(CRISIS_OTHER[lang])
                return _Piece(body, sentiment, main=term, decor="tails", tags=CRISIS_TAGS[lang])
            if term == "orvane":
                sentiment, body = rng.choice(CRISIS_OTHER_ORVANE[lang])
                return _Piece(body, sentiment, main=term, decor="tails", tags=CRISIS_TAGS[lang])
            return self._quiet_piece(lang, term)
        tags = CRISIS_TAGS[lang]
        if term is None:
            sentiment, body = rng.choice(CRISIS_SPILLOVER[lang])
            return _Piece(body, sentiment, decor="tails", tags=tags)
        if term == "paracetix":
            sentiment, body = rng.choice(CRISIS_BRAND[lang])
            kind = "angry" if sentiment == "neg" and not body.endswith("?") else "worried"
            return _Piece(
                body,
                sentiment,
                main=term,
                decor="crisis",
                tags=tags,
                closers=CRISIS_CLOSERS[lang][kind],
                openers=CRISIS_OPENERS[lang][kind],
            )
        if term == "orvane":
            sentiment, body = rng.choice(CRISIS_ORVANE[lang])
            kind = "angry" if sentiment == "neg" else "worried"
            return _Piece(
                body,
                sentiment,
                main=term,
                decor="crisis",
                tags=tags,
                closers=CRISIS_CLOSERS[lang][kind],
                openers=CRISIS_OPENERS[lang][kind],
            )
        if term != CRISIS_TERM:
            return self._quiet_piece(lang, term)
        kind = _weighted(rng, _CRISIS_JUNIOR_KINDS)
        if kind == "ae":
            return self._ae_piece(lang)
        if kind == "worried":
            sentiment, body = rng.choice(CRISIS_WORRIED[lang])
            return _Piece(
                body,
                sentiment,
                main=term,
                decor="crisis",
                tags=tags,
                closers=CRISIS_CLOSERS[lang]["worried"],
                openers=CRISIS_OPENERS[lang]["worried"],
            )
        if kind == "angry":
            return _Piece(
                rng.choice(CRISIS_ANGRY[lang]),
                "neg",
                main=term,
                decor="crisis",
                tags=tags,
                closers=CRISIS_CLOSERS[lang]["angry"],
                openers=CRISIS_OPENERS[lang]["angry"],
                shout=rng.random() < 0.07,
            )
        if kind == "rumor":
            return _Piece(
                rng.choice(CRISIS_RUMORS[lang]), "neg", main=term, decor="tails", tags=tags
            )
        if kind == "switch":
            sentiment, body = rng.choice(CRISIS_SWITCH[lang])
            comp = _weighted(rng, (("ibuvia", 60), ("febrinol", 40)))
            return _Piece(body, sentiment, main=term, comp=comp, decor="tails", tags=tags)
        if kind == "defend":
            sentiment, body = rng.choice(CRISIS_DEFEND[lang])
            return _Piece(body, sentiment, main=term, decor="tails", tags=tags)
        return _Piece(rng.choice(CRISIS_SARCASM[lang]), "neg", main=term, decor="tails", tags=tags)

    def _ae_piece(self, lang: str) -> _Piece:
        """A parent's report: a dose, then a reaction, then often what happened next."""
        rng = self.rng
        if rng.random() < 0.3:
            body = rng.choice(AE_ACCOUNTS[lang])
        else:
            admin = rng.choice(AE_ADMIN[lang])
            reaction = rng.choice(AE_REACTIONS[lang])
            joiner = rng.choice(_AE_JOINERS[lang])
            body = _cap(admin) + joiner + (_cap(reaction) if joiner == ". " else reaction)
            if rng.random() < 0.75:
                body += rng.choice((". ", "!! ", "... ", " ", ". ")) + rng.choice(
                    AE_FOLLOW_UPS[lang]
                )
        return _Piece(
            body,
            "neg",
            main=CRISIS_TERM,
            adverse=True,
            decor="tails",
            tags=CRISIS_TAGS[lang] + PARENT_TAGS[lang],
        )

    # -- rendering -----------------------------------------------------------------------------

    def _end_sentence(self, text: str, lang: str) -> str:
        if text and (text[-1].isalnum() or text[-1] == "}"):
            marks = (
                (".", ".", ".", "!", "...", " !", "")
                if lang == "fr"
                else (".", ".", ".", "!", "...", "")
            )
            return text + self.rng.choice(marks)
        return text

    def _decorate(self, piece: _Piece, lang: str, platform: str) -> str:
        rng = self.rng
        body = piece.body
        if piece.decor not in ("full", "crisis") or platform == "news":
            return body
        p_open, p_close, _, _ = _DECOR[platform]
        flavour = piece.sentiment
        if flavour == "neu" and body.rstrip().endswith("?") and "neuq" in OPENERS[lang]:
            flavour = "neuq"  # a question gets "Petite question," and "Merci d'avance !"
        text = body
        if platform == "forum" and lang in FORUM_GREETINGS and rng.random() < p_open:
            text = rng.choice(FORUM_GREETINGS[lang]) + "\n" + body
        elif platform == "reddit" and lang in REDDIT_OPENERS and rng.random() < 0.3:
            text = rng.choice(REDDIT_OPENERS[lang]) + " " + body
        elif rng.random() < p_open and (piece.decor == "full" or piece.openers):
            opener = rng.choice(piece.openers or OPENERS[lang][flavour])
            text = opener + " " + (body if opener.endswith(".") else _decap(body, lang))
        closers = piece.closers if piece.closers is not None else CLOSERS[lang][flavour]
        if closers and rng.random() < p_close:
            separator = "\n" if platform == "facebook" and rng.random() < 0.2 else " "
            text = self._end_sentence(text, lang) + separator + rng.choice(closers)
        if platform == "forum" and lang in FORUM_SIGNOFFS and rng.random() < 0.5:
            text = self._end_sentence(text, lang) + "\n" + rng.choice(FORUM_SIGNOFFS[lang])
        if platform == "reddit" and lang in REDDIT_EDITS and rng.random() < 0.08:
            text = self._end_sentence(text, lang) + "\n\n" + rng.choice(REDDIT_EDITS[lang])
        return text

    def _tails(self, piece: _Piece, lang: str, platform: str) -> str:
        rng = self.rng
        if piece.decor == "none" or platform == "news":
            return ""
        _, _, p_emoji, p_tags = _DECOR[platform]
        parts: list[str] = []
        if rng.random() < p_emoji:
            if platform == "forum":
                parts.append(rng.choice(FORUM_SMILEYS[piece.sentiment]))
            else:
                first = rng.choice(EMOJI[piece.sentiment])
                roll = rng.random()
                if roll < 0.5:
                    parts.append(first)
                elif roll < 0.8:
                    parts.append(first * rng.randint(2, 3))
                else:
                    parts.append(first + rng.choice(EMOJI[piece.sentiment]))
        if (piece.tags or piece.main) and rng.random() < p_tags:
            wanted = {"x": (1, 2), "instagram": (2, 5), "tiktok": (1, 3)}.get(platform, (1, 1))
            count = min(rng.randint(*wanted), len(piece.tags))
            tags = rng.sample(piece.tags, count)
            if piece.main is not None and rng.random() < 0.6:
                tags.insert(0, "{h}")
            if platform == "tiktok" and rng.random() < 0.6:
                tags.append(rng.choice(TIKTOK_TAGS[lang]))
            if tags:
                parts.append(" ".join(tags))
        if not parts:
            return ""
        # Instagram captions push emoji and hashtags below a blank line.
        lead = "\n\n" if platform == "instagram" and rng.random() < 0.7 else " "
        return lead + " ".join(parts)

    def _noisify(
        self, text: str, lang: str, lower: bool, strip: bool, typos: int, slang: bool
    ) -> str:
        """Slang, a misspelling, typos, lower case, missing accents: how people actually type."""
        rng = self.rng
        if slang:
            for pattern, replacement in _ABBREVIATIONS.get(lang, ()):
                if rng.random() < 0.6:
                    text = pattern.sub(replacement, text)
        if typos:
            rules = [rule for rule in _MISSPELLINGS.get(lang, ()) if rule[0].search(text)]
            if rules and rng.random() < 0.35:
                pattern, replacement = rng.choice(rules)
                text = pattern.sub(replacement, text, count=1)
            for _ in range(typos):
                text = self._typo(text)
        if lower:
            text = text.lower()
        if strip:
            text = text.translate(_STRIP_ACCENTS)
        return text

    def _typo(self, text: str) -> str:
        words = [
            m
            for m in _WORD.finditer(text)
            if text[m.start() - 1 : m.start()] not in ("{", "_", "#", "@", "$")
            and not m.group(0).isupper()
        ]
        if not words:
            return text
        rng = self.rng
        match = rng.choice(words)
        word = match.group(0)
        i = rng.randrange(1, len(word) - 1)
        roll = rng.random()
        if roll < 0.35:
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif roll < 0.65:
            new = word[:i] + word[i + 1 :]
        elif roll < 0.85:
            new = word[:i] + word[i] + word[i:]
        else:
            neighbours = KEY_NEIGHBOURS.get(word[i].lower())
            new = word[:i] + (rng.choice(neighbours) if neighbours else "") + word[i + 1 :]
        return text[: match.start()] + new + text[match.end() :]

    def _render(
        self, piece: _Piece, lang: str, platform: str, parent: _Draft | None
    ) -> tuple[str, tuple[str, ...]]:
        rng = self.rng
        core = self._decorate(piece, lang, platform)
        lower = strip = slang = False
        typos = 0
        if not piece.clean and piece.decor != "none":
            p_lower, p_strip, p_typo, p_slang = _STYLE[platform]
            lower = rng.random() < p_lower
            strip = lang == "fr" and rng.random() < p_strip
            if rng.random() < p_typo:
                typos = 1 if rng.random() < 0.85 else 2
            slang = rng.random() < p_slang
            core = self._noisify(core, lang, lower, strip, typos, slang)
        template = core + self._tails(piece, lang, platform)
        filler = _Filler(
            rng, lang, piece.main, piece.comp, lower=lower, strip=strip, canonical=piece.clean
        )
        text = _PLACEHOLDER.sub(filler, template)
        if piece.shout:
            text = text.upper()
        if parent is not None and platform in ("x", "instagram", "tiktok"):
            text = f"@{parent.author.id} {text}"
        if len(text) > MAX_TEXT_CHARS:
            text = text[: MAX_TEXT_CHARS - 3].rstrip() + "..."
        return text, _template_terms(template, piece.main, piece.comp)

    # -- emitting ------------------------------------------------------------------------------

    def _new_draft(
        self,
        ts: int,
        text: str,
        platform: str,
        author: _Author,
        language: str,
        sentiment: str,
        terms: tuple[str, ...],
        adverse: bool,
        *,
        repost_of: int | None = None,
        reply_to: _Draft | None = None,
        dup_of: int | None = None,
    ) -> _Draft:
        rng = self.rng
        draft = _Draft(
            seq=len(self.drafts),
            ts=ts,
            text=text,
            platform=platform,
            author=author,
            language=language,
            sentiment=sentiment,
            terms=terms,
            adverse=adverse,
            repost_of=repost_of,
            reply_to=reply_to.seq if reply_to is not None else None,
            dup_of=dup_of,
            lang_hint=self._hint(language, platform),
            has_url=platform == "news" or rng.random() >= 0.04,
        )
        if platform == "reddit":
            if reply_to is not None and reply_to.sub is not None:
                draft.sub = reply_to.sub
            else:
                draft.sub = rng.choice(SUBREDDITS[language])
        self.drafts.append(draft)
        return draft

    def _hint(self, lang: str, platform: str) -> str | None:
        """The platform's language claim: half the time, and sometimes wrong, as in real life."""
        rng = self.rng
        if platform == "news":
            return lang if rng.random() < 0.7 else None
        if rng.random() >= 0.5:
            return None
        if rng.random() < 0.9:
            return lang
        return rng.choice(_WRONG_HINTS[lang])

    def _emit(
        self,
        ts: int,
        author: _Author,
        platform: str,
        make: Callable[[], _Piece],
        *,
        parent: _Draft | None,
        boost: float,
    ) -> _Draft:
        """Render an authored post until its text is new: authored texts never repeat."""
        piece = make()
        text, terms = self._render(piece, author.lang, platform, parent)
        attempts = 1
        while text in self.seen and attempts < 12:
            piece = make()
            text, terms = self._render(piece, author.lang, platform, parent)
            attempts += 1
        while text in self.seen:
            text = f"{text} {self.rng.choice(EMOJI['neu'])}"
        self.seen.add(text)
        draft = self._new_draft(
            ts,
            text,
            platform,
            author,
            author.lang,
            piece.sentiment,
            terms,
            piece.adverse,
            reply_to=parent,
        )
        self.recent[author.lang].append(draft)
        self._spawn_reposts(draft, boost)
        return draft

    def _spawn_reposts(self, original: _Draft, boost: float) -> None:
        if original.platform not in ("x", "facebook"):
            return
        rng = self.rng
        mean = min(40.0, boost * 0.22 * math.sqrt(original.author.followers / 100.0))
        for _ in range(_poisson(rng, mean)):
            delay = 20 + int(rng.expovariate(1 / 2400))
            if delay > 12 * 3600:
                delay = 20 + rng.randrange(12 * 3600)
            if original.ts + delay < self.end_ts:
                reposter = rng.choice(self.by_lang[original.language])
                self._repost(original, original.ts + delay, reposter)

    def _repost(self, original: _Draft, ts: int, reposter: _Author) -> _Draft:
        platform = original.platform if original.platform in ("x", "facebook") else "x"
        text = original.text
        if platform == "x" and self.rng.random() < 0.6:
            text = f"RT @{original.author.id}: {text}"
            if len(text) > MAX_TEXT_CHARS:
                text = text[: MAX_TEXT_CHARS - 3].rstrip() + "..."
        return self._new_draft(
            ts,
            text,
            platform,
            reposter,
            original.language,
            original.sentiment,
            original.terms,
            original.adverse,
            repost_of=original.seq,
            dup_of=original.seq,
        )

    def _emit_viral(self, ts: int) -> None:
        """The post everyone shares: one parent's account, reposted 150-300 times in an hour."""
        rng = self.rng
        piece = _Piece(
            VIRAL_POSTS[rng.randrange(len(VIRAL_POSTS))],
            "neg",
            main=CRISIS_TERM,
            adverse=True,
            decor="none",
            clean=True,
        )
        platform = "facebook" if rng.random() < 0.5 else "x"
        text, terms = self._render(piece, "fr", platform, None)
        self.seen.add(text)
        viral = self._new_draft(ts, text, platform, self.viral_author, "fr", "neg", terms, True)
        self.viral = viral
        self.recent["fr"].append(viral)
        count = rng.randint(150, 300)
        if self.crisis_seconds < 5400:
            count = max(5, round(count * self.crisis_seconds / 5400))
        n_fr = round(count * 0.85)
        reposters = rng.sample(self.by_lang["fr"], n_fr) + rng.sample(
            self.by_lang["en"], count - n_fr
        )
        horizon = min(3900, self.end_ts - ts - 1)
        if horizon <= 20:
            return
        for reposter in reposters:
            delay = 15 + int(rng.expovariate(1 / 1000))
            if delay > horizon:
                delay = 15 + rng.randrange(horizon - 15)
            self._repost(viral, ts + delay, reposter)

    def _emit_news(self, ts: int, lang: str, *, crisis: bool) -> bool:
        rng = self.rng
        outlets = self.outlets[lang]
        if crisis:
            pool: list[str] = self.crisis_news[lang]
            if not pool or not outlets:
                return False
            main: str | None = CRISIS_TERM
            body = pool.pop()
        else:
            quiet_pool = self.quiet_news[lang]
            if not quiet_pool or not outlets:
                return False
            main, body = quiet_pool.pop()
        outlet = outlets[self.outlet_next[lang] % len(outlets)]
        self.outlet_next[lang] += 1
        if lang in NEWS_LEADS and rng.random() < 0.35:
            body += "\n\n" + rng.choice(NEWS_LEADS[lang])
        elif rng.random() < 0.4:
            body += f" | {outlet.name}"
        piece = _Piece(body, "neu", main=main, decor="none", clean=True)
        text, terms = self._render(piece, lang, "news", None)
        if text in self.seen:
            return False
        self.seen.add(text)
        news = self._new_draft(ts, text, "news", outlet, lang, "neu", terms, False)
        for _ in range(_poisson(rng, 9.0 if crisis else 2.5)):
            delay = 30 + int(rng.expovariate(1 / 1500))
            if ts + delay < self.end_ts:
                self._repost(news, ts + delay, rng.choice(self.by_lang[lang]))
        return True

    def _emit_statement(self, ts: int, lang: str) -> None:
        piece = _Piece(STATEMENTS[lang], "neu", main=CRISIS_TERM, decor="none", clean=True)
        text, terms = self._render(piece, lang, "x", None)
        self.seen.add(text)
        statement = self._new_draft(ts, text, "x", self.official, lang, "neu", terms, False)
        self.statements[lang] = statement
        self.recent[lang].append(statement)
        rng = self.rng
        for _ in range(_poisson(rng, 20.0)):
            delay = 20 + int(rng.expovariate(1 / 1200))
            if ts + delay < self.end_ts:
                self._repost(statement, ts + delay, rng.choice(self.by_lang[lang]))

    def _emit_flood(self, ts: int, index: int) -> None:
        """One alarmist message pasted by ~100 accounts: duplicates without ``repost_of``."""
        rng = self.rng
        author = self.flood_authors[index]
        platform = _weighted(rng, (("facebook", 60), ("x", 25), ("instagram", 15)))
        origin = self.flood_origin
        if origin is None:
            piece = _Piece(self.flood_body, "neg", main=CRISIS_TERM, decor="none", clean=True)
            text, terms = self._render(piece, "fr", platform, None)
            self.seen.add(text)
            self.flood_origin = self._new_draft(
                ts, text, platform, author, "fr", "neg", terms, False
            )
            return
        text = origin.text
        if rng.random() < 0.15:
            text = rng.choice(FLOOD_PREFIXES) + text
        self._new_draft(
            ts, text, platform, author, "fr", "neg", origin.terms, False, dup_of=origin.seq
        )

    def _top_up_adverse(self) -> None:
        """Guarantee enough distinct reports (fr and en) however the dice fell."""
        if self.crisis_seconds < 600:
            return
        rng = self.rng
        target = math.ceil(30 * min(1.0, self.crisis_seconds / 10_800))
        minimum = {"fr": math.ceil(target * 0.5), "en": math.ceil(target * 0.25)}
        counts = {"fr": 0, "en": 0}
        for draft in self.drafts:
            if (
                draft.adverse
                and draft.dup_of is None
                and draft.ts >= self.crisis_ts
                and draft.language in counts
            ):
                counts[draft.language] += 1
        low = self.crisis_ts + self.ramp_s
        groups = {lang: [i for i, g in enumerate(_GROUPS) if g.lang == lang] for lang in counts}
        while (
            counts["fr"] < minimum["fr"]
            or counts["en"] < minimum["en"]
            or counts["fr"] + counts["en"] < target
        ):
            if counts["fr"] < minimum["fr"]:
                lang = "fr"
            elif counts["en"] < minimum["en"]:
                lang = "en"
            else:
                lang = "fr" if rng.random() < 0.65 else "en"
            ts = self._randint_between(low, self.end_ts)
            weights = [_GROUPS[i].share for i in groups[lang]]
            author = self._pick_author(rng.choices(groups[lang], weights=weights)[0])
            self._emit(
                ts,
                author,
                self._platform_for(author),
                partial(self._ae_piece, lang),
                parent=None,
                boost=1.5,
            )
            counts[lang] += 1

    # -- output --------------------------------------------------------------------------------

    def _finalize(self) -> Scenario:
        drafts = sorted(self.drafts, key=lambda d: (d.ts, d.seq))
        ids = [""] * len(drafts)
        for index, draft in enumerate(drafts):
            ids[draft.seq] = f"sim-{index + 1:06d}"
        posts: list[dict[str, object]] = []
        truth: dict[str, PostTruth] = {}
        for draft in drafts:
            post_id = ids[draft.seq]
            posts.append(
                {
                    "id": post_id,
                    "text": draft.text,
                    "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(draft.ts)),
                    "platform": draft.platform,
                    "author_id": draft.author.id,
                    "author_followers": draft.author.followers,
                    "country": draft.author.country,
                    "url": _url(draft, post_id),
                    "repost_of": ids[draft.repost_of] if draft.repost_of is not None else None,
                    "reply_to": ids[draft.reply_to] if draft.reply_to is not None else None,
                    "lang_hint": draft.lang_hint,
                }
            )
            truth[post_id] = PostTruth(
                phase="crisis" if draft.ts >= self.crisis_ts else "quiet",
                language=draft.language,
                sentiment=_SENTIMENTS[draft.sentiment],
                terms=draft.terms,
                adverse_reaction=draft.adverse,
                duplicate_of=ids[draft.dup_of] if draft.dup_of is not None else None,
            )
        return Scenario(
            posts=posts,
            truth=truth,
            crisis_start=datetime.fromtimestamp(self.crisis_ts, UTC),
            crisis_end=datetime.fromtimestamp(self.end_ts, UTC),
            crisis_term=CRISIS_TERM,
        )


def _url(draft: _Draft, post_id: str) -> str | None:
    if not draft.has_url:
        return None
    author = draft.author.id
    if draft.platform == "x":
        return f"https://x.example/{author}/status/{post_id}"
    if draft.platform == "facebook":
        return f"https://facebook.example/{author}/posts/{post_id}"
    if draft.platform == "instagram":
        return f"https://instagram.example/p/{post_id}"
    if draft.platform == "reddit":
        return f"https://reddit.example/r/{draft.sub}/comments/{post_id}"
    if draft.platform == "forum":
        return f"https://{FORUM_HOSTS[draft.language]}/t/{post_id}"
    if draft.platform == "tiktok":
        return f"https://tiktok.example/@{author}/video/{post_id}"
    return f"https://{draft.author.domain}/article/{post_id}"


# =============================================================================================
# Bank self-check and command line
# =============================================================================================

_BRAND_LITERAL = re.compile(r"paracet|ibuvia|f[eé]brinol|orvane|\$orv", re.IGNORECASE)
_EXAMPLE_URL = re.compile(r"\S+\.example\S*")
_KNOWN_KEYS = (
    {f"{base}{suffix}" for base in _MAIN_KEYS for suffix in ("", "_c", "_j", "_o")}
    | _ORVANE_KEYS
    | _KID_KEYS
    | _OTHER_KEYS
    | {"c"}
)


def _bank_entries() -> Iterator[tuple[str, str, str]]:
    """Every template with the bank it comes from and what it must name.

    Requirements: "main" (the post's product), "main+comp", "orvane", "main|orvane" (either),
    "none" (no watch term at all), "any" (fragments that may name nothing).
    """
    for lang in ("fr", "en"):
        for scope in ("generic", "junior"):
            for sentiment, bank in _PRODUCT_BANKS[(lang, scope)].items():
                for t in bank:
                    yield f"{lang}/{scope}/{sentiment}", t, "main"
        for bank in _PRODUCT_BANKS[(lang, "orvane")].values():
            for t in bank:
                yield f"{lang}/orvane", t, "orvane"
        for kind, _s, scope, t in HARD_CASES[lang]:
            yield f"{lang}/hard/{kind}", t, "orvane" if scope == "orvane" else "main"
        for _s, _sc, t in COMPARISONS[lang]:
            yield f"{lang}/compare", t, "main+comp"
        for _sc, t in MILD_ADVERSE[lang]:
            yield f"{lang}/mild-adverse", t, "main"
        for t in AE_ADMIN[lang] + AE_ACCOUNTS[lang]:
            yield f"{lang}/ae", t, "main"
        for t in AE_REACTIONS[lang] + AE_FOLLOW_UPS[lang]:
            yield f"{lang}/ae-fragment", t, "none"
        for _s, t in CRISIS_WORRIED[lang] + CRISIS_DEFEND[lang] + CRISIS_BRAND[lang]:
            yield f"{lang}/crisis", t, "main"
        for t in CRISIS_ANGRY[lang] + CRISIS_RUMORS[lang] + CRISIS_SARCASM[lang]:
            yield f"{lang}/crisis-angry", t, "main|orvane"
        for _s, t in CRISIS_SWITCH[lang]:
            yield f"{lang}/switch", t, "main+comp"
        for _s, t in CRISIS_ORVANE[lang]:
            yield f"{lang}/crisis-orvane", t, "orvane"
        for _s, t in CRISIS_SPILLOVER[lang]:
            yield f"{lang}/spillover", t, "none"
        yield f"{lang}/statement", STATEMENTS[lang], "main"
    for lang in _LANGS:
        for _s, t in _GENERAL[lang] + SHORT_REPLIES[lang]:
            yield f"{lang}/general", t, "none"
        for term, t in QUIET_NEWS[lang]:
            yield f"{lang}/news", t, "none" if term is None else "any"
        for t in CRISIS_NEWS[lang]:
            yield f"{lang}/crisis-news", t, "main"
        for bank in (OPENERS[lang], CLOSERS[lang]):
            for fragments in bank.values():
                for t in fragments:
                    yield f"{lang}/decoration", t, "none"
    for lang in ("es", "de", "it"):
        for bank in OTHER_PRODUCT[lang].values():
            for t in bank:
                yield f"{lang}/product", t, "main"
        for _s, t in OTHER_JUNIOR[lang] + CRISIS_OTHER[lang]:
            yield f"{lang}/junior", t, "main"
        for _s, t in OTHER_ORVANE[lang] + CRISIS_OTHER_ORVANE[lang]:
            yield f"{lang}/orvane", t, "orvane"
    for t in VIRAL_POSTS:
        yield "viral", t, "main"
    for t in FLOOD_POSTS:
        yield "flood", t, "main"


def _bank_problems() -> list[str]:
    """Inconsistencies that would make a truth label lie; the tests require none."""
    problems: list[str] = []
    for name, template, need in _bank_entries():
        keys = [k[:1].lower() + k[1:] for k in _PLACEHOLDER.findall(template)]
        unknown = [k for k in keys if k not in _KNOWN_KEYS]
        if unknown:
            problems.append(f"{name}: unknown placeholders {unknown} in {template!r}")
        if template.count("{") != len(keys) or template.count("}") != len(keys):
            problems.append(f"{name}: stray brace in {template!r}")
        if _BRAND_LITERAL.search(_EXAMPLE_URL.sub("", template)):
            problems.append(f"{name}: literal brand name in {template!r}")
        split = [_split_key(k) for k in keys]
        has_main = any(base in _MAIN_KEYS and suffix == "" for base, suffix in split)
        has_comp = any(base in _MAIN_KEYS and suffix == "c" for base, suffix in split)
        has_term = any(base in _MAIN_KEYS or base in _ORVANE_KEYS for base, _ in split)
        has_company = any(k in _ORVANE_KEYS or k.endswith("_o") for k in keys)
        has_orvane = has_company or any(k.endswith("_j") for k in keys)
        ok = {
            "main": has_main,
            "main+comp": has_main and has_comp,
            "orvane": has_company,
            "main|orvane": has_main or has_orvane,
            "none": not has_term,
            "any": True,
        }[need]
        if not ok:
            problems.append(f"{name}: needs {need}: {template!r}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m veille.streams.sources.simulator out.jsonl``: write a scenario to a file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--quiet-days", type=int, default=2)
    parser.add_argument("--crisis-hours", type=float, default=3.0)
    parser.add_argument("--posts-per-day", type=int, default=1500)
    parser.add_argument(
        "--end",
        type=datetime.fromisoformat,
        default=None,
        help="end of the crisis, ISO 8601 (default: now)",
    )
    args = parser.parse_args(argv)
    scenario = generate_scenario(
        seed=args.seed,
        quiet_days=args.quiet_days,
        crisis_hours=args.crisis_hours,
        posts_per_quiet_day=args.posts_per_day,
        end=args.end,
    )
    count = write_jsonl(scenario.posts, args.output)
    print(
        f"wrote {count} posts to {args.output}; crisis on {scenario.crisis_term} from "
        f"{scenario.crisis_start:%Y-%m-%d %H:%M} UTC"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
