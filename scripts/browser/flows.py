"""Stip's main flows in a real browser, each as a person does it, each asserting what they see.

Run through scripts/browser.sh, which prepares the database every run starts from. Each run
(a language, a window width, mouse or keyboard) starts its own Stip on a copy of it, so every
run begins from the same state; the flows of a run follow each other on that one server.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import traceback
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from person import Failure, Run  # noqa: E402

PASSWORD = "browser-test-wachtwoord"
REGIE = "regie@stip.test"
AANVOERDER = "aanvoerder@stip.test"
PHRASES = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "App", "Phrases")

# The Dutch words the flows look for; the other languages' come from their phrase tables by the same id.
DUTCH = {
    "navAccount": "Mijn account",
    "actionStatus.running": "lopend",
    "reporting.state.submitted": "ingediend",
}


def words(language, phrase):
    if language == "nl":
        return DUTCH[phrase]
    with open(os.path.join(PHRASES, f"{language}.txt"), encoding="utf-8") as table:
        for line in table:
            if line.startswith(phrase + " = "):
                return line.split(" = ", 1)[1].strip()
    raise KeyError(f"{phrase} is not in the {language} table")


def log_in(run, email):
    person = run.person()
    person.open("/account")
    person.is_at(r"/inloggen")
    person.fill("#email", email)
    person.fill("#password", PASSWORD)
    person.press("form[action='/inloggen'] button[type=submit]")
    person.is_at(r"/account")
    return person


# The flows

def flow_log_in(run):
    person = log_in(run, AANVOERDER)
    person.sees(AANVOERDER, "Team groene long", words(run.language, "navAccount"))
    person.sees_element("form[action='/uitloggen'] button")
    return person


def flow_edit_action(run):
    person = log_in(run, AANVOERDER)
    person.open("/acties/groene-long-k01")
    person.press("a[href='/acties/groene-long-k01/bewerken']")
    person.choose("#status", "running")
    details = f"Gestart in {run.name}: eerste verkenning met Waterschap Limburg"
    person.fill("#details", details)
    person.press("form[action='/acties/groene-long-k01/bewerken'] button[type=submit]")
    person.is_at(r"/acties/groene-long-k01")
    person.sees(details, words(run.language, "actionStatus.running"))
    return person


def flow_conflict(run):
    first, second = log_in(run, AANVOERDER), log_in(run, REGIE)
    edit = "/acties/groene-long-k02/bewerken"
    for person in (first, second):
        person.open(edit)
    first.fill("#title", "Titel van de aanvoerder")
    first.press(f"form[action='{edit}'] button[type=submit]")
    first.sees("Titel van de aanvoerder")
    second.fill("#title", "Titel van de regiegroep")
    second.press(f"form[action='{edit}'] button[type=submit]")
    # Refused: what was saved meanwhile beside what the second person typed, which is kept.
    conflict = second.sees_element(".conflict")
    if "Titel van de aanvoerder" not in conflict.text:
        raise Failure(f"the conflict does not show the saved title: {conflict.text[:200]}")
    if second.value("#title") != "Titel van de regiegroep":
        raise Failure("the conflict lost what the second person typed")
    second.press(f"form[action='{edit}'] button[type=submit]")
    second.is_at(r"/acties/groene-long-k02")
    if second.element("h1").text != "Titel van de regiegroep":
        raise Failure(f"the action is called '{second.element('h1').text}' after the second save")
    # Both saves are in the record's history.
    first.open("/acties/groene-long-k02")
    first.sees("Titel van de regiegroep", "Ada Aanvoerder", "Regina Regie")
    return second


def flow_measurement(run):
    person = log_in(run, REGIE)
    person.open("/doelen")
    person.press("a[href='/doelen/brp-5-procent/metingen/nieuw']")
    person.date("#datum", "2022-07-01")
    person.fill("#regio", number(run.language, 104.5))
    person.fill("#benchmark", "102")
    person.fill("#bron", "CBS Regionale rekeningen 2021")
    person.press("form[action='/doelen/brp-5-procent/metingen/nieuw'] button[type=submit]")
    person.is_at(r"/doelen")
    row = person.sees_element("#doel-brp-5-procent")
    if "CBS Regionale rekeningen 2021" not in row.text:
        raise Failure(f"the target's row does not show the measurement: {row.text[:200]}")
    return person


def flow_focus_decision(run):
    person = log_in(run, REGIE)
    person.open("/monitor/focus")
    person.choose("#f-niveau", "buurt")
    person.choose("#f-jaar", "2015")
    person.fill("#f-trekkingen", "20")
    person.press("form[action='/monitor/focus'] button[type=submit]")
    if not person.driver.find_elements("css selector", "table tbody tr.selected"):
        raise Failure(f"{person.path}: the selection lists no selected area")
    person.press_in_page("details:has(form[action='/monitor/focus/besluiten']) > summary")
    name = f"Focus buurten 2015 ({run.name})"
    person.fill("#s-naam", name)
    person.fill("#s-toelichting", "Besloten in de regiegroep")
    person.press("form[action='/monitor/focus/besluiten'] button[type=submit]")
    person.is_at(r"/monitor/focus/besluiten/[^/]+")
    person.sees(name, "Regina Regie")
    person.open("/monitor/focus/besluiten")
    person.sees(name)
    return person


def flow_team_report(run):
    regie = log_in(run, REGIE)
    regie.open("/voortgang")
    regie.fill("#round-name", "Voortgang 1e helft 2021")
    regie.date("#round-periodStart", "2021-01-01")
    regie.date("#round-periodEnd", "2021-06-30")
    regie.date("#round-dueOn", "2030-12-31")
    regie.press("form[action='/voortgang'] button[type=submit]")
    regie.is_at(r"/voortgang/voortgang-1e-helft-2021")
    team = log_in(run, AANVOERDER)
    team.open("/voortgang/voortgang-1e-helft-2021")
    team.press("a[href='/voortgang/voortgang-1e-helft-2021/groene-long']")
    team.choose("[id='a.groene-long-k01.status']", "running")
    team.choose("[id='a.groene-long-k01.signal']", "attention")
    team.fill("[id='a.groene-long-k01.account']", "Verkenning loopt; de grondeigenaren zijn gesproken")
    team.fill("#summary", "Het eerste halfjaar van de Groene Long in het kort")
    team.press("button[name=step][value=submit]")
    team.sees("Het eerste halfjaar van de Groene Long in het kort", "Verkenning loopt; de grondeigenaren zijn gesproken")
    team.sees(words(run.language, "reporting.state.submitted"))
    # The regiegroep sees it waiting for review.
    regie.open("/voortgang")
    regie.sees_element("a[href='/voortgang/voortgang-1e-helft-2021/groene-long']")
    return team


def flow_consultation(run):
    regie = log_in(run, REGIE)
    regie.open("/consultatie")
    regie.fill("#round-title", "Consultatie groeidocument")
    regie.fill("#round-invitation", "Wij zien het zo. Hoe ziet u het?")
    regie.date("#round-opensOn", time.strftime("%Y-%m-%d"))
    regie.date("#round-closesOn", "2030-12-31")
    regie.tick("#round-kinds-1")
    regie.tick("#round-countries-0")
    regie.tick("#round-everyone")
    regie.press("form[action='/consultatie'] button[type=submit]")
    regie.is_at(r"/consultatie/consultatie-groeidocument")
    visitor = run.person()
    visitor.open("/consultatie/consultatie-groeidocument")
    visitor.press("a[href='/consultatie/consultatie-groeidocument/reageren?op=4.5']")
    answer = "Betrek de Euregio Maas-Rijn bij de rugdekking"
    visitor.fill("#answer-differently", answer)
    visitor.choose("#answer-participation", "maybe")
    visitor.fill("#answer-name", "Jo Inwoner")
    visitor.fill("#answer-email", "jo@example.org")
    visitor.tick("#answer-namePublished")
    visitor.press("form[action='/consultatie/consultatie-groeidocument/reageren'] button[type=submit]")
    follow = visitor.sees_element("a[href^='/consultatie/volg/']")
    private = follow.get_attribute("href")
    # Waiting for moderation: not on the round's page yet.
    visitor.open("/consultatie/consultatie-groeidocument/reactienota")
    visitor.does_not_see(answer)
    regie.open("/consultatie/consultatie-groeidocument/beheer")
    regie.sees(answer)
    regie.tick("input[type=checkbox][name^='a.']")
    regie.press("button[name=do][value=publish]")
    regie.sees(answer)
    visitor.open("/consultatie/consultatie-groeidocument/reactienota")
    visitor.sees(answer, "Jo Inwoner")
    visitor.does_not_see("jo@example.org")
    visitor.open(private[len(run.base):])
    visitor.sees(answer)
    return visitor


def flow_translation(run):
    """The regiegroep enters a German translation of an action; a German reader gets it, the original one click away."""
    regie = log_in(run, REGIE)
    regie.open("/acties/groene-long-k03")
    regie.press("a[href='/acties/groene-long-k03/vertalen']")
    title = "Vertiefung und Verbreiterung als Reallabor Green Experience"
    regie.fill("#de-title", title)
    regie.fill("#de-text", "Behörden, Bildung und Wissenschaft, Unternehmen und Bürger arbeiten in Fieldlabs zusammen.")
    regie.press("form[lang='de'] button[type=submit]")
    regie.sees_element("section[aria-labelledby='vertaling-de'] .notice")
    if regie.value("#de-title") != title:
        raise Failure(f"the saved German title reads '{regie.value('#de-title')}'")
    reader = run.person(accept_language="de-DE,de;q=0.9")
    reader.expected_language = "de"
    reader.open("/acties/groene-long-k03")
    if reader.element("h1").text != title:
        raise Failure(f"the German page's heading is '{reader.element('h1').text}'")
    original = reader.element("details.original div[lang='nl'] strong")
    if original.is_displayed():
        raise Failure("the original shows before it is asked for")
    reader.press_in_page("details.original > summary")
    if not original.is_displayed() or not original.text.startswith("Verdieping en verbreding"):
        raise Failure(f"the original is not one click away: '{original.text}'")
    return reader


def flow_language(run):
    """A German visitor reads German with German figures, switches to French, and it sticks."""
    if run.language != "de":
        return None
    person = run.person(accept_language="de-DE,de;q=0.9")
    person.open("/")
    person.sees(words("de", "navAccount"))
    person.open("/monitor")
    person.sees(words("de", "navAccount"))
    profile = person.element("table a[href^='/monitor/gebieden/']").get_attribute("href")
    person.open(profile[len(run.base):])
    if not re.search(r"\d,\d", person.text()):
        raise Failure(f"{person.path}: no figure with a decimal comma on a German profile")
    person.expected_language = "fr"
    if not person.element("ul.languages a[href='/taal/fr']").is_displayed():
        person.press_in_page("a.menu-toggle")
    person.press("ul.languages a[href='/taal/fr']")
    person.sees(words("fr", "navAccount"))
    person.open("/monitor")
    person.sees(words("fr", "navAccount"))
    person.open("/")
    person.sees(words("fr", "navAccount"))
    return person


# The pages behind a login that no flow above ends on: every form and list of the regiegroep, after the
# flows made a reporting round, a consultation round and a focus decision to show.
SIGNED_IN_PAGES = [
    "/account", "/rekenschap", "/evaluatie", "/plan/versies", "/voortgang", "/voortgang/voortgang-1e-helft-2021",
    "/voortgang/voortgang-1e-helft-2021/rapportage", "/consultatie/consultatie-groeidocument/beheer",
    "/monitor/focus/besluiten", "/structuur/teams/team-groene-long/leden", "/middelen/inzet/invullen",
    "/middelen/begroting/realisatie", "/middelen/besprekingen/nieuw", "/middelen/investeringsagenda/nieuw",
    "/opgaven/nieuw", "/ambities/nieuw", "/actielijnen/nieuw", "/acties/nieuw", "/programmas/nieuw", "/organisaties/nieuw",
    "/samenhang/nieuw", "/structuur/mensen/nieuw", "/structuur/gremia/nieuw", "/structuur/teams/nieuw",
    "/structuur/lidmaatschappen/nieuw?team=team-groene-long", "/opgaven/economie/bewerken", "/acties/groene-long-k01/verwijderen",
    "/acties/groene-long-k01/vertalen", "/doelen/brp-5-procent/metingen/nieuw",
]


def flow_signed_in_pages(run):
    """Every other page of the regiegroep, each checked as every page is (lang, width, axe); none is an error page."""
    if run.mode != "mouse":
        return None
    person = log_in(run, REGIE)
    for path in SIGNED_IN_PAGES:
        person.open(path)
        status = person.driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")
        if status != 200:
            raise Failure(f"{path} answers {status}")
    return person


FLOWS = [flow_log_in, flow_edit_action, flow_conflict, flow_measurement, flow_focus_decision,
         flow_team_report, flow_consultation, flow_translation, flow_language, flow_signed_in_pages]


def number(language, value):
    """A figure as a person of that language types it."""
    text = f"{value}"
    return text if language == "en" else text.replace(".", ",")


# Running

class Server:
    def __init__(self, stip, template, work, name):
        self.folder = os.path.join(work, name)
        os.makedirs(self.folder, exist_ok=True)
        database = os.path.join(self.folder, "stip.sqlite")
        shutil.copy(template, database)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        environment = dict(os.environ, DATABASE_URL=f"sqlite:{database}", STIP_INSECURE_COOKIES="1",
                           STIP_LANGUAGES="en,de,fr")
        self.log = open(os.path.join(self.folder, "server.log"), "w")
        self.process = subprocess.Popen([stip, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                        env=environment, stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(240):
            try:
                urllib.request.urlopen(self.base + "/", timeout=5)
                return
            except Exception:
                if self.process.poll() is not None:
                    raise RuntimeError(f"Stip stopped before it answered; see {self.log.name}")
                time.sleep(0.5)
        raise RuntimeError("Stip did not answer within two minutes")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


RUNS = ["nl-1200-mouse", "en-1200-mouse", "de-1200-mouse", "fr-1200-mouse", "nl-360-mouse", "nl-1200-keyboard", "de-360-keyboard"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stip", required=True)
    parser.add_argument("--template", required=True)
    parser.add_argument("--axe", required=True)
    parser.add_argument("--artefacts", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("flows", nargs="*")
    arguments = parser.parse_args()
    axe = open(arguments.axe, encoding="utf-8").read()
    chosen = [flow for flow in FLOWS if not arguments.flows or flow.__name__.removeprefix("flow_") in arguments.flows]
    runs = os.environ.get("BROWSER_RUNS", " ".join(RUNS)).split()
    shutil.rmtree(arguments.artefacts, ignore_errors=True)
    passed, failed, pages, checked, violations = 0, [], 0, 0, []
    for spec in runs:
        language, width, mode = spec.split("-")
        server = Server(arguments.stip, arguments.template, arguments.work, spec)
        run = Run(server.base, language, int(width.removesuffix("px")), mode, axe, arguments.artefacts)
        try:
            for flow in chosen:
                started = time.time()
                name = flow.__name__.removeprefix("flow_")
                try:
                    person = flow(run)
                    if person is None:
                        continue
                    if person.keyboard:
                        # Nothing holds focus: from where the flow ends, Tab leaves the page.
                        person.tab_to_end()
                    person.screenshot(name)
                    passed += 1
                    print(f"{run.name} {name}: passed ({time.time() - started:.1f} s)", flush=True)
                except Exception as error:
                    failed.append(f"{run.name} {name}")
                    print(f"{run.name} {name}: FAILED: {error}", flush=True)
                    if not isinstance(error, Failure):
                        traceback.print_exc()
                    for index, person in enumerate(run.people):
                        try:
                            person.screenshot(f"{name}-failed-{index}")
                        except Exception:
                            pass
                finally:
                    run.close()
        finally:
            server.stop()
        pages += run.pages
        checked += len(run.axe_checked)
        violations += run.axe_violations
    for violation in violations:
        print(f"axe: {violation}")
    print(f"browser: {passed} flows passed, {len(failed)} failed; {pages} pages, {checked} checked by axe, {len(violations)} violations")
    sys.exit(1 if failed or violations else 0)


if __name__ == "__main__":
    main()
