"""Realistic plans for the benchmarks, made from seeded random choices.

A plan is drawn from pools of the statements practitioners really write: good ones (specific,
measurable, one named person, a date, as in the seeds' examples) and the weak ones the
guidance warns about ("Mum to engage with support", "school to monitor", "ongoing", "within
6 weeks", acronyms, long sentences). Names, dates and numbers are drawn afresh each time, so
no two plans, and few texts, are the same. The same seed always gives the same plan.

    typical_plan(seed)              6 needs, 12 outcomes, 30 actions, people, worries, ...
    plan_with_statements(n, seed)   one plan holding exactly n statements (reasons, outcomes,
                                    outcome dates, actions, who, when) and no other text
    statements(plan)                the plan's texts, for linting with another tool

Plans are built as plan-file data and read through ``fileformat.plan_from_data``, so every
generated plan is one the file format accepts, and dumps and loads back unchanged.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from childplan.plan.fileformat import FORMAT, plan_from_data
from childplan.plan.model import Plan

# The fields a statement can be in (the "who" and "when" of an action count as statements).
STATEMENT_FIELDS = ("reason", "outcome", "by", "action", "who", "when")

# Share of statements drawn from the weak pools, as in a plan that has not yet been checked.
WEAK_SHARE = 0.35

# Plans are dated before the benchmark's "today" (23 November 2026).
_FIRST_PLAN_DATE = dt.date(2026, 10, 5)
_PLAN_DATE_SPREAD = 45  # days


# --- names ----------------------------------------------------------------------------------

_GIRLS = (
    "Emily",
    "Daisy",
    "Mia",
    "Olivia",
    "Amelia",
    "Ava",
    "Zara",
    "Lily",
    "Freya",
    "Maisie",
    "Ruby",
    "Aisha",
    "Poppy",
    "Hanna",
    "Layla",
    "Chloe",
    "Isla",
    "Amira",
    "Jessica",
)
_BOYS = (
    "Jimmy",
    "Sam",
    "Tyler",
    "Noah",
    "Leo",
    "Kai",
    "Harvey",
    "Jayden",
    "Aaron",
    "Oscar",
    "Riley",
    "Yusuf",
    "Kacper",
    "Alfie",
    "Tommy",
    "Ibrahim",
    "Reece",
    "Callum",
    "Mason",
)
_WOMEN = (
    "Sarah",
    "Karen",
    "Aisha",
    "Priya",
    "Joanne",
    "Gemma",
    "Kelly",
    "Fatima",
    "Agnieszka",
    "Leanne",
    "Nadia",
    "Stacey",
    "Hannah",
    "Emma",
    "Zainab",
    "Lucy",
    "Michelle",
    "Ann",
    "Helen",
    "Grace",
    "Bernadette",
    "Shabana",
    "Claire",
    "Nicola",
    "Chidinma",
    "Rachel",
)
_MEN = (
    "Daniel",
    "Jamal",
    "Craig",
    "Mohammed",
    "Lee",
    "Tomasz",
    "Ryan",
    "Kyle",
    "Darren",
    "Adam",
    "Imran",
    "Wayne",
    "Liam",
    "Marcus",
    "Sean",
    "Gary",
    "Paul",
    "Kwame",
    "Rajesh",
)
_SURNAMES = (
    "Smith",
    "Jones",
    "Patel",
    "Khan",
    "Brown",
    "Taylor",
    "Wilson",
    "Okafor",
    "Nowak",
    "Evans",
    "Hughes",
    "Ahmed",
    "Clarke",
    "Walker",
    "Begum",
    "Murphy",
    "Kowalski",
    "Robinson",
    "Ali",
    "Wright",
    "Green",
    "Hall",
    "Mensah",
    "Thompson",
    "Singh",
    "March",
    "O'Neill",
    "Davies",
    "Hussain",
    "Campbell",
    "Lewis",
    "Price",
    "Adeyemi",
)
_TOWNS = (
    "Oakfield",
    "Brackley",
    "Marsden",
    "Hollinwood",
    "Ashby",
    "Thornbury",
    "Kingsmead",
    "Netherton",
    "Bramley",
    "Westgate",
    "Redhill",
    "Castleford",
)
_STREETS = (
    "Hill Street",
    "Park Road",
    "Station Road",
    "Church Lane",
    "Mill Lane",
    "Victoria Road",
    "Queens Road",
    "Elm Grove",
    "High Street",
)
_SCHOOLS = (
    "{town} Primary School",
    "St Mary's CE Primary School",
    "{town} Academy",
    "Park View Primary School",
    "{town} High School",
    "Holy Family Catholic Primary",
)


@dataclass(frozen=True)
class _Job:
    """A professional the plan can give actions to."""

    roles: tuple[str, ...]
    agency: str
    weak_who: tuple[str, ...]  # how a weak plan names them: a job or a service, not a person
    doctor: bool = False


_JOBS = {
    "sw": _Job(
        ("Social Worker",),
        "{town} Children's Services",
        ("social worker", "SW", "Children's Services", "Social care", "allocated worker"),
    ),
    "fsw": _Job(
        ("Family Support Worker", "Family Help Worker"),
        "{town} Family Hub",
        ("family support worker", "FSW", "Family Hub", "Early Help", "Family Help"),
    ),
    "teacher": _Job(
        ("Head of Year 6", "Class Teacher", "Designated Safeguarding Lead", "Pastoral Lead"),
        "{school}",
        ("school", "School", "class teacher", "teacher", "DSL", "Education"),
    ),
    "senco": _Job(
        ("SENCO", "Special Educational Needs Coordinator"),
        "{school}",
        ("SENCO", "school", "SEN team"),
    ),
    "hv": _Job(
        ("Health Visitor",), "{town} Health Visiting Team", ("health visitor", "HV", "Health")
    ),
    "gp": _Job(("GP",), "{street} Surgery", ("GP", "doctor", "G.P."), doctor=True),
    "nurse": _Job(("School Nurse",), "{town} School Nursing Service", ("school nurse", "Health")),
    "camhs": _Job(
        ("CAMHS Practitioner", "Clinical Psychologist"),
        "{town} CAMHS",
        ("CAMHS", "mental health services", "CAMHS worker"),
    ),
    "dav": _Job(
        ("Domestic Abuse Worker", "IDVA"),
        "{town} Women's Aid",
        ("DA worker", "IDVA", "Women's Aid", "DV service"),
    ),
    "substance": _Job(
        ("Drug and Alcohol Worker",),
        "{town} Recovery Service",
        ("drug and alcohol service", "substance misuse worker", "Turning Point"),
    ),
    "housing": _Job(
        ("Housing Officer",), "{town} Council Housing", ("housing", "Housing", "housing officer")
    ),
    "salt": _Job(
        ("Speech and Language Therapist",),
        "{town} Children's Therapy Service",
        ("SALT", "speech therapy", "speech and language"),
    ),
    "youth": _Job(("Youth Worker",), "{town} Youth Service", ("youth worker", "youth service")),
}

# Owners that are the child's family, and how a weak plan names them.
_FAMILY = ("mum", "dad", "gran", "child")
_WEAK_FAMILY_WHO = ("parents", "Mum and Dad", "family", "Parents/carers", "parent", "Mum/Dad")
_GROUP_WHO = (
    "all",
    "everyone",
    "professionals",
    "all agencies",
    "core group",
    "TAF",
    "All professionals",
    "multi-agency",
    "all involved",
    "Core group members",
)


# --- the statements ----------------------------------------------------------------------
#
# Each theme is one kind of need, with good and weak reasons, outcomes and actions. Actions
# are (owner, text): the owner decides who the "who" names. Placeholders: {c} the child,
# {he}/{his}/{him}/{himself} (capitalised: {He}, {His}), {mum} {dad} {gran} as the plan calls
# them, {sw} {teacher} {gp}... the named professional, {school} {town}, and fresh each time:
# {date} {day} {n} {k} {pct_lo} {pct_hi} {mins} {time} {money} {small_money} {weeks}.


@dataclass(frozen=True)
class _Theme:
    name: str
    good_reasons: tuple[str, ...]
    weak_reasons: tuple[str, ...]
    good_outcomes: tuple[str, ...]
    weak_outcomes: tuple[str, ...]
    good_actions: tuple[tuple[str, str], ...]
    weak_actions: tuple[tuple[str, str], ...]


_THEMES = (
    _Theme(
        "school attendance",
        (
            "{c}'s attendance at {school} is {pct_lo}% this year; {he} has missed {k} days since"
            " September, mostly on Mondays, and is falling behind in reading.",
            "{c} is late for school about three days a week because mornings at home have no"
            " routine, so {he} misses {his} first lesson.",
            "{c} has been sent home from school {n} times this term after arguments with staff,"
            " and is now on a reduced timetable of mornings only.",
        ),
        (
            "{c} needs to fulfil {his} educational potential.",
            "{c}'s school attendance needs to improve.",
            "Concerns around {c}'s education and attendance.",
            "{c} needs to attend school.",
        ),
        (
            "{c}'s attendance will rise from {pct_lo}% to above {pct_hi}% by the end of the"
            " spring term, as shown on the school register.",
            "{c} arrives at school by 8.45am on at least four days a week, as recorded by"
            " {school}.",
            "{c} reads to {mum} for {mins} minutes on at least five evenings a week and moves up"
            " one reading band by {date}.",
            "{c} is back on a full timetable at {school}, five days a week, by {date}.",
        ),
        (
            "{c} to fulfil {his} educational potential.",
            "{c}'s attendance to improve.",
            "Maintain good school attendance.",
            "{c} to have an appropriate education and to be supported in school.",
            "{c} to engage with education.",
        ),
        (
            (
                "teacher",
                "Ring {mum} by 9.30am on any day {c} is not in school, and write the"
                " reason in the attendance log.",
            ),
            (
                "mum",
                "Set an alarm for 7am and walk {c} to school, with {his} bag packed the night"
                " before.",
            ),
            ("fsw", "Meet {mum} at home on {day} to make a morning routine chart with {c}."),
            ("teacher", "Email {sw} {c}'s attendance figure for the week every Friday."),
            (
                "child",
                "Tell {teacher} at break time, or in my diary, if something at school is"
                " worrying me.",
            ),
            ("teacher", "Meet {mum} and {c} on {date} to plan {his} return to a full timetable."),
        ),
        (
            ("teacher", "School to monitor attendance."),
            ("mum", "Mum to ensure {c} attends school regularly."),
            ("sw", "Attendance to be monitored and reviewed at the next CIN review."),
            ("teacher", "Ongoing support from school."),
            (
                "mum",
                "Mum will continue to work with school and professionals to make sure that"
                " {c} attends school every day and arrives on time, and will let school"
                " know if there are any problems that are stopping {him} from going.",
            ),
        ),
    ),
    _Theme(
        "home conditions",
        (
            "The kitchen surfaces are covered in old food and the fridge was empty at three of"
            " the last four visits, so {c} has gone to school hungry.",
            "{c} sleeps on a mattress on the floor with no bedding because {his} bed broke in"
            " the summer.",
            "There are dog mess and rubbish bags in the hallway, and {c} has had head lice for"
            " {weeks} weeks.",
        ),
        (
            "The home conditions are poor.",
            "{c}'s house needs to be clean and tidy.",
            "Neglect.",
            "Concerns regarding home conditions and hygiene.",
        ),
        (
            "The living-room carpet is hoovered three times a week and the kitchen surfaces are"
            " wiped after each meal, as seen at each visit until {date}.",
            "{c} sleeps in {his} own bed with a clean duvet and pillow every night from {date}.",
            "There is breakfast food in the house every morning, and {c} eats breakfast before"
            " school on at least four days a week.",
            "The hallway is clear of rubbish and dog mess at every visit, and the bins go out"
            " every Tuesday night.",
        ),
        (
            "The home to be kept to a good standard.",
            "Home conditions to be clean and tidy at all times.",
            "Mum to maintain adequate home conditions.",
            "{c} to live in a suitable home environment.",
        ),
        (
            ("sw", "Apply to the Local Welfare Assistance fund for a bed and bedding for {c}."),
            ("fsw", "Agree a weekly cleaning rota with {mum} and pin it on the fridge."),
            (
                "mum",
                "Wipe the kitchen surfaces after tea and take the rubbish out every Tuesday night.",
            ),
            (
                "sw",
                "Visit without an appointment every two weeks and look at the kitchen, the"
                " bathroom and {c}'s bedroom.",
            ),
            ("fsw", "Take {mum} to the food bank on {day} and help her plan a week of breakfasts."),
            ("mum", "Treat {c}'s hair with the lice lotion tonight and again in seven days."),
        ),
        (
            ("mum", "Mum to keep the home clean and tidy."),
            ("fsw", "FSW to support Mum with home conditions."),
            ("sw", "Unannounced visits to be undertaken as appropriate."),
            ("mum", "Mum to ensure the home is maintained to an adequate standard."),
        ),
    ),
    _Theme(
        "domestic abuse",
        (
            "{c} has seen {dad} hit {mum} twice since June; {he} told {teacher} that {he} hides"
            " under the bed when there is shouting.",
            "Police were called to the home {n} times in the last six months after arguments"
            " between {mum} and {dad}, and {c} was in the house each time.",
        ),
        (
            "DV in the home.",
            "Domestic abuse concerns.",
            "{c} is at risk of emotional harm due to exposure to domestic violence within the"
            " family home and the impact this has on {his} emotional well-being.",
        ),
        (
            "{c} tells {sw} at each visit that {he} feels safe at home, and there are no police"
            " call-outs to the address before {date}.",
            "{dad} will be able to explain to {sw} how the shouting and hitting made {c} feel,"
            " and what he will do instead when he is angry, by {date}.",
            "{mum} knows who to call and where to go if {dad} comes to the house, and has"
            " practised the safety plan with {c} by {date}.",
        ),
        (
            "Dad to attend {k} sessions with a DV project.",
            "Dad will stop being violent.",
            "There will be no further incidents of DV.",
            "Mum to engage with the DA service.",
        ),
        (
            (
                "dav",
                "Meet {mum} each week for the Freedom Programme at the Family Hub and talk"
                " about what she has learned.",
            ),
            (
                "dav",
                "Make a safety plan with {mum} and {c}, with a code word and a neighbour to go to.",
            ),
            ("mum", "Ring 999 if {dad} comes to the house."),
            (
                "dad",
                "Start the Caring Dads programme on {date} and tell {sw} after each session"
                " one thing he will do differently.",
            ),
            ("sw", "Talk with {c} about how {he} feels at home, using the three houses tool."),
        ),
        (
            ("dad", "Dad to complete a perpetrator programme."),
            ("mum", "Mum to engage with DA services."),
            ("sw", "Refer to MARAC."),
            ("sw", "Dad will not live in the family home and all contact will be supervised."),
        ),
    ),
    _Theme(
        "parental alcohol and drug use",
        (
            "{dad} drinks most evenings and has been too drunk to collect {c} from school twice"
            " this term.",
            "{mum} smokes cannabis in the flat, and {c} has come to school smelling of it on {n}"
            " days since September.",
        ),
        (
            "Parental substance misuse.",
            "Dad needs to address his drinking.",
            "Concerns regarding parental alcohol use.",
        ),
        (
            "{dad} is alcohol-free whenever he has sole care of {c}, checked by a breath test at"
            " each visit until {date}.",
            "If {dad} has been drinking, {gran} collects {c} from school and {c} stays with her"
            " that night.",
            "{mum} smokes only outside the flat, and never while {c} is in her care, from {date}.",
        ),
        (
            "Dad will stop drinking alcohol.",
            "Mum will never use drugs again.",
            "Parents to address their substance misuse.",
            "Dad to remain abstinent.",
        ),
        (
            ("sw", "Book {dad}'s first appointment with {substance} at the Recovery Service."),
            ("substance", "Meet {dad} every Thursday at 10am to go through his drink diary."),
            ("gran", "Collect {c} from school on any day {dad} has been drinking, and text {sw}."),
            ("dad", "Take a breath test with {sw} at each visit."),
        ),
        (
            ("dad", "Dad to engage with substance misuse services."),
            ("sw", "Referral to drug and alcohol services."),
            ("dad", "Dad to abstain from alcohol at all times."),
        ),
    ),
    _Theme(
        "emotional health",
        (
            "{c} has cut {his} arms when upset three times since the summer, and says {he} does"
            " not know who to talk to.",
            "{c} has panic attacks before school most mornings and has stopped going to football.",
            "We need to understand why {c} hurts {himself} when {he} is upset.",
        ),
        (
            "{c} needs to be referred to CAMHS.",
            "{c}'s emotional wellbeing.",
            "{c} needs a CAMHS assessment.",
        ),
        (
            "{c} can name two adults {he} trusts, and talks to one of them when {he} feels like"
            " hurting {himself}, by {date}.",
            "{c} uses {his} calm-down plan (music, drawing, ringing {gran}) instead of cutting,"
            " and tells {mum} when {he} has used it.",
            "{c} goes back to football training every Saturday from {date}.",
        ),
        (
            "To promote {c}'s emotional well-being.",
            "{c} to be happy.",
            "{c} to stop self-harming.",
            "{c} to receive appropriate support from CAMHS.",
        ),
        (
            ("gp", "Refer {c} to {town} CAMHS so that {he} can be seen about the cutting."),
            ("teacher", "Meet {c} every Wednesday at lunchtime for a 20-minute check-in."),
            ("mum", "Keep the first aid kit and anything sharp in the locked cupboard."),
            ("camhs", "Work through the worry book with {c} over six weekly sessions."),
            ("child", "Tell {mum} or {teacher} when I feel like hurting myself."),
        ),
        (
            ("sw", "Refer to CAMHS."),
            ("camhs", "CAMHS to provide support as required."),
            ("teacher", "School to monitor {c}'s emotional wellbeing."),
        ),
    ),
    _Theme(
        "health",
        (
            "{c}'s eczema is cracked and bleeding on {his} hands and {he} scratches at night, so"
            " {he} is tired at school.",
            "{c} has four decayed teeth and has not seen a dentist since {he} was three.",
            "{c} has missed {his} pre-school immunisations.",
        ),
        (
            "Health needs.",
            "{c}'s health needs to be met.",
            "{c} needs to see a dentist.",
        ),
        (
            "{c}'s skin is clear of broken patches at {his} GP check on {date}.",
            "{c} brushes {his} teeth for two minutes every morning and every night, and has had"
            " {his} decayed teeth treated by {date}.",
            "{c} has had all {his} immunisations by {date}, as shown in {his} red book.",
        ),
        (
            "{c}'s health needs to be met.",
            "{c} to be healthy.",
            "Parents to ensure {c} attends all health appointments.",
        ),
        (
            ("mum", "Make an appointment for {c} to see {gp} about {his} eczema."),
            (
                "mum",
                "Put the cream on {c}'s hands four times a day and the moisturiser on at"
                " bath time.",
            ),
            ("hv", "Book {c} in with the {town} Community Dental Service and give {mum} the date."),
            ("nurse", "Go with {mum} and {c} to the immunisation clinic at the health centre."),
        ),
        (
            ("mum", "Mum to attend all health appointments."),
            ("hv", "HV to monitor."),
            ("nurse", "Health to be reviewed as and when."),
        ),
    ),
    _Theme(
        "routines and behaviour",
        (
            "{c} goes to bed after 11pm most nights because there is no bedtime routine, and"
            " falls asleep in class.",
            "{mum} shouts at {c} and smacks {him} when {he} will not do as {he} is told, and {c}"
            " has started hitting {his} little sister.",
        ),
        (
            "Behaviour.",
            "{c} needs boundaries.",
            "Parenting capacity.",
        ),
        (
            "{c} is in bed by {time} on school nights, after a bath and a story, on at least five"
            " nights a week by {date}.",
            "{mum} uses a calm voice, time out and the reward chart instead of smacking when {c}"
            " will not do as {he} is told.",
            "{c} manages {his} temper without hitting {his} sister, as noted on the home chart"
            " each week.",
        ),
        (
            "Mum will stop shouting at {c}.",
            "{c} will not hit {his} sister.",
            "Mum to have age-appropriate boundaries in place.",
            "Parents to complete a parenting course.",
        ),
        (
            (
                "mum",
                "Start the bedtime chart with {c} tonight and put a sticker on it each night"
                " {he} is in bed by {time}.",
            ),
            (
                "fsw",
                "Meet {mum} at home on {day}s for six weeks to work through the Triple P"
                " session on fighting.",
            ),
            ("fsw", "Book {mum} on the Incredible Years course that starts on {date}."),
            ("fsw", "Ask {c} each week what is going well at home and write it on {his} chart."),
        ),
        (
            ("mum", "Mum to attend and complete a parenting course."),
            ("mum", "Parents to implement appropriate boundaries and routines."),
            ("fsw", "FSW to offer support around routines and boundaries as needed."),
        ),
    ),
    _Theme(
        "learning and speech",
        (
            "{c} is hard for other children to understand and gets into fights when asked to"
            " read aloud in class.",
            "{c} is two years behind in reading and writing, and {his} teacher thinks {he} may"
            " have dyslexia.",
        ),
        (
            "{c} needs an assessment.",
            "SEN needs.",
            "{c} needs an EHCP.",
        ),
        (
            "{c} says the sounds 's' and 'f' clearly in words at home and at school by {date},"
            " as checked by {salt}.",
            "{c} reads the 100 common words on {his} reading list by the end of the spring term.",
        ),
        (
            "{c} to have {his} needs met.",
            "{c} to achieve {his} full potential.",
            "{c} to be supported with {his} SEN.",
        ),
        (
            (
                "teacher",
                "Send the referral for {c} to the {town} Speech and Language Therapy Service.",
            ),
            ("mum", "Play the sound game from {salt} with {c} for ten minutes each day."),
            (
                "teacher",
                "Read with {c} for ten minutes every school day and write it in {his}"
                " reading record.",
            ),
            (
                "senco",
                "Apply for an EHC needs assessment for {c} and go through the form with {mum}.",
            ),
        ),
        (
            ("senco", "SENCO to apply for EHCP."),
            ("salt", "SALT referral."),
            ("teacher", "School to support {c}'s learning needs."),
        ),
    ),
    _Theme(
        "housing and money",
        (
            "The family owe £{money} in rent and have been told to leave the flat by {date}.",
            "The flat has black mould in {c}'s bedroom, and {c} has had three chest infections"
            " since September.",
        ),
        (
            "Housing issues.",
            "Financial difficulties.",
            "The family need support with housing.",
        ),
        (
            "The mould in {c}'s bedroom has been treated and the window fixed by {date}, and {c}"
            " sleeps in {his} own room.",
            "{mum} has a plan agreed with the landlord to pay back the rent she owes by {date},"
            " and pays £{small_money} a week.",
        ),
        (
            "Family to have suitable housing.",
            "Mum to manage her finances appropriately.",
        ),
        (
            (
                "housing",
                "Write to the landlord about the mould and ask for the repair date in writing.",
            ),
            (
                "fsw",
                "Go with {mum} to the Citizens Advice drop-in on {day} to agree a plan for"
                " the rent.",
            ),
            ("fsw", "Apply to the Household Support Fund for a dehumidifier."),
            (
                "mum",
                "Open every letter from the council and bring them to the Tuesday meeting"
                " with {fsw}.",
            ),
        ),
        (
            ("sw", "Housing to be contacted."),
            ("mum", "Mum to liaise with housing."),
            ("fsw", "Support with finances as and when required."),
        ),
    ),
    _Theme(
        "care and safety",
        (
            "{c} is left alone in the flat in the evenings while {mum} works, and was found by"
            " police in the park at 10pm in October.",
            "{c} has not seen {dad} since the summer and asks for him at bedtime.",
        ),
        (
            "Supervision concerns.",
            "Contact.",
            "{c} to be safe.",
        ),
        (
            "{c} is looked after by {gran} or {mum} every evening, and is never at home alone,"
            " from {date}.",
            "{c} sees {dad} every other Saturday from 10am to 4pm at {gran}'s house, starting on"
            " {date}.",
        ),
        (
            "Appropriate supervision to be in place.",
            "{c} to be safe and well.",
            "{c} to have safe contact with Dad.",
        ),
        (
            (
                "sw",
                "Write down with {mum} who looks after {c} on each evening she works, and give"
                " a copy to {gran}.",
            ),
            (
                "gran",
                "Look after {c} at my house on Monday, Wednesday and Friday evenings from"
                " 5pm until {mum} finishes work.",
            ),
            (
                "sw",
                "Arrange the first Saturday visit with {dad} and {gran}, and tell {c} the date.",
            ),
        ),
        (
            ("mum", "Mum to ensure appropriate childcare is in place."),
            ("sw", "Contact to be supervised at all times."),
            ("gran", "Family network to support."),
        ),
    ),
)

# Weak actions any need can end up with.
_ANY_WEAK_ACTIONS = (
    ("sw", "SW to complete CIN visits."),
    ("sw", "Core group to review the plan."),
    ("sw", "Professionals to share information."),
    ("fsw", "Step down to Early Help when appropriate."),
    ("mum", "Mum to engage with support."),
    (
        "mum",
        "Mum will continue to engage with all professionals and attend all meetings and"
        " appointments offered to her, so that the professionals can see that she is"
        " committed to making the changes needed for {c}.",
    ),
)

_GOOD_WORRIES = (
    "We are worried that {c} will be hurt if {dad} comes back to the house after drinking.",
    "We are worried that {c} is missing so much school that {he} will not catch up.",
    "We are worried that {c} goes to bed hungry on some nights.",
    "{mum} is worried that she cannot pay the rent and the family will lose the flat.",
)
_WEAK_WORRIES = (
    "Mum is non-compliant and refuses to engage with services.",
    "Dad has failed to engage.",
    "Ongoing concerns around neglect.",
    "Mum is resistant to professional involvement.",
)
_GOOD_STRENGTHS = (
    "{mum} walks {c} to school every day, and {c} has not been late this term.",
    "{c} loves football and goes to training with {his} uncle on Saturdays.",
    "{gran} lives two streets away and has {c} to stay every Friday night.",
    "{mum} came to every meeting this month and rang {sw} when she was struggling.",
    "{c} has a best friend in {his} class and says {he} likes {his} teacher.",
)
_WEAK_STRENGTHS = ("Mum loves {c}.", "Good engagement.", "Family are supportive.")
_GOOD_VIEWS = (
    "{c} said: “I like it at Nan's because it's quiet. I don't like it when Dad shouts.”",
    "{c} told {sw}: “I want Mum to stop being sad. I want to go to football again.”",
    "{c} drew {his} three houses: {his} worries were the shouting and the empty fridge; {his}"
    " dream was a dog and {his} own room.",
)
_WEAK_VIEWS = (
    "{c} is too young to give {his} views.",
    "{c}'s views to be obtained.",
    "Not obtained.",
)
_GOOD_CONTINGENCY = (
    "If {dad} comes to the house after drinking, {mum} will ring 999 and take {c} to {gran}'s"
    " house; {gran} has agreed to look after {c} for as long as needed, and {sw} will visit the"
    " next day.",
    "If {c}'s attendance falls below {pct_lo}% again, {teacher} will ring {sw} the same day,"
    " and {gran} will take {c} to school each morning until the next meeting.",
)
_WEAK_CONTINGENCY = (
    "The case will be stepped up to an Initial Child Protection Conference.",
    "Escalate to a legal planning meeting if there is no progress.",
    "Consider PLO.",
    "Step up to CP.",
)
_GOOD_BOTTOM_LINES = (
    "{c} must not be in {dad}'s care when he has been drinking.",
    "{c} must never be left at home alone.",
    "{c} must be in school every day unless {he} is ill, and {mum} rings school by 9am if {he} is.",
)
_WEAK_BOTTOM_LINES = ("Mum must engage.", "Parents to comply with the plan.")
_ASSUMPTIONS = (
    "{gran} is well enough to look after {c} three evenings a week.",
    "The Freedom Programme has a place for {mum} starting on {date}.",
    "The landlord will agree to a repayment plan.",
    "{dad} will keep his job and his shifts will not change.",
)
_RESOURCES = (
    ("fsw", "Bus fares for {mum} to get to the Family Hub each week"),
    ("sw", "A bed, duvet and bedding for {c}"),
    ("fsw", "A place at the holiday club for {c} in the February half term"),
    ("sw", "An interpreter for {mum} at every meeting"),
)
_GOOD_MONITORING = (
    "{sw} will see {c} alone at each visit and ask {school} for the weekly attendance figure;"
    " the core group will look at both every four weeks.",
    "{teacher} will keep the attendance figures and {fsw} the home chart; both are shared at"
    " each core group.",
)
_WEAK_MONITORING = ("Monitoring via core groups.", "All agencies to monitor and report concerns.")

_GOOD_WHEN = (
    "{d}",
    "by {d}",
    "{d}",
    "by {d}",
    "every {weekday} until {d}",
    "weekly until {d}",
    "each school day until {d}",
    "fortnightly until {d}",
    "{iso}",
)
_WEAK_WHEN = (
    "within 6 weeks",
    "within {weeks} weeks",
    "in two weeks",
    "ongoing",
    "Ongoing",
    "asap",
    "ASAP",
    "as and when",
    "as and when required",
    "by next review",
    "next month",
    "TBC",
    "when required",
    "immediately",
    "at the next core group",
    "weekly",
    "end of term",
    "by the next CIN review",
    "over the next 3 months",
    "as soon as possible",
    "within 10 working days",
)
_WEAK_BY = (
    "within 3 months",
    "by next review",
    "ongoing",
    "end of term",
    "within 6 weeks",
    "by the next RCPC",
    "6 months",
    "TBC",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


# --- building a plan -----------------------------------------------------------------------


class _Words(dict[str, str]):
    """The values for a template's {placeholders}: the plan's names are fixed, numbers and
    dates are drawn afresh on every use, and a professional is added to the plan the first
    time a statement names them."""

    def __init__(self, builder: _Builder) -> None:
        super().__init__()
        self.builder = builder
        self.fresh: dict[str, Callable[[random.Random], str]] = {
            "date": lambda r: builder.written_date(builder.some_date(*builder.date_range)),
            "day": lambda r: r.choice(_WEEKDAYS),
            "n": lambda r: str(r.randint(2, 5)),
            "k": lambda r: str(r.randint(6, 14)),
            "pct_lo": lambda r: str(r.randint(52, 79)),
            "pct_hi": lambda r: str(r.randint(90, 96)),
            "mins": lambda r: str(r.choice((10, 15, 20))),
            "time": lambda r: r.choice(("7pm", "7.30pm", "8pm", "8.30pm")),
            "money": lambda r: f"{r.randint(4, 38) * 50:,}",
            "small_money": lambda r: str(r.randint(2, 12) * 5),
            "weeks": lambda r: str(r.randint(2, 12)),
        }

    def __missing__(self, key: str) -> str:
        if key in self.fresh:
            return self.fresh[key](self.builder.rng)
        if key in _JOBS:
            return self.builder.professional(key)["short"]
        raise KeyError(key)


class _Builder:
    """Builds one plan's data from seeded random choices."""

    def __init__(self, seed: int, weak_share: float) -> None:
        self.rng = random.Random(seed)
        self.weak_share = weak_share
        spread = dt.timedelta(days=self.rng.randint(0, _PLAN_DATE_SPREAD))
        self.plan_date = _FIRST_PLAN_DATE + spread
        self.people: list[dict[str, Any]] = []
        self.professionals: dict[str, dict[str, Any]] = {}
        self.used_names: set[str] = set()
        self.action_count = 0
        self.outcome_until = self.plan_date + dt.timedelta(weeks=12)
        # Where a {date} in a statement falls: set to the outcome's span while it is written.
        self.date_range: tuple[dt.date | None, dt.date | None] = (None, None)
        self.used: set[str] = set()  # templates used in the element being written
        self.words = _Words(self)
        self._family()

    # names

    def name(self, firsts: Sequence[str], surname: str | None = None) -> tuple[str, str]:
        while True:
            first = self.rng.choice(firsts)
            last = surname or self.rng.choice(_SURNAMES)
            if f"{first} {last}" not in self.used_names or len(self.used_names) > 400:
                self.used_names.add(f"{first} {last}")
                return first, last

    def _family(self) -> None:
        rng = self.rng
        girl = rng.random() < 0.5
        surname = rng.choice(_SURNAMES)
        child_first, _ = self.name(_GIRLS if girl else _BOYS, surname)
        mum_first, mum_last = self.name(_WOMEN, surname if rng.random() < 0.7 else None)
        dad_first, dad_last = self.name(_MEN, surname if rng.random() < 0.4 else None)
        gran_first, gran_last = self.name(_WOMEN, mum_last)
        town = rng.choice(_TOWNS)
        age = rng.randint(5, 14)
        born = self.plan_date - dt.timedelta(days=365 * age + rng.randint(0, 360))
        self.child = {
            "name": f"{child_first} {surname}",
            "date_of_birth": born.isoformat(),
        }
        he, his, him, himself = (
            ("she", "her", "her", "herself") if girl else ("he", "his", "him", "himself")
        )
        mum = rng.choice((f"Ms {mum_last}", mum_first, "Mum", f"{mum_first} {mum_last}"))
        dad = rng.choice((f"Mr {dad_last}", dad_first, "Dad", f"{dad_first} {dad_last}"))
        gran = rng.choice((f"Mrs {gran_last}", gran_first, "Nan", f"{gran_first} {gran_last}"))
        self.words.update(
            {
                "c": child_first,
                "he": he,
                "He": he.capitalize(),
                "his": his,
                "His": his.capitalize(),
                "him": him,
                "himself": himself,
                "mum": mum,
                "dad": dad,
                "gran": gran,
                "town": town,
                "street": rng.choice(_STREETS),
            }
        )
        self.words["school"] = rng.choice(_SCHOOLS).format(town=town)
        self.family = {
            "mum": (f"{mum_first} {mum_last}", "mother"),
            "dad": (f"{dad_first} {dad_last}", "father"),
            "gran": (f"{gran_first} {gran_last}", "maternal grandmother"),
        }
        dad_at_home = rng.random() < 0.4
        self.people += [
            {
                "name": self.family["mum"][0],
                "relationship": "mother",
                "parental_responsibility": True,
                "lives_with_child": True,
                "invited": True,
            },
            {
                "name": self.family["dad"][0],
                "relationship": "father",
                "parental_responsibility": rng.random() < 0.8,
                "lives_with_child": dad_at_home,
                "invited": True,
            },
            {
                "name": self.family["gran"][0],
                "relationship": "maternal grandmother",
                "lives_with_child": False,
            },
        ]

    def professional(self, job_key: str) -> dict[str, Any]:
        if job_key not in self.professionals:
            job = _JOBS[job_key]
            female = self.rng.random() < 0.7
            first, last = self.name(_WOMEN if female else _MEN)
            role = self.rng.choice(job.roles)
            if job.doctor:
                full = short = f"Dr {last}"
            else:
                full = f"{first} {last}"
                title = "Mrs" if female else "Mr"
                short = self.rng.choice((full, f"{title} {last}", full))
            agency = job.agency.format(
                town=self.words["town"], school=self.words["school"], street=self.words["street"]
            )
            person = {"name": full, "role": role, "agency": agency}
            self.people.append(person)
            self.professionals[job_key] = {"short": short, "full": full, "role": role}
        return self.professionals[job_key]

    # dates

    def some_date(self, after: dt.date | None = None, before: dt.date | None = None) -> dt.date:
        first = after or self.plan_date + dt.timedelta(days=3)
        last = before or self.outcome_until
        if last < first:
            last = first + dt.timedelta(days=7)
        day = first + dt.timedelta(days=self.rng.randint(0, (last - first).days))
        while day.weekday() >= 5:  # plans are dated on working days
            day += dt.timedelta(days=1)
        return day

    def written_date(self, day: dt.date) -> str:
        style = self.rng.randrange(6)
        if style == 0:
            return f"{day:%A} {day.day} {day:%B %Y}"
        if style == 1:
            return f"{day:%d/%m/%Y}"
        if style == 2:
            suffix = (
                "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
            )
            return f"{day.day}{suffix} {day:%B %Y}"
        if style == 3:
            return f"{day.day} {day:%b %Y}"
        return f"{day.day} {day:%B %Y}"

    def timescale(self, day: dt.date, weak_pool: Sequence[str], recurring: bool = True) -> str:
        if self.weak():
            template = self.rng.choice(weak_pool)
        else:
            pool = _GOOD_WHEN if recurring else ("{d}", "by {d}", "{d}", "{iso}")
            template = self.rng.choice(pool)
        return template.format(
            d=self.written_date(day),
            iso=day.isoformat(),
            weekday=self.rng.choice(_WEEKDAYS),
            weeks=self.rng.randint(2, 12),
        )

    # statements

    def weak(self) -> bool:
        return self.rng.random() < self.weak_share

    def pick(self, pool: Sequence[Any]) -> Any:
        """A random item, not one already used in the element being written (while the pool
        lasts), so that a need does not say the same thing twice."""
        fresh = [item for item in pool if str(item) not in self.used]
        item = self.rng.choice(fresh or pool)
        self.used.add(str(item))
        return item

    def say(self, good: Sequence[str], weak: Sequence[str]) -> str:
        pool = weak if (self.weak() and weak) else good
        template: str = self.pick(pool)
        return template.format_map(self.words)

    def who(self, owner: str) -> str:
        rng = self.rng
        if self.weak():
            if rng.random() < 0.25:
                return rng.choice(_GROUP_WHO)
            if owner in _FAMILY:
                return rng.choice(_WEAK_FAMILY_WHO)
            return rng.choice(_JOBS[owner].weak_who)
        if owner == "child":
            return rng.choice((self.words["c"], self.child["name"]))
        if owner in self.family:
            full, relationship = self.family[owner]
            child = self.words["c"]
            return rng.choice(
                (
                    f"{full} ({relationship})",
                    full,
                    self.words[owner],
                    f"{child}'s {relationship}",
                )
            )
        person = self.professional(owner)
        return rng.choice(
            (
                f"{person['full']} ({person['role']})",
                f"{person['full']}, {person['role']}",
                person["full"],
                f"{person['short']} ({person['role']})",
            )
        )

    def action(self, theme: _Theme, due_by: dt.date) -> dict[str, Any]:
        if self.weak():
            owner, template = self.pick(theme.weak_actions + _ANY_WEAK_ACTIONS)
        else:
            owner, template = self.pick(theme.good_actions)
        self.action_count += 1
        late = self.rng.random() < 0.05  # due after its outcome: a real slip
        day = self.some_date(before=due_by + dt.timedelta(weeks=3) if late else due_by)
        action: dict[str, Any] = {
            "id": f"a{self.action_count}",
            "action": template.format_map(self.words),
            "who": self.who(owner),
            "when": self.timescale(day, _WEAK_WHEN),
        }
        roll = self.rng.random()
        if roll < 0.1:
            action["status"] = "in_progress"
        elif roll < 0.14:
            action["status"] = "done"
        return action

    def outcome(self, theme: _Theme, actions: int) -> dict[str, Any]:
        due_by = self.some_date(
            self.plan_date + dt.timedelta(weeks=6), self.plan_date + dt.timedelta(weeks=26)
        )
        self.date_range = (due_by, due_by)
        outcome: dict[str, Any] = {"outcome": self.say(theme.good_outcomes, theme.weak_outcomes)}
        if self.rng.random() < 0.85:
            outcome["by"] = self.timescale(due_by, _WEAK_BY, recurring=False)
        self.date_range = (None, due_by)
        outcome["actions"] = [self.action(theme, due_by) for _ in range(actions)]
        self.date_range = (None, None)
        if len(outcome["actions"]) > 1 and self.rng.random() < 0.15:
            outcome["actions"][-1]["depends_on"] = [outcome["actions"][0]["id"]]
        return outcome

    def need(self, theme: _Theme, actions_per_outcome: Sequence[int]) -> dict[str, Any]:
        self.used = set()
        return {
            "reason": self.say(theme.good_reasons, theme.weak_reasons),
            "outcomes": [self.outcome(theme, count) for count in actions_per_outcome],
        }

    def some(self, good: Sequence[str], weak: Sequence[str], low: int, high: int) -> list[str]:
        self.used = set()
        return [self.say(good, weak) for _ in range(self.rng.randint(low, high))]

    def document(self, plan: dict[str, Any]) -> dict[str, Any]:
        return {"format": FORMAT, "plan": plan}


