"""Every page is balanced HTML with unique ids, labelled inputs and nothing fetched from outside."""

from __future__ import annotations

from html.parser import HTMLParser

from tests.portal.helpers import card_fields, sepa_fields, submit

VOID = {"meta", "link", "input", "br", "img", "hr"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.label_for: set[str] = set()
        self.inputs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "label" and attributes.get("for"):
            self.label_for.add(attributes["for"])
        if tag == "input" and attributes.get("type") != "hidden":
            self.inputs.append(attributes.get("id", ""))
        for name in ("src", "href", "action"):
            value = attributes.get(name) or ""
            if "//" in value:
                self.problems.append(f"outside address in <{tag} {name}>")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else '-'}>")
            return
        self.stack.pop()


def _check(html: str) -> None:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert not checker.problems, checker.problems
    assert not checker.stack, f"unclosed: {checker.stack}"
    assert len(checker.ids) == len(set(checker.ids)), "duplicate ids"
    unlabelled = [i for i in checker.inputs if i not in checker.label_for]
    assert not unlabelled, f"inputs without a label: {unlabelled}"


def test_all_pages_are_well_formed(client, services, customer, sepa_link):
    pages = [
        client.get(sepa_link),
        submit(client, sepa_link, **sepa_fields(iban="FR00", consent="")),
        submit(client, sepa_link, **sepa_fields()),
        client.get(sepa_link),  # used
        client.get("/m/unknown"),
        client.get("/elsewhere"),
    ]
    card = "/m/" + services.payments.create_link(customer.reference, "card").url.split("/m/")[1]
    pages += [
        client.get(card),
        submit(client, card, **card_fields("4000000000000002", exp_month="13", cvc="1")),
        submit(client, card, **card_fields()),
    ]
    for page in pages:
        _check(page.text)
