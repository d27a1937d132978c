"""A person in front of Stip in a real browser: headless Chromium driven through chromedriver.

Every step is one a person takes: open an address, type into a field, choose, tick, press.
With the mouse a step acts on the element; with the keyboard alone it first reaches the
element with Tab from where focus is (through the skip link when the element lies in the
main content), checks that every element on the way shows its focus, and then types,
presses Space or Enter. Each page arrived at is checked: its `lang`, nothing wider than the
screen, and (once per kind of page and run) axe-core for WCAG 2.0-2.2 A and AA.
"""

import os
import re
import shutil
import time

from selenium import webdriver
from selenium.common.exceptions import JavascriptException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

# Reaching an element by Tab gives up after this many presses: a trap, or an element out of reach.
TAB_LIMIT = 1500
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The browser's own language per screen language: day-first dates in each, so a date is typed the same way.
BROWSER_LOCALES = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-BE"}


class Failure(AssertionError):
    pass


class Run:
    """One pass of every flow: a language, a window width, mouse or keyboard, against one Stip."""

    def __init__(self, base, language, width, mode, axe_script, artefacts):
        self.base, self.language, self.width, self.mode = base, language, width, mode
        self.axe_script, self.artefacts = axe_script, artefacts
        self.axe_checked = set()
        self.axe_violations = []
        self.pages = 0
        self.people = []

    @property
    def name(self):
        return f"{self.language}-{self.width}px-{self.mode}"

    def person(self, accept_language=None):
        person = Person(self, accept_language or BROWSER_LOCALES[self.language])
        self.people.append(person)
        return person

    def close(self):
        for person in self.people:
            person.quit()
        self.people = []