def typical_plan(seed: int = 0, weak_share: float = WEAK_SHARE) -> Plan:
    """A plan as a practitioner writes it: 6 needs, 12 outcomes, 30 actions, with people,
    worries, strengths, the child's views, contingency, bottom lines and key dates."""
    b = _Builder(seed, weak_share)
    rng = b.rng
    plan_type = rng.choices(
        ("child_in_need", "child_protection", "family_help", "early_help"), (4, 3, 2, 1)
    )[0]
    themes = rng.sample(_THEMES, 6)
    counts = [3] * 6 + [2] * 6  # 12 outcomes, 30 actions
    rng.shuffle(counts)
    needs = [b.need(theme, counts[2 * i : 2 * i + 2]) for i, theme in enumerate(themes)]
    b.professional("sw")
    b.professional("teacher")
    plan: dict[str, Any] = {
        "type": plan_type,
        "date": b.plan_date.isoformat(),
        "child": b.child,
        "people": b.people,
        "worries": b.some(_GOOD_WORRIES, _WEAK_WORRIES, 2, 4),
        "strengths": b.some(_GOOD_STRENGTHS, _WEAK_STRENGTHS, 2, 4),
        "childs_views": b.say(_GOOD_VIEWS, _WEAK_VIEWS),
        "explained_to_child": rng.random() < 0.7,
        "needs": needs,
        "contingency": b.say(_GOOD_CONTINGENCY, _WEAK_CONTINGENCY),
        "bottom_lines": b.say(_GOOD_BOTTOM_LINES, _WEAK_BOTTOM_LINES),
        "assumptions": [t.format_map(b.words) for t in rng.sample(_ASSUMPTIONS, 2)],
        "resources": [
            {
                "resource": text.format_map(b.words),
                "who": b.who(owner),
                "when": b.timescale(b.some_date(), _WEAK_WHEN),
            }
            for owner, text in rng.sample(_RESOURCES, rng.randint(1, 2))
        ],
        "monitoring": b.say(_GOOD_MONITORING, _WEAK_MONITORING),
        "next_review": (b.plan_date + dt.timedelta(weeks=12)).isoformat(),
    }
    if plan_type == "child_protection":
        plan["started"] = plan["date"]
        plan["events"] = [
            {"kind": "initial_conference", "date": plan["date"]},
            {"kind": "core_group", "date": (b.plan_date + dt.timedelta(days=12)).isoformat()},
        ]
    elif plan_type == "child_in_need":
        started = b.plan_date - dt.timedelta(weeks=rng.randint(4, 30))
        plan["started"] = started.isoformat()
        plan["events"] = [{"kind": "child_in_need_review", "date": plan["date"]}]
    return plan_from_data(b.document(plan), f"<typical plan {seed}>").plan


