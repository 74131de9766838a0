"""Words that tell a person's gender or role, for resolving "she", "he" and "the mayor", and
the nouns of bodies that speak, for resolving "it", "the channel" and "his office".

Written for newsdesk from general English usage: titles and role nouns that carry a gender,
and common given names (English and other names frequent in international news). A name not
listed has no gender here, and then fits either pronoun.
"""
from __future__ import annotations

import unicodedata

FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess",
                 "duchess", "countess", "empress", "sister", "mother", "sra", "frau", "mme"}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "duke", "count", "emperor", "father",
               "brother", "sr", "herr", "monsieur", "sheikh", "sultan", "emir"}
FEMALE_ROLES = {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman",
                "policewoman", "anchorwoman", "stateswoman", "alderwoman", "assemblywoman",
                "actress", "wife", "widow", "mother", "daughter", "sister", "grandmother",
                "aunt", "niece", "girlfriend", "woman", "girl", "queen", "princess", "heiress",
                "waitress", "hostess", "abbess", "nun", "matriarch", "first lady", "landlady"}
MALE_ROLES = {"spokesman", "chairman", "congressman", "businessman", "councilman", "policeman",
              "anchorman", "statesman", "alderman", "assemblyman", "actor", "husband",
              "widower", "father", "son", "brother", "grandfather", "uncle", "nephew",
              "boyfriend", "man", "boy", "king", "prince", "heir", "monk", "patriarch",
              "landlord", "fireman", "cameraman"}

# Role nouns that describe a person speaking for someone ("the spokesman said").
PERSON_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "senator",
    "governor", "official", "aide", "adviser", "advisor", "ambassador", "candidate", "nominee",
    "chairman", "chairwoman", "chair", "director", "leader", "mayor", "general", "commander",
    "chief", "lawyer", "attorney", "representative", "congressman", "congresswoman", "premier",
    "envoy", "analyst", "professor", "economist", "expert", "author", "reporter",
    "correspondent", "businessman", "businesswoman", "mogul", "billionaire", "prosecutor",
    "judge", "democrat", "republican", "strategist", "manager", "pollster", "king", "queen",
    "prince", "princess", "pope", "councillor", "councilor", "councilman", "councilwoman",
    "chancellor", "commissioner", "sheriff", "officer", "executive", "founder", "owner",
    "coach", "captain", "superintendent", "inspector", "deputy", "head", "treasurer",
    "administrator", "negotiator", "diplomat", "lawmaker", "legislator", "speaker", "justice",
    "vice", "emir", "sultan", "ceo", "chairperson", "sergeant", "colonel", "admiral",
} | FEMALE_ROLES | MALE_ROLES

FEMALE_NAMES = set("""
abby abigail ada adriana agnes aisha alejandra alexandra alice alicia alina alison amal amanda
amber amelia amina amy ana anastasia andrea angela angelina angelique anita ann anna anne annie
antonia april ashley audrey aung ayesha barbara beata beatrice becky belinda benazir betsy
bettina betty beverly bianca brenda bridget brigitte britney brooke camila carla carmen carol
caroline carolyn carrie cassandra catherine cathy cecilia celine charlotte chelsea cheryl chloe
christina christine cindy claire clara claudia colleen connie constance cristina cynthia daisy
dana daniela danielle daphne darya deborah debbie debra denise diana diane dilma donna doris
dorothy edith elaine elena eleanor elif elisabeth eliza elizabeth ella ellen elsa emily emma
erin esther eva evelyn fatima fiona florence frances francesca gabriela gabrielle gail gemma
georgia geraldine gina giorgia gloria grace gwen hana hanna hannah harriet hayley heather heidi
helen helena hillary holly ilhan ingrid irene iris isabel isabella ivanka jacinda jackie
jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill jo joan joanna
jodi joyce judith judy julia julie june justine karen karin kate katherine kathleen kathryn
kathy katie katrin kay kayleigh kelly kim kimberly kirsten kirstjen kristen kristi kristina
kamala laura lauren leah leila lena leticia liliana lily linda lindsay lisa liz liza lois
lorena lori louise lucia lucy luisa lydia lynn madeleine madeline maggie maria mariana marie
marina marine marion marsha martha mary maryam maxine megan melania melanie melissa meredith
mia michelle mila mildred miriam molly monica nadia nancy naomi natalia natalie natasha nicola
nicole nikki nina nora olga olivia pamela patricia paula pauline penny petra phyllis priti
rachel rania rebecca regina renata rita roberta rosa rosalind rose ruth sabine sally samantha
sandra sara sarah sharon sheila shirley silvia simone sofia sonia sophia sophie stacey
stephanie susan susanne suzanne svetlana sylvia tamara tanya tara teresa theresa tiffany tina
tracy tulsi ursula valentina valerie vanessa vera veronica victoria violet virginia vivian
wendy whitney yasmin yolanda yulia yvonne zainab zoe
""".split())