class Person:
    def __init__(self, run, accept_language):
        self.run = run
        options = Options()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         f"--window-size={run.width},900", f"--lang={accept_language}"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": accept_language})
        # Debian's browser and driver, named, so Selenium's manager fetches nothing from outside.
        options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
        # The browser's locale orders the parts of a date field; LANGUAGE is what Chromium reads it from.
        locale = accept_language.split(",")[0].replace("-", "_")
        service = Service(shutil.which("chromedriver"), env=dict(os.environ, LANGUAGE=locale, LANG=f"{locale}.UTF-8"))
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.set_page_load_timeout(120)
        self.driver.set_script_timeout(60)
        # The window's inner width is the one that counts for "no sideways scrolling".
        inner = self.driver.execute_script("return window.innerWidth")
        if inner != run.width:
            outer = self.driver.get_window_size()
            self.driver.set_window_size(outer["width"] + run.width - inner, outer["height"])
        self.keyboard = run.mode == "keyboard"
        self.expected_language = run.language

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    # Where the person is

    @property
    def path(self):
        url = self.driver.current_url
        return url[len(self.run.base):] if url.startswith(self.run.base) else url

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def sees(self, *texts):
        body = self.text()
        for text in texts:
            if text not in body:
                raise Failure(f"{self.path}: '{text}' is not on the page")

    def does_not_see(self, *texts):
        body = self.text()
        for text in texts:
            if text in body:
                raise Failure(f"{self.path}: '{text}' is on the page")

    def sees_element(self, css):
        found = self.driver.find_elements(By.CSS_SELECTOR, css)
        if not any(element.is_displayed() for element in found):
            raise Failure(f"{self.path}: nothing shown matches {css}")
        return found[0]

    def value(self, css):
        return self.element(css).get_attribute("value")

    def element(self, css):
        found = self.driver.find_elements(By.CSS_SELECTOR, css)
        if not found:
            raise Failure(f"{self.path}: no element {css}")
        return found[0]

    def is_at(self, pattern):
        if not re.fullmatch(pattern, re.split(r"[?#]", self.path)[0]):
            raise Failure(f"expected to be at {pattern}, but at {self.path}")

    # Steps

    def open(self, path):
        """Typing an address (or following a link from outside): the same with mouse or keyboard."""
        self.driver.get(self.run.base + path)
        self.arrived()

    def fill(self, css, text):
        element = self.element(css)
        if self.keyboard:
            self.reach(element, css)
            ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
            self.keys(Keys.DELETE)
            self.keys(text)
        else:
            element.clear()
            element.send_keys(text)
        if element.get_attribute("type") != "date" and element.get_attribute("value") != text:
            raise Failure(f"{self.path}: typed '{text}' into {css}, it holds '{element.get_attribute('value')}'")

    def date(self, css, iso):
        """A date typed as a person types it into the browser's date field, in the order the field shows
        its parts: day, month, year where the browser's locale puts the day first, else month, day, year."""
        year, month, day = iso.split("-")
        element = self.element(css)
        for attempt, order in enumerate(([day, month, year], [month, day, year])):
            if self.keyboard:
                self.reach(element, css)
                if attempt:
                    # Back from the year to the first part; typing over a part replaces it.
                    for _ in range(2):
                        ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
                self.keys("".join(order))
            else:
                if element.get_attribute("value"):
                    element.clear()
                element.send_keys("".join(order))
            if element.get_attribute("value") == iso:
                return
        raise Failure(f"{self.path}: typed {iso} into {css}, it holds '{element.get_attribute('value')}'")

    def choose(self, css, value):
        """Chooses the option with this value in a list."""
        element = self.element(css)
        select = Select(element)
        option = next((o for o in select.options if o.get_attribute("value") == value), None)
        if option is None:
            raise Failure(f"{self.path}: {css} has no option {value}")
        if self.keyboard:
            self.reach(element, css)
            # Arrow keys through the list until the option is chosen, as a keyboard user does.
            options = [o.get_attribute("value") for o in select.options]
            current = options.index(select.first_selected_option.get_attribute("value"))
            wanted = options.index(value)
            key = Keys.ARROW_DOWN if wanted > current else Keys.ARROW_UP
            for _ in range(abs(wanted - current)):
                self.keys(key)
        else:
            select.select_by_value(value)
        if select.first_selected_option.get_attribute("value") != value:
            raise Failure(f"{self.path}: chose {value} in {css}, it shows {select.first_selected_option.get_attribute('value')}")

    def tick(self, css):
        element = self.element(css)
        if element.is_selected():
            return
        if self.keyboard:
            self.reach(element, css)
            self.keys(Keys.SPACE)
        else:
            element.click()
        if not element.is_selected():
            raise Failure(f"{self.path}: {css} is not ticked")

    def press(self, css):
        """Presses a button or follows a link to another page, and waits for that page."""
        element = self.element(css)
        before = self.driver.find_element(By.TAG_NAME, "html")
        self.activate(element, css)
        deadline = time.time() + 120
        while not self.gone(before):
            if time.time() > deadline:
                raise Failure(f"{self.path}: pressing {css} led to no new page")
            time.sleep(0.05)
        while self.driver.execute_script("return document.readyState") != "complete":
            time.sleep(0.05)
        self.arrived()

    def press_in_page(self, css):
        """Follows a link within the page (the menu on a small screen)."""
        self.activate(self.element(css), css)

    def activate(self, element, css):
        if self.keyboard:
            self.reach(element, css)
            self.keys(Keys.ENTER)
        else:
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()

    @staticmethod
    def gone(element):
        try:
            element.tag_name
            return False
        except Exception:
            return True

    # The keyboard

    def reach(self, element, css):
        """Tab (through the skip link first when the element is in the main content) until focus is on the element."""
        driver = self.driver
        if driver.switch_to.active_element == element:
            return
        at_start = driver.execute_script("return document.activeElement === document.body || document.activeElement === null")
        if at_start and driver.execute_script("return !!document.getElementById('inhoud') && document.getElementById('inhoud').contains(arguments[0])", element):
            self.tab()
            skip = driver.switch_to.active_element
            if "skip" not in (skip.get_attribute("class") or ""):
                raise Failure(f"{self.path}: the first Tab reaches {self.describe(skip)}, not the skip link")
            self.keys(Keys.ENTER)
        for presses in range(TAB_LIMIT):
            self.tab()
            if driver.switch_to.active_element == element:
                return
        raise Failure(f"{self.path}: {css} not reached after {TAB_LIMIT} presses of Tab")

    def keys(self, *keys):
        """Keys pressed as a person presses them: to whatever has focus."""
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab(self):
        self.keys(Keys.TAB)
        state = self.driver.execute_script(FOCUS_STATE)
        if state and not state["visible"]:
            # A date field takes focus into its parts a moment after the key; look again once.
            time.sleep(0.2)
            state = self.driver.execute_script(FOCUS_STATE)
        if state and not state["visible"]:
            raise Failure(f"{self.path}: focus on {state['element']} is not visible (outline {state['outline']}, shadow {state['shadow']})")

    def tab_to_end(self):
        """From where focus is, Tab until focus leaves the page: nothing on the way holds it."""
        seen = 0
        while seen < TAB_LIMIT:
            self.tab()
            seen += 1
            if self.driver.execute_script("return document.activeElement === document.body || !document.hasFocus()"):
                return seen
        raise Failure(f"{self.path}: focus still in the page after {TAB_LIMIT} presses of Tab (a trap?)")

    def describe(self, element):
        return self.driver.execute_script(
            "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')", element)

    # Every page

    def arrived(self):
        self.run.pages += 1
        lang = self.driver.execute_script("return document.documentElement.lang")
        if lang != self.expected_language:
            raise Failure(f"{self.path}: the page says lang='{lang}', expected '{self.expected_language}'")
        wide = self.driver.execute_script(SIDEWAYS)
        if wide:
            raise Failure(f"{self.path}: the page scrolls sideways at {self.run.width}px: {wide}")
        self.axe()

    def axe(self):
        kind = re.sub(r"\?.*", "", self.path)
        key = (kind, self.expected_language)
        if key in self.run.axe_checked or self.keyboard:
            return
        self.run.axe_checked.add(key)
        try:
            self.driver.execute_script(self.run.axe_script)
            found = self.driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                ".then(r => done(r.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))])));", AXE_TAGS)
        except JavascriptException as error:
            raise Failure(f"{self.path}: axe did not run: {error.msg}")
        for rule, nodes in found:
            self.run.axe_violations.append(f"{self.run.name} {kind}: {rule} at {', '.join(nodes[:5])}")

    def screenshot(self, name):
        folder = os.path.join(self.run.artefacts, self.run.name)
        os.makedirs(folder, exist_ok=True)
        height = self.driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
        size = self.driver.get_window_size()
        self.driver.set_window_size(size["width"], height + size["height"] - self.driver.execute_script("return window.innerHeight"))
        self.driver.save_screenshot(os.path.join(folder, f"{name}.png"))
        self.driver.set_window_size(size["width"], size["height"])


FOCUS_STATE = """
const e = document.activeElement;
if (!e || e === document.body) return null;
const s = getComputedStyle(e);
const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
const shadow = s.boxShadow && s.boxShadow !== 'none';
return {visible: outline || shadow, outline: s.outlineStyle + ' ' + s.outlineWidth, shadow: s.boxShadow,
        element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')};
"""

# What sticks out to the right of the window, if anything (the page's own width against the window's).
SIDEWAYS = """
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth <= width) return null;
let widest = null, right = width;
for (const e of document.body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.right > right + 0.5) { right = r.right; widest = e; }
}
return (widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '') + (widest.className && typeof widest.className === 'string' ? '.' + widest.className.split(' ').join('.') : '') : 'the page') + ' reaches ' + Math.round(right) + 'px';
"""