def plan_with_statements(n: int, seed: int = 0, weak_share: float = WEAK_SHARE) -> Plan:
    """One plan holding exactly ``n`` statements (reasons, outcomes, outcome dates, actions,
    who and when), and no other free text, so that ``statements(plan)`` has n items."""
    b = _Builder(seed, weak_share)
    rng = b.rng
    needs: list[dict[str, Any]] = []
    left = n
    while left > 0:
        counts = [rng.randint(2, 3) for _ in range(rng.randint(1, 3))]
        need = b.need(rng.choice(_THEMES), counts)
        left = _keep_statements(need, left)
        needs.append(need)
    plan = {
        "type": "child_in_need",
        "date": b.plan_date.isoformat(),
        "child": b.child,
        "people": b.people,
        "needs": needs,
    }
    return plan_from_data(b.document(plan), f"<plan with {n} statements>").plan


def _keep_statements(need: dict[str, Any], budget: int) -> int:
    """Cut a need down to at most ``budget`` statements, in reading order; the budget left.
    Each element's own text comes first, so a cut never leaves an element without it."""
    budget -= 1  # the reason
    kept_outcomes = []
    for outcome in need["outcomes"]:
        if budget <= 0:
            break
        kept_outcomes.append(outcome)
        budget -= 1
        if "by" in outcome:
            if budget <= 0:
                del outcome["by"]
            else:
                budget -= 1
        kept_actions = []
        for action in outcome["actions"]:
            if budget <= 0:
                break
            kept_actions.append(action)
            budget -= 1
            for key in ("who", "when"):
                if budget <= 0:
                    del action[key]
                else:
                    budget -= 1
        kept_ids = {a["id"] for a in kept_actions}
        for action in kept_actions:
            if any(i not in kept_ids for i in action.get("depends_on", ())):
                del action["depends_on"]
        outcome["actions"] = kept_actions
    need["outcomes"] = kept_outcomes
    return budget


def statements(plan: Plan) -> list[str]:
    """Every free text of the plan, in reading order: what another linter is given."""
    return [field.text for field in plan.texts()]