MALE_NAMES = set("""
aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro aleksandr
alex alexander alexei alexis alfred ali alistair amir andre andreas andrew andrey angus anthony
antonio antony arnold arthur ashraf ban barack barry bashar ben benjamin benny bernard bernie
bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan carl carlos
chad charles charlie chris christian christopher chuck clarence cory craig dale dan daniel
danny darren dave david dean dennis derek devin dick dmitry dominic don donald doug douglas
duncan dwight ed eddie edward emmanuel enrique eric erik ernest evan evgeny fabio felipe
fernando francis francisco frank franklin fred frederick gary gavin george gerald gerhard
giuseppe glenn gordon graham greg gregory guido gustavo hamid hans harold harry hassan hector
henry herbert howard hugh hugo ian ibrahim igor imran isaac ivan jack jacob jaime jake james
jamie jared jason javier jay jean-claude jeff jeffrey jens jeremy jerome jerry jesse jim jimmy
joe joel johan john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl
keith ken kenneth kevin khalid kim-jong kurt kyle lars larry lawrence lee leo leon leonard
lindsey lloyd louis luca lucas luis luke malcolm marco marcus mario mark martin matt matteo
matthew maurice max michael miguel mike mikhail mitch mitt mohamed mohammad mohammed muhammad
narendra nathan neil nicholas nick nicolas nigel noah norman olaf oliver omar oscar otto owen
pablo patrick paul pedro pete peter philip phillip pierre rafael ralph ramon randy raul ray
raymond recep reza ricardo richard rick rob robert roberto rod rodrigo roger roland ron ronald
rudy rupert russell ryan sam samuel scott sean sebastian sergei sergey shinzo simon stanley
stefan stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis tyler
vicente victor vince vincent vladimir volodymyr walter wang warren wayne william willie xavier
yair yuri yusuf zach zachary
""".split())


# Singular nouns of an organisation or body that "it" may stand for when it speaks, besides
# those the actor lexicon gives an institutional sector ("the agency", "the union").
BODY_NOUNS = {"agency", "ministry", "company", "government", "department", "council",
              "committee", "court", "commission", "board", "party", "union", "army", "bank",
              "firm", "group", "organisation", "organization", "authority", "administration",
              "office", "regulator", "airline", "university", "club", "team", "campaign",
              "network", "broadcaster", "newspaper", "embassy", "parliament", "senate",
              "cabinet", "regime", "military", "coalition", "alliance", "charity", "watchdog",
              "federation", "association", "league", "institute", "foundation", "corporation",
              "bureau", "service", "utility", "operator", "manufacturer", "maker", "carrier",
              "retailer", "insurer", "lender", "publisher", "outlet", "channel", "station",
              # armed and state bodies of wire copy ("the southern command said ... It added")
              "command", "force", "navy", "guard", "mission", "delegation", "secretariat",
              "tribunal", "presidency", "junta", "movement", "front", "directorate", "unit",
              "brigade", "observatory", "monitor", "kremlin"}
# Nouns for the press that stand for the outlet named before ("Al Jazeera reported ... The
# channel said"); "the agency" is left out, as often a state agency as a news agency.
OUTLET_NOUNS = {"channel", "newspaper", "paper", "broadcaster", "network", "station", "daily",
                "magazine", "website", "tabloid", "outlet", "weekly", "publication"}
# What speaks for the person who has it ("his office", "her spokeswoman"): in their name.
SPEAKS_FOR = {"office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aides",
              "aide", "staff", "campaign", "government", "administration", "ministry"}


def name_gender(name: str) -> str | None:
    """'f', 'm' or None from a person's name: a gendered title or a listed given name."""
    # "María", "José", "Zoë": the tables list given names without their accents
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w.strip(".,").lower() for w in plain.split()]
    for w in words[:2]:
        if w in FEMALE_TITLES:
            return "f"
        if w in MALE_TITLES:
            return "m"
    for w in words:
        if w in FEMALE_NAMES:
            return "f"
        if w in MALE_NAMES:
            return "m"
        if w not in TITLE_WORDS:
            break  # only the first word after any titles is a given name
    return None


# Abbreviated titles and the role they stand for ("Gov. Mark Bell" is the governor).
ROLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative",
                      "gen": "general", "col": "colonel", "adm": "admiral", "sgt": "sergeant",
                      "capt": "captain", "supt": "superintendent", "insp": "inspector",
                      "cllr": "councillor", "amb": "ambassador", "pres": "president",
                      "atty": "attorney", "cmdr": "commander", "cdr": "commander",
                      "sec": "secretary", "secy": "secretary", "prof": "professor"}


def role_gender(role: str) -> str | None:
    role = role.lower()
    if role in FEMALE_ROLES:
        return "f"
    if role in MALE_ROLES:
        return "m"
    return None


# Words that may stand before a given name without being one ("Councillor Dana Whitfield").
TITLE_WORDS = FEMALE_TITLES | MALE_TITLES | {
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "gov",
    "governor", "mayor", "councillor", "councilor", "dr", "prof", "professor", "gen", "general",
    "col", "colonel", "lt", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "judge",
    "justice", "chancellor", "premier", "ambassador", "commissioner", "director", "chief",
    "deputy", "foreign", "defence", "defense", "finance", "health", "interior", "state",
    "former", "u.s.", "us", "then", "chairman", "chairwoman", "leader", "speaker", "rev",
    "reverend", "pope", "cardinal", "bishop", "rabbi", "imam", "ayatollah", "sheikh", "opposition",
}
