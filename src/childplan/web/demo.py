"""A demonstration caseload: invented children, families, workers and plans.

``load_demo()`` makes one service with two teams, a worker of each role, and 36 children
across early help, child in need, child protection and looked after plans, dated around
today. A third of the plans are good, a third mixed, a third weak, with the faults the
guidance warns about ("Mum to engage with support", "school to monitor", "ongoing"), so the
checker has something to say. Everyone here is invented; any likeness is chance.

Each plan is written as plan-file data and read by ``fileformat.plan_from_data``, so every
demo plan is one the file format accepts, then saved with ``records.import_plan``. Loading
twice changes nothing: the demo is made once, recognised by its service.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction

from childplan.plan.fileformat import FORMAT, plan_from_data
from childplan.web.accounts.models import Role, Service, Team, User
from childplan.web.children.models import Allocation, Child, Grant
from childplan.web.plans.records import import_plan
from childplan.web.plans.versions import keep_version

SERVICE = "Children's Services (demo)"
TEAMS = ("Northfield Family Help Team", "Riverside Safeguarding Team")
PASSWORD_FILE = "demo-password"
CHILDREN = 36


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str
    team: int | None  # index into TEAMS
    job_title: str
    shown: bool = False  # printed by `childplan serve`


USERS = (
    DemoUser("practitioner", "Priya", "Shah", Role.PRACTITIONER, 0, "Social Worker", True),
    DemoUser("manager", "Helen", "Okafor", Role.TEAM_MANAGER, 0, "Team Manager", True),
    DemoUser("senior", "David", "Marsh", Role.SENIOR_MANAGER, None, "Head of Service", True),
    DemoUser("admin", "Alex", "Morgan", Role.ADMINISTRATOR, None, "System Administrator", True),
    DemoUser("practitioner2", "Tom", "Brennan", Role.PRACTITIONER, 1, "Social Worker", True),
    DemoUser("manager2", "Grace", "Adeyemi", Role.TEAM_MANAGER, 1, "Team Manager"),
    DemoUser("lprice", "Leanne", "Price", Role.PRACTITIONER, 0, "Family Help Worker"),
    DemoUser("kmensah", "Kwame", "Mensah", Role.PRACTITIONER, 0, "Social Worker"),
    DemoUser("nhussain", "Nadia", "Hussain", Role.PRACTITIONER, 1, "Social Worker"),
    DemoUser("smurphy", "Sean", "Murphy", Role.PRACTITIONER, 1, "Social Worker"),
)
# The workers of each team that children are allocated to, in turn.
WORKERS = (("practitioner", "lprice", "kmensah"), ("practitioner2", "nhussain", "smurphy"))
PLAN_TYPES = ("early_help", "child_in_need", "child_protection", "looked_after")
RESTRICTED = frozenset({3, 22})  # children seen only by their worker, grants and administrators
UNALLOCATED = frozenset({17, 35})


@dataclass(frozen=True)
class DemoLogins:
    password: str
    users: tuple[DemoUser, ...]


def load_demo(data_dir: Path, today: dt.date | None = None) -> DemoLogins:
    """Make the demo caseload unless it is there already; the logins either way."""
    password_file = data_dir / PASSWORD_FILE
    password = password_file.read_text().strip() if password_file.exists() else ""
    new_password = not password
    if new_password:
        password = "demo-" + secrets.token_urlsafe(9)
    with transaction.atomic():
        if not Service.objects.filter(name=SERVICE).exists():
            _make(today or dt.date.today(), make_password(password))
        elif new_password:  # the file was lost: give the demo users the new password
            User.objects.filter(username__in=[u.username for u in USERS]).update(
                password=make_password(password)
            )
    if new_password:
        data_dir.mkdir(parents=True, exist_ok=True)
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
    return DemoLogins(password, tuple(u for u in USERS if u.shown))


def _make(today: dt.date, password_hash: str) -> None:
    service = Service.objects.create(name=SERVICE)
    teams = [Team.objects.create(name=name, service=service) for name in TEAMS]
    users = {}
    for spec in USERS:
        users[spec.username] = User.objects.create(
            username=spec.username,
            first_name=spec.first_name,
            last_name=spec.last_name,
            role=spec.role,
            team=teams[spec.team] if spec.team is not None else None,
            service=service if spec.role == Role.SENIOR_MANAGER else None,
            job_title=spec.job_title,
            password=password_hash,
        )
    allocations = []
    for i in range(CHILDREN):
        team_index = 0 if i < CHILDREN // 2 else 1
        worker = users[WORKERS[team_index][i % 3]]
        data = demo_plan_data(i, today, worker)
        record = import_plan(plan_from_data(data, f"<demo plan {i}>").plan, teams[team_index])
        keep_version(record.pk, worker, "Plan written")
        child = record.child
        if i in RESTRICTED:
            Child.objects.filter(pk=child.pk).update(restricted=True)
        if i not in UNALLOCATED:
            started = record.date - dt.timedelta(days=14)
            allocations.append(Allocation(child=child, worker=worker, started=started))
        if i == 1:  # a duty worker in the other team covering a visit: read-only
            Grant.objects.create(
                child=child,
                user=users["practitioner2"],
                reason="Covering a home visit while the allocated worker is on leave.",
                granted_by=users["manager"],
            )
    Allocation.objects.bulk_create(allocations)


# --- the plans ---------------------------------------------------------------------------------

_GIRLS = (
    "Emily",
    "Daisy",
    "Mia",
    "Amelia",
    "Zara",
    "Lily",
    "Freya",
    "Ruby",
    "Aisha",
    "Poppy",
    "Hanna",
    "Layla",
    "Chloe",
    "Isla",
    "Amira",
    "Maisie",
    "Olivia",
    "Jessica",
)
_BOYS = (
    "Jimmy",
    "Tyler",
    "Noah",
    "Leo",
    "Kai",
    "Harvey",
    "Jayden",
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
    "Sam",
)
_MOTHERS = (
    "Sarah",
    "Karen",
    "Joanne",
    "Gemma",
    "Kelly",
    "Fatima",
    "Agnieszka",
    "Leanne",
    "Nadia",
    "Stacey",
    "Hannah",
    "Zainab",
    "Michelle",
    "Claire",
    "Nicola",
    "Chidinma",
)
_FATHERS = (
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
    "Marcus",
    "Gary",
    "Kwabena",
    "Rajesh",
)
_SURNAMES = (
    "Walker",
    "Begum",
    "Nowak",
    "Evans",
    "Clarke",
    "Thompson",
    "Hughes",
    "Ali",
    "Robinson",
    "Kowalski",
    "Mensah",
    "Wright",
    "Green",
    "Campbell",
    "Lewis",
    "Davies",
    "Hussain",
    "Osei",
    "Taylor",
    "Patel",
    "Murray",
    "Bennett",
)
_IDENTITIES = (
    "White British",
    "British Pakistani, Muslim",
    "Black British (Ghanaian heritage)",
    "Polish, Catholic",
    "Mixed White and Black Caribbean",
    "White British",
    "British Bangladeshi, Muslim",
    "White Irish",
)
_SCHOOLS = (
    "Oakfield Primary School",
    "St Mary's CE Primary School",
    "Marsden Academy",
    "Park View Primary School",
    "Kingsmead High School",
)


@dataclass(frozen=True)
class _Theme:
    reasons: tuple[str, str]  # (good, weak)
    outcomes: tuple[str, str]
    good_actions: tuple[tuple[str, str], ...]  # (who, text); who: mum, dad, sw, teacher...
    weak_actions: tuple[tuple[str, str], ...]


_THEMES = (
    _Theme(
        (
            "{c}'s attendance at {school} is 71% this year; {he} has missed 19 days since"
            " September, mostly Mondays, and is falling behind in reading.",
            "{c} needs to fulfil {his} educational potential.",
        ),
        (
            "{c}'s attendance rises from 71% to above 90% by the end of the spring term, as"
            " shown on the school register.",
            "{c}'s attendance to improve.",
        ),
        (
            (
                "teacher",
                "Ring {mum_first} by 9.30am on any day {c} is not in school and note"
                " the reason in the attendance log.",
            ),
            (
                "mum",
                "Set an alarm for 7am and walk {c} to school, with {his} bag packed the"
                " night before.",
            ),
            (
                "sw",
                "Email the attendance figure for the week to everyone in the core group"
                " every Friday.",
            ),
        ),
        (
            ("teacher", "School to monitor attendance."),
            ("mum", "Mum to ensure {c} attends school regularly."),
        ),
    ),
    _Theme(
        (
            "{c} sleeps on a mattress on the floor with no bedding because {his} bed broke in"
            " the summer, and the fridge was empty at three of the last four visits.",
            "The home conditions are poor.",
        ),
        (
            "{c} sleeps in {his} own bed with a clean duvet every night, and there is breakfast"
            " food in the house at every visit until the review.",
            "Home conditions to be clean and tidy at all times.",
        ),
        (
            ("sw", "Apply to the Local Welfare Assistance fund for a bed and bedding for {c}."),
            (
                "fsw",
                "Go food shopping with {mum_first} on Tuesdays and plan the week's"
                " breakfasts together.",
            ),
            ("mum", "Wash {c}'s bedding every Sunday."),
        ),
        (
            ("mum", "Mum to engage with support."),
            ("fsw", "Ongoing support with home conditions."),
        ),
    ),
    _Theme(
        (
            "{c} has seen {dad_first} hit {mum_first} twice this year; {he} now wets the bed"
            " and will not sleep unless {his} bedroom door is open.",
            "Domestic violence.",
        ),
        (
            "{c} tells {his} teacher and {sw_first} that {he} feels safe at home, and there"
            " are no police call-outs to the house before the review.",
            "{c} to be safe.",
        ),
        (
            (
                "dav",
                "Meet {mum_first} weekly at the Family Hub to make a safety plan and"
                " complete the Freedom Programme.",
            ),
            (
                "sw",
                "Agree with {mum_first} what she will do if {dad_first} comes to the"
                " house, and write it in her safety plan.",
            ),
            (
                "teacher",
                "See {c} for ten minutes at the start of each Monday to ask how the"
                " weekend went, and tell {sw_first} the same day about anything worrying.",
            ),
        ),
        (
            ("all", "All professionals to monitor."),
            ("mum", "Mum to protect {c} from domestic abuse."),
        ),
    ),
    _Theme(
        (
            "{mum_first} drinks most evenings and has been too drunk to collect {c} from school"
            " three times since half term, so {c} has waited in the office until 6pm.",
            "Parental alcohol misuse.",
        ),
        (
            "{c} is collected from school on time by a sober adult every day, as recorded by"
            " the school office, until the review.",
            "Mum to stop drinking.",
        ),
        (
            (
                "mum",
                "Go to the first appointment at the Recovery Service and tell {sw_first}"
                " how it went.",
            ),
            (
                "recovery",
                "Do a breath test with {mum_first} at each weekly appointment and"
                " share the results with {sw_first}.",
            ),
            (
                "gran",
                "Collect {c} from school on any day {mum_first} cannot, and ring the"
                " school office to say so.",
            ),
        ),
        (
            ("mum", "Mum to engage with drug and alcohol services."),
            ("sw", "Social worker to refer to Turning Point."),
        ),
    ),
    _Theme(
        (
            "{c} has told {his} teacher that {he} cries at night and does not want to live at"
            " home any more; {he} has stopped going to football.",
            "{c} needs CAMHS.",
        ),
        (
            "{c} says {he} feels better at home on {his} feelings chart most days, and is back"
            " at football practice on Saturdays by the review.",
            "{c}'s emotional wellbeing to improve.",
        ),
        (
            (
                "camhs",
                "Offer {c} six sessions at the Wellbeing Service, the first by the end"
                " of the month.",
            ),
            (
                "child",
                "Fill in my feelings chart after school and show it to {sw_first} when she visits.",
            ),
            ("dad", "Take {c} to football practice on Saturday mornings."),
        ),
        (
            ("sw", "Refer to CAMHS."),
            ("all", "Everyone to support {c}."),
        ),
    ),
    _Theme(
        (
            "{c} has not seen a dentist for two years and has toothache that keeps {him} awake;"
            " {his} vaccinations are not up to date.",
            "Health needs.",
        ),
        (
            "{c} has had {his} teeth checked and treated, and {his} vaccinations are up to"
            " date, as confirmed by {his} GP, by the review.",
            "{c} to be healthy.",
        ),
        (
            (
                "mum",
                "Book a dentist appointment for {c} at the Hill Street practice and take"
                " {him} to it.",
            ),
            ("gp", "Check {c}'s vaccination record and book the ones {he} has missed."),
        ),
        (
            ("mum", "Mum to ensure all health appointments are attended."),
            ("health", "Health to monitor."),
        ),
    ),
)

_ROLES = {
    "teacher": ("Class Teacher",),
    "fsw": ("Family Support Worker",),
    "gp": ("GP",),
    "dav": ("Domestic Abuse Worker",),
    "recovery": ("Recovery Worker",),
    "camhs": ("Children's Wellbeing Practitioner",),
}
_PROFESSIONAL_NAMES = {
    "teacher": "Rachel Green",
    "fsw": "Joanne Hall",
    "gp": "Dr Anil Patel",
    "dav": "Michelle Lewis",
    "recovery": "Imran Qureshi",
    "camhs": "Dr Sophie Bennett",
}
_WEAK_WHO = {
    "mum": "Mum",
    "dad": "Dad",
    "sw": "Social care",
    "teacher": "School",
    "fsw": "Family Hub",
    "all": "All professionals",
    "health": "Health",
    "gp": "GP",
    "child": "{c}",
    "gran": "Family",
    "camhs": "CAMHS",
    "dav": "DA service",
    "recovery": "Turning Point",
}
_WEAK_WHEN = ("ongoing", "asap", "when possible", "as agreed", "next review")


def _progress(when: str, due: dt.date, today: dt.date, n: int) -> dict[str, Any]:
    """Most actions dated before today are done, with a note; one in four is not, so the
    dashboards and the checker have overdue actions to show (no random draws)."""
    if not when.startswith("by ") or due >= today:
        return {}
    if n % 4 == 0:
        return {}
    return {
        "status": "done",
        "progress": [{"date": due.isoformat(), "note": "Done, as planned.", "status": "done"}],
    }


def _scaling_score(child: str, plan_date: dt.date, today: dt.date, i: int) -> dict[str, Any]:
    """A 0-10 score the child gives at visits, read before the plan, when it was made and
    since, so the demo's outcome pages have readings to chart (no random draws: the rest
    of the demo stays as it was)."""
    start = 2 + i % 3
    days = (
        plan_date - dt.timedelta(weeks=6),
        plan_date,
        min(today, plan_date + dt.timedelta(weeks=4)),
    )
    return {
        "indicator": f"{child}’s own score from 0 to 10 for how things are at home",
        "baseline": f"{start} out of 10",
        "target": "8 out of 10",
        "measurements": [
            {"date": day.isoformat(), "value": f"{start + step} out of 10"}
            for step, day in enumerate(days)
        ],
    }


def demo_plan_data(i: int, today: dt.date, worker: User) -> dict[str, Any]:
    """Plan-file data for the demo child number ``i`` (the same for the same i and day)."""
    rng = random.Random(2026 * 100 + i)
    plan_type = PLAN_TYPES[i % len(PLAN_TYPES)]
    weak_share = (0.05, 0.45, 0.85)[i % 3]  # good, mixed, weak plans in turn
    girl = i % 2 == 0
    first = (_GIRLS if girl else _BOYS)[(i // 2) % len(_GIRLS)]
    surname = _SURNAMES[(i * 7) % len(_SURNAMES)]
    mother = f"{_MOTHERS[i % len(_MOTHERS)]} {surname}"
    father = f"{_FATHERS[(i * 5) % len(_FATHERS)]} {surname}"
    age = 1 + (i * 11) % 16
    born = today - dt.timedelta(days=age * 365 + rng.randrange(300))
    plan_date = today - dt.timedelta(days=rng.randrange(7, 90))
    while plan_date.weekday() >= 5:  # plans are made on working days, so their dates fall on them
        plan_date -= dt.timedelta(days=1)
    words = {
        "c": first,
        "he": "she" if girl else "he",
        "his": "her" if girl else "his",
        "him": "her" if girl else "him",
        "school": _SCHOOLS[i % len(_SCHOOLS)],
        "mum_first": mother.split()[0],
        "dad_first": father.split()[0],
        "sw_first": worker.first_name,
        "surname": surname,
    }
    looked_after = plan_type == "looked_after"

    def fill(text: str) -> str:
        text = text.format(**words)
        return text[0].upper() + text[1:]

    def weak() -> bool:
        return rng.random() < weak_share

    def who(kind: str, weak_plan: bool) -> str:
        if weak_plan or weak():
            return fill(_WEAK_WHO.get(kind, kind))
        if kind == "mum":
            return f"{mother} (mother)"
        if kind == "dad":
            return f"{father} (father)"
        if kind == "gran":
            return f"Ann {surname} (maternal grandmother)"
        if kind == "child":
            return first
        if kind == "sw":
            return f"{worker.get_full_name()} ({worker.job_title.lower()})"
        role = (_ROLES.get(kind) or ("Practitioner",))[0]
        return f"{_PROFESSIONAL_NAMES.get(kind, 'Sam Taylor')} ({role.lower()})"

    def when(weeks: int, weak_plan: bool) -> str:
        if weak_plan or weak():
            return rng.choice(_WEAK_WHEN)
        return _day(plan_date + dt.timedelta(weeks=weeks))

    themes = rng.sample(_THEMES, 2 + (i % 2))
    needs = []
    for theme in themes:
        weak_actions = weak()
        actions = [
            {
                "action": fill(text),
                "who": who(kind, weak_actions),
                "when": when(2 + 2 * a, weak_actions),
            }
            for a, (kind, text) in enumerate(
                theme.weak_actions if weak_actions else theme.good_actions
            )
        ]
        for a, action in enumerate(actions):
            action.update(
                _progress(action["when"], plan_date + dt.timedelta(weeks=2 + 2 * a), today, i + a)
            )
        outcome: dict[str, Any] = {"outcome": fill(theme.outcomes[1 if weak() else 0])}
        if not weak():
            outcome["by"] = (plan_date + dt.timedelta(weeks=12)).isoformat()
        elif rng.random() < 0.5:
            outcome["by"] = rng.choice(("ongoing", "next review"))
        outcome["actions"] = actions
        if "by" in outcome and i % 2 == 0:
            outcome.update(_scaling_score(fill("{c}"), plan_date, today, i))
        needs.append({"reason": fill(theme.reasons[1 if weak() else 0]), "outcomes": [outcome]})

    people: list[dict[str, Any]] = [
        {
            "name": mother,
            "relationship": "mother",
            "parental_responsibility": True,
            "lives_with_child": not looked_after,
        },
    ]
    dad: dict[str, Any] = {
        "name": father,
        "relationship": "father",
        "parental_responsibility": True,
        "lives_with_child": False,
    }
    if i % 4 == 1:
        dad["involved"] = False
        if not weak():
            dad["not_involved_reason"] = (
                f"{words['dad_first']} has a non-molestation order not to contact "
                f"{words['mum_first']}; he sees {first} at the contact centre."
            )
    people.append(dad)
    if looked_after:
        people.append(
            {
                "name": "Margaret and Colin Reid",
                "relationship": "foster carers",
                "lives_with_child": True,
                "parental_responsibility": False,
            }
        )
    people.append(
        {"name": worker.get_full_name(), "role": worker.job_title, "agency": "Children's Services"}
    )
    people.append({"name": "Rachel Green", "role": "Class Teacher", "agency": words["school"]})

    plan: dict[str, Any] = {
        "type": plan_type,
        "date": plan_date.isoformat(),
        "child": {
            "name": f"{first} {surname}",
            "date_of_birth": born.isoformat(),
            "identity": _IDENTITIES[i % len(_IDENTITIES)],
            "language": "Polish" if "Polish" in _IDENTITIES[i % len(_IDENTITIES)] else "English",
        },
        "people": people,
        "worries": [fill(theme.reasons[0]) for theme in themes[:1]],
        "strengths": [
            fill("{mum_first} loves {c} and wants things to change."),
            fill("{c} gets on well with {his} teacher and likes art."),
        ],
        "needs": needs,
        "next_review": (plan_date + dt.timedelta(weeks=12 if i % 5 else 1)).isoformat(),
    }
    if not weak():
        plan["childs_views"] = fill(
            "{c} said: “I want Mum to be happy and I want to stay at my school.”"
        )
        plan["explained_to_child"] = True
    if plan_type in ("child_protection", "looked_after") or not weak():
        plan["contingency"] = fill(
            "If {c} is not collected from school by 3.30pm, Ann {surname} (maternal"
            " grandmother) will collect {him} and keep {him} overnight, and {sw_first} will"
            " visit {mum_first} the same day to find out what went wrong."
            if not weak()
            else "Escalate if concerns continue."
        )
    if plan_type == "child_protection":
        plan["bottom_lines"] = fill(
            "{dad_first} does not stay overnight at the house while {c} is there."
        )
        strategy = plan_date - dt.timedelta(days=21)
        events = [
            {"kind": "strategy_discussion", "date": strategy.isoformat()},
            {
                "kind": "initial_conference",
                "date": plan_date.isoformat(),
                "minutes_sent": (plan_date + dt.timedelta(days=6)).isoformat(),
            },
        ]
        core_group = plan_date + dt.timedelta(days=13)
        if core_group <= today:
            events.append(
                {
                    "kind": "core_group",
                    "date": core_group.isoformat(),
                    **_sent(core_group, today, i),
                }
            )
        plan["events"] = events
        plan["started"] = plan_date.isoformat()
    elif looked_after:
        became = plan_date - dt.timedelta(days=40)
        plan["started"] = became.isoformat()
        plan["events"] = [
            {"kind": "looked_after", "date": became.isoformat()},
            {
                "kind": "looked_after_review",
                "date": plan_date.isoformat(),
                **_sent(plan_date, today, i),
            },
        ]
    elif plan_type == "child_in_need":
        started = plan_date - dt.timedelta(days=rng.randrange(0, 240))
        plan["started"] = started.isoformat()
        if started < plan_date:
            plan["events"] = [
                {
                    "kind": "child_in_need_review",
                    "date": plan_date.isoformat(),
                    **_sent(plan_date, today, i),
                }
            ]
    else:
        plan["events"] = [
            {
                "kind": "team_around_family",
                "date": plan_date.isoformat(),
                **_sent(plan_date, today, i),
            }
        ]
    return {"format": FORMAT, "plan": plan}


def _sent(meeting: dt.date, today: dt.date, i: int) -> dict[str, str]:
    """When the meeting's notes went out: three days after it, except in every sixth plan,
    where nobody has recorded it (the dashboards then show the notes late or due)."""
    if i % 6 == 5:
        return {}
    return {"minutes_sent": min(today, meeting + dt.timedelta(days=3)).isoformat()}


def _day(day: dt.date) -> str:
    return f"by {day.day} {day:%B %Y}"
